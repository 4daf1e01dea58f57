#include "UiFakeRelay.h"

#include "protocol/CloseCodes.h"
#include "protocol/SignalCodec.h"

#include <QDateTime>
#include <QHostAddress>
#include <QWebSocket>

using namespace vv::protocol;

UiFakeRelay::UiFakeRelay(QObject* parent)
    : QObject(parent)
    , m_server(QStringLiteral("ui-fake-relay"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &UiFakeRelay::onNewConnection);
}

UiFakeRelay::~UiFakeRelay()
{
    stop();
}

bool UiFakeRelay::listen(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

void UiFakeRelay::stop()
{
    m_server.close();
    const auto clients = std::exchange(m_clients, {});
    for (const QPointer<QWebSocket>& client : clients) {
        if (client) {
            disconnect(client, nullptr, this, nullptr);
            client->abort();
            client->deleteLater();
        }
    }
    Q_EMIT clientCountChanged(0);
}

bool UiFakeRelay::isListening() const
{
    return m_server.isListening();
}

quint16 UiFakeRelay::port() const
{
    return m_port;
}

QUrl UiFakeRelay::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
}

int UiFakeRelay::clientCount() const
{
    int n = 0;
    for (const QPointer<QWebSocket>& client : m_clients)
        n += client ? 1 : 0;
    return n;
}

QList<Signal> UiFakeRelay::received() const
{
    return m_received;
}

void UiFakeRelay::setRefuseJoins(bool refuse)
{
    m_refuseJoins = refuse;
}

void UiFakeRelay::onNewConnection()
{
    while (QWebSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_clients.append(socket);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { onText(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeAll(socket);
            socket->deleteLater();
            Q_EMIT clientCountChanged(clientCount());
        });
        Q_EMIT clientCountChanged(clientCount());
    }
}

void UiFakeRelay::onText(QWebSocket* socket, const QString& text)
{
    const auto result = SignalCodec::decode(text.toUtf8());
    if (!result.isValid())
        return;
    const Signal& signal = *result.signal;
    m_received.append(signal);
    Q_EMIT signalReceived(signal);
    if (signal.type == SignalType::Connected && m_refuseJoins) {
        socket->close(
            static_cast<QWebSocketProtocol::CloseCode>(CloseCode::TokenRefused), QStringLiteral("token refused"));
        return;
    }
    if (signal.type == SignalType::Ping) {
        Signal pong;
        pong.type = SignalType::Pong;
        pong.timestamp = QDateTime::currentMSecsSinceEpoch();
        if (const auto frame = SignalCodec::encode(pong))
            socket->sendTextMessage(QString::fromUtf8(*frame));
    }
}
