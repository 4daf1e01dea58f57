#include "relay/AdminEndpoints.h"

#include "relay/RelayServer.h"

namespace vv::server {
namespace {

bool isReadMethod(const net::HttpRequest& request)
{
    return request.method == "GET" || request.method == "HEAD";
}

net::HttpResponse methodNotAllowed()
{
    net::HttpResponse r = net::HttpResponse::json(405, R"({"error":"method_not_allowed"})");
    r.headers.emplace_back("Allow", "GET, HEAD");
    return r;
}

} // namespace

void AdminEndpoints::install(net::HttpRouter* router, const RelayServer* server, bool storeEnabled)
{
    router->addExact("/healthz", [server](const net::HttpRequest& r) { return healthz(r, server->isDraining()); });
    router->addExact(
        "/metrics", [server](const net::HttpRequest& r) { return metrics(r, server->metrics(), server->gauges()); });
    // The encrypted operation store's prefix (docs/api.md): never the WebSocket endpoint.
    if (storeEnabled) {
        router->addExact(
            "/v1", [](const net::HttpRequest&) { return net::HttpResponse::json(404, R"({"error":"not_found"})"); });
        return;
    }
    const auto off = [](const net::HttpRequest&) {
        return net::HttpResponse::json(
            404, R"({"error":"not_found","message":"the store is disabled on this server"})");
    };
    router->addExact("/v1", off);
    router->addPrefix("/v1/", off);
}

net::HttpResponse AdminEndpoints::healthz(const net::HttpRequest& request, bool draining)
{
    if (!isReadMethod(request))
        return methodNotAllowed();
    if (draining)
        return net::HttpResponse::json(503, R"({"status":"draining"})");
    return net::HttpResponse::json(200, R"({"status":"ok"})");
}

net::HttpResponse AdminEndpoints::metrics(
    const net::HttpRequest& request, const Metrics& metrics, const Metrics::Gauges& gauges)
{
    if (!isReadMethod(request))
        return methodNotAllowed();
    net::HttpResponse r = net::HttpResponse::text(200, metrics.render(gauges));
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    return r;
}

} // namespace vv::server
