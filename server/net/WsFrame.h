#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vv::server::net {

// RFC 6455 opcodes and frame encoding helpers (pure).
namespace WsOpcode {
constexpr std::uint8_t Continuation = 0x0;
constexpr std::uint8_t Text = 0x1;
constexpr std::uint8_t Binary = 0x2;
constexpr std::uint8_t Close = 0x8;
constexpr std::uint8_t Ping = 0x9;
constexpr std::uint8_t Pong = 0xA;
} // namespace WsOpcode

class WsFrame
{
public:
    // Appends one unmasked server frame (FIN set) to out.
    static void appendServerFrame(std::string* out, std::uint8_t opcode, std::string_view payload);
    // The payload of a close frame: 2-byte code plus a short UTF-8 reason.
    [[nodiscard]] static std::string closePayload(std::uint16_t code, std::string_view reason = {});
    // A masked client frame, for tests and tools; rsv is placed in bits 4-6 of the first byte.
    [[nodiscard]] static std::string clientFrame(std::uint8_t opcode, std::string_view payload, bool fin = true,
        std::uint32_t mask = 0x37fa213d, std::uint8_t rsv = 0);
    // True for close codes a peer may send (RFC 6455 section 7.4).
    [[nodiscard]] static bool isValidCloseCode(std::uint16_t code);
};

} // namespace vv::server::net
