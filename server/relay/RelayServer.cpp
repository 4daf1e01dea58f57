#include "relay/RelayServer.h"

#include "net/WebSocketHandshake.h"
#include "net/WsFrame.h"
#include "protocol/CloseCodes.h"
#include "relay/AdminEndpoints.h"
#include "relay/Log.h"
#include "relay/TokenRegistry.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vv::server {

namespace CloseCode = protocol::CloseCode;
namespace ErrorCode = protocol::ErrorCode;

namespace {

constexpr std::size_t ReadChunk = 64 * 1024;
constexpr int MaxReadsPerEvent = 4; // fairness: at most 256 KiB per connection per pass
constexpr std::uint64_t DrainTimerKey = std::numeric_limits<std::uint64_t>::max();

} // namespace

void Connection::onIo(std::uint32_t events)
{
    server->onConnectionIo(*this, events);
}

RelayServer::RelayServer(const ServerConfig& config, net::EventLoop* loop, TokenRegistry* registry)
    : m_config(config)
    , m_loop(loop)
    , m_registry(registry)
    , m_listener(loop, this)
    , m_signals(this, registry, &m_config, &m_metrics)
    , m_startMonotonicMs(net::EventLoop::monotonicMs())
    , m_startWallMs(net::EventLoop::wallClockMs())
{
    std::uint64_t seed = 0;
    if (RAND_bytes(reinterpret_cast<unsigned char*>(&seed), sizeof seed) != 1)
        seed = std::uint64_t(m_startWallMs);
    m_random.seed(seed);
    m_httpLimits.maxBodyBytes = std::size_t(m_config.maxHttpBodyBytes);
    m_scratch.resize(ReadChunk);
    AdminEndpoints::install(&m_router, this, false);
    m_loop->setPassEndHandler(this);
}

void RelayServer::setStore(StoreWorker* store)
{
    m_store = store;
    m_router = net::HttpRouter();
    AdminEndpoints::install(&m_router, this, store != nullptr);
    if (store)
        store->setDeliver([this](StoreWorker::Done&& done) { onStoreDone(std::move(done)); });
}

RelayServer::~RelayServer()
{
    for (Connection* c : m_byFd) {
        if (c) {
            ::close(c->fd);
            delete c;
        }
    }
    for (Connection* c : m_graveyard)
        delete c;
    m_loop->setPassEndHandler(nullptr);
}

bool RelayServer::listen(QString* error)
{
    if (!m_listener.listen(m_config.host.toStdString(), m_config.port)) {
        *error = QString::fromStdString(m_listener.errorString());
        return false;
    }
    return true;
}

// ---- accept / read -------------------------------------------------------------------------

void RelayServer::onAccepted(int fd, const sockaddr_storage& peer)
{
    ++m_metrics.acceptedTotal;
    if (m_connectionCount >= std::size_t(m_config.maxConnections)) {
        ++m_metrics.refused["max_connections"];
        ::close(fd);
        return;
    }
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (m_config.socketSendBuffer > 0) {
        const int size = int(m_config.socketSendBuffer);
        setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    }
    auto* c = new Connection(this, fd, m_nextSerial++);
    if (m_nextSerial == 0)
        m_nextSerial = 1;
    c->ipKey = net::Listener::addressKey(peer);
    c->lastActivityMs = nowMs();
    c->phaseDeadlineMs = nowMs() + m_config.joinTimeoutMs; // the upgrade must come as quickly as a join
    if (std::size_t(fd) >= m_byFd.size())
        m_byFd.resize(std::max<std::size_t>(std::size_t(fd) + 1, m_byFd.size() * 2), nullptr);
    m_byFd[std::size_t(fd)] = c;
    ++m_perIp[c->ipKey];
    ++m_connectionCount;
    if (m_tls)
        c->tls.reset(net::TlsSession::create(m_tls->handle(), fd)); // the handshake runs in the first reads
    if ((m_tls && !c->tls) || !m_loop->add(fd, EPOLLIN | EPOLLRDHUP, c)) {
        destroy(*c);
        return;
    }
    rearm(*c);
}

