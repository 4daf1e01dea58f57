#pragma once

#include "net/HttpRequest.h"
#include "net/HttpResponse.h"

#include <functional>
#include <string>
#include <vector>

namespace vv::server::net {

// Maps request paths to handlers: exact paths (/healthz, /metrics) and prefixes (/v1/ for the
// store API). Any path no route claims belongs to the WebSocket endpoint. Handlers run on the
// event-loop thread and must not block for long.
class HttpRouter
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    void addExact(std::string path, Handler handler);
    void addPrefix(std::string prefix, Handler handler);
    // The handler for path, or nullptr when the path belongs to the WebSocket endpoint.
    [[nodiscard]] const Handler* match(const std::string& path) const;

private:
    struct Route {
        std::string path;
        bool prefix = false;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace vv::server::net
