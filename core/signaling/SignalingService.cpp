#include "signaling/SignalingService.h"

#include "protocol/CloseCodes.h"
#include "protocol/SignalCodec.h"
#include "signaling/ReconnectBackoff.h"
#include "signaling/SignalingLog.h"

#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>
#include <utility>

namespace vv::signaling {

using protocol::Signal;
using protocol::SignalCodec;
using protocol::SignalMetadata;
using protocol::SignalType;
namespace CloseCode = protocol::CloseCode;

namespace {

// Frames over the codec limit are dropped one by one; frames this large close the socket
// (close code 1009) inside QWebSocket before they are buffered whole.
constexpr quint64 MaxIncomingMessageBytes = 64 * 1024;

QString redactedUrl(const QUrl& url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

bool connectionFieldsDiffer(const SignalingConfig& a, const SignalingConfig& b)
{
    return a.enabled != b.enabled || a.url != b.url || a.budgetId != b.budgetId || a.token != b.token
        || a.deviceId != b.deviceId || a.version != b.version;
}

// Header injection guard: a token is sent verbatim in an HTTP header line.
bool isHeaderSafe(const QString& token)
{
    return std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

} // namespace

class SignalingService::Private
{
public:
    explicit Private(SignalingService* owner)
        : q(owner)
        , reconnectTimer(new QTimer(owner))
        , heartbeatTimer(new QTimer(owner))
        , pongTimer(new QTimer(owner))
        , connectTimer(new QTimer(owner))
    {
        reconnectTimer->setSingleShot(true);
        pongTimer->setSingleShot(true);
        connectTimer->setSingleShot(true);
        // Timers are made once and connected once: reconnect cycles only start/stop them.
        QObject::connect(reconnectTimer, &QTimer::timeout, q, [this] { openSocket(); });
        QObject::connect(heartbeatTimer, &QTimer::timeout, q, [this] { sendPing(); });
        QObject::connect(pongTimer, &QTimer::timeout, q, [this] {
            loseSocket(Error::HeartbeatTimeout, QStringLiteral("The signaling server stopped answering heartbeats."));
        });
        QObject::connect(connectTimer, &QTimer::timeout, q, [this] {
            loseSocket(Error::ConnectionFailed,
                QStringLiteral("Timed out connecting to the signaling server after %1 ms.")
                    .arg(config.connectTimeoutMs));
        });
    }

    [[nodiscard]] QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
    [[nodiscard]] double draw() const { return random ? random() : QRandomGenerator::global()->generateDouble(); }

    void setState(State s);
    void setError(Error e, const QString& text);
    void clearError();
    [[nodiscard]] QString configProblem() const;
    void connectNow();
    void openSocket();
    void discardSocket(bool graceful);
    void onConnected(QWebSocket* s);
    void onSocketError(QWebSocket* s);
    void onSocketGone(QWebSocket* s);
    void onText(const QString& message);
    void dropFrame(const QString& why);
    void sendPing();
    void loseSocket(Error e, const QString& text);
    void scheduleReconnect(Error e, const QString& text);
    void fail(Error e, const QString& text);
    bool sendFrame(const Signal& signal, QString* why);

    SignalingService* const q;
    QTimer* const reconnectTimer;
    QTimer* const heartbeatTimer;
    QTimer* const pongTimer;
    QTimer* const connectTimer;

    SignalingConfig config;
    QString deviceId;
    Clock clock;
    Random random;

    State state = State::Disconnected;
    Error error = Error::NoError;
    QString errorString;
    bool started = false; // start()/reconnect() called and no stop() since
    int attempt = 0; // reconnect attempt scheduled or running; 0 after a success
    QDateTime nextRetryAt;
    QDateTime lastHeartbeat;
    QDateTime notBefore; // from retry_later: the next attempt waits at least until then
    QDateTime serverHoldUntil; // the current wait was set by the server: networkChanged() keeps it
    quint64 dropped = 0;

    QWebSocket* socket = nullptr; // the one live socket; old ones are disconnected and deleteLater'd
    bool opened = false; // the current socket completed the handshake
    bool confirmed = false; // the current socket got its first pong (join accepted)
};

void SignalingService::Private::setState(State s)
{
    if (state == s)
        return;
    qCInfo(lcSignaling).noquote() << "state" << stateName(state) << "->" << stateName(s);
    state = s;
    Q_EMIT q->stateChanged(s);
}

void SignalingService::Private::setError(Error e, const QString& text)
{
    error = e;
    errorString = text;
    if (e != Error::NoError) {
        qCInfo(lcSignaling).noquote() << text;
        Q_EMIT q->errorOccurred(text);
    }
}

void SignalingService::Private::clearError()
{
    error = Error::NoError;
    errorString.clear();
}

QString SignalingService::Private::configProblem() const
{
    const QString scheme = config.url.scheme();
    if (!config.url.isValid() || config.url.host().isEmpty() || (scheme != u"ws" && scheme != u"wss"))
        return QStringLiteral("The signaling URL must be a ws:// or wss:// address.");
    if (!config.url.userInfo().isEmpty())
        return QStringLiteral("The signaling URL must not contain a user name or password.");
    if (!SignalCodec::isValidBudgetId(config.budgetId))
        return QStringLiteral("The budget id must be 1-128 characters of letters, digits and . _ ~ -.");
    if (!config.deviceId.isEmpty() && !SignalCodec::isValidDeviceId(config.deviceId))
        return QStringLiteral("The device id must be 1-64 characters of letters, digits, _ and -.");
    if (!SignalMetadata::fromVariantMap({ { QStringLiteral("version"), config.version } }))
        return QStringLiteral("The version must be 1-32 printable ASCII characters.");
    if (!isHeaderSafe(config.token))
        return QStringLiteral("The access token contains characters that cannot be sent.");
    if (config.heartbeatIntervalMs <= 0 || config.pongTimeoutMs <= 0 || config.connectTimeoutMs <= 0
        || config.reconnectIntervalMs < 0 || config.maxReconnectAttempts < 0)
        return QStringLiteral("The signaling intervals must be positive.");
    return {};
}

void SignalingService::Private::connectNow()
{
    const QString problem = configProblem();
    if (!problem.isEmpty()) {
        reconnectTimer->stop();
        discardSocket(false);
        fail(Error::InvalidConfig, problem);
        return;
    }
    openSocket();
}

void SignalingService::Private::openSocket()
{
    discardSocket(false);
    reconnectTimer->stop();
    nextRetryAt = {};
    serverHoldUntil = {};

    auto* s = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, q);
    socket = s;
    s->setMaxAllowedIncomingMessageSize(MaxIncomingMessageBytes);
    s->setMaxAllowedIncomingFrameSize(MaxIncomingMessageBytes);
    // One set of connections per socket; discardSocket() removes them all before the socket goes.
    QObject::connect(s, &QWebSocket::connected, q, [this, s] { onConnected(s); });
    QObject::connect(s, &QWebSocket::disconnected, q, [this, s] { onSocketGone(s); });
    QObject::connect(s, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), q,
        [this, s](QAbstractSocket::SocketError) { onSocketError(s); });
    QObject::connect(s, &QWebSocket::textMessageReceived, q, [this, s](const QString& message) {
        if (s == socket)
            onText(message);
    });
    QObject::connect(s, &QWebSocket::binaryMessageReceived, q, [this, s](const QByteArray&) {
        if (s == socket)
            dropFrame(QStringLiteral("binary frame"));
    });
    QObject::connect(s, &QWebSocket::bytesWritten, q, &SignalingService::bytesWritten);

