#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vv::server::net {

// A response to serialise onto the connection. Handlers fill it; the server adds
// Content-Length, Connection and Date-free framing (no Date: responses stay byte-stable).
struct HttpResponse {
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    bool closeConnection = false;

    [[nodiscard]] std::string serialize(bool keepAlive, bool headOnly = false) const;
    [[nodiscard]] static std::string_view reasonPhrase(int status);
    [[nodiscard]] static HttpResponse json(int status, std::string body);
    [[nodiscard]] static HttpResponse text(int status, std::string body);
};

} // namespace vv::server::net
