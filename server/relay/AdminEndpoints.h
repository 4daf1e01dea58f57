#pragma once

#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "net/HttpRouter.h"
#include "relay/Metrics.h"

namespace vv::server {

class RelayServer;

// The operational HTTP routes on the relay's port: GET /healthz, GET /metrics, and the
// reserved /v1/ prefix (404 until the store API is wired in).
class AdminEndpoints
{
public:
    static void install(net::HttpRouter* router, const RelayServer* server);
    [[nodiscard]] static net::HttpResponse healthz(const net::HttpRequest& request, bool draining);
    [[nodiscard]] static net::HttpResponse metrics(
        const net::HttpRequest& request, const Metrics& metrics, const Metrics::Gauges& gauges);
};

} // namespace vv::server