    QNetworkRequest request(config.url);
    if (!config.token.isEmpty())
        request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + config.token.toUtf8());
    opened = false;
    confirmed = false;
    qCInfo(lcSignaling).noquote() << "connecting to" << redactedUrl(config.url) << "attempt" << attempt;
    setState(State::Connecting);
    connectTimer->start(config.connectTimeoutMs);
    s->open(request);
}

void SignalingService::Private::discardSocket(bool graceful)
{
    connectTimer->stop();
    heartbeatTimer->stop();
    pongTimer->stop();
    opened = false;
    confirmed = false;
    QWebSocket* s = std::exchange(socket, nullptr);
    if (!s)
        return;
    QObject::disconnect(s, nullptr, q, nullptr);
    if (graceful && s->state() == QAbstractSocket::ConnectedState)
        s->close(QWebSocketProtocol::CloseCodeNormal);
    else
        s->abort();
    s->deleteLater();
}

void SignalingService::Private::onConnected(QWebSocket* s)
{
    if (s != socket)
        return;
    connectTimer->stop();
    opened = true;
    // The join. The reference server learns our room from it; violetvault-server also checks
    // the bearer token against the room here and closes with 4001/4003 if it does not match.
    Signal join;
    join.type = SignalType::Connected;
    join.budgetId = config.budgetId;
    join.timestamp = now().toMSecsSinceEpoch();
    join.metadata.version = config.version;
    join.metadata.deviceId = deviceId;
    QString why;
    if (!sendFrame(join, &why)) {
        loseSocket(Error::ProtocolError, QStringLiteral("Could not encode the join signal: %1").arg(why));
        return;
    }
    clearError();
    heartbeatTimer->start(config.heartbeatIntervalMs);
    setState(State::Connected);
    // An immediate ping: its pong proves the server accepted the join (it answers in order),
    // sets lastHeartbeat at once, and is what resets the reconnect count.
    if (socket == s)
        sendPing();
}

