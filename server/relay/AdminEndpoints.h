#pragma once

#include "net/HttpRequest.h"
#include "net/HttpResponse.h"
#include "net/HttpRouter.h"
#include "relay/Metrics.h"

namespace vv::server {

class RelayServer;

// The operational HTTP routes on the server's port: GET /healthz, GET /metrics, and /v1 (404;
// with --no-store the whole /v1/ prefix answers 404 saying the store is off). With the store on,
// RelayServer hands /v1/... to the store worker before this router is asked.
class AdminEndpoints
{
public:
    static void install(net::HttpRouter* router, const RelayServer* server, bool storeEnabled);
    [[nodiscard]] static net::HttpResponse healthz(const net::HttpRequest& request, bool draining);
    [[nodiscard]] static net::HttpResponse metrics(
        const net::HttpRequest& request, const Metrics& metrics, const Metrics::Gauges& gauges);
};

} // namespace vv::server
