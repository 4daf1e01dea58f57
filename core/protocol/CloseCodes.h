#pragma once

#include <QString>

namespace vv::protocol {

// WebSocket close codes used by violetvault-server (see docs/protocol.md).
// 1000-1011 are RFC 6455; 4000-4999 are ours.
namespace CloseCode {
constexpr quint16 Normal = 1000;
constexpr quint16 GoingAway = 1001; // server draining; a retry_later signal precedes it
constexpr quint16 ProtocolError = 1002; // broken WebSocket framing
constexpr quint16 UnsupportedData = 1003; // binary frames are not accepted
constexpr quint16 InvalidPayload = 1007; // text frame that is not UTF-8
constexpr quint16 PolicyViolation = 1008;
constexpr quint16 MessageTooBig = 1009; // frame over the size limit
constexpr quint16 InternalError = 1011;
constexpr quint16 JoinTimeout = 4000; // no valid join within the allowed time
constexpr quint16 Unauthorized = 4001; // no token and anonymous joins are off
constexpr quint16 TokenRefused = 4003; // the room is registered with another token
constexpr quint16 IdleTimeout = 4008; // nothing received for --idle-timeout-ms; reconnecting is fine
constexpr quint16 SlowConsumer = 4009; // outbound queue over the limit (client not reading)
constexpr quint16 RateLimited = 4029; // too many signals per second; retry_later precedes it
constexpr quint16 TooManyConnections = 4030; // too many connections from this address
} // namespace CloseCode

// Machine-readable error codes carried in SignalMetadata::code.
namespace ErrorCode {
inline constexpr char InvalidSignal[] = "invalid_signal";
inline constexpr char NotJoined[] = "not_joined";
inline constexpr char AlreadyJoined[] = "already_joined";
inline constexpr char RateLimited[] = "rate_limited";
inline constexpr char Unauthorized[] = "unauthorized";
inline constexpr char TokenRefused[] = "token_refused";
inline constexpr char TooBig[] = "too_big";
inline constexpr char Binary[] = "binary_not_accepted";
inline constexpr char ShuttingDown[] = "shutting_down";
inline constexpr char TooManyConnections[] = "too_many_connections";
inline constexpr char InternalError[] = "internal_error";
} // namespace ErrorCode

// A short English description of a close code, for logs (the UI translates its own).
[[nodiscard]] QString closeCodeDescription(quint16 code);
// True when the client must not retry automatically (credentials problem).
[[nodiscard]] bool isFatalCloseCode(quint16 code);

} // namespace vv::protocol