void SignalingService::Private::onSocketError(QWebSocket* s)
{
    if (s != socket)
        return;
    qCDebug(lcSignaling).noquote() << "socket error:" << s->errorString();
    // Decide after the event loop turn: a close frame read in the same batch sets the close
    // code first, and a disconnected() that follows makes this a no-op.
    QMetaObject::invokeMethod(
        q,
        [this, guard = QPointer<QWebSocket>(s)] {
            if (guard && guard == socket)
                onSocketGone(guard);
        },
        Qt::QueuedConnection);
}

void SignalingService::Private::onSocketGone(QWebSocket* s)
{
    if (s != socket)
        return;
    const quint16 code = s->closeCode();
    const QString socketError = s->errorString();
    if (!opened) {
        loseSocket(Error::ConnectionFailed,
            QStringLiteral("Could not connect to the signaling server (%1).").arg(socketError));
        return;
    }
    const QString what = protocol::closeCodeDescription(code);
    if (protocol::isFatalCloseCode(code)) {
        discardSocket(false);
        reconnectTimer->stop();
        fail(Error::TokenRefused,
            code == CloseCode::Unauthorized
                ? QStringLiteral("The signaling server refused the connection without a valid access token. "
                                 "Not retrying until you reconnect.")
                : QStringLiteral("The signaling server refused the access token for this budget. "
                                 "Not retrying until you reconnect."));
        return;
    }
    switch (code) {
    case CloseCode::RateLimited:
    case CloseCode::TooManyConnections:
        loseSocket(Error::RateLimited, QStringLiteral("The signaling server asked us to slow down (%1).").arg(what));
        return;
    case CloseCode::GoingAway:
        loseSocket(Error::ServerGoingAway, QStringLiteral("The signaling server is restarting or shutting down."));
        return;
    case CloseCode::ProtocolError:
    case CloseCode::UnsupportedData:
    case CloseCode::InvalidPayload:
    case CloseCode::PolicyViolation:
    case CloseCode::MessageTooBig:
    case CloseCode::JoinTimeout:
        loseSocket(Error::ProtocolError, QStringLiteral("The signaling server closed the connection (%1).").arg(what));
        return;
    default:
        loseSocket(Error::ConnectionLost, QStringLiteral("The connection to the signaling server was lost."));
        return;
    }
}

void SignalingService::Private::dropFrame(const QString& why)
{
    ++dropped;
    // The frame itself is never logged: it came from outside and may be anything.
    qCDebug(lcSignaling).noquote() << "dropped an incoming frame:" << why;
}

void SignalingService::Private::onText(const QString& message)
{
    const QByteArray bytes = message.toUtf8();
    const auto result = SignalCodec::decode(bytes);
    if (!result.isValid()) {
        dropFrame(SignalCodec::errorName(result.error));
        return;
    }
    const Signal& signal = *result.signal;
    switch (signal.type) {
    case SignalType::Pong:
        // Consumed here: listeners get heartbeat() instead of a stream of pongs.
        pongTimer->stop();
        lastHeartbeat = now();
        if (!confirmed) {
            confirmed = true;
            attempt = 0;
        }
        Q_EMIT q->heartbeat(lastHeartbeat);
        return;
    case SignalType::Ping:
        // Servers do not ping clients, and a client may not send pong: ignore.
        dropFrame(QStringLiteral("ping from server"));
        return;
    case SignalType::RetryLater:
        if (signal.metadata.retryAfterMs) {
            notBefore = now().addMSecs(*signal.metadata.retryAfterMs);
            qCInfo(lcSignaling) << "server asks to retry after" << *signal.metadata.retryAfterMs << "ms";
        }
        break; // forwarded too: listeners may want to show it
    case SignalType::Error:
        qCInfo(lcSignaling).noquote() << "server reported error" << signal.metadata.code.value_or(QString());
        Q_EMIT q->errorOccurred(QStringLiteral("The signaling server reported an error: %1.")
                                    .arg(signal.metadata.code.value_or(QStringLiteral("unknown"))));
        break;
    default:
        if (signal.metadata.deviceId && *signal.metadata.deviceId == deviceId) {
            qCDebug(lcSignaling) << "dropped our own echo";
            return;
        }
        if (!signal.budgetId.isEmpty() && signal.budgetId != config.budgetId) {
            dropFrame(QStringLiteral("signal for another room"));
            return;
        }
        break;
    }
    Q_EMIT q->signalReceived(signal);
}

