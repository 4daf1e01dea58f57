#pragma once

#include "RandomPool.h"
#include "WsProtocol.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <netinet/in.h>
#include <string>
#include <string_view>
#include <vector>

namespace vv::bench {

enum class ConnState : std::uint8_t { Idle, Connecting, Handshaking, Open, Closed };

// One WebSocket client connection. Plain data: the pool drives it, scenarios read and tag it.
struct Conn {
    std::uint32_t id = 0;
    std::uint32_t room = 0;
    std::uint32_t member = 0;
    int fd = -1;
    ConnState state = ConnState::Idle;
    bool writeArmed = false; // EPOLLOUT registered because the socket buffer was full
    bool dirty = false; // queued for the next flush()
    bool joined = false; // scenario: the join was acknowledged (pong after the join)
    bool inFragment = false;
    bool fragIsText = false;
    bool closeSent = false;
    std::int64_t lastSeq = -1; // scenario: last seq received on this connection
    std::string key; // Sec-WebSocket-Key, until the handshake is checked
    std::string rbuf; // unparsed input (a partial frame or the HTTP answer)
    std::string wbuf; // output not yet accepted by the kernel
    std::size_t woff = 0;
    std::string frag; // fragmented message being reassembled
};

class ConnHandler
{
public:
    virtual ~ConnHandler() = default;
    virtual void onOpen(Conn& conn) = 0;
    virtual void onText(Conn& conn, std::string_view payload, std::int64_t nowNs) = 0;
    virtual void onClosed(Conn& conn, std::string_view reason) = 0;
};

struct PoolConfig {
    sockaddr_in server {};
    std::string hostHeader; // "127.0.0.1:PORT"
    std::string path = "/";
    std::vector<in_addr> sources; // bind client sockets round-robin to these (more ephemeral ports)
    std::size_t maxInFlightConnects = 256; // keeps the server's accept backlog from overflowing
    std::size_t maxPayload = 1 << 20;
};

// Many WebSocket clients on one thread: non-blocking sockets, one level-triggered epoll set,
// output coalesced per connection and written once per loop iteration (flush()).
class ClientPool
{
public:
    ClientPool(PoolConfig config, ConnHandler& handler);
    ~ClientPool();
    ClientPool(const ClientPool&) = delete;
    ClientPool& operator=(const ClientPool&) = delete;

    [[nodiscard]] bool init(std::string* error);
    std::uint32_t add(std::uint32_t room, std::uint32_t member);
    [[nodiscard]] Conn& conn(std::uint32_t id) { return m_conns[id]; }
    [[nodiscard]] std::size_t size() const { return m_conns.size(); }

    // One iteration: starts pending connects, waits up to timeoutMs, handles events, flushes.
    void poll(int timeoutMs);
    void sendText(Conn& conn, std::string_view payload);
    void flush();
    void closeAll();
    // Client-initiated end of one connection. Graceful: a close frame (1000) after what is
    // queued; the pool closes the socket when the server echoes it. Abrupt: what is queued is
    // written (best effort), then the socket is closed without a close frame.
    void closeConn(Conn& conn, bool graceful);
    // Puts a closed connection back in the connect queue: a fresh socket under the same id.
    // Call between poll()s, never from a handler inside one (its events may still be pending).
    void reopen(Conn& conn);

    [[nodiscard]] std::size_t openCount() const { return m_open; }
    [[nodiscard]] std::size_t closedCount() const { return m_closed; }
    [[nodiscard]] std::size_t pendingCount() const { return m_conns.size() - m_open - m_closed; }
    [[nodiscard]] const std::string& firstError() const { return m_firstError; }
    [[nodiscard]] std::uint64_t bytesRead() const { return m_bytesRead; }
    [[nodiscard]] std::uint64_t framesRead() const { return m_framesRead; }

private:
    void startConnects();
    void beginConnect(Conn& conn);
    void onConnected(Conn& conn);
    void onReadable(Conn& conn);
    void input(Conn& conn, std::string_view data, std::int64_t nowNs);
    std::size_t parseFrames(Conn& conn, std::string_view data, std::int64_t nowNs);
    void handleFrame(Conn& conn, const WsFrame& frame, std::int64_t nowNs);
    void send(Conn& conn, WsOpcode opcode, std::string_view payload);
    void writeOut(Conn& conn);
    void setWriteArmed(Conn& conn, bool armed);
    void fail(Conn& conn, std::string_view reason);

    PoolConfig m_config;
    ConnHandler& m_handler;
    RandomPool m_random;
    std::deque<Conn> m_conns; // deque: references stay valid as connections are added
    std::vector<std::uint32_t> m_dirty;
    std::deque<std::uint32_t> m_reopened; // closed connections queued to connect again
    std::vector<char> m_readBuf;
    int m_epoll = -1;
    std::size_t m_nextToConnect = 0;
    std::size_t m_inFlight = 0;
    std::size_t m_open = 0;
    std::size_t m_closed = 0;
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_framesRead = 0;
    std::string m_firstError;
};

} // namespace vv::bench
