#include "net/WsFrame.h"

namespace vv::server::net {
namespace {

void appendHeader(std::string* out, std::uint8_t first, bool masked, std::size_t length)
{
    out->push_back(char(first));
    const std::uint8_t maskBit = masked ? 0x80 : 0x00;
    if (length < 126) {
        out->push_back(char(maskBit | length));
    } else if (length <= 0xffff) {
        out->push_back(char(maskBit | 126));
        out->push_back(char((length >> 8) & 0xff));
        out->push_back(char(length & 0xff));
    } else {
        out->push_back(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out->push_back(char((std::uint64_t(length) >> shift) & 0xff));
    }
}

} // namespace

void WsFrame::appendServerFrame(std::string* out, std::uint8_t opcode, std::string_view payload)
{
    appendHeader(out, std::uint8_t(0x80 | opcode), false, payload.size());
    out->append(payload);
}

std::string WsFrame::closePayload(std::uint16_t code, std::string_view reason)
{
    std::string p;
    p.push_back(char(code >> 8));
    p.push_back(char(code & 0xff));
    p.append(reason.substr(0, 123));
    return p;
}

std::string WsFrame::clientFrame(
    std::uint8_t opcode, std::string_view payload, bool fin, std::uint32_t mask, std::uint8_t rsv)
{
    std::string out;
    appendHeader(&out, std::uint8_t((fin ? 0x80 : 0) | ((rsv & 0x7) << 4) | (opcode & 0xf)), true, payload.size());
    const char key[4] = { char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask) };
    out.append(key, 4);
    for (std::size_t i = 0; i < payload.size(); ++i)
        out.push_back(char(payload[i] ^ key[i % 4]));
    return out;
}

bool WsFrame::isValidCloseCode(std::uint16_t code)
{
    if (code >= 3000 && code <= 4999)
        return true;
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011);
}

} // namespace vv::server::net
