#include "SyncRelay.h"

#include "protocol/SignalCodec.h"

#include <QDateTime>
#include <QWebSocket>
#include <QWebSocketServer>

namespace vv::test {

using protocol::Signal;
using protocol::SignalCodec;
using protocol::SignalType;

SyncRelay::SyncRelay(QObject* parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("sync-test-relay"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket* socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            m_clients.append({ socket, {}, {} });
            connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& text) { onText(socket, text); });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_clients.removeIf([socket](const Client& c) { return c.socket == socket; });
                socket->deleteLater();
            });
        }
    });
}

SyncRelay::~SyncRelay() = default;

bool SyncRelay::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl SyncRelay::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

QList<Signal> SyncRelay::sent(SignalType type, const QString& deviceId) const
{
    QList<Signal> out;
    for (const Frame& frame : m_frames) {
        if (frame.signal.type == type && (deviceId.isEmpty() || frame.deviceId == deviceId))
            out.append(frame.signal);
    }
    return out;
}

void SyncRelay::onText(QWebSocket* socket, const QString& text)
{
    const auto decoded = SignalCodec::decode(text.toUtf8());
    if (!decoded.isValid())
        return;
    const Signal& signal = *decoded.signal;
    Client* sender = nullptr;
    for (Client& c : m_clients) {
        if (c.socket == socket)
            sender = &c;
    }
    if (!sender)
        return;
    if (signal.type == SignalType::Connected) {
        sender->room = signal.budgetId;
        sender->deviceId = signal.metadata.deviceId.value_or(QString());
        m_frames.append({ sender->deviceId, signal });
        Q_EMIT clientJoined();
        return;
    }
    m_frames.append({ sender->deviceId, signal });
    Q_EMIT frameReceived(signal);
    if (signal.type == SignalType::Ping) {
        Signal pong;
        pong.type = SignalType::Pong;
        pong.timestamp = QDateTime::currentMSecsSinceEpoch();
        if (const auto frame = SignalCodec::encode(pong))
            socket->sendTextMessage(QString::fromUtf8(*frame));
        return;
    }
    const QString room = sender->room;
    for (const Client& c : std::as_const(m_clients)) {
        if (c.socket != socket && !room.isEmpty() && c.room == room)
            c.socket->sendTextMessage(text);
    }
}

void SyncRelay::broadcast(const Signal& signal)
{
    const auto frame = SignalCodec::encode(signal);
    if (!frame)
        return;
    for (const Client& c : std::as_const(m_clients)) {
        if (c.room == signal.budgetId)
            c.socket->sendTextMessage(QString::fromUtf8(*frame));
    }
}

void SyncRelay::dropAll()
{
    const auto clients = m_clients;
    for (const Client& c : clients)
        c.socket->abort();
}

} // namespace vv::test
