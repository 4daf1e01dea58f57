// libFuzzer target: the HTTP/1.x request-head parser (server/net/HttpParser) on arbitrary bytes.
// It must never crash or read out of bounds, and what it accepts must be self-consistent:
// consumed within the input, the same request when parsed again from exactly those bytes, the
// path a prefix of the target starting with '/', lower-case header names, and a body of exactly
// Content-Length bytes within the limit.
#include "net/HttpParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using vv::server::net::HttpParser;
using vv::server::net::HttpRequest;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    HttpParser::Limits limits;
    limits.maxHeadBytes = 1024; // small limits reach the 431/413 paths with small inputs
    limits.maxBodyBytes = 256;
    limits.maxHeaders = 8;
    HttpRequest request;
    const HttpParser::Result r = HttpParser::parse(input, &request, limits);
    switch (r.status) {
    case HttpParser::Status::Incomplete:
        check(r.consumed == 0);
        return 0;
    case HttpParser::Status::Error:
        check(r.httpStatus == 400 || r.httpStatus == 413 || r.httpStatus == 431 || r.httpStatus == 501
            || r.httpStatus == 505);
        return 0;
    case HttpParser::Status::Complete:
        break;
    }
    check(r.consumed > 0 && r.consumed <= size);
    check(!request.path.empty() && request.path.front() == '/');
    check(request.target.compare(0, request.path.size(), request.path) == 0);
    check(request.body.size() == request.contentLength && request.contentLength <= limits.maxBodyBytes);
    check(request.headers.size() <= limits.maxHeaders);
    for (const auto& [name, value] : request.headers) {
        for (char c : name)
            check(!(c >= 'A' && c <= 'Z'));
    }
    // Parsing exactly the consumed bytes gives the same request: no dependence on what follows.
    HttpRequest again;
    const HttpParser::Result r2 = HttpParser::parse(input.substr(0, r.consumed), &again, limits);
    check(r2.status == HttpParser::Status::Complete && r2.consumed == r.consumed);
    check(again.method == request.method && again.target == request.target && again.body == request.body
        && again.headers == request.headers && again.keepAlive == request.keepAlive);
    // One byte short of that is never complete.
    const HttpParser::Result r3 = HttpParser::parse(input.substr(0, r.consumed - 1), nullptr, limits);
    check(r3.status != HttpParser::Status::Complete);
    return 0;
}
