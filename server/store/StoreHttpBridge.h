#pragma once

#include "StoreService.h"

#include <utility>

namespace vv::server::store {

// Glue for the server's HTTP router, without this library depending on the network core:
// works with any request/response types shaped like vv::server::net::HttpRequest/HttpResponse
// (method, path, query, headers as lower-case name/value pairs, body; status, contentType,
// headers, body). Wiring in the relay is then one line:
//   router.addPrefix(StoreService::PathPrefix,
//                    [&store](const net::HttpRequest& r) { return handleHttp<net::HttpResponse>(*store, r); });
// The call blocks for the fsync of a push (see StoreService).
template<class HttpResponseT, class HttpRequestT>
[[nodiscard]] HttpResponseT handleHttp(StoreService& service, const HttpRequestT& in)
{
    Request request;
    request.method = in.method;
    request.path = in.path;
    request.query = in.query;
    request.headers.reserve(in.headers.size());
    for (const auto& [name, value] : in.headers)
        request.headers.emplace_back(name, value);
    request.body = in.body;
    Response response = service.handle(request);
    HttpResponseT out;
    out.status = response.status;
    out.contentType = std::move(response.contentType);
    out.body = std::move(response.body);
    for (auto& header : response.headers)
        out.headers.emplace_back(std::move(header.first), std::move(header.second));
    return out;
}

} // namespace vv::server::store