void RelayServer::onConnectionIo(Connection& c, std::uint32_t events)
{
    if (c.phase == Connection::Phase::Dead)
        return;
    // TLS: a read may be waiting for the socket to be writable and a write for it to be
    // readable (handshake, alerts); the waiting operation is retried when that event comes.
    bool readReady = events & (EPOLLIN | EPOLLERR | EPOLLHUP | EPOLLRDHUP);
    bool writeReady = events & EPOLLOUT;
    if (c.tls) {
        readReady = readReady || ((events & EPOLLOUT) && c.tls->readWantsWritable());
        writeReady = writeReady || ((events & EPOLLIN) && c.tls->writeWantsReadable());
    }
    if (c.isInputPaused()) {
        // Input is paused (EPOLLIN off) until the store answers or the output drains; only
        // errors and output matter.
        if (events & (EPOLLERR | EPOLLHUP))
            destroy(c); // the answer will find the serial gone and be dropped
        else if (writeReady)
            flush(c);
        return;
    }
    if (readReady)
        readFrom(c);
    if (c.phase != Connection::Phase::Dead && writeReady)
        flush(c);
}

void RelayServer::readFrom(Connection& c)
{
    for (int i = 0; i < MaxReadsPerEvent && c.phase != Connection::Phase::Dead; ++i) {
        const ssize_t n = readSome(c, m_scratch.data(), m_scratch.size());
        if (n == 0) {
            if (c.out.isEmpty()) {
                destroy(c); // peer closed
                return;
            }
            // Half-closed after a request: answer what was asked, then close. No more reads,
            // or the level-triggered EOF would wake the loop until the answer is written.
            m_signals.leave(c, true);
            c.readClosed = true;
            c.closeAfterFlush = true;
            updateInterest(c);
            return;
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                if (c.tls && !c.tls->isHandshakeDone())
                    ++m_metrics.refused["tls_handshake"]; // garbage, plain HTTP, old protocol, ...
                destroy(c);
                return;
            }
            syncTlsInterest(c);
            return;
        }
        const std::string_view chunk(m_scratch.data(), std::size_t(n));
        if (c.in.isEmpty()) {
            // Common case: parse straight from the shared buffer; keep only an incomplete tail.
            const std::size_t used = processInput(c, chunk);
            if (c.phase != Connection::Phase::Dead && used < chunk.size())
                c.in.append(chunk.substr(used));
        } else {
            c.in.append(chunk);
            const std::size_t used = processInput(c, c.in.view());
            if (c.phase != Connection::Phase::Dead)
                c.in.consume(used);
        }
        if (c.isInputPaused())
            return; // paused: what was read stays buffered, no more is read
        // A short read drained the socket. (TLS hands out at most one 16 KiB record per read,
        // and only OpenSSL knows whether decrypted bytes remain that epoll cannot report.)
        if (std::size_t(n) < m_scratch.size() && !(c.tls && c.tls->hasBufferedInput()))
            break;
    }
    syncTlsInterest(c);
}

std::size_t RelayServer::processInput(Connection& c, std::string_view data)
{
    std::size_t pos = 0;
    while (pos < data.size() && c.phase != Connection::Phase::Dead && !c.closeAfterFlush && !c.slowConsumer
        && !c.isInputPaused()) {
        if (c.phase == Connection::Phase::Http && c.out.size() >= std::size_t(m_config.maxOutboundBytes)) {
            // A pipelining client that does not read its answers: stop reading until they are
            // written, so its queue stays at about one answer.
            c.outputPaused = true;
            updateInterest(c);
            break;
        }
        const bool progressed
            = c.phase == Connection::Phase::Http ? processHttp(c, data, &pos) : processWebSocket(c, data, &pos);
        if (!progressed)
            break;
    }
    if (c.closeAfterFlush || c.slowConsumer || c.phase == Connection::Phase::Dead)
        return data.size(); // nothing more will be read from this connection
    return pos;
}

Metrics::Gauges RelayServer::gauges() const
{
    Metrics::Gauges g;
    g.connections = m_connectionCount;
    g.websockets = m_webSocketCount;
    g.joined = m_signals.joinedCount();
    g.rooms = m_signals.roomCount();
    g.uptimeSeconds = double(net::EventLoop::monotonicMs() - m_startMonotonicMs) / 1000.0;
    g.startTimeSeconds = double(m_startWallMs) / 1000.0;
    g.residentBytes = Metrics::residentBytes();
    g.draining = m_draining;
    g.signalingEnabled = m_config.signaling;
    g.storeEnabled = m_store != nullptr;
    g.storeInFlight = m_storeInFlight;
    if (m_store) {
        g.storeCommits = m_store->commits();
        g.storeGroupedPushes = m_store->groupedPushes();
    }
    return g;
}

