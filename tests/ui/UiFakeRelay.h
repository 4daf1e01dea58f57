#pragma once

#include "protocol/Signal.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebSocketServer>

class QWebSocket;

// A tiny in-process signaling relay for the UI tests: listens on 127.0.0.1, answers `ping`
// with `pong`, records what clients send, and can refuse joins with close code 4003 (the
// server's "token refused") or be stopped and restarted on the same port.
class UiFakeRelay : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(UiFakeRelay)
public:
    explicit UiFakeRelay(QObject* parent = nullptr);
    ~UiFakeRelay() override;

    // Port 0 picks a free port; pass port() again to restart on the same one.
    bool listen(quint16 port = 0);
    // Stops listening and drops every client without a close frame (a crashed server).
    void stop();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] int clientCount() const;
    [[nodiscard]] QList<vv::protocol::Signal> received() const;
    void setRefuseJoins(bool refuse);

Q_SIGNALS:
    void signalReceived(const vv::protocol::Signal& signal);
    void clientCountChanged(int count);

private:
    void onNewConnection();
    void onText(QWebSocket* socket, const QString& text);

    QWebSocketServer m_server;
    quint16 m_port = 0;
    QList<QPointer<QWebSocket>> m_clients;
    QList<vv::protocol::Signal> m_received;
    bool m_refuseJoins = false;
};
