#include "SelfTest.h"

#include "RandomPool.h"
#include "WsProtocol.h"

#include <cstdio>
#include <string>

namespace vv::bench {

namespace {

int g_failures = 0;

void check(bool ok, const char* what)
{
    if (!ok) {
        ++g_failures;
        std::fprintf(stderr, "selftest FAILED: %s\n", what);
    }
}

// A server frame as a server would send it: unmasked, minimal length encoding.
std::string serverFrame(unsigned char first, std::size_t size, char fill = 'x')
{
    std::string f;
    f.push_back(static_cast<char>(first));
    if (size < 126) {
        f.push_back(static_cast<char>(size));
    } else if (size <= 0xFFFF) {
        f.push_back(static_cast<char>(126));
        f.push_back(static_cast<char>(size >> 8));
        f.push_back(static_cast<char>(size & 0xFF));
    } else {
        f.push_back(static_cast<char>(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            f.push_back(static_cast<char>((static_cast<std::uint64_t>(size) >> shift) & 0xFF));
    }
    f.append(size, fill);
    return f;
}

void testLengths()
{
    // Each length class, at and around its boundaries; every strict prefix must ask for more.
    for (std::size_t size : { 0, 1, 125, 126, 127, 65535, 65536, 70000 }) {
        const std::string f = serverFrame(0x81, size);
        const WsParseResult r = parseServerFrame(f, 1 << 20);
        check(r.status == WsParseResult::Status::Frame && r.consumed == f.size() && r.frame.payload.size() == size
                && r.frame.opcode == WsOpcode::Text && r.frame.fin,
            "round trip of a server text frame");
        bool prefixesOk = true;
        for (std::size_t cut : { std::size_t { 0 }, std::size_t { 1 }, f.size() / 2, f.size() - 1 }) {
            if (cut < f.size()
                && parseServerFrame(std::string_view(f).substr(0, cut), 1 << 20).status
                    != WsParseResult::Status::NeedMore)
                prefixesOk = false;
        }
        check(prefixesOk, "a truncated frame asks for more");
    }
    // Two frames back to back: the first is consumed exactly.
    const std::string two = serverFrame(0x81, 3, 'a') + serverFrame(0x89, 2, 'b');
    const WsParseResult first = parseServerFrame(two, 1024);
    const WsParseResult second = parseServerFrame(std::string_view(two).substr(first.consumed), 1024);
    check(first.consumed == 5 && first.frame.payload == "aaa", "first of two frames");
    check(second.status == WsParseResult::Status::Frame && second.frame.opcode == WsOpcode::Ping
            && second.frame.payload == "bb",
        "second of two frames (ping)");
}

void testRefusals()
{
    std::string masked = serverFrame(0x81, 4);
    masked[1] = static_cast<char>(masked[1] | 0x80);
    check(parseServerFrame(masked, 1024).status == WsParseResult::Status::Error, "masked server frame is refused");
    check(parseServerFrame(serverFrame(0xC1, 4), 1024).status == WsParseResult::Status::Error,
        "RSV1 without extension is refused");
    check(parseServerFrame(serverFrame(0x83, 4), 1024).status == WsParseResult::Status::Error,
        "reserved opcode is refused");
    check(parseServerFrame(serverFrame(0x89, 126), 1024).status == WsParseResult::Status::Error,
        "control frame over 125 bytes is refused");
    check(parseServerFrame(serverFrame(0x09, 4), 1024).status == WsParseResult::Status::Error,
        "fragmented control frame is refused");
    check(parseServerFrame(serverFrame(0x81, 2000), 1024).status == WsParseResult::Status::Error,
        "frame over the payload limit is refused");
    std::string nonMinimal = serverFrame(0x81, 0);
    nonMinimal[1] = 126;
    nonMinimal.append("\x00\x05hello", 7);
    check(parseServerFrame(nonMinimal, 1024).status == WsParseResult::Status::Error,
        "non-minimal 16-bit length is refused");
}

void testClientFrames()
{
    // Client frames are masked; unmasking with the key in the header gives the payload back.
    RandomPool random;
    for (std::size_t size : { 0, 5, 125, 126, 65535, 65536 }) {
        std::string payload(size, 'p');
        for (std::size_t i = 0; i < size; ++i)
            payload[i] = static_cast<char>('a' + i % 26);
        std::string out;
        const std::uint32_t mask = random.next32();
        appendClientFrame(out, WsOpcode::Text, payload, mask);
        const auto* p = reinterpret_cast<const unsigned char*>(out.data());
        const std::size_t h = size < 126 ? 2 : size <= 0xFFFF ? 4 : 10;
        std::uint64_t len = p[1] & 0x7F;
        if (len == 126)
            len = (std::uint64_t { p[2] } << 8) | p[3];
        else if (len == 127)
            len = (std::uint64_t { p[6] } << 24) | (std::uint64_t { p[7] } << 16) | (std::uint64_t { p[8] } << 8)
                | p[9];
        bool ok = p[0] == 0x81 && (p[1] & 0x80) != 0 && len == size && out.size() == h + 4 + size;
        for (std::size_t i = 0; ok && i < size; ++i)
            ok = static_cast<char>(p[h + 4 + i] ^ p[h + (i & 3)]) == payload[i];
        check(ok, "client frame is masked and decodes to the payload");
    }
}

void testHandshake()
{
    // RFC 6455 section 1.3 example.
    const std::string key = "dGhlIHNhbXBsZSBub25jZQ==";
    check(expectedAccept(key) == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "Sec-WebSocket-Accept of the RFC example");
    const std::string ok = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n\x81\x02hi";
    const WsHandshakeResult r = parseUpgradeResponse(ok, key);
    check(r.status == WsHandshakeResult::Status::Ok && r.headerBytes == ok.size() - 4, "valid upgrade response");
    check(parseUpgradeResponse(ok.substr(0, 40), key).status == WsHandshakeResult::Status::NeedMore,
        "partial upgrade response asks for more");
    std::string wrong = ok;
    wrong.replace(wrong.find("s3pP"), 4, "AAAA");
    check(parseUpgradeResponse(wrong, key).status == WsHandshakeResult::Status::Error, "wrong accept is refused");
    check(parseUpgradeResponse("HTTP/1.1 401 Unauthorized\r\n\r\n", key).status == WsHandshakeResult::Status::Error,
        "a refused upgrade is an error");
    RandomPool random;
    check(makeWebSocketKey(random).size() == 24 && makeWebSocketKey(random) != makeWebSocketKey(random),
        "handshake keys are 16 random bytes in base64");
}

void testJsonFields()
{
    const std::string_view j = R"({"budgetId":"r-1","metadata":{"seq": 42},"timestamp":17,"type":"data_changed"})";
    std::string_view s;
    std::int64_t n = 0;
    check(jsonStringField(j, "type", &s) && s == "data_changed", "type field");
    check(jsonStringField(j, "budgetId", &s) && s == "r-1", "budgetId field");
    check(jsonIntField(j, "seq", &n) && n == 42, "seq field with a space");
    check(!jsonIntField(R"({"type":"pong"})", "seq", &n), "absent field");
}

} // namespace

int runSelfTest()
{
    g_failures = 0;
    testLengths();
    testRefusals();
    testClientFrames();
    testHandshake();
    testJsonFields();
    std::fprintf(stderr, "selftest: %s\n", g_failures == 0 ? "all checks passed" : "FAILED");
    return g_failures;
}

} // namespace vv::bench