// ---- WebSocket -----------------------------------------------------------------------------

bool RelayServer::processWebSocket(Connection& c, std::string_view data, std::size_t* pos)
{
    const net::WsFrameParser::Event e
        = net::WsFrameParser::next(data.substr(*pos), &c.ws, std::size_t(m_config.maxFrameBytes), &m_payload);
    using Kind = net::WsFrameParser::Kind;
    if (e.kind == Kind::NeedMore)
        return false;
    if (e.kind == Kind::Error) {
        if (c.phase == Connection::Phase::WebSocket) {
            ++m_metrics.refused[e.closeCode == CloseCode::MessageTooBig ? "too_big" : "bad_frame"];
            if (e.closeCode == CloseCode::MessageTooBig)
                m_signals.sendError(c, ErrorCode::TooBig);
            closeWebSocket(c, e.closeCode, e.closeCode == CloseCode::MessageTooBig ? "frame too big" : "bad frame");
        }
        // Framing is lost: nothing after this point can be parsed.
        c.closeAfterFlush = true;
        return false;
    }
    *pos += e.consumed;
    c.lastActivityMs = nowMs();
    if (c.phase == Connection::Phase::Closing) {
        // After our close frame only the peer's close matters.
        if (e.kind == Kind::Close)
            destroy(c);
        return c.phase != Connection::Phase::Dead;
    }
    switch (e.kind) {
    case Kind::Message:
        if (e.opcode == net::WsOpcode::Binary) {
            ++m_metrics.refused["binary"];
            m_signals.sendError(c, ErrorCode::Binary);
            closeWebSocket(c, CloseCode::UnsupportedData, "binary frames are not accepted");
            return true;
        }
        m_signals.onText(c, m_payload);
        return true;
    case Kind::Ping:
        if (m_signals.consumeRateToken(c))
            sendControl(c, net::WsOpcode::Pong, m_payload);
        return true;
    case Kind::Close: {
        // Echo the peer's code (1000 when it gave none) and close once that is written.
        c.closeCode = e.closeCode == 1005 ? CloseCode::Normal : e.closeCode;
        m_signals.leave(c, true);
        sendControl(c, net::WsOpcode::Close, net::WsFrame::closePayload(c.closeCode));
        c.phase = Connection::Phase::Closing;
        c.phaseDeadlineMs = nowMs() + m_config.closeTimeoutMs;
        c.closeAfterFlush = true;
        rearm(c);
        return false;
    }
    default:
        return true; // pongs and non-final fragments need nothing
    }
}

void RelayServer::sendControl(Connection& c, std::uint8_t opcode, std::string_view payload)
{
    m_frameOut.clear();
    net::WsFrame::appendServerFrame(&m_frameOut, opcode, payload);
    sendFrame(c, m_frameOut);
}

void RelayServer::closeWebSocket(Connection& c, std::uint16_t code, std::string_view reason)
{
    if (c.phase != Connection::Phase::WebSocket)
        return;
    // While draining everyone is leaving: presence signals would only be n^2 noise.
    m_signals.leave(c, !m_draining);
    sendControl(c, net::WsOpcode::Close, net::WsFrame::closePayload(code, reason));
    c.closeCode = code;
    c.phase = Connection::Phase::Closing;
    c.phaseDeadlineMs = nowMs() + (m_draining ? m_config.drainTimeoutMs : m_config.closeTimeoutMs);
    rearm(c);
}

// ---- output --------------------------------------------------------------------------------

// The TLS seam: wss:// will keep a per-connection SSL* and use SSL_read/SSL_write here (with
// WANT_READ/WANT_WRITE mapped onto updateInterest); everything above works on plaintext bytes.
// The TLS seam: everything above works on plaintext bytes; a TLS connection goes through its
// TlsSession (SSL_read/SSL_write on the socket), a plain one costs a null test.
ssize_t RelayServer::readSome(Connection& c, char* buffer, std::size_t size)
{
    if (c.tls)
        return c.tls->read(buffer, size);
    return ::recv(c.fd, buffer, size, 0);
}

ssize_t RelayServer::writeSome(Connection& c, const char* data, std::size_t size)
{
    if (c.tls)
        return c.tls->write(data, size);
    return ::send(c.fd, data, size, MSG_NOSIGNAL | MSG_DONTWAIT);
}

