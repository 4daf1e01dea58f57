#pragma once

#include "protocol/Signal.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <optional>

// A QWebSocket peer for the relay tests: records every signal and the close code.
class WsTestClient : public QObject
{
    Q_OBJECT
public:
    explicit WsTestClient(QObject* parent = nullptr);
    ~WsTestClient() override;
    Q_DISABLE_COPY(WsTestClient)

    // Connects (token sent as Authorization: Bearer when non-empty) and waits until open.
    bool open(const QUrl& url, const QByteArray& token = {}, int timeoutMs = 5000);
    void send(const vv::protocol::Signal& signal);
    void sendText(const QString& text);
    void join(const QString& budgetId, const QString& deviceId = {});
    // join() and wait for nothing bad: sends a ping after the join and waits for its pong.
    bool joinAndSettle(const QString& budgetId, const QString& deviceId = {});

    // Waits for the n-th (1-based) signal of a type overall; returns it.
    std::optional<vv::protocol::Signal> waitFor(vv::protocol::SignalType type, int count = 1, int timeoutMs = 5000);
    bool waitForClosed(int timeoutMs = 5000);
    [[nodiscard]] int countOf(vv::protocol::SignalType type) const;
    [[nodiscard]] const QList<vv::protocol::Signal>& received() const { return m_received; }
    [[nodiscard]] int rawCount() const { return m_rawCount; }
    [[nodiscard]] bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    [[nodiscard]] bool isClosed() const { return m_closed; }
    [[nodiscard]] quint16 closeCode() const { return m_closeCode; }
    [[nodiscard]] QWebSocket* socket() { return &m_socket; }
    void clear() { m_received.clear(); }

    [[nodiscard]] static vv::protocol::Signal make(
        vv::protocol::SignalType type, const QString& budgetId = {}, std::optional<qint64> seq = std::nullopt);

private:
    QWebSocket m_socket;
    QList<vv::protocol::Signal> m_received;
    int m_rawCount = 0;
    bool m_closed = false;
    quint16 m_closeCode = 0;
};
