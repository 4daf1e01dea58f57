#pragma once

#include "net/EventLoop.h"
#include "net/HttpParser.h"
#include "net/HttpRouter.h"
#include "net/Listener.h"
#include "net/TlsContext.h"
#include "relay/Connection.h"
#include "relay/Metrics.h"
#include "relay/ServerConfig.h"
#include "relay/SignalRouter.h"
#include "relay/StoreWorker.h"

#include <QString>

#include <random>
#include <string>
#include <sys/types.h>
#include <unordered_map>
#include <vector>

namespace vv::server {

class TokenRegistry;

// The relay's transport: accepts sockets, speaks HTTP/1.1 and WebSocket on them, queues and
// coalesces output (one send() per dirty connection per loop pass), enforces timeouts and
// connection limits, serves /healthz and /metrics, and drains on shutdown. Signal logic lives
// in SignalRouter. Single-threaded: everything runs on the EventLoop.
class RelayServer final : public net::AcceptHandler, public net::TimerHandler, public net::PassEndHandler
{
public:
    RelayServer(const ServerConfig& config, net::EventLoop* loop, TokenRegistry* registry);
    ~RelayServer() override;
    RelayServer(const RelayServer&) = delete;
    RelayServer& operator=(const RelayServer&) = delete;

    bool listen(QString* error);
    [[nodiscard]] quint16 port() const { return m_listener.port(); }
    // The synchronous HTTP routes: /healthz, /metrics (and /v1 answered 404 without a store).
    [[nodiscard]] net::HttpRouter& router() { return m_router; }
    // The encrypted store under /v1/ (nullptr: --no-store). Requests go to the worker thread;
    // their answers come back on this loop. Call before the loop runs.
    void setStore(StoreWorker* store);
    // TLS on every accepted socket (wss://, https://); nullptr: plain. Not owned; call before
    // the loop runs.
    void setTls(net::TlsContext* tls) { m_tls = tls; }
    [[nodiscard]] bool isTls() const { return m_tls != nullptr; }

    // SIGTERM/SIGINT: tell every client to come back later (jittered), close with 1001,
    // wait for the close handshakes up to drain-timeout-ms, then quit the loop with 0.
    void beginDrain();
    [[nodiscard]] bool isDraining() const { return m_draining; }
    [[nodiscard]] const Metrics& metrics() const { return m_metrics; }
    [[nodiscard]] Metrics::Gauges gauges() const;

    // Used by SignalRouter.
    void sendFrame(Connection& connection, std::string_view frame);
    void closeWebSocket(Connection& connection, std::uint16_t code, std::string_view reason);
    void rearm(Connection& connection);
    [[nodiscard]] std::int64_t nowMs() const { return m_loop->nowMs(); }

    void onConnectionIo(Connection& connection, std::uint32_t events);
    void onAccepted(int fd, const sockaddr_storage& peer) override;
    void onTimer(std::uint64_t key, std::int64_t deadlineMs) override;
    void onPassEnd() override;

private:
    void readFrom(Connection& c);
    std::size_t processInput(Connection& c, std::string_view data);
    bool processHttp(Connection& c, std::string_view data, std::size_t* pos);
    bool processWebSocket(Connection& c, std::string_view data, std::size_t* pos);
    void handleHttpRequest(Connection& c, net::HttpRequest& request);
    void submitToStore(Connection& c, net::HttpRequest& request);
    void onStoreDone(StoreWorker::Done&& done);
    void resumeInput(Connection& c);
    void respond(Connection& c, const net::HttpResponse& response, bool keepAlive, bool headOnly = false);
    void upgrade(Connection& c, net::HttpRequest& request);
    void sendControl(Connection& c, std::uint8_t opcode, std::string_view payload);
    ssize_t readSome(Connection& c, char* buffer, std::size_t size);
    ssize_t writeSome(Connection& c, const char* data, std::size_t size);
    void updateInterest(Connection& c);
    void syncTlsInterest(Connection& c);
    void flush(Connection& c);
    void markDirty(Connection& c);
    void destroy(Connection& c);
    void expire(Connection& c);
    [[nodiscard]] std::int64_t effectiveDeadline(const Connection& c) const;

    ServerConfig m_config;
    net::EventLoop* m_loop;
    TokenRegistry* m_registry;
    StoreWorker* m_store = nullptr;
    net::TlsContext* m_tls = nullptr;
    std::size_t m_storeInFlight = 0;
    net::Listener m_listener;
    net::HttpRouter m_router;
    Metrics m_metrics;
    SignalRouter m_signals;
    net::HttpParser::Limits m_httpLimits;

    std::vector<Connection*> m_byFd; // owning: fd -> connection (fds are small and dense)
    std::vector<Connection*> m_dirty;
    std::vector<Connection*> m_graveyard;
    std::unordered_map<std::string, std::uint32_t> m_perIp;
    std::size_t m_connectionCount = 0;
    std::size_t m_webSocketCount = 0;
    std::uint32_t m_nextSerial = 1;
    std::string m_scratch; // read buffer shared by all connections
    std::string m_payload; // unmasked message buffer, reused
    std::string m_frameOut; // framing buffer, reused
    bool m_draining = false;
    std::int64_t m_startMonotonicMs = 0;
    std::int64_t m_startWallMs = 0;
    std::mt19937_64 m_random;
};

} // namespace vv::server
