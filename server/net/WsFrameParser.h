#pragma once

#include "net/ByteBuffer.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vv::server::net {

// Incremental RFC 6455 frame parser for the server side (client frames must be masked).
// Pure: the caller owns the input bytes and the tiny per-connection State. It enforces
// masking, RSV bits, known opcodes, control-frame rules (FIN set, <= 125 bytes), minimal
// length encodings, continuation order, the message size limit (checked from the frame
// header, before any payload is buffered) and UTF-8 in text messages and close reasons.
class WsFrameParser
{
public:
    enum class Kind {
        NeedMore, // no complete frame at the front of the input
        Partial, // a non-final fragment was consumed; call again
        Message, // a complete text or binary message in *payload (opcode says which)
        Ping, // *payload is the ping data to echo in a pong
        Pong,
        Close, // closeCode is the peer's code (1005 when it sent none)
        Error, // closeCode is the code to close with (1002, 1007 or 1009)
    };

    struct Event {
        Kind kind = Kind::NeedMore;
        std::size_t consumed = 0;
        std::uint8_t opcode = 0;
        std::uint16_t closeCode = 0;
    };

    // Per-connection state between frames: only non-empty while a fragmented message is open.
    struct State {
        std::uint8_t fragmentOpcode = 0; // 0: no fragmented message in progress
        ByteBuffer fragments;
    };

    [[nodiscard]] static Event next(
        std::string_view input, State* state, std::size_t maxMessageBytes, std::string* payload);
};

} // namespace vv::server::net
