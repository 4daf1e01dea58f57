#include "net/WebSocketHandshake.h"

#include <array>
#include <openssl/evp.h>
#include <openssl/sha.h>

namespace vv::server::net {
namespace {

constexpr std::string_view Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

// The key must be base64 of exactly 16 bytes: 22 base64 characters and "==".
bool isValidKey(std::string_view key)
{
    if (key.size() != 24 || key.substr(22) != "==")
        return false;
    for (char c : key.substr(0, 22)) {
        const bool ok
            = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool WebSocketHandshake::isUpgradeRequest(const HttpRequest& request)
{
    return request.headerHasToken("upgrade", "websocket");
}

int WebSocketHandshake::validate(const HttpRequest& request)
{
    if (request.method != "GET")
        return 405;
    if (request.versionMinor != 1 || !request.headerHasToken("connection", "upgrade") || !isUpgradeRequest(request))
        return 400;
    const std::string* version = request.header("sec-websocket-version");
    if (!version || *version != "13")
        return 426;
    const std::string* key = request.header("sec-websocket-key");
    if (!key || !isValidKey(*key))
        return 400;
    return 0;
}

std::string WebSocketHandshake::acceptKey(std::string_view clientKey)
{
    std::string input;
    input.reserve(clientKey.size() + Guid.size());
    input.append(clientKey);
    input.append(Guid);
    std::array<unsigned char, SHA_DIGEST_LENGTH> digest {};
    unsigned int digestLength = 0;
    if (EVP_Digest(input.data(), input.size(), digest.data(), &digestLength, EVP_sha1(), nullptr) != 1)
        return {};
    std::array<unsigned char, 4 * ((SHA_DIGEST_LENGTH + 2) / 3) + 1> encoded {};
    const int n = EVP_EncodeBlock(encoded.data(), digest.data(), int(digestLength));
    return std::string(reinterpret_cast<const char*>(encoded.data()), std::size_t(n));
}

std::string WebSocketHandshake::response(const HttpRequest& request)
{
    const std::string* key = request.header("sec-websocket-key");
    std::string out = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Accept: ";
    out += acceptKey(key ? std::string_view(*key) : std::string_view());
    out += "\r\n\r\n";
    return out;
}

} // namespace vv::server::net
