#include "TcpProxy.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace vv::testsupport {

// One relayed connection. Bytes are read out of each socket as soon as they arrive and held
// here until forwarded, so a pause holds them without depending on socket buffer semantics,
// and what was received before a close is still forwarded after it.
struct TcpProxy::Connection {
    int id = 0;
    qsizetype recordIndex = -1;
    QTcpSocket* client = nullptr;
    QTcpSocket* upstream = nullptr;
    bool upstreamConnected = false;
    bool clientClosed = false; // the client side finished (FIN or error)
    bool upstreamClosed = false;
    QByteArray heldUp; // from the client, not yet forwarded
    QByteArray heldDown; // from the target, not yet forwarded
    qint64 upBudget = -1; // bytes left before a drop fault; -1 = not armed
    qint64 downBudget = -1;
    bool cutting = false; // a drop fault is flushing its last bytes
    bool cutUp = false; // the fault fired on the upstream direction
};

TcpProxy::TcpProxy(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy()
{
    // Sockets are children of this object; drop their signals first so no handler runs on a
    // half-destroyed proxy while they close.
    for (const auto& c : m_connections) {
        c->client->disconnect(this);
        c->upstream->disconnect(this);
        c->client->abort();
        c->upstream->abort();
    }
}

void TcpProxy::setTarget(const QHostAddress& host, quint16 port)
{
    m_targetHost = host;
    m_targetPort = port;
}

bool TcpProxy::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

bool TcpProxy::isListening() const
{
    return m_server->isListening();
}

quint16 TcpProxy::port() const
{
    return m_server->serverPort();
}

QUrl TcpProxy::url(const QString& scheme, const QString& path) const
{
    QUrl u;
    u.setScheme(scheme);
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    u.setPath(path);
    return u;
}

QByteArray TcpProxy::recordedUpstream() const
{
    QByteArray all;
    for (const Record& r : m_records)
        all += r.upstream;
    return all;
}

QByteArray TcpProxy::recordedDownstream() const
{
    QByteArray all;
    for (const Record& r : m_records)
        all += r.downstream;
    return all;
}

void TcpProxy::clearRecordings()
{
    // Open connections keep recording into fresh records.
    m_records.clear();
    m_recorded = 0;
    m_truncated = false;
    for (const auto& c : m_connections) {
        m_records.append(Record { c->id, {}, {} });
        c->recordIndex = m_records.size() - 1;
    }
}

TcpProxy::Connection* TcpProxy::find(int id) const
{
    const auto it
        = std::find_if(m_connections.begin(), m_connections.end(), [id](const auto& c) { return c->id == id; });
    return it == m_connections.end() ? nullptr : it->get();
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_refuseNew) {
            socket->abort(); // a reset right after the handshake: the client sees a refused link
            socket->deleteLater();
            continue;
        }
        auto owned = std::make_unique<Connection>();
        Connection* c = owned.get();
        c->id = m_nextId++;
        c->client = socket;
        socket->setParent(this);
        c->upstream = new QTcpSocket(this);
        c->client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        c->upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_dropUpLeft > 0)
            c->upBudget = m_dropUpAfter;
        if (m_dropDownLeft > 0)
            c->downBudget = m_dropDownAfter;
        m_records.append(Record { c->id, {}, {} });
        c->recordIndex = m_records.size() - 1;
        m_connections.push_back(std::move(owned));

        const int id = c->id;
        connect(c->client, &QTcpSocket::readyRead, this, [this, id] {
            if (Connection* conn = find(id)) {
                conn->heldUp += conn->client->readAll();
                pump(conn);
            }
        });
        connect(c->upstream, &QTcpSocket::readyRead, this, [this, id] {
            if (Connection* conn = find(id)) {
                conn->heldDown += conn->upstream->readAll();
                pump(conn);
            }
        });
        connect(c->upstream, &QTcpSocket::connected, this, [this, id] {
            if (Connection* conn = find(id)) {
                conn->upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                conn->upstreamConnected = true;
                pump(conn);
            }
        });
        connect(c->client, &QTcpSocket::disconnected, this, [this, id] {
            if (Connection* conn = find(id)) {
                if (conn->client->bytesAvailable() > 0)
                    conn->heldUp += conn->client->readAll();
                conn->clientClosed = true;
                pump(conn);
            }
        });
        connect(c->upstream, &QTcpSocket::disconnected, this, [this, id] {
            if (Connection* conn = find(id)) {
                if (conn->upstream->bytesAvailable() > 0)
                    conn->heldDown += conn->upstream->readAll();
                conn->upstreamClosed = true;
                pump(conn);
            }
        });
        connect(c->upstream, &QTcpSocket::errorOccurred, this, [this, id](QAbstractSocket::SocketError) {
            Connection* conn = find(id);
            if (conn && !conn->upstreamConnected) {
                // The target is down: the client sees its connection reset, as without a proxy.
                conn->clientClosed = conn->upstreamClosed = true;
                conn->client->abort();
                remove(conn);
            }
        });
        // A drop fault waits until its last bytes left our buffer before closing.
        const auto flushed = [this, id] {
            Connection* conn = find(id);
            if (conn && conn->cutting)
                drop(conn);
        };
        connect(c->client, &QTcpSocket::bytesWritten, this, flushed);
        connect(c->upstream, &QTcpSocket::bytesWritten, this, flushed);

        Q_EMIT connectionAccepted(id);
        c->upstream->connectToHost(m_targetHost, m_targetPort);
    }
}

