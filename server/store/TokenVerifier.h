#pragma once

#include <string_view>

namespace vv::server::store {

// Decides whether a bearer token may use a room. The signaling relay keeps the same
// registry (a room is bound to the first token that writes/joins it), so StoreService takes
// this interface instead of owning the policy; SqliteTokenVerifier is the shared implementation.
class TokenVerifier
{
public:
    enum class Verdict {
        Accepted, // the room is registered with this token
        Registered, // the room was unknown and is now bound to this token
        Unknown, // verify() only: the room has no token yet
        Refused, // the room is registered with another token
        Failed, // storage error
    };

    TokenVerifier() = default;
    virtual ~TokenVerifier();
    TokenVerifier(const TokenVerifier&) = delete;
    TokenVerifier& operator=(const TokenVerifier&) = delete;

    // For writes: binds an unknown room to the token, otherwise compares in constant time.
    [[nodiscard]] virtual Verdict verifyOrRegister(std::string_view roomId, std::string_view token) = 0;
    // For reads: never registers.
    [[nodiscard]] virtual Verdict verify(std::string_view roomId, std::string_view token) = 0;
};

} // namespace vv::server::store
