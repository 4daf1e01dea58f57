#pragma once

#include "protocol/Signal.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

namespace vv::test {

// In-process signaling relay on 127.0.0.1: answers ping with pong, forwards every other valid
// frame to the other members of the sender's room (like violetvault-server), and records what
// each client sent so tests can assert which signals went out.
class SyncRelay : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(SyncRelay)
public:
    struct Frame {
        QString deviceId; // of the sender's join
        protocol::Signal signal;
    };

    explicit SyncRelay(QObject* parent = nullptr);
    ~SyncRelay() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] const QList<Frame>& frames() const { return m_frames; }
    // Frames of one type from one device (deviceId empty = any).
    [[nodiscard]] QList<protocol::Signal> sent(protocol::SignalType type, const QString& deviceId = {}) const;
    [[nodiscard]] int clientCount() const { return static_cast<int>(m_clients.size()); }
    // As if another device (not connected) sent this to the room.
    void broadcast(const protocol::Signal& signal);
    // Breaks every connection (the clients must reconnect).
    void dropAll();

Q_SIGNALS:
    void frameReceived(const vv::protocol::Signal& signal);
    void clientJoined();

private:
    struct Client {
        QWebSocket* socket = nullptr;
        QString room;
        QString deviceId;
    };
    void onText(QWebSocket* socket, const QString& text);

    QWebSocketServer* m_server;
    QList<Client> m_clients;
    QList<Frame> m_frames;
};

} // namespace vv::test
