#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vv::server::net {

// One parsed HTTP/1.x request. Header names are lower-cased; values have surrounding
// whitespace removed. Only what the relay and the store API need.
struct HttpRequest {
    std::string method;
    std::string target; // as sent: path plus optional query
    std::string path; // target up to '?'
    std::string query; // after '?', without it
    int versionMinor = 1;
    std::vector<std::pair<std::string, std::string>> headers;
    std::size_t contentLength = 0;
    bool keepAlive = true;
    std::string body;

    // First value of a header (name in lower case), or nullptr.
    [[nodiscard]] const std::string* header(std::string_view lowerName) const;
    // True when a comma-separated header contains token (case-insensitive), e.g. Connection: upgrade.
    [[nodiscard]] bool headerHasToken(std::string_view lowerName, std::string_view token) const;
    // The token of an "Authorization: Bearer <token>" value (scheme case-insensitive, 1-4096
    // visible ASCII characters); empty when the value is malformed.
    [[nodiscard]] static std::string_view bearerToken(std::string_view authorization);
};

} // namespace vv::server::net
