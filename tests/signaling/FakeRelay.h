#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

namespace vv::test {

// A small in-process relay on 127.0.0.1 that behaves like the reference server (join by a
// `connected` signal, route to the other members of the room, answer `ping` with `pong`) and
// records everything it sees, with switches for the failure modes the client must survive.
class FakeRelay : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(FakeRelay)
public:
    explicit FakeRelay(QObject* parent = nullptr);
    ~FakeRelay() override;

    // Listens on 127.0.0.1:port (0 = any free port; the same port again after close()).
    bool listen(quint16 port = 0);
    // Stops listening and aborts every client, like a server process that died.
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl url() const;

    [[nodiscard]] int acceptedCount() const { return m_accepted; }
    [[nodiscard]] int openCount() const;
    [[nodiscard]] int disconnectedCount() const { return m_disconnected; }
    [[nodiscard]] QList<QByteArray> frames() const { return m_frames; }
    [[nodiscard]] QList<QJsonObject> framesOfType(const QString& type) const;
    [[nodiscard]] int countOfType(const QString& type) const { return int(framesOfType(type).size()); }
    [[nodiscard]] QList<QByteArray> authorizationHeaders() const { return m_authHeaders; }
    [[nodiscard]] QList<QUrl> requestUrls() const { return m_requestUrls; }
    [[nodiscard]] QList<int> peerCloseCodes() const { return m_peerCloseCodes; }

    void setAnswerPings(bool answer) { m_answerPings = answer; }
    // When set, a join whose Authorization header is not "Bearer <token>" gets error + close 4003.
    void setRequiredToken(const QString& token) { m_requiredToken = token; }
    // When set, every join is answered with retry_later{ms} and a close with this code.
    void setRejectJoins(qint64 retryAfterMs, quint16 closeCode);
    void clearRejectJoins() { m_rejectCode = 0; }

    void sendTextToAll(const QString& text);
    void sendBinaryToAll(const QByteArray& bytes);
    void closeAll(quint16 code);
    // Drops every client without a close frame (a dead link, as far as the client can tell).
    void abortAll();

Q_SIGNALS:
    void clientConnected();
    void frameReceived(const QByteArray& frame);
    void clientDisconnected();

private:
    void onNewConnection();
    void onText(QWebSocket* socket, const QString& text);

    QWebSocketServer* m_server = nullptr;
    quint16 m_port = 0;
    QList<QPointer<QWebSocket>> m_clients;
    QHash<QWebSocket*, QString> m_rooms;
    QList<QByteArray> m_frames;
    QList<QByteArray> m_authHeaders;
    QList<QUrl> m_requestUrls;
    QList<int> m_peerCloseCodes;
    int m_accepted = 0;
    int m_disconnected = 0;
    bool m_answerPings = true;
    QString m_requiredToken;
    qint64 m_rejectRetryAfterMs = 0;
    quint16 m_rejectCode = 0;
};

} // namespace vv::test
