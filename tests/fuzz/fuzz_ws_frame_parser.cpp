// libFuzzer target: the server's RFC 6455 frame parser (server/net/WsFrameParser) on arbitrary
// client bytes. It must never crash, never consume more than it was given, never deliver a
// message over the limit, and give the same events whether the bytes arrive at once or in
// pieces (as the relay feeds it: keep the unconsumed tail, append the next read).
#include "net/WsFrameParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using vv::server::net::WsFrameParser;

namespace {

constexpr std::size_t MaxMessage = 1024;

struct Seen {
    WsFrameParser::Kind kind;
    std::uint8_t opcode;
    std::uint16_t closeCode;
    std::string payload;
    bool operator==(const Seen&) const = default;
};

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool terminal(WsFrameParser::Kind kind)
{
    return kind == WsFrameParser::Kind::Error;
}

// Feeds input in pieces of the given sizes (cycled); the last piece brings the rest.
std::vector<Seen> run(std::string_view input, const std::vector<std::size_t>& pieces)
{
    std::vector<Seen> events;
    WsFrameParser::State state;
    std::string payload;
    std::size_t available = pieces.empty() ? input.size() : 0;
    std::size_t pieceIndex = 0;
    std::size_t pos = 0;
    for (int guard = 0; guard < 100000; ++guard) {
        const std::string_view window = input.substr(pos, available - pos);
        const WsFrameParser::Event e = WsFrameParser::next(window, &state, MaxMessage, &payload);
        check(e.consumed <= window.size());
        if (e.kind == WsFrameParser::Kind::NeedMore) {
            check(e.consumed == 0);
            if (available == input.size())
                break;
            available = std::min(input.size(), available + pieces[pieceIndex++ % pieces.size()]);
            continue;
        }
        const bool hasPayload = e.kind == WsFrameParser::Kind::Message || e.kind == WsFrameParser::Kind::Ping
            || e.kind == WsFrameParser::Kind::Pong;
        if (hasPayload)
            check(payload.size() <= MaxMessage);
        events.push_back({ e.kind, e.opcode, e.closeCode, hasPayload ? payload : std::string() });
        if (terminal(e.kind))
            break;
        check(e.consumed > 0);
        pos += e.consumed;
    }
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks how the stream is cut into reads (1..16 bytes per piece).
    const std::size_t step = std::size_t(data[0] & 0x0f) + 1;
    const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    const std::vector<Seen> whole = run(input, {});
    const std::vector<Seen> pieces = run(input, { step, 1, step * 3 });
    check(whole == pieces);
    return 0;
}
