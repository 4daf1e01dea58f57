#include "ClientFleet.h"

namespace vv::bench {

using signaling::SignalingService;

ClientFleet::ClientFleet(const FleetOptions& options, const QElapsedTimer* clock, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
{
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    for (int i = 0; i < m_options.clients; ++i) {
        auto c = std::make_unique<Client>();
        c->service = std::make_unique<SignalingService>();
        signaling::SignalingConfig config;
        config.url = m_options.url;
        config.budgetId = QStringLiteral("vvrec-%1-r%2").arg(run).arg(i / std::max(1, m_options.roomSize));
        config.deviceId = QStringLiteral("c%1").arg(i);
        config.reconnectIntervalMs = m_options.reconnectBaseMs;
        config.maxReconnectIntervalMs = m_options.reconnectCapMs;
        config.heartbeatIntervalMs = m_options.heartbeatMs;
        config.pongTimeoutMs = m_options.pongTimeoutMs;
        config.connectTimeoutMs = m_options.connectTimeoutMs;
        config.maxReconnectAttempts = 0; // forever: the benchmark decides when it is over
        c->service->setConfig(config);
        Client* raw = c.get();
        connect(c->service.get(), &SignalingService::stateChanged, this,
            [this, raw](SignalingService::State s) { onState(*raw, s); });
        connect(c->service.get(), &SignalingService::heartbeat, this, [this, raw] { onHeartbeat(*raw); });
        connect(c->service.get(), &SignalingService::reconnectScheduled, this,
            [raw](int attempt, int, const QDateTime&) { raw->lastAttempt = attempt; });
        connect(c->service.get(), &SignalingService::signalReceived, this, [this] { ++m_received; });
        m_clients.push_back(std::move(c));
    }
}

ClientFleet::~ClientFleet() = default;

void ClientFleet::start()
{
    for (auto& c : m_clients)
        c->service->start();
}

void ClientFleet::stop()
{
    for (auto& c : m_clients)
        c->service->stop();
}

void ClientFleet::beginOutage()
{
    m_outage = true;
    for (auto& c : m_clients) {
        c->lostAt = -1;
        c->backAt = -1;
        c->attemptAtReturn = 0;
        c->connectingAt = -1;
        c->returnAttemptAt = -1;
    }
}

void ClientFleet::onState(Client& c, SignalingService::State state)
{
    if (state == SignalingService::State::Connecting)
        c.connectingAt = m_clock->elapsed();
    if (state == SignalingService::State::Connected) {
        c.awaitingPong = true; // joined once the pong to the join's ping arrives
        return;
    }
    c.awaitingPong = false;
    if (c.joined) {
        c.joined = false;
        --m_joined;
        if (m_outage && c.lostAt < 0)
            c.lostAt = m_clock->elapsed();
        Q_EMIT joinedCountChanged(m_joined);
    }
}

void ClientFleet::onHeartbeat(Client& c)
{
    if (!c.awaitingPong)
        return;
    c.awaitingPong = false;
    c.joined = true;
    ++m_joined;
    if (m_outage && c.lostAt >= 0 && c.backAt < 0) {
        c.backAt = m_clock->elapsed();
        c.attemptAtReturn = c.lastAttempt;
        c.returnAttemptAt = c.connectingAt;
    }
    Q_EMIT joinedCountChanged(m_joined);
}

std::vector<qint64> ClientFleet::lostAtMs() const
{
    std::vector<qint64> out;
    for (const auto& c : m_clients)
        out.push_back(c->lostAt);
    return out;
}

std::vector<qint64> ClientFleet::backAtMs() const
{
    std::vector<qint64> out;
    for (const auto& c : m_clients)
        out.push_back(c->backAt);
    return out;
}

std::vector<qint64> ClientFleet::returnAttemptAtMs() const
{
    std::vector<qint64> out;
    for (const auto& c : m_clients)
        out.push_back(c->returnAttemptAt);
    return out;
}

std::vector<int> ClientFleet::attemptsToReturn() const
{
    std::vector<int> out;
    for (const auto& c : m_clients)
        out.push_back(c->attemptAtReturn);
    return out;
}

bool ClientFleet::sendOne()
{
    if (m_clients.empty())
        return false;
    Client& c = *m_clients[m_nextSender++ % m_clients.size()];
    return c.joined && c.service->sendSignal(protocol::SignalType::DataChanged);
}

} // namespace vv::bench
