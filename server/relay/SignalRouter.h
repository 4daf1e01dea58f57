#pragma once

#include "protocol/Signal.h"
#include "relay/Connection.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace vv::server {

class RelayServer;
class TokenRegistry;
struct Metrics;
struct ServerConfig;

// The relay's signal logic: rate limit, validation through the shared codec, join/leave with
// token checks, and routing to the other members of the sender's room. Transport (framing,
// queues, closing) stays in RelayServer.
class SignalRouter
{
public:
    SignalRouter(RelayServer* server, TokenRegistry* registry, const ServerConfig* config, Metrics* metrics);
    ~SignalRouter();
    SignalRouter(const SignalRouter&) = delete;
    SignalRouter& operator=(const SignalRouter&) = delete;

    // A complete, UTF-8-valid text message from an open WebSocket.
    void onText(Connection& connection, std::string_view payload);
    // Counts against the signal rate; false if the connection was closed for exceeding it.
    bool consumeRateToken(Connection& connection);
    // Removes a member; with notify, peers get a `disconnected` presence signal.
    void leave(Connection& connection, bool notify);

    [[nodiscard]] std::size_t roomCount() const { return m_rooms.size(); }
    [[nodiscard]] std::size_t joinedCount() const { return m_joined; }

    void sendSignal(Connection& connection, const protocol::Signal& signal);
    void sendError(Connection& connection, const char* code);
    void sendRetryLater(Connection& connection, qint64 retryAfterMs, const char* code);

private:
    void join(Connection& connection, const protocol::Signal& signal);
    void refuseJoin(Connection& connection, const char* errorCode, std::uint16_t closeCode, const char* reason);
    void broadcast(Room& room, const Connection* sender, const protocol::Signal& signal);
    Room* activateRoom(const std::string& id, bool* failed);

    RelayServer* m_server;
    TokenRegistry* m_registry;
    const ServerConfig* m_config;
    Metrics* m_metrics;
    std::unordered_map<std::string, std::unique_ptr<Room>> m_rooms;
    std::size_t m_joined = 0;
    std::string m_frame; // reused framing buffer
};

} // namespace vv::server
