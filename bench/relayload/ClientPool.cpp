#include "ClientPool.h"

#include "Clock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vv::bench {

namespace {

constexpr int MaxEvents = 512;
constexpr int ReadsPerEvent = 4; // fairness: level-triggered epoll brings us back for the rest

epoll_event eventFor(const Conn& conn, std::uint32_t events)
{
    epoll_event ev {};
    ev.events = events;
    ev.data.u32 = conn.id;
    return ev;
}

} // namespace

ClientPool::ClientPool(PoolConfig config, ConnHandler& handler)
    : m_config(std::move(config))
    , m_handler(handler)
    , m_readBuf(256 * 1024)
{ }

ClientPool::~ClientPool()
{
    closeAll();
    if (m_epoll >= 0)
        ::close(m_epoll);
}

bool ClientPool::init(std::string* error)
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        *error = std::string("epoll_create1: ") + std::strerror(errno);
        return false;
    }
    return true;
}

std::uint32_t ClientPool::add(std::uint32_t room, std::uint32_t member)
{
    Conn& c = m_conns.emplace_back();
    c.id = static_cast<std::uint32_t>(m_conns.size() - 1);
    c.room = room;
    c.member = member;
    return c.id;
}

void ClientPool::startConnects()
{
    while (!m_reopened.empty() && m_inFlight < m_config.maxInFlightConnects) {
        Conn& c = m_conns[m_reopened.front()];
        m_reopened.pop_front();
        beginConnect(c);
    }
    while (m_nextToConnect < m_conns.size() && m_inFlight < m_config.maxInFlightConnects)
        beginConnect(m_conns[m_nextToConnect++]);
}

void ClientPool::beginConnect(Conn& c)
{
    ++m_inFlight;
    c.state = ConnState::Connecting;
    c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0)
        return fail(c, std::string("socket: ") + std::strerror(errno));
    const int one = 1;
    // Signals are small and latency matters: no Nagle delay.
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (!m_config.sources.empty()) {
        // Choose the port at connect() time, per 4-tuple, so each source address gives
        // its own ~28k ephemeral ports (needed beyond ~28k connections to one server port).
        setsockopt(c.fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        sockaddr_in src {};
        src.sin_family = AF_INET;
        src.sin_addr = m_config.sources[c.id % m_config.sources.size()];
        if (::bind(c.fd, reinterpret_cast<const sockaddr*>(&src), sizeof src) < 0)
            return fail(c, std::string("bind source address: ") + std::strerror(errno));
    }
    const int rc = ::connect(c.fd, reinterpret_cast<const sockaddr*>(&m_config.server), sizeof m_config.server);
    if (rc < 0 && errno != EINPROGRESS)
        return fail(c, std::string("connect: ") + std::strerror(errno));
    epoll_event ev = eventFor(c, EPOLLIN | EPOLLOUT);
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &ev) < 0)
        return fail(c, std::string("epoll_ctl: ") + std::strerror(errno));
    c.writeArmed = true;
    if (rc == 0)
        onConnected(c);
}

void ClientPool::onConnected(Conn& c)
{
    c.state = ConnState::Handshaking;
    c.key = makeWebSocketKey(m_random);
    c.wbuf = buildUpgradeRequest(m_config.hostHeader, m_config.path, c.key);
    c.woff = 0;
    writeOut(c);
}

void ClientPool::poll(int timeoutMs)
{
    startConnects();
    epoll_event events[MaxEvents];
    const int n = epoll_wait(m_epoll, events, MaxEvents, timeoutMs);
    for (int i = 0; i < n; ++i) {
        Conn& c = m_conns[events[i].data.u32];
        const std::uint32_t ev = events[i].events;
        if (c.state == ConnState::Closed)
            continue;
        if (c.state == ConnState::Connecting) {
            if ((ev & (EPOLLOUT | EPOLLERR | EPOLLHUP)) == 0)
                continue;
            int err = 0;
            socklen_t len = sizeof err;
            getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &len);
            if (err != 0) {
                fail(c, std::string("connect: ") + std::strerror(err));
                continue;
            }
            onConnected(c);
            continue;
        }
        if ((ev & (EPOLLIN | EPOLLERR | EPOLLHUP)) != 0)
            onReadable(c);
        if (c.state != ConnState::Closed && (ev & EPOLLOUT) != 0)
            writeOut(c);
    }
    flush();
    startConnects();
}