bool SignalingService::Private::sendFrame(const Signal& signal, QString* why)
{
    const auto bytes = SignalCodec::encode(signal, why);
    if (!bytes || !socket)
        return false;
    socket->sendTextMessage(QString::fromUtf8(*bytes));
    return true;
}

void SignalingService::Private::sendPing()
{
    if (!socket || !opened)
        return;
    Signal ping;
    ping.type = SignalType::Ping;
    ping.timestamp = now().toMSecsSinceEpoch();
    sendFrame(ping, nullptr);
    // One deadline for the oldest unanswered ping; later pings do not push it back.
    if (!pongTimer->isActive())
        pongTimer->start(config.pongTimeoutMs);
}

void SignalingService::Private::loseSocket(Error e, const QString& text)
{
    qCDebug(lcSignaling) << "socket lost, close code" << (socket ? socket->closeCode() : 0);
    discardSocket(false);
    scheduleReconnect(e, text);
}

void SignalingService::Private::scheduleReconnect(Error e, const QString& text)
{
    const int next = attempt + 1;
    const int max = config.maxReconnectAttempts;
    if (max > 0 && next > max) {
        reconnectTimer->stop();
        nextRetryAt = {};
        fail(Error::GaveUp, QStringLiteral("Gave up after %1 reconnect attempts. Last problem: %2").arg(max).arg(text));
        return;
    }
    attempt = next;
    const QDateTime at = now();
    qint64 delay = ReconnectBackoff::delayMs(next, config.reconnectIntervalMs, config.maxReconnectIntervalMs, draw());
    serverHoldUntil = {};
    if (notBefore.isValid()) {
        // The server's retry_later hint is a floor (it already carries the server's jitter).
        const qint64 hint = at.msecsTo(notBefore);
        if (hint > delay) {
            delay = hint;
            serverHoldUntil = notBefore;
        }
        notBefore = {};
    }
    nextRetryAt = at.addMSecs(delay);
    setError(e, text);
    reconnectTimer->start(static_cast<int>(delay));
    qCInfo(lcSignaling).noquote() << "reconnect attempt" << next << "of"
                                  << (max > 0 ? QString::number(max) : QStringLiteral("unlimited")) << "in" << delay
                                  << "ms";
    setState(State::Reconnecting);
    Q_EMIT q->reconnectScheduled(next, max, nextRetryAt);
}

void SignalingService::Private::fail(Error e, const QString& text)
{
    nextRetryAt = {};
    setError(e, text);
    setState(State::Failed);
}

