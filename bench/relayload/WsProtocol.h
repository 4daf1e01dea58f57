#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vv::bench {

class RandomPool;

// The client half of RFC 6455, just what a load generator needs: the HTTP upgrade,
// masked client frames, and a parser for (unmasked) server frames with 7/16/64-bit lengths.
enum class WsOpcode : std::uint8_t {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

// Appends one complete (FIN) client frame, payload masked with `mask` (RFC 6455 5.3).
void appendClientFrame(std::string& out, WsOpcode opcode, std::string_view payload, std::uint32_t mask);

struct WsFrame {
    WsOpcode opcode = WsOpcode::Text;
    bool fin = true;
    std::string_view payload; // points into the parsed buffer
};

struct WsParseResult {
    enum class Status { Frame, NeedMore, Error };
    Status status = Status::NeedMore;
    std::size_t consumed = 0; // bytes of the frame, when status == Frame
    WsFrame frame;
    const char* error = nullptr; // a static string, when status == Error
};

// Parses the server frame at the start of `data`. Refuses what RFC 6455 says a client must
// fail on: masked server frames (5.1), reserved bits without an extension (5.2), unknown
// opcodes, fragmented or oversized (> 125) control frames (5.5), non-minimal 64-bit lengths.
[[nodiscard]] WsParseResult parseServerFrame(std::string_view data, std::size_t maxPayload);

// Sec-WebSocket-Key: base64 of 16 random bytes (RFC 6455 4.1).
[[nodiscard]] std::string makeWebSocketKey(RandomPool& random);
// Sec-WebSocket-Accept the server must answer: base64(SHA-1(key + GUID)) (RFC 6455 4.2.2).
[[nodiscard]] std::string expectedAccept(std::string_view key);
[[nodiscard]] std::string buildUpgradeRequest(std::string_view host, std::string_view path, std::string_view key);

struct WsHandshakeResult {
    enum class Status { Ok, NeedMore, Error };
    Status status = Status::NeedMore;
    std::size_t headerBytes = 0; // bytes up to and including the blank line, when Ok
    std::string error;
};

// Checks the server's answer to the upgrade: "101", Upgrade: websocket, Connection: upgrade,
// and the Sec-WebSocket-Accept that proves the server read our key.
[[nodiscard]] WsHandshakeResult parseUpgradeResponse(std::string_view data, std::string_view key);

// Minimal field extraction from the relay's compact JSON (no nesting ambiguity for our keys):
// the string value of "key", or the integer value of "key"; searched anywhere in the object.
[[nodiscard]] bool jsonStringField(std::string_view json, std::string_view key, std::string_view* value);
[[nodiscard]] bool jsonIntField(std::string_view json, std::string_view key, std::int64_t* value);

} // namespace vv::bench
