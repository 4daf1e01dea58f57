#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

class QTcpServer;

namespace vv::testsupport {

// A byte-level TCP forwarder for tests: listens on 127.0.0.1:0 and relays every connection to
// a target host:port, so it carries HTTP and WebSocket alike. It records what passes (for
// privacy assertions: "the server never received X") and injects faults a real network has:
// a cut connection, a stall, a refused connect. Single-threaded, on the caller's event loop.
//
// Recording: per connection, the upstream bytes (client -> target) always and the downstream
// bytes (target -> client) when setRecordDownstream(true). All recordings together are bounded
// by recordLimit() (64 MiB by default); past it recording stops, isRecordingTruncated() turns
// true, and forwarding goes on. Recordings outlive their connections until clearRecordings().
class TcpProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(TcpProxy)
public:
    static constexpr qint64 DefaultRecordLimit = 64LL * 1024 * 1024;

    // What one connection carried, in order. `id` counts accepted connections from 1.
    struct Record {
        int id = 0;
        QByteArray upstream;
        QByteArray downstream;
    };

    explicit TcpProxy(QObject* parent = nullptr);
    ~TcpProxy() override;

    void setTarget(const QHostAddress& host, quint16 port);
    [[nodiscard]] QHostAddress targetHost() const { return m_targetHost; }
    [[nodiscard]] quint16 targetPort() const { return m_targetPort; }

    // Listens on 127.0.0.1:`port` (0 = any free port). False (see errorString()) on failure.
    bool listen(quint16 port = 0);
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    // scheme://127.0.0.1:port(), e.g. url(QStringLiteral("ws")) or url(QStringLiteral("http")).
    [[nodiscard]] QUrl url(const QString& scheme, const QString& path = {}) const;
    [[nodiscard]] QString errorString() const { return m_error; }

    // --- recording
    void setRecordDownstream(bool record) { m_recordDownstream = record; }
    [[nodiscard]] bool isRecordingDownstream() const { return m_recordDownstream; }
    void setRecordLimit(qint64 bytes) { m_recordLimit = bytes; }
    [[nodiscard]] qint64 recordLimit() const { return m_recordLimit; }
    [[nodiscard]] bool isRecordingTruncated() const { return m_truncated; }
    [[nodiscard]] QList<Record> records() const { return m_records; }
    // Every connection's upstream bytes, concatenated in connection order.
    [[nodiscard]] QByteArray recordedUpstream() const;
    [[nodiscard]] QByteArray recordedDownstream() const;
    void clearRecordings();

    // --- counters (since construction)
    [[nodiscard]] int acceptedCount() const { return m_nextId - 1; }
    [[nodiscard]] int activeCount() const { return static_cast<int>(m_connections.size()); }
    [[nodiscard]] qint64 forwardedUpstream() const { return m_forwardedUp; }
    [[nodiscard]] qint64 forwardedDownstream() const { return m_forwardedDown; }
    [[nodiscard]] int droppedCount() const { return m_dropped; } // connections cut by a fault

    // --- faults
    // Aborts (TCP reset) both sides of every open connection now.
    void cutAll();
    // The next `connections` connections to carry `bytes` upstream bytes, counted per connection
    // from now (open ones included), are cut right after the bytes-th byte is forwarded: the
    // target gets exactly that prefix. bytes < 0 disarms. One-shot per connection.
    void setDropAfterUpstreamBytes(qint64 bytes, int connections = 1);
    // Same for the target's answer: cut once `bytes` downstream bytes reached the client (the
    // target has processed the request; the client loses the rest of the answer).
    void setDropAfterDownstreamBytes(qint64 bytes, int connections = 1);
    // While paused nothing is forwarded in either direction (received bytes are held in memory,
    // and new connections are accepted but not forwarded), like a stalled path. Unpausing
    // forwards what was held, in order.
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    // While set, new connections are reset at once (open ones are untouched).
    void setRefuseNew(bool refuse) { m_refuseNew = refuse; }
    [[nodiscard]] bool isRefusingNew() const { return m_refuseNew; }

Q_SIGNALS:
    void connectionAccepted(int id);
    void connectionClosed(int id);
    // A fault (drop-after or cutAll) cut this connection.
    void connectionDropped(int id);

private:
    struct Connection;
    enum class Direction { Up, Down };

    void onNewConnection();
    void pump(Connection* c);
    bool forward(Connection* c, Direction direction);
    void record(Connection* c, Direction direction, const QByteArray& bytes);
    void drop(Connection* c);
    void closeIfDone(Connection* c);
    void remove(Connection* c);
    [[nodiscard]] Connection* find(int id) const;

    QTcpServer* m_server;
    QHostAddress m_targetHost = QHostAddress(QHostAddress::LocalHost);
    quint16 m_targetPort = 0;
    QString m_error;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QList<Record> m_records;
    int m_nextId = 1;
    bool m_recordDownstream = false;
    qint64 m_recordLimit = DefaultRecordLimit;
    qint64 m_recorded = 0;
    bool m_truncated = false;
    qint64 m_forwardedUp = 0;
    qint64 m_forwardedDown = 0;
    int m_dropped = 0;
    qint64 m_dropUpAfter = -1;
    int m_dropUpLeft = 0;
    qint64 m_dropDownAfter = -1;
    int m_dropDownLeft = 0;
    bool m_paused = false;
    bool m_refuseNew = false;
};

} // namespace vv::testsupport
