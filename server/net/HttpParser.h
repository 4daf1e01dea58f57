#pragma once

#include "net/HttpRequest.h"

#include <cstddef>
#include <string_view>

namespace vv::server::net {

// Parses one HTTP/1.0 or 1.1 request (head plus a Content-Length body) from the front of a
// byte stream. Pure: no I/O, no state between calls, so it is table-tested and fuzzable.
// Strict on purpose: CRLF line ends, no obsolete line folding, no chunked request bodies.
class HttpParser
{
public:
    struct Limits {
        std::size_t maxHeadBytes = 8192;
        std::size_t maxBodyBytes = 65536;
        std::size_t maxHeaders = 64;
    };

    enum class Status {
        Incomplete, // need more bytes
        Complete, // *request filled; consumed bytes belong to it
        Error, // answer httpStatus and close
    };

    struct Result {
        Status status = Status::Incomplete;
        std::size_t consumed = 0;
        int httpStatus = 0; // on Error: 400, 413, 431, 501 or 505
    };

    [[nodiscard]] static Result parse(std::string_view input, HttpRequest* request, const Limits& limits);
};

} // namespace vv::server::net
