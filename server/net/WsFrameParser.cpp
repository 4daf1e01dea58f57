#include "net/WsFrameParser.h"

#include "net/Utf8Validator.h"
#include "net/WsFrame.h"

namespace vv::server::net {
namespace {

using Event = WsFrameParser::Event;
using Kind = WsFrameParser::Kind;

constexpr std::uint16_t ProtocolError = 1002;
constexpr std::uint16_t InvalidPayload = 1007;
constexpr std::uint16_t MessageTooBig = 1009;
constexpr std::uint16_t NoStatus = 1005;

Event fail(std::uint16_t code)
{
    Event e;
    e.kind = Kind::Error;
    e.closeCode = code;
    return e;
}

} // namespace

WsFrameParser::Event WsFrameParser::next(
    std::string_view input, State* state, std::size_t maxMessageBytes, std::string* payload)
{
    const auto* p = reinterpret_cast<const std::uint8_t*>(input.data());
    if (input.size() < 2)
        return {};
    const bool fin = (p[0] & 0x80) != 0;
    const std::uint8_t rsv = p[0] & 0x70;
    const std::uint8_t opcode = p[0] & 0x0f;
    const bool masked = (p[1] & 0x80) != 0;
    const std::uint8_t len7 = p[1] & 0x7f;

    if (rsv != 0)
        return fail(ProtocolError); // no extension was negotiated
    const bool control = (opcode & 0x08) != 0;
    switch (opcode) {
    case WsOpcode::Continuation:
    case WsOpcode::Text:
    case WsOpcode::Binary:
    case WsOpcode::Close:
    case WsOpcode::Ping:
    case WsOpcode::Pong:
        break;
    default:
        return fail(ProtocolError);
    }
    if (control && (!fin || len7 > 125))
        return fail(ProtocolError);
    if (!masked)
        return fail(ProtocolError); // RFC 6455 5.1: clients must mask every frame

    std::size_t headerSize = 2;
    std::uint64_t length = len7;
    if (len7 == 126) {
        if (input.size() < 4)
            return {};
        length = (std::uint64_t(p[2]) << 8) | p[3];
        if (length < 126)
            return fail(ProtocolError); // not the minimal encoding
        headerSize = 4;
    } else if (len7 == 127) {
        if (input.size() < 10)
            return {};
        length = 0;
        for (int i = 2; i < 10; ++i)
            length = (length << 8) | p[i];
        if (length >> 63)
            return fail(ProtocolError);
        if (length <= 0xffff)
            return fail(ProtocolError);
        headerSize = 10;
    }
    headerSize += 4; // masking key

    if (!control) {
        if (opcode == WsOpcode::Continuation && state->fragmentOpcode == 0)
            return fail(ProtocolError); // continuation without a started message
        if (opcode != WsOpcode::Continuation && state->fragmentOpcode != 0)
            return fail(ProtocolError); // new message before the previous one finished
        const std::uint64_t already = opcode == WsOpcode::Continuation ? state->fragments.size() : 0;
        if (already + length > maxMessageBytes)
            return fail(MessageTooBig); // refused from the header: nothing of it is buffered
    }
    if (input.size() - headerSize < length || input.size() < headerSize)
        return {};

    const std::uint8_t* key = p + headerSize - 4;
    payload->resize(std::size_t(length));
    for (std::size_t i = 0; i < length; ++i)
        (*payload)[i] = char(p[headerSize + i] ^ key[i & 3]);

    Event e;
    e.consumed = headerSize + std::size_t(length);
    if (control) {
        if (opcode == WsOpcode::Ping) {
            e.kind = Kind::Ping;
        } else if (opcode == WsOpcode::Pong) {
            e.kind = Kind::Pong;
        } else {
            e.kind = Kind::Close;
            if (payload->empty()) {
                e.closeCode = NoStatus;
            } else if (payload->size() == 1) {
                return fail(ProtocolError);
            } else {
                e.closeCode = std::uint16_t((std::uint8_t((*payload)[0]) << 8) | std::uint8_t((*payload)[1]));
                if (!WsFrame::isValidCloseCode(e.closeCode))
                    return fail(ProtocolError);
                if (!Utf8Validator::isValid(std::string_view(*payload).substr(2)))
                    return fail(InvalidPayload);
            }
        }
        return e;
    }

    if (opcode != WsOpcode::Continuation && !fin) {
        state->fragmentOpcode = opcode;
        state->fragments.append(*payload);
        e.kind = Kind::Partial;
        return e;
    }
    std::uint8_t messageOpcode = opcode;
    if (opcode == WsOpcode::Continuation) {
        state->fragments.append(*payload);
        if (!fin) {
            e.kind = Kind::Partial;
            return e;
        }
        messageOpcode = state->fragmentOpcode;
        payload->assign(state->fragments.data(), state->fragments.size());
        state->fragments.release();
        state->fragmentOpcode = 0;
    }
    if (messageOpcode == WsOpcode::Text && !Utf8Validator::isValid(*payload))
        return fail(InvalidPayload);
    e.kind = Kind::Message;
    e.opcode = messageOpcode;
    return e;
}

} // namespace vv::server::net
