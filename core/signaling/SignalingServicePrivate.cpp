#include "protocol/CloseCodes.h"
#include "protocol/SignalCodec.h"
#include "signaling/ReconnectBackoff.h"
#include "signaling/SignalingLog.h"
#include "signaling/SignalingService_p.h"
#include "tls/CertificatePin.h"

#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslSocket>
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

// Header injection guard: a token is sent verbatim in an HTTP header line.
bool isHeaderSafe(const QString& token)
{
    return std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

} // namespace

SignalingService::Private::Private(SignalingService* owner)
    : q(owner)
    , reconnectTimer(new QTimer(owner))
    , heartbeatTimer(new QTimer(owner))
    , pongTimer(new QTimer(owner))
    , connectTimer(new QTimer(owner))
{
    reconnectTimer->setSingleShot(true);
    // A coarse timer snaps expiries to ~25 ms slots and bunches the jittered reconnects of many
    // clients back together (measured by bench/recovery); the jitter only spreads them if precise.
    reconnectTimer->setTimerType(Qt::PreciseTimer);
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
            QStringLiteral("Timed out connecting to the signaling server after %1 ms.").arg(config.connectTimeoutMs));
    });
}

QDateTime SignalingService::Private::now() const
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

double SignalingService::Private::draw() const
{
    return random ? random() : QRandomGenerator::global()->generateDouble();
}

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
    if (!tls::CertificatePin::parse(config.pinnedCertificateSha256))
        return QStringLiteral("The certificate pin must be a SHA-256 fingerprint: 64 hex digits, colons optional.");
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
    QObject::connect(
        s, &QWebSocket::sslErrors, q, [this, s](const QList<QSslError>& errors) { onSslErrors(s, errors); });
    tlsRefusal.clear();
    const tls::CertificatePin pin
        = tls::CertificatePin::parse(config.pinnedCertificateSha256).value_or(tls::CertificatePin());
    if (!pin.isNull())
        s->setSslConfiguration(pin.configure(s->sslConfiguration()));

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

// Runs inside the TLS handshake, before the upgrade request (and its token) is written: errors
// not ignored here abort the connection.
void SignalingService::Private::onSslErrors(QWebSocket* s, const QList<QSslError>& errors)
{
    if (s != socket)
        return;
    // QWebSocket does not expose the peer's certificate; its transport is its child QSslSocket.
    const auto* transport = s->findChild<QSslSocket*>();
    const QSslCertificate leaf = transport ? transport->peerCertificate() : QSslCertificate();
    const tls::CertificatePin pin
        = tls::CertificatePin::parse(config.pinnedCertificateSha256).value_or(tls::CertificatePin());
    if (pin.accepts(leaf)) {
        qCDebug(lcSignaling) << "server certificate matches the pin";
        s->ignoreSslErrors();
        return;
    }
    tlsRefusal = pin.refusalMessage(leaf, errors);
}

void SignalingService::Private::onSocketGone(QWebSocket* s)
{
    if (s != socket)
        return;
    if (!opened && !tlsRefusal.isEmpty()) {
        // Retrying cannot help until the pin or the server's certificate changes.
        discardSocket(false);
        reconnectTimer->stop();
        fail(Error::CertificateRejected, tlsRefusal + QStringLiteral(" Not retrying until you reconnect."));
        return;
    }
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

} // namespace vv::signaling
