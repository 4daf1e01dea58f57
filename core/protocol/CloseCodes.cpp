#include "protocol/CloseCodes.h"

namespace vv::protocol {

QString closeCodeDescription(quint16 code)
{
    switch (code) {
    case CloseCode::Normal:
        return QStringLiteral("normal closure");
    case CloseCode::GoingAway:
        return QStringLiteral("server going away");
    case CloseCode::ProtocolError:
        return QStringLiteral("protocol error");
    case CloseCode::UnsupportedData:
        return QStringLiteral("binary frames are not accepted");
    case CloseCode::InvalidPayload:
        return QStringLiteral("invalid frame payload");
    case CloseCode::PolicyViolation:
        return QStringLiteral("policy violation");
    case CloseCode::MessageTooBig:
        return QStringLiteral("frame too big");
    case CloseCode::InternalError:
        return QStringLiteral("server error");
    case CloseCode::JoinTimeout:
        return QStringLiteral("no join in time");
    case CloseCode::Unauthorized:
        return QStringLiteral("authentication required");
    case CloseCode::TokenRefused:
        return QStringLiteral("access token refused");
    case CloseCode::IdleTimeout:
        return QStringLiteral("idle timeout");
    case CloseCode::SlowConsumer:
        return QStringLiteral("client too slow to read");
    case CloseCode::RateLimited:
        return QStringLiteral("too many signals");
    case CloseCode::TooManyConnections:
        return QStringLiteral("too many connections from this address");
    default:
        return QStringLiteral("close code %1").arg(code);
    }
}

bool isFatalCloseCode(quint16 code)
{
    return code == CloseCode::Unauthorized || code == CloseCode::TokenRefused;
}

} // namespace vv::protocol