void RelayServer::updateInterest(Connection& c)
{
    std::uint32_t events = (c.readClosed || c.isInputPaused()) ? 0 : (EPOLLIN | EPOLLRDHUP);
    if (c.wantWrite)
        events |= EPOLLOUT;
    if (c.tls) {
        if (c.wantWrite && c.tls->writeWantsReadable())
            events = (events & ~std::uint32_t(EPOLLOUT)) | EPOLLIN; // the write waits for a TLS read
        events |= c.tls->extraEvents();
        c.tls->appliedExtraEvents = c.tls->extraEvents();
    }
    m_loop->modify(c.fd, events, &c);
}

void RelayServer::syncTlsInterest(Connection& c)
{
    if (c.tls && c.phase != Connection::Phase::Dead && c.tls->extraEvents() != c.tls->appliedExtraEvents)
        updateInterest(c);
}

void RelayServer::sendFrame(Connection& c, std::string_view frame)
{
    // Nothing may follow a close frame; a Dead or cut connection takes nothing at all.
    if (c.phase == Connection::Phase::Dead || c.phase == Connection::Phase::Closing || c.slowConsumer)
        return;
    if (c.out.size() + frame.size() > std::size_t(m_config.maxOutboundBytes) && c.wasUpgraded) {
        // The client does not read: drop its queue and cut it at the end of this pass. Its
        // peers keep their own queues and are unaffected.
        c.out.release();
        c.slowConsumer = true;
        markDirty(c);
        return;
    }
    c.out.append(frame);
    markDirty(c);
}

void RelayServer::markDirty(Connection& c)
{
    if (!c.dirty) {
        c.dirty = true;
        m_dirty.push_back(&c);
    }
}

