#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vv::server::store {

// Transport-neutral request/response for StoreService. The fields mirror
// vv::server::net::HttpRequest/HttpResponse so the relay's loop can copy them over
// field by field; StoreService itself never touches a socket.
struct Request {
    std::string method; // "GET", "POST", ...
    std::string path; // target up to '?', e.g. /v1/rooms/abc/ops
    std::string query; // after '?', without it
    std::vector<std::pair<std::string, std::string>> headers; // names in lower case
    std::string body;

    // First value of a header (name in lower case), or nullptr.
    [[nodiscard]] const std::string* header(std::string_view lowerName) const;
};

struct Response {
    int status = 200;
    std::string contentType = "application/json";
    std::vector<std::pair<std::string, std::string>> headers; // extra headers, e.g. Retry-After
    std::string body;
    int opsStored = 0; // for metrics, never sent: ops a push stored new (0 on a replay)

    [[nodiscard]] const std::string* header(std::string_view name) const;
};

} // namespace vv::server::store
