#include "FakeRelay.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QWebSocket>
#include <QWebSocketServer>

namespace vv::test {
namespace {

QWebSocketProtocol::CloseCode asCloseCode(quint16 code)
{
    // QWebSocket takes application close codes (4000-4999) through its enum type.
    return static_cast<QWebSocketProtocol::CloseCode>(code);
}

QByteArray frame(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

FakeRelay::FakeRelay(QObject* parent)
    : QObject(parent)
{ }

FakeRelay::~FakeRelay()
{
    close();
}

bool FakeRelay::listen(quint16 port)
{
    close();
    m_server = new QWebSocketServer(QStringLiteral("fake-relay"), QWebSocketServer::NonSecureMode, this);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    connect(m_server, &QWebSocketServer::newConnection, this, &FakeRelay::onNewConnection);
    return true;
}

void FakeRelay::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    const auto clients = m_clients;
    m_clients.clear();
    m_rooms.clear();
    for (const QPointer<QWebSocket>& c : clients) {
        if (c) {
            disconnect(c, nullptr, this, nullptr);
            c->abort();
            c->deleteLater();
        }
    }
}

bool FakeRelay::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 FakeRelay::port() const
{
    return m_port;
}

QUrl FakeRelay::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
}

int FakeRelay::openCount() const
{
    int n = 0;
    for (const QPointer<QWebSocket>& c : m_clients) {
        if (c && c->state() == QAbstractSocket::ConnectedState)
            ++n;
    }
    return n;
}

QList<QJsonObject> FakeRelay::framesOfType(const QString& type) const
{
    QList<QJsonObject> out;
    for (const QByteArray& f : m_frames) {
        const QJsonObject o = QJsonDocument::fromJson(f).object();
        if (o.value(QStringLiteral("type")).toString() == type)
            out.append(o);
    }
    return out;
}

void FakeRelay::setRejectJoins(qint64 retryAfterMs, quint16 closeCode)
{
    m_rejectRetryAfterMs = retryAfterMs;
    m_rejectCode = closeCode;
}

void FakeRelay::sendTextToAll(const QString& text)
{
    for (const QPointer<QWebSocket>& c : std::as_const(m_clients)) {
        if (c)
            c->sendTextMessage(text);
    }
}

void FakeRelay::sendBinaryToAll(const QByteArray& bytes)
{
    for (const QPointer<QWebSocket>& c : std::as_const(m_clients)) {
        if (c)
            c->sendBinaryMessage(bytes);
    }
}

void FakeRelay::closeAll(quint16 code)
{
    const auto clients = m_clients;
    for (const QPointer<QWebSocket>& c : clients) {
        if (c)
            c->close(asCloseCode(code));
    }
}

void FakeRelay::abortAll()
{
    const auto clients = m_clients;
    for (const QPointer<QWebSocket>& c : clients) {
        if (c)
            c->abort();
    }
}

void FakeRelay::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        ++m_accepted;
        m_clients.append(socket);
        m_authHeaders.append(socket->request().rawHeader("Authorization"));
        m_requestUrls.append(socket->requestUrl());
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { onText(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            ++m_disconnected;
            m_peerCloseCodes.append(socket->closeCode());
            m_rooms.remove(socket);
            m_clients.removeAll(socket);
            socket->deleteLater();
            Q_EMIT clientDisconnected();
        });
        Q_EMIT clientConnected();
    }
}

void FakeRelay::onText(QWebSocket* socket, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    m_frames.append(bytes);
    Q_EMIT frameReceived(bytes);
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == u"connected") {
        if (m_rejectCode != 0) {
            QJsonObject retry { { QStringLiteral("type"), QStringLiteral("retry_later") },
                { QStringLiteral("timestamp"), double(QDateTime::currentMSecsSinceEpoch()) },
                { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("retryAfterMs"), double(m_rejectRetryAfterMs) } } } };
            socket->sendTextMessage(QString::fromUtf8(frame(retry)));
            socket->close(asCloseCode(m_rejectCode));
            return;
        }
        if (!m_requiredToken.isEmpty()
            && socket->request().rawHeader("Authorization") != "Bearer " + m_requiredToken.toUtf8()) {
            QJsonObject error { { QStringLiteral("type"), QStringLiteral("error") },
                { QStringLiteral("timestamp"), double(QDateTime::currentMSecsSinceEpoch()) },
                { QStringLiteral("metadata"),
                    QJsonObject { { QStringLiteral("code"), QStringLiteral("token_refused") } } } };
            socket->sendTextMessage(QString::fromUtf8(frame(error)));
            // Like violetvault-server: no token at all is 4001, a different one is 4003.
            socket->close(asCloseCode(socket->request().rawHeader("Authorization").isEmpty() ? 4001 : 4003));
            return;
        }
        m_rooms.insert(socket, o.value(QStringLiteral("budgetId")).toString());
    }
    if (type == u"ping") {
        if (m_answerPings) {
            QJsonObject pong { { QStringLiteral("type"), QStringLiteral("pong") },
                { QStringLiteral("timestamp"), double(QDateTime::currentMSecsSinceEpoch()) } };
            socket->sendTextMessage(QString::fromUtf8(frame(pong)));
        }
        return;
    }
    const QString room = m_rooms.value(socket);
    if (room.isEmpty())
        return;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        if (it.key() != socket && it.value() == room)
            it.key()->sendTextMessage(text);
    }
}

} // namespace vv::test