void ClientPool::onReadable(Conn& c)
{
    for (int i = 0; i < ReadsPerEvent && c.state != ConnState::Closed; ++i) {
        const ssize_t n = ::recv(c.fd, m_readBuf.data(), m_readBuf.size(), 0);
        if (n > 0) {
            m_bytesRead += static_cast<std::uint64_t>(n);
            input(c, std::string_view(m_readBuf.data(), static_cast<std::size_t>(n)), monotonicNs());
            if (static_cast<std::size_t>(n) < m_readBuf.size())
                return;
            continue;
        }
        if (n == 0)
            return fail(c, c.closeSent ? "closed after close handshake" : "server closed the TCP connection");
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        if (errno == EINTR)
            continue;
        return fail(c, std::string("recv: ") + std::strerror(errno));
    }
}

void ClientPool::input(Conn& c, std::string_view data, std::int64_t nowNs)
{
    if (c.state == ConnState::Handshaking) {
        c.rbuf.append(data);
        const WsHandshakeResult hs = parseUpgradeResponse(c.rbuf, c.key);
        if (hs.status == WsHandshakeResult::Status::NeedMore)
            return;
        if (hs.status == WsHandshakeResult::Status::Error)
            return fail(c, hs.error);
        c.rbuf.erase(0, hs.headerBytes);
        c.key.clear();
        c.key.shrink_to_fit();
        c.state = ConnState::Open;
        --m_inFlight;
        ++m_open;
        m_handler.onOpen(c);
        if (c.state != ConnState::Open || c.rbuf.empty())
            return;
        std::string pending;
        pending.swap(c.rbuf);
        const std::size_t used = parseFrames(c, pending, nowNs);
        if (c.state == ConnState::Open)
            c.rbuf.assign(pending, used);
        return;
    }
    if (c.rbuf.empty()) {
        // Common case: whole frames in this read; keep only a partial tail.
        const std::size_t used = parseFrames(c, data, nowNs);
        if (c.state == ConnState::Open && used < data.size())
            c.rbuf.assign(data.substr(used));
        return;
    }
    c.rbuf.append(data);
    std::string pending;
    pending.swap(c.rbuf);
    const std::size_t used = parseFrames(c, pending, nowNs);
    if (c.state == ConnState::Open) {
        pending.erase(0, used);
        c.rbuf.swap(pending);
    }
}

std::size_t ClientPool::parseFrames(Conn& c, std::string_view data, std::int64_t nowNs)
{
    std::size_t used = 0;
    while (c.state == ConnState::Open && used < data.size()) {
        const WsParseResult r = parseServerFrame(data.substr(used), m_config.maxPayload);
        if (r.status == WsParseResult::Status::NeedMore)
            break;
        if (r.status == WsParseResult::Status::Error) {
            fail(c, std::string("protocol error: ") + r.error);
            break;
        }
        used += r.consumed;
        ++m_framesRead;
        handleFrame(c, r.frame, nowNs);
    }
    return used;
}

void ClientPool::handleFrame(Conn& c, const WsFrame& f, std::int64_t nowNs)
{
    switch (f.opcode) {
    case WsOpcode::Ping:
        send(c, WsOpcode::Pong, f.payload);
        return;
    case WsOpcode::Pong:
        return;
    case WsOpcode::Close: {
        // Echo the status code (RFC 6455 5.5.1), then report why the server closed.
        std::string reason = "server sent close";
        std::string_view code;
        if (f.payload.size() >= 2) {
            code = f.payload.substr(0, 2);
            const auto* p = reinterpret_cast<const unsigned char*>(f.payload.data());
            reason.append(" ").append(std::to_string((p[0] << 8) | p[1]));
            reason.append(" ").append(f.payload.substr(2, 60));
        }
        if (!c.closeSent) {
            send(c, WsOpcode::Close, code);
            c.closeSent = true;
            writeOut(c);
        }
        return fail(c, reason);
    }
    case WsOpcode::Text:
    case WsOpcode::Binary:
        if (c.inFragment)
            return fail(c, "protocol error: new message inside a fragmented one");
        if (!f.fin) {
            c.inFragment = true;
            c.fragIsText = f.opcode == WsOpcode::Text; // binary messages are reassembled, then dropped
            c.frag.assign(f.payload);
            return;
        }
        if (f.opcode == WsOpcode::Text)
            m_handler.onText(c, f.payload, nowNs);
        return;
    case WsOpcode::Continuation:
        if (!c.inFragment)
            return fail(c, "protocol error: continuation without a message");
        if (c.frag.size() + f.payload.size() > m_config.maxPayload)
            return fail(c, "fragmented message larger than the generator accepts");
        c.frag.append(f.payload);
        if (f.fin) {
            c.inFragment = false;
            std::string message;
            message.swap(c.frag);
            if (c.fragIsText)
                m_handler.onText(c, message, nowNs);
        }
        return;
    }
}

