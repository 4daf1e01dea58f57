#include "E2eDevice.h"

#include "crypto/Aead.h"
#include "store/Operation.h"

#include <QSignalSpy>

namespace vv::e2e {

E2eDevice::E2eDevice(const crypto::MasterKey& key, DeviceOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (auto keys = crypto::KeyHierarchy::derive(key))
        m_keys = std::move(*keys);
}

E2eDevice::~E2eDevice()
{
    // Reverse order of dependency: the orchestrator uses the client, signaling and adapter.
    m_sync.reset();
    m_signaling.reset();
    m_client.reset();
    m_adapter.reset();
    m_local.reset();
}

bool E2eDevice::open()
{
    if (m_keys.roomId.isEmpty()) {
        m_error = QStringLiteral("key derivation failed");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary profile dir");
        return false;
    }
    m_local = std::make_unique<store::LocalStore>(crypto::Aead::fromKeys(m_keys));
    if (!m_local->open(m_dir.path())) {
        m_error = m_local->errorString();
        return false;
    }
    m_clock = std::make_unique<store::HybridLogicalClock>(m_options.deviceId);
    const auto existing = m_local->allOperations();
    m_state.applyAll(existing);
    m_clock->observe(m_state.maxStamp());

    m_adapter = std::make_unique<sync::LocalStoreSyncAdapter>(m_local.get());
    m_adapter->setNewOpsHandler([this](const QList<store::Operation>& ops) {
        for (const store::Operation& op : ops) {
            m_clock->observe(op.stamp);
            m_state.apply(op);
        }
        Q_EMIT remoteFolded(static_cast<int>(ops.size()));
    });

    const QString token = QString::fromLatin1(m_keys.accessToken.view());
    m_client = std::make_unique<sync::StoreClient>();
    m_client->setBaseUrl(m_options.storeUrl);
    m_client->setRoomId(m_keys.roomId);
    m_client->setToken(token);
    m_client->setTimeout(m_options.storeTimeoutMs);

    if (m_options.signaling) {
        m_signaling = std::make_unique<signaling::SignalingService>();
        signaling::SignalingConfig config;
        config.url = m_options.signalingUrl;
        config.budgetId = m_keys.roomId;
        config.token = token;
        config.deviceId = m_options.deviceId;
        config.heartbeatIntervalMs = m_options.heartbeatMs;
        config.pongTimeoutMs = m_options.pongTimeoutMs;
        config.reconnectIntervalMs = m_options.reconnectMs;
        config.maxReconnectIntervalMs = m_options.maxReconnectMs;
        config.connectTimeoutMs = m_options.connectTimeoutMs;
        config.maxReconnectAttempts = 0; // forever: the tests decide when to give up
        m_signaling->setConfig(config);
    }
    m_sync = std::make_unique<sync::SyncOrchestrator>(m_client.get(), m_adapter.get(), m_signaling.get());
    m_sync->setDebounceInterval(m_options.debounceMs);
    m_sync->setPollInterval(m_options.pollMs);
    m_sync->setBackstopInterval(m_options.backstopMs);
    m_sync->setRetryInterval(m_options.retryBaseMs, m_options.retryMaxMs);
    connect(
        m_local.get(), &store::LocalStore::localOpsAppended, m_sync.get(), &sync::SyncOrchestrator::notifyLocalChange);
    return true;
}

void E2eDevice::start()
{
    if (m_sync)
        m_sync->start();
}

void E2eDevice::stop()
{
    if (m_sync)
        m_sync->stop();
}

void E2eDevice::shutdown()
{
    stop();
    m_sync.reset();
    m_signaling.reset();
    m_client.reset();
}

bool E2eDevice::write(const QString& entityType, const QString& entityId, const QString& field, const QJsonValue& value)
{
    if (!m_local)
        return false;
    const store::Operation op = store::Operation::makeWrite(entityType, entityId, field, value, m_clock->now());
    if (!m_local->appendLocal(op))
        return false;
    m_state.apply(op);
    return true;
}

QSet<QString> E2eDevice::opIds() const
{
    QSet<QString> ids;
    if (!m_local)
        return ids;
    const auto ops = m_local->allOperations();
    for (const auto& op : ops)
        ids.insert(op.opId);
    return ids;
}

int E2eDevice::pendingCount() const
{
    return m_local ? static_cast<int>(m_local->pendingCount()) : 0;
}

std::optional<QList<sync::RemoteOp>> pullAll(const QUrl& storeUrl, const crypto::BudgetKeys& keys, int timeoutMs)
{
    sync::StoreClient client;
    client.setBaseUrl(storeUrl);
    client.setRoomId(keys.roomId);
    client.setToken(QString::fromLatin1(keys.accessToken.view()));
    client.setTimeout(timeoutMs);
    QList<sync::RemoteOp> all;
    qint64 after = 0;
    for (int page = 0; page < 1000; ++page) { // bounded: 1000 pages of 1000 ops
        sync::StoreReply* reply = client.pull(after, 1000);
        QSignalSpy finished(reply, &sync::StoreReply::finished);
        if (!reply->isFinished() && !finished.wait(timeoutMs + 1000)) {
            reply->deleteLater();
            return std::nullopt;
        }
        reply->deleteLater();
        if (reply->error() != sync::StoreReply::Error::NoError)
            return std::nullopt;
        const sync::PullPage& p = reply->pullPage();
        all += p.ops;
        if (!p.hasMore || p.ops.isEmpty())
            return all;
        after = p.ops.constLast().seq;
    }
    return std::nullopt;
}

} // namespace vv::e2e
