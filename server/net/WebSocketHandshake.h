#pragma once

#include "net/HttpRequest.h"

#include <string>
#include <string_view>

namespace vv::server::net {

// Server side of the RFC 6455 opening handshake. Pure functions over a parsed request.
class WebSocketHandshake
{
public:
    // The client asked for a WebSocket (Upgrade: websocket).
    [[nodiscard]] static bool isUpgradeRequest(const HttpRequest& request);
    // 0 when the request is an acceptable upgrade, else the HTTP status to answer
    // (400 malformed, 405 not GET, 426 unsupported Sec-WebSocket-Version).
    [[nodiscard]] static int validate(const HttpRequest& request);
    // base64(SHA-1(key + GUID)) as required by RFC 6455 section 4.2.2.
    [[nodiscard]] static std::string acceptKey(std::string_view clientKey);
    // The 101 response for a validated request.
    [[nodiscard]] static std::string response(const HttpRequest& request);
};

} // namespace vv::server::net