SignalingService::SignalingService(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SignalingService::~SignalingService()
{
    // Cut the socket loose first so nothing it emits while dying reaches a half-destroyed service.
    d->discardSocket(false);
}

void SignalingService::setConfig(const SignalingConfig& config)
{
    const SignalingConfig old = std::exchange(d->config, config);
    if (!config.deviceId.isEmpty())
        d->deviceId = config.deviceId;
    else if (!old.deviceId.isEmpty())
        d->deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (!config.enabled) {
        d->reconnectTimer->stop();
        d->attempt = 0;
        d->nextRetryAt = {};
        d->discardSocket(true);
        d->clearError();
        d->setState(State::Disabled);
        return;
    }
    if (!d->started) {
        if (d->state == State::Disabled)
            d->setState(State::Disconnected);
        return;
    }
    if (connectionFieldsDiffer(old, config) || d->state == State::Disabled) {
        qCInfo(lcSignaling) << "connection settings changed: reconnecting";
        d->attempt = 0;
        d->notBefore = {};
        d->reconnectTimer->stop();
        d->discardSocket(true);
        d->connectNow();
        return;
    }
    // Only timings changed: apply them to what is running; backoff values apply at the next wait.
    if (d->heartbeatTimer->isActive() && d->heartbeatTimer->interval() != config.heartbeatIntervalMs)
        d->heartbeatTimer->start(config.heartbeatIntervalMs);
}

SignalingConfig SignalingService::config() const
{
    return d->config;
}

void SignalingService::setClock(Clock clock)
{
    d->clock = std::move(clock);
}

void SignalingService::setRandom(Random random)
{
    d->random = std::move(random);
}

SignalingService::State SignalingService::state() const
{
    return d->state;
}

bool SignalingService::isConnected() const
{
    return d->state == State::Connected;
}

QDateTime SignalingService::lastHeartbeat() const
{
    return d->lastHeartbeat;
}

int SignalingService::reconnectAttempts() const
{
    return d->attempt;
}

QDateTime SignalingService::nextRetryAt() const
{
    return d->state == State::Reconnecting ? d->nextRetryAt : QDateTime();
}

SignalingService::Error SignalingService::error() const
{
    return d->error;
}

QString SignalingService::errorString() const
{
    return d->errorString;
}

QString SignalingService::deviceId() const
{
    return d->deviceId;
}

quint64 SignalingService::droppedFrames() const
{
    return d->dropped;
}

qint64 SignalingService::pendingBytes() const
{
    return d->socket ? d->socket->bytesToWrite() : 0;
}

bool SignalingService::sendSignal(protocol::SignalType type, const QVariantMap& metadata, QString* error)
{
    const auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        qCDebug(lcSignaling).noquote() << "signal refused:" << why;
        return false;
    };
    if (d->state != State::Connected || !d->socket)
        return refuse(QStringLiteral("not connected to the signaling server"));
    if (!SignalCodec::clientMaySend(type))
        return refuse(QStringLiteral("only servers send this signal type"));
    QString why;
    auto meta = SignalMetadata::fromVariantMap(metadata, &why);
    if (!meta)
        return refuse(why);
    meta->deviceId = d->deviceId; // always ours, or echo suppression would break
    if (!meta->version)
        meta->version = d->config.version;
    Signal signal;
    signal.type = type;
    signal.budgetId = d->config.budgetId;
    signal.timestamp = d->now().toMSecsSinceEpoch();
    signal.metadata = *meta;
    if (!d->sendFrame(signal, &why))
        return refuse(why);
    return true;
}

void SignalingService::start()
{
    d->started = true;
    if (!d->config.enabled) {
        d->setState(State::Disabled);
        return;
    }
    if (d->state == State::Connecting || d->state == State::Connected || d->state == State::Reconnecting)
        return;
    d->attempt = 0;
    d->connectNow();
}

void SignalingService::stop()
{
    d->started = false;
    d->reconnectTimer->stop();
    d->attempt = 0;
    d->nextRetryAt = {};
    d->notBefore = {};
    d->discardSocket(true);
    d->clearError();
    d->setState(d->config.enabled ? State::Disconnected : State::Disabled);
}

void SignalingService::reconnect()
{
    d->started = true;
    if (!d->config.enabled) {
        d->setState(State::Disabled);
        return;
    }
    qCInfo(lcSignaling) << "manual reconnect";
    d->reconnectTimer->stop();
    d->attempt = 0;
    d->notBefore = {};
    d->discardSocket(true);
    d->connectNow();
}

void SignalingService::networkChanged()
{
    if (!d->started || !d->config.enabled)
        return;
    switch (d->state) {
    case State::Reconnecting:
        if (d->serverHoldUntil.isValid() && d->now() < d->serverHoldUntil)
            return; // the server asked for this wait; a network change does not overrule it
        qCInfo(lcSignaling) << "network changed: trying now";
        d->openSocket();
        return;
    case State::Failed:
        if (d->error == Error::TokenRefused || d->error == Error::InvalidConfig)
            return;
        qCInfo(lcSignaling) << "network changed: trying again after giving up";
        d->attempt = 0;
        d->connectNow();
        return;
    case State::Connected:
        // The old route may be gone: a ping now finds out within pongTimeoutMs.
        d->sendPing();
        return;
    default:
        return;
    }
}

QString stateName(SignalingService::State state)
{
    switch (state) {
    case SignalingService::State::Disabled:
        return QStringLiteral("disabled");
    case SignalingService::State::Disconnected:
        return QStringLiteral("disconnected");
    case SignalingService::State::Connecting:
        return QStringLiteral("connecting");
    case SignalingService::State::Connected:
        return QStringLiteral("connected");
    case SignalingService::State::Reconnecting:
        return QStringLiteral("reconnecting");
    case SignalingService::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace vv::signaling