void TcpProxy::record(Connection* c, Direction direction, const QByteArray& bytes)
{
    if (direction == Direction::Down && !m_recordDownstream)
        return;
    if (m_truncated || c->recordIndex < 0 || c->recordIndex >= m_records.size())
        return;
    if (m_recorded + bytes.size() > m_recordLimit) {
        m_truncated = true;
        return;
    }
    Record& r = m_records[c->recordIndex];
    (direction == Direction::Up ? r.upstream : r.downstream) += bytes;
    m_recorded += bytes.size();
}

// Forwards what is held in one direction; returns false if a drop fault fired.
bool TcpProxy::forward(Connection* c, Direction direction)
{
    const bool up = direction == Direction::Up;
    QByteArray& held = up ? c->heldUp : c->heldDown;
    QTcpSocket* to = up ? c->upstream : c->client;
    const bool toClosed = up ? c->upstreamClosed : c->clientClosed;
    if (held.isEmpty() || toClosed)
        return true;
    qint64& budget = up ? c->upBudget : c->downBudget;
    QByteArray chunk;
    bool cut = false;
    if (budget >= 0 && held.size() >= budget) {
        chunk = held.left(budget);
        cut = true;
    } else {
        chunk = held;
    }
    held.remove(0, chunk.size());
    if (budget >= 0)
        budget -= chunk.size();
    record(c, direction, chunk);
    (up ? m_forwardedUp : m_forwardedDown) += chunk.size();
    if (!chunk.isEmpty())
        to->write(chunk);
    if (!cut)
        return true;

    // The fault fires: this connection is cut once the prefix has left our buffer.
    int& left = up ? m_dropUpLeft : m_dropDownLeft;
    left = std::max(0, left - 1);
    if (left == 0) {
        for (const auto& other : m_connections)
            (up ? other->upBudget : other->downBudget) = -1;
    }
    c->cutting = true;
    c->cutUp = up;
    c->upBudget = c->downBudget = -1;
    const int id = c->id;
    to->flush(); // may emit bytesWritten at once, and so drop (and delete) the connection
    if (find(id) == c && to->bytesToWrite() == 0)
        drop(c);
    return false;
}

void TcpProxy::pump(Connection* c)
{
    if (c->cutting)
        return;
    if (!m_paused && c->upstreamConnected) {
        if (!forward(c, Direction::Up) || !forward(c, Direction::Down))
            return;
    }
    closeIfDone(c);
}

// A side that closed is mirrored to the other once everything it sent has been forwarded.
void TcpProxy::closeIfDone(Connection* c)
{
    if (m_paused)
        return;
    const int id = c->id;
    if (c->clientClosed && c->heldUp.isEmpty() && c->upstream->state() != QAbstractSocket::UnconnectedState)
        c->upstream->disconnectFromHost();
    if (!find(id))
        return;
    if (c->upstreamClosed && c->heldDown.isEmpty() && c->client->state() != QAbstractSocket::UnconnectedState)
        c->client->disconnectFromHost();
    if (!find(id))
        return;
    if (c->client->state() == QAbstractSocket::UnconnectedState
        && c->upstream->state() == QAbstractSocket::UnconnectedState)
        remove(c);
}

// Fault: the side that got the prefix sees a clean close right after it (so it received
// exactly those bytes); the other side sees a reset.
void TcpProxy::drop(Connection* c)
{
    QTcpSocket* graceful = c->cutUp ? c->upstream : c->client;
    QTcpSocket* reset = c->cutUp ? c->client : c->upstream;
    c->client->disconnect(this);
    c->upstream->disconnect(this);
    reset->abort();
    graceful->disconnectFromHost(); // nothing is left to write: closes at once
    if (graceful->state() != QAbstractSocket::UnconnectedState)
        graceful->abort();
    ++m_dropped;
    const int id = c->id;
    remove(c);
    Q_EMIT connectionDropped(id);
}

void TcpProxy::remove(Connection* c)
{
    const auto it
        = std::find_if(m_connections.begin(), m_connections.end(), [c](const auto& owned) { return owned.get() == c; });
    if (it == m_connections.end())
        return;
    const std::unique_ptr<Connection> gone = std::move(*it);
    m_connections.erase(it);
    gone->client->disconnect(this);
    gone->upstream->disconnect(this);
    gone->client->deleteLater();
    gone->upstream->deleteLater();
    Q_EMIT connectionClosed(gone->id);
}

void TcpProxy::cutAll()
{
    std::vector<int> ids;
    ids.reserve(m_connections.size());
    for (const auto& c : m_connections)
        ids.push_back(c->id);
    for (const int id : ids) {
        Connection* c = find(id);
        if (!c)
            continue;
        c->client->disconnect(this);
        c->upstream->disconnect(this);
        c->client->abort();
        c->upstream->abort();
        ++m_dropped;
        remove(c);
        Q_EMIT connectionDropped(id);
    }
}

void TcpProxy::setDropAfterUpstreamBytes(qint64 bytes, int connections)
{
    m_dropUpAfter = bytes;
    m_dropUpLeft = bytes < 0 ? 0 : std::max(1, connections);
    for (const auto& c : m_connections)
        c->upBudget = m_dropUpLeft > 0 ? bytes : -1;
}

void TcpProxy::setDropAfterDownstreamBytes(qint64 bytes, int connections)
{
    m_dropDownAfter = bytes;
    m_dropDownLeft = bytes < 0 ? 0 : std::max(1, connections);
    for (const auto& c : m_connections)
        c->downBudget = m_dropDownLeft > 0 ? bytes : -1;
}

void TcpProxy::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused)
        return;
    std::vector<int> ids;
    for (const auto& c : m_connections)
        ids.push_back(c->id);
    for (const int id : ids) {
        if (Connection* c = find(id))
            pump(c);
    }
}

} // namespace vv::testsupport
