#include "WsProtocol.h"

#include "RandomPool.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <openssl/evp.h>
#include <openssl/sha.h>

namespace vv::bench {

namespace {

constexpr std::string_view WsGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

std::string base64(const unsigned char* data, std::size_t size)
{
    std::string out(4 * ((size + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), data, static_cast<int>(size));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

bool containsTokenIgnoreCase(std::string_view list, std::string_view token)
{
    // Header lists are comma separated ("keep-alive, Upgrade").
    while (!list.empty()) {
        const auto comma = list.find(',');
        std::string_view item = list.substr(0, comma);
        while (!item.empty() && (item.front() == ' ' || item.front() == '\t'))
            item.remove_prefix(1);
        while (!item.empty() && (item.back() == ' ' || item.back() == '\t'))
            item.remove_suffix(1);
        if (equalsIgnoreCase(item, token))
            return true;
        if (comma == std::string_view::npos)
            break;
        list.remove_prefix(comma + 1);
    }
    return false;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// Position just after `"key"` and the following ':' (whitespace allowed), or npos.
std::size_t findValue(std::string_view json, std::string_view key)
{
    std::size_t from = 0;
    while (from < json.size()) {
        const auto at = json.find(key, from);
        if (at == std::string_view::npos)
            return std::string_view::npos;
        from = at + key.size();
        if (at == 0 || json[at - 1] != '"' || from >= json.size() || json[from] != '"')
            continue;
        std::size_t p = from + 1;
        while (p < json.size() && (json[p] == ' ' || json[p] == '\t' || json[p] == '\n' || json[p] == '\r'))
            ++p;
        if (p < json.size() && json[p] == ':') {
            ++p;
            while (p < json.size() && (json[p] == ' ' || json[p] == '\t' || json[p] == '\n' || json[p] == '\r'))
                ++p;
            return p;
        }
    }
    return std::string_view::npos;
}

} // namespace

void appendClientFrame(std::string& out, WsOpcode opcode, std::string_view payload, std::uint32_t mask)
{
    const std::size_t size = payload.size();
    unsigned char header[14];
    std::size_t h = 0;
    header[h++] = static_cast<unsigned char>(0x80 | static_cast<unsigned>(opcode));
    if (size < 126) {
        header[h++] = static_cast<unsigned char>(0x80 | size);
    } else if (size <= 0xFFFF) {
        header[h++] = 0x80 | 126;
        header[h++] = static_cast<unsigned char>(size >> 8);
        header[h++] = static_cast<unsigned char>(size);
    } else {
        header[h++] = 0x80 | 127;
        for (int shift = 56; shift >= 0; shift -= 8)
            header[h++] = static_cast<unsigned char>(static_cast<std::uint64_t>(size) >> shift);
    }
    unsigned char key[4];
    std::memcpy(key, &mask, 4);
    std::memcpy(header + h, key, 4);
    h += 4;
    const std::size_t start = out.size();
    out.append(reinterpret_cast<const char*>(header), h);
    out.append(payload);
    auto* p = reinterpret_cast<unsigned char*>(out.data() + start + h);
    for (std::size_t i = 0; i < size; ++i)
        p[i] ^= key[i & 3];
}

WsParseResult parseServerFrame(std::string_view data, std::size_t maxPayload)
{
    WsParseResult r;
    const auto error = [&r](const char* why) {
        r.status = WsParseResult::Status::Error;
        r.error = why;
        return r;
    };
    if (data.size() < 2)
        return r;
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    const bool fin = (p[0] & 0x80) != 0;
    const unsigned op = p[0] & 0x0F;
    if ((p[0] & 0x70) != 0)
        return error("reserved bits set without a negotiated extension");
    if ((p[1] & 0x80) != 0)
        return error("masked frame from the server");
    const bool control = (op & 0x8) != 0;
    if (op != 0x0 && op != 0x1 && op != 0x2 && op != 0x8 && op != 0x9 && op != 0xA)
        return error("unknown opcode");
    std::uint64_t len = p[1] & 0x7F;
    std::size_t h = 2;
    if (len == 126) {
        if (data.size() < 4)
            return r;
        len = (std::uint64_t { p[2] } << 8) | p[3];
        if (len < 126)
            return error("non-minimal 16-bit length");
        h = 4;
    } else if (len == 127) {
        if (data.size() < 10)
            return r;
        len = 0;
        for (int i = 0; i < 8; ++i)
            len = (len << 8) | p[2 + i];
        if ((len >> 63) != 0)
            return error("64-bit length with the top bit set");
        if (len <= 0xFFFF)
            return error("non-minimal 64-bit length");
        h = 10;
    }
    if (control && (!fin || len > 125))
        return error("fragmented or oversized control frame");
    if (len > maxPayload)
        return error("frame larger than the generator accepts");
    if (data.size() - h < len)
        return r;
    r.status = WsParseResult::Status::Frame;
    r.consumed = h + static_cast<std::size_t>(len);
    r.frame.opcode = static_cast<WsOpcode>(op);
    r.frame.fin = fin;
    r.frame.payload = data.substr(h, static_cast<std::size_t>(len));
    return r;
}

std::string makeWebSocketKey(RandomPool& random)
{
    unsigned char raw[16];
    random.fill(raw, sizeof raw);
    return base64(raw, sizeof raw);
}

std::string expectedAccept(std::string_view key)
{
    std::string input(key);
    input.append(WsGuid);
    unsigned char digest[SHA_DIGEST_LENGTH];
    unsigned int digestLen = 0;
    EVP_Digest(input.data(), input.size(), digest, &digestLen, EVP_sha1(), nullptr);
    return base64(digest, digestLen);
}

std::string buildUpgradeRequest(std::string_view host, std::string_view path, std::string_view key)
{
    std::string req;
    req.reserve(256);
    req.append("GET ").append(path).append(" HTTP/1.1\r\nHost: ").append(host);
    req.append("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ").append(key);
    req.append("\r\nSec-WebSocket-Version: 13\r\n\r\n");
    return req;
}

WsHandshakeResult parseUpgradeResponse(std::string_view data, std::string_view key)
{
    WsHandshakeResult r;
    const auto end = data.find("\r\n\r\n");
    if (end == std::string_view::npos) {
        if (data.size() > 16384) {
            r.status = WsHandshakeResult::Status::Error;
            r.error = "upgrade response headers too long";
        }
        return r;
    }
    r.headerBytes = end + 4;
    r.status = WsHandshakeResult::Status::Error;
    std::string_view head = data.substr(0, end + 2);
    auto eol = head.find("\r\n");
    const std::string_view statusLine = head.substr(0, eol);
    if (statusLine.substr(0, 9) != "HTTP/1.1 " || statusLine.substr(9, 3) != "101") {
        r.error = "upgrade refused: " + std::string(statusLine.substr(0, 80));
        return r;
    }
    head.remove_prefix(eol + 2);
    bool upgrade = false;
    bool connection = false;
    bool accept = false;
    const std::string want = expectedAccept(key);
    while (!head.empty()) {
        eol = head.find("\r\n");
        const std::string_view line = head.substr(0, eol);
        head.remove_prefix(eol == std::string_view::npos ? head.size() : eol + 2);
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string_view name = trim(line.substr(0, colon));
        const std::string_view value = trim(line.substr(colon + 1));
        if (equalsIgnoreCase(name, "upgrade"))
            upgrade = equalsIgnoreCase(value, "websocket");
        else if (equalsIgnoreCase(name, "connection"))
            connection = containsTokenIgnoreCase(value, "upgrade");
        else if (equalsIgnoreCase(name, "sec-websocket-accept"))
            accept = value == want;
    }
    if (!upgrade || !connection || !accept) {
        r.error = !accept ? "missing or wrong Sec-WebSocket-Accept" : "missing Upgrade/Connection headers";
        return r;
    }
    r.status = WsHandshakeResult::Status::Ok;
    return r;
}

bool jsonStringField(std::string_view json, std::string_view key, std::string_view* value)
{
    const auto p = findValue(json, key);
    if (p == std::string_view::npos || p >= json.size() || json[p] != '"')
        return false;
    const auto end = json.find('"', p + 1);
    if (end == std::string_view::npos)
        return false;
    *value = json.substr(p + 1, end - p - 1);
    return true;
}

bool jsonIntField(std::string_view json, std::string_view key, std::int64_t* value)
{
    auto p = findValue(json, key);
    if (p == std::string_view::npos || p >= json.size())
        return false;
    bool negative = false;
    if (json[p] == '-') {
        negative = true;
        ++p;
    }
    std::int64_t v = 0;
    std::size_t digits = 0;
    while (p < json.size() && json[p] >= '0' && json[p] <= '9' && digits < 18) {
        v = v * 10 + (json[p] - '0');
        ++p;
        ++digits;
    }
    if (digits == 0)
        return false;
    *value = negative ? -v : v;
    return true;
}

} // namespace vv::bench