void ClientPool::sendText(Conn& c, std::string_view payload)
{
    send(c, WsOpcode::Text, payload);
}

void ClientPool::send(Conn& c, WsOpcode opcode, std::string_view payload)
{
    if (c.state != ConnState::Open || c.closeSent)
        return;
    appendClientFrame(c.wbuf, opcode, payload, m_random.next32());
    if (!c.dirty && !c.writeArmed) {
        c.dirty = true;
        m_dirty.push_back(c.id);
    }
}

void ClientPool::flush()
{
    // Bounded by the list size; writeOut never appends to m_dirty.
    for (std::size_t i = 0; i < m_dirty.size(); ++i) {
        Conn& c = m_conns[m_dirty[i]];
        c.dirty = false;
        if (c.state != ConnState::Closed)
            writeOut(c);
    }
    m_dirty.clear();
}

void ClientPool::writeOut(Conn& c)
{
    while (c.woff < c.wbuf.size()) {
        const ssize_t n = ::send(c.fd, c.wbuf.data() + c.woff, c.wbuf.size() - c.woff, MSG_NOSIGNAL);
        if (n > 0) {
            c.woff += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            setWriteArmed(c, true);
            return;
        }
        return fail(c, std::string("send: ") + std::strerror(errno));
    }
    c.wbuf.clear();
    c.woff = 0;
    setWriteArmed(c, false);
}

void ClientPool::setWriteArmed(Conn& c, bool armed)
{
    if (c.writeArmed == armed || c.fd < 0)
        return;
    epoll_event ev = eventFor(c, armed ? (EPOLLIN | EPOLLOUT) : EPOLLIN);
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &ev);
    c.writeArmed = armed;
}

void ClientPool::fail(Conn& c, std::string_view reason)
{
    if (c.state == ConnState::Closed)
        return;
    const ConnState was = c.state;
    if (was == ConnState::Connecting || was == ConnState::Handshaking)
        --m_inFlight;
    else if (was == ConnState::Open)
        --m_open;
    c.state = ConnState::Closed;
    ++m_closed;
    if (c.fd >= 0) {
        ::close(c.fd); // also removes it from the epoll set
        c.fd = -1;
    }
    if (m_firstError.empty())
        m_firstError = std::string(reason);
    std::string().swap(c.rbuf);
    std::string().swap(c.wbuf);
    std::string().swap(c.frag);
    m_handler.onClosed(c, reason);
}

void ClientPool::closeConn(Conn& c, bool graceful)
{
    if (c.state != ConnState::Open)
        return fail(c, "closed by the client before it was open");
    if (graceful) {
        if (c.closeSent)
            return;
        static constexpr char normal[2] = { 0x03, static_cast<char>(0xE8) }; // 1000
        send(c, WsOpcode::Close, std::string_view(normal, sizeof normal));
        c.closeSent = true;
        return;
    }
    writeOut(c);
    fail(c, "closed by the client");
}

void ClientPool::reopen(Conn& c)
{
    if (c.state != ConnState::Closed)
        return;
    --m_closed;
    c.state = ConnState::Idle;
    c.fd = -1;
    c.writeArmed = false;
    c.dirty = false;
    c.joined = false;
    c.inFragment = false;
    c.fragIsText = false;
    c.closeSent = false;
    c.lastSeq = -1;
    c.key.clear();
    c.woff = 0;
    m_reopened.push_back(c.id);
}

void ClientPool::closeAll()
{
    for (Conn& c : m_conns) {
        if (c.fd >= 0) {
            ::close(c.fd);
            c.fd = -1;
        }
        c.state = ConnState::Closed;
    }
    m_reopened.clear();
    m_open = 0;
    m_inFlight = 0;
    m_closed = m_conns.size();
}

} // namespace vv::bench
