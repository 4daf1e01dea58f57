#pragma once

#include "net/ByteBuffer.h"
#include "net/EventLoop.h"
#include "net/TlsSession.h"
#include "net/WsFrameParser.h"
#include "relay/TokenRegistry.h"

#include <cstdint>
#include <memory>
#include <string>

namespace vv::server {

class RelayServer;
struct Room;

// One client socket. Kept deliberately small (no per-connection heap objects while idle:
// buffers are empty and unallocated, timers are one lazily re-armed heap entry).
struct Connection final : net::IoHandler {
    enum class Phase : std::uint8_t {
        Http, // reading HTTP requests (healthz/metrics) or the upgrade
        WebSocket, // upgraded, open
        Closing, // close frame sent or received; waiting for the other side / the flush
        Dead, // fd closed, awaiting deletion at the end of the loop pass
    };

    Connection(RelayServer* owner, int socketFd, std::uint32_t serialNumber)
        : server(owner)
        , fd(socketFd)
        , serial(serialNumber)
    { }
    void onIo(std::uint32_t events) override;

    [[nodiscard]] std::uint64_t timerKey() const { return (std::uint64_t(std::uint32_t(fd)) << 32) | serial; }
    [[nodiscard]] bool isOpenWebSocket() const { return phase == Phase::WebSocket; }
    [[nodiscard]] bool isInputPaused() const { return awaitingStore || outputPaused; }

    RelayServer* server;
    int fd;
    std::uint32_t serial;
    Phase phase = Phase::Http;
    bool dirty = false; // queued in the end-of-pass flush list
    bool wantWrite = false; // EPOLLOUT registered (kernel buffer was full)
    bool closeAfterFlush = false; // close the socket once the output is written
    bool slowConsumer = false; // output over the limit: cut at the next flush
    bool readClosed = false; // the peer half-closed: only writing remains
    bool hasToken = false;
    bool wasUpgraded = false;
    bool awaitingStore = false; // a /v1/ request is with the store worker: input waits (pipelining order)
    bool outputPaused = false; // HTTP answers not read by the client pile up: input waits until flushed
    std::uint16_t closeCode = 0; // the close code that ended it (for metrics)
    std::uint32_t roomIndex = 0; // position in room->members
    Room* room = nullptr;
    net::ByteBuffer in;
    net::ByteBuffer out;
    net::WsFrameParser::State ws;
    double tokens = 0; // rate-limit bucket
    std::int64_t tokensAtMs = 0;
    std::int64_t lastActivityMs = 0;
    std::int64_t phaseDeadlineMs = 0; // HTTP request / join / close-handshake deadline
    std::int64_t heapDeadlineMs = 0; // deadline of this connection's pending timer entry (0: none)
    TokenHash tokenHash {};
    std::string ipKey; // raw address bytes (fits the small-string buffer: no allocation)
    std::string deviceId; // from the join, for the disconnected presence signal
    std::unique_ptr<net::TlsSession> tls; // null on a plain listener: the plain path only tests it
};

struct Room {
    std::string id;
    std::vector<Connection*> members;
    bool registered = false; // a token hash owns this room
    TokenHash tokenHash {};
};

} // namespace vv::server
