// RelayServer, HTTP side: requests, the synchronous routes, the store's worker hand-off and
// answers, and the WebSocket upgrade. (Split from RelayServer.cpp to keep files short.)
#include "net/WebSocketHandshake.h"
#include "protocol/CloseCodes.h"
#include "relay/RelayServer.h"
#include "relay/TokenRegistry.h"

#include <openssl/crypto.h>
#include <string>

namespace vv::server {

namespace CloseCode = protocol::CloseCode;
namespace ErrorCode = protocol::ErrorCode;

// ---- HTTP ----------------------------------------------------------------------------------

bool RelayServer::processHttp(Connection& c, std::string_view data, std::size_t* pos)
{
    net::HttpRequest request;
    const net::HttpParser::Result r = net::HttpParser::parse(data.substr(*pos), &request, m_httpLimits);
    if (r.status == net::HttpParser::Status::Incomplete)
        return false;
    if (r.status == net::HttpParser::Status::Error) {
        ++m_metrics.refused["bad_http"];
        respond(c,
            net::HttpResponse::json(
                r.httpStatus, r.httpStatus == 413 ? R"({"error":"body_too_large"})" : R"({"error":"bad_request"})"),
            false);
        return false;
    }
    *pos += r.consumed;
    c.lastActivityMs = nowMs();
    handleHttpRequest(c, request);
    return true;
}

void RelayServer::respond(Connection& c, const net::HttpResponse& response, bool keepAlive, bool headOnly)
{
    const bool keep = keepAlive && !response.closeConnection;
    const std::string bytes = response.serialize(keep, headOnly);
    sendFrame(c, bytes);
    if (!keep)
        c.closeAfterFlush = true;
    c.phaseDeadlineMs = nowMs() + m_config.joinTimeoutMs; // keep-alive idle limit
}

void RelayServer::handleHttpRequest(Connection& c, net::HttpRequest& request)
{
    if (m_store && request.path.compare(0, 4, "/v1/") == 0) {
        ++m_metrics.httpRequestsTotal;
        submitToStore(c, request);
        return;
    }
    if (const net::HttpRouter::Handler* handler = m_router.match(request.path)) {
        ++m_metrics.httpRequestsTotal;
        respond(c, (*handler)(request), request.keepAlive, request.method == "HEAD");
        return;
    }
    if (!m_config.signaling) {
        ++m_metrics.httpRequestsTotal;
        respond(c,
            net::HttpResponse::json(
                404, R"({"error":"not_found","message":"signaling (WebSocket) is disabled on this server"})"),
            request.keepAlive, request.method == "HEAD");
        return;
    }
    if (!net::WebSocketHandshake::isUpgradeRequest(request)) {
        ++m_metrics.httpRequestsTotal;
        net::HttpResponse r = net::HttpResponse::json(426, R"({"error":"upgrade_required"})");
        r.headers.emplace_back("Upgrade", "websocket");
        if (request.method != "GET" && request.method != "HEAD")
            r = net::HttpResponse::json(405, R"({"error":"method_not_allowed"})");
        respond(c, r, request.keepAlive, request.method == "HEAD");
        return;
    }
    if (const int status = net::WebSocketHandshake::validate(request)) {
        ++m_metrics.refused["bad_handshake"];
        net::HttpResponse r = net::HttpResponse::json(status, R"({"error":"bad_handshake"})");
        if (status == 426)
            r.headers.emplace_back("Sec-WebSocket-Version", "13");
        respond(c, r, false);
        return;
    }
    if (m_draining) {
        ++m_metrics.refused["draining"];
        net::HttpResponse r = net::HttpResponse::json(503, R"({"error":"draining"})");
        r.headers.emplace_back("Retry-After", std::to_string((m_config.drainRetryMaxMs + 999) / 1000));
        respond(c, r, false);
        return;
    }
    upgrade(c, request);
}

void RelayServer::submitToStore(Connection& c, net::HttpRequest& request)
{
    const store::StoreService::Route route = store::StoreService::routeOf(request.method, request.path);
    if (m_draining) {
        ++m_metrics.storeRequests[{ store::StoreService::routeName(route), 503 }];
        net::HttpResponse r = net::HttpResponse::json(503, R"({"error":"draining"})");
        r.headers.emplace_back("Retry-After", std::to_string((m_config.drainRetryMaxMs + 999) / 1000));
        respond(c, r, false);
        return;
    }
    StoreWorker::Job job;
    job.connectionKey = c.timerKey();
    job.route = route;
    job.keepAlive = request.keepAlive;
    job.submittedNs = StoreWorker::monotonicNs();
    job.request.method = std::move(request.method);
    job.request.path = std::move(request.path);
    job.request.query = std::move(request.query);
    job.request.headers = std::move(request.headers);
    job.request.body = std::move(request.body);
    // One request per connection at the worker: later pipelined requests wait in c.in, so
    // answers leave in request order, and a pipelining client cannot queue without bound.
    c.awaitingStore = true;
    ++m_storeInFlight;
    updateInterest(c);
    m_store->submit(std::move(job));
}

void RelayServer::onStoreDone(StoreWorker::Done&& done)
{
    --m_storeInFlight;
    const char* route = store::StoreService::routeName(done.route);
    ++m_metrics.storeRequests[{ route, done.response.status }];
    if (done.route == store::StoreService::Route::Push && done.response.status == 200)
        m_metrics.storePushOps += std::uint64_t(done.response.opsStored);
    m_metrics.observeStoreLatency(double(StoreWorker::monotonicNs() - done.submittedNs) / 1e9);

    const std::size_t fd = std::size_t(done.connectionKey >> 32);
    Connection* c = fd < m_byFd.size() ? m_byFd[fd] : nullptr;
    if (!c || c->serial != std::uint32_t(done.connectionKey) || c->phase == Connection::Phase::Dead
        || !c->awaitingStore) {
        ++m_metrics.storeAnswersDropped; // the client went away meanwhile; a push stays stored
        return;
    }
    c->awaitingStore = false;
    net::HttpResponse response;
    response.status = done.response.status;
    response.contentType = std::move(done.response.contentType);
    response.body = std::move(done.response.body);
    for (auto& header : done.response.headers)
        response.headers.emplace_back(std::move(header.first), std::move(header.second));
    respond(*c, response, done.keepAlive);
    resumeInput(*c);
}

void RelayServer::resumeInput(Connection& c)
{
    // The pipelined requests that arrived meanwhile first, then reading again.
    if (!c.in.isEmpty()) {
        const std::size_t used = processInput(c, c.in.view());
        if (c.phase != Connection::Phase::Dead)
            c.in.consume(used);
    }
    if (c.phase != Connection::Phase::Dead && !c.isInputPaused()) {
        updateInterest(c);
        rearm(c);
    }
}

void RelayServer::upgrade(Connection& c, net::HttpRequest& request)
{
    sendFrame(c, net::WebSocketHandshake::response(request));
    c.phase = Connection::Phase::WebSocket;
    c.wasUpgraded = true;
    ++m_webSocketCount;
    ++m_metrics.upgradesTotal;
    c.phaseDeadlineMs = nowMs() + m_config.joinTimeoutMs;
    c.tokens = double(m_config.signalBurst);
    c.tokensAtMs = nowMs();

    std::string* auth = nullptr;
    for (auto& [name, value] : request.headers) {
        if (name == "authorization")
            auth = &value;
    }
    bool badAuth = false;
    if (auth) {
        const std::string_view token = net::HttpRequest::bearerToken(*auth);
        if (token.empty()) {
            badAuth = true;
        } else {
            c.tokenHash = TokenRegistry::hashToken(token);
            c.hasToken = true;
        }
        OPENSSL_cleanse(auth->data(), auth->size()); // the token never outlives this function
    }

    if (m_perIp[c.ipKey] > std::uint32_t(m_config.maxConnectionsPerIp)) {
        ++m_metrics.refused["too_many_connections"];
        const qint64 retry = 5000 + qint64(m_random() % 10000);
        m_signals.sendRetryLater(c, retry, ErrorCode::TooManyConnections);
        closeWebSocket(c, CloseCode::TooManyConnections, "too many connections");
        return;
    }
    if (badAuth || (!c.hasToken && !m_config.allowAnonymous)) {
        ++m_metrics.refused[ErrorCode::Unauthorized];
        m_signals.sendError(c, ErrorCode::Unauthorized);
        closeWebSocket(c, CloseCode::Unauthorized, "unauthorized");
        return;
    }
    rearm(c);
}

} // namespace vv::server
