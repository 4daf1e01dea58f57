#include "net/HttpParser.h"

#include <cctype>
#include <charconv>

namespace vv::server::net {
namespace {

using Result = HttpParser::Result;

Result error(int status)
{
    Result r;
    r.status = HttpParser::Status::Error;
    r.httpStatus = status;
    return r;
}

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if (std::isalnum(static_cast<unsigned char>(c)))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isFieldValueChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == '\t' || (u >= 0x20 && u != 0x7f);
}

bool isTargetChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

HttpParser::Result HttpParser::parse(std::string_view input, HttpRequest* request, const Limits& limits)
{
    const std::size_t headEnd = input.find("\r\n\r\n");
    if (headEnd == std::string_view::npos) {
        if (input.size() > limits.maxHeadBytes)
            return error(431);
        return {};
    }
    const std::size_t headSize = headEnd + 4;
    if (headSize > limits.maxHeadBytes)
        return error(431);

    HttpRequest req;
    std::string_view head = input.substr(0, headEnd + 2); // keep the last line's CRLF

    // Request line: METHOD SP TARGET SP HTTP/1.x
    std::size_t eol = head.find("\r\n");
    const std::string_view line = head.substr(0, eol);
    head.remove_prefix(eol + 2);
    const std::size_t sp1 = line.find(' ');
    const std::size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos || line.find(' ', sp2 + 1) != std::string_view::npos)
        return error(400);
    const std::string_view method = line.substr(0, sp1);
    const std::string_view target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    const std::string_view version = line.substr(sp2 + 1);
    if (!isToken(method) || target.empty() || target.front() != '/')
        return error(400);
    for (char c : target) {
        if (!isTargetChar(c))
            return error(400);
    }
    if (version.size() != 8 || version.substr(0, 5) != "HTTP/")
        return error(400);
    if (version == "HTTP/1.1")
        req.versionMinor = 1;
    else if (version == "HTTP/1.0")
        req.versionMinor = 0;
    else
        return error(505);
    req.method = std::string(method);
    req.target = std::string(target);
    const std::size_t q = target.find('?');
    req.path = std::string(target.substr(0, q));
    if (q != std::string_view::npos)
        req.query = std::string(target.substr(q + 1));

    // Header fields.
    bool haveLength = false;
    while (!head.empty()) {
        eol = head.find("\r\n");
        const std::string_view field = head.substr(0, eol);
        head.remove_prefix(eol + 2);
        if (field.empty() || field.front() == ' ' || field.front() == '\t')
            return error(400); // obsolete line folding
        const std::size_t colon = field.find(':');
        if (colon == std::string_view::npos)
            return error(400);
        const std::string_view name = field.substr(0, colon);
        if (!isToken(name))
            return error(400); // includes whitespace before the colon (request smuggling vector)
        const std::string_view value = trim(field.substr(colon + 1));
        for (char c : value) {
            if (!isFieldValueChar(c))
                return error(400);
        }
        if (req.headers.size() >= limits.maxHeaders)
            return error(431);
        std::string lname = lower(name);
        if (lname == "content-length") {
            std::size_t n = 0;
            const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (value.empty() || ec != std::errc() || ptr != value.data() + value.size())
                return error(400);
            if (haveLength && n != req.contentLength)
                return error(400);
            haveLength = true;
            req.contentLength = n;
        } else if (lname == "transfer-encoding") {
            return error(501); // chunked request bodies are not supported
        }
        req.headers.emplace_back(std::move(lname), std::string(value));
    }
    if (req.versionMinor == 1 && !req.header("host"))
        return error(400);
    if (req.contentLength > limits.maxBodyBytes)
        return error(413);

    if (req.headerHasToken("connection", "close"))
        req.keepAlive = false;
    else if (req.versionMinor == 0)
        req.keepAlive = req.headerHasToken("connection", "keep-alive");
    else
        req.keepAlive = true;

    if (input.size() - headSize < req.contentLength)
        return {};
    req.body = std::string(input.substr(headSize, req.contentLength));

    Result r;
    r.status = Status::Complete;
    r.consumed = headSize + req.contentLength;
    if (request)
        *request = std::move(req);
    return r;
}

} // namespace vv::server::net