void RelayServer::flush(Connection& c)
{
    if (c.phase == Connection::Phase::Dead)
        return;
    if (c.slowConsumer) {
        ++m_metrics.refused["slow_consumer"];
        qCInfo(lcRelay) << "cutting a connection whose outbound queue exceeded" << m_config.maxOutboundBytes << "bytes";
        m_signals.leave(c, true);
        c.closeCode = CloseCode::SlowConsumer;
        // Best effort close frame, then an abortive close (RST) so no queued data lingers in the kernel.
        // Not over TLS: a record cut short by a full socket would leave OpenSSL mid-write, and
        // the socket is full anyway.
        if (!c.tls) {
            std::string frame;
            net::WsFrame::appendServerFrame(
                &frame, net::WsOpcode::Close, net::WsFrame::closePayload(CloseCode::SlowConsumer));
            [[maybe_unused]] const ssize_t ignored
                = ::send(c.fd, frame.data(), frame.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        }
        const linger hard { 1, 0 };
        setsockopt(c.fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        destroy(c);
        return;
    }
    while (!c.out.isEmpty()) {
        const ssize_t n = writeSome(c, c.out.data(), c.out.size());
        if (n > 0) {
            c.out.consume(std::size_t(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!c.wantWrite) {
                c.wantWrite = true;
                updateInterest(c);
            } else {
                syncTlsInterest(c);
            }
            return;
        }
        destroy(c); // EPIPE, ECONNRESET, ...
        return;
    }
    if (c.wantWrite) {
        c.wantWrite = false;
        updateInterest(c);
    } else {
        syncTlsInterest(c);
    }
    if (c.closeAfterFlush) {
        destroy(c);
        return;
    }
    if (c.outputPaused) {
        c.outputPaused = false;
        resumeInput(c);
    }
}

void RelayServer::onPassEnd()
{
    // Index loop: flushing can cut a slow consumer, whose presence signal dirties others.
    for (std::size_t i = 0; i < m_dirty.size(); ++i) {
        Connection* c = m_dirty[i];
        c->dirty = false;
        flush(*c);
    }
    m_dirty.clear();
    for (Connection* c : m_graveyard)
        delete c;
    m_graveyard.clear();
    if (m_draining && m_webSocketCount == 0 && m_storeInFlight == 0)
        m_loop->quit(0);
}

void RelayServer::destroy(Connection& c)
{
    if (c.phase == Connection::Phase::Dead)
        return;
    m_signals.leave(c, true);
    if (c.wasUpgraded) {
        --m_webSocketCount;
        ++m_metrics.closed[c.closeCode ? c.closeCode : 1006];
    }
    auto ip = m_perIp.find(c.ipKey);
    if (ip != m_perIp.end() && --ip->second == 0)
        m_perIp.erase(ip);
    --m_connectionCount;
    if (c.tls) {
        c.tls->shutdown(); // close_notify when the session is healthy (never blocks)
        c.tls.reset();
    }
    ::close(c.fd); // also removes it from epoll
    m_byFd[std::size_t(c.fd)] = nullptr;
    c.phase = Connection::Phase::Dead;
    c.in.release();
    c.out.release();
    c.ws.fragments.release();
    m_graveyard.push_back(&c);
}

// ---- timers --------------------------------------------------------------------------------

std::int64_t RelayServer::effectiveDeadline(const Connection& c) const
{
    if (c.awaitingStore)
        return std::numeric_limits<std::int64_t>::max(); // no idle limit while the store works
    switch (c.phase) {
    case Connection::Phase::Http:
    case Connection::Phase::Closing:
        return c.phaseDeadlineMs;
    case Connection::Phase::WebSocket: {
        const std::int64_t idle = c.lastActivityMs + m_config.idleTimeoutMs;
        return c.room ? idle : std::min(idle, c.phaseDeadlineMs);
    }
    case Connection::Phase::Dead:
        break;
    }
    return std::numeric_limits<std::int64_t>::max();
}

void RelayServer::rearm(Connection& c)
{
    const std::int64_t deadline = effectiveDeadline(c);
    if (deadline == std::numeric_limits<std::int64_t>::max())
        return; // nothing to time out; the next rearm() schedules again
    if (c.heapDeadlineMs == 0 || deadline < c.heapDeadlineMs) {
        c.heapDeadlineMs = deadline;
        m_loop->timers().schedule(deadline, this, c.timerKey());
    }
}

void RelayServer::onTimer(std::uint64_t key, std::int64_t deadlineMs)
{
    if (key == DrainTimerKey) {
        qCInfo(lcRelay) << "drain timeout reached; closing the remaining connections";
        for (Connection* c : m_byFd) {
            if (c)
                destroy(*c);
        }
        m_loop->quit(0);
        return;
    }
    const std::size_t fd = std::size_t(key >> 32);
    Connection* c = fd < m_byFd.size() ? m_byFd[fd] : nullptr;
    if (!c || c->serial != std::uint32_t(key) || c->heapDeadlineMs != deadlineMs)
        return; // stale entry: the connection is gone or has a newer timer
    c->heapDeadlineMs = 0;
    if (effectiveDeadline(*c) <= nowMs())
        expire(*c);
    if (c->phase != Connection::Phase::Dead)
        rearm(*c);
}

void RelayServer::expire(Connection& c)
{
    switch (c.phase) {
    case Connection::Phase::Http:
    case Connection::Phase::Closing:
        destroy(c);
        return;
    case Connection::Phase::WebSocket:
        if (!c.room && c.phaseDeadlineMs <= nowMs()) {
            ++m_metrics.refused["join_timeout"];
            closeWebSocket(c, CloseCode::JoinTimeout, "join timeout");
        } else {
            ++m_metrics.refused["idle_timeout"];
            closeWebSocket(c, CloseCode::IdleTimeout, "idle timeout");
        }
        return;
    case Connection::Phase::Dead:
        return;
    }
}

// ---- drain ---------------------------------------------------------------------------------

void RelayServer::beginDrain()
{
    if (m_draining)
        return;
    m_draining = true;
    qCInfo(lcRelay) << "draining" << m_webSocketCount << "WebSocket connections";
    std::uniform_int_distribution<qint64> jitter(m_config.drainRetryMinMs, m_config.drainRetryMaxMs);
    for (Connection* c : m_byFd) {
        if (!c)
            continue;
        if (c->phase == Connection::Phase::WebSocket) {
            // Spread the reconnects so a restart is not met by a thundering herd.
            m_signals.sendRetryLater(*c, jitter(m_random), ErrorCode::ShuttingDown);
            closeWebSocket(*c, CloseCode::GoingAway, "server shutting down");
        } else if (c->phase == Connection::Phase::Http && c->in.isEmpty() && c->out.isEmpty() && !c->isInputPaused()) {
            destroy(*c); // idle keep-alive HTTP connection
        }
    }
    m_loop->timers().schedule(nowMs() + m_config.drainTimeoutMs, this, DrainTimerKey);
}

} // namespace vv::server
