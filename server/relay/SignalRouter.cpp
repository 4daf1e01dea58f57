#include "relay/SignalRouter.h"

#include "net/WsFrame.h"
#include "protocol/CloseCodes.h"
#include "protocol/SignalCodec.h"
#include "relay/Log.h"
#include "relay/Metrics.h"
#include "relay/RelayServer.h"
#include "relay/ServerConfig.h"
#include "relay/TokenRegistry.h"

#include <algorithm>
#include <cmath>

namespace vv::server {

using protocol::Signal;
using protocol::SignalCodec;
using protocol::SignalType;
namespace CloseCode = protocol::CloseCode;
namespace ErrorCode = protocol::ErrorCode;

SignalRouter::SignalRouter(RelayServer* server, TokenRegistry* registry, const ServerConfig* config, Metrics* metrics)
    : m_server(server)
    , m_registry(registry)
    , m_config(config)
    , m_metrics(metrics)
{ }

SignalRouter::~SignalRouter() = default;

void SignalRouter::sendSignal(Connection& connection, const Signal& signal)
{
    const std::optional<QByteArray> bytes = SignalCodec::encode(signal);
    if (!bytes)
        return; // server-built signals always validate; nothing sensible to send otherwise
    m_frame.clear();
    net::WsFrame::appendServerFrame(&m_frame, net::WsOpcode::Text, std::string_view(bytes->constData(), bytes->size()));
    m_server->sendFrame(connection, m_frame);
}

void SignalRouter::sendError(Connection& connection, const char* code)
{
    Signal s;
    s.type = SignalType::Error;
    s.timestamp = net::EventLoop::wallClockMs();
    s.metadata.code = QString::fromLatin1(code);
    sendSignal(connection, s);
}

void SignalRouter::sendRetryLater(Connection& connection, qint64 retryAfterMs, const char* code)
{
    Signal s;
    s.type = SignalType::RetryLater;
    s.timestamp = net::EventLoop::wallClockMs();
    s.metadata.retryAfterMs = std::clamp<qint64>(retryAfterMs, 0, 3'600'000);
    s.metadata.code = QString::fromLatin1(code);
    sendSignal(connection, s);
}

bool SignalRouter::consumeRateToken(Connection& c)
{
    const std::int64_t now = m_server->nowMs();
    const double rate = m_config->maxSignalsPerSec;
    const double burst = double(m_config->signalBurst);
    c.tokens = std::min(burst, c.tokens + double(now - c.tokensAtMs) * rate / 1000.0);
    c.tokensAtMs = now;
    if (c.tokens >= 1.0) {
        c.tokens -= 1.0;
        return true;
    }
    // Tell the client when one token is back, then close: a client that floods is cut off,
    // everyone else is unaffected.
    const auto retryAfter = qint64(std::ceil((1.0 - c.tokens) * 1000.0 / rate));
    ++m_metrics->refused["rate_limited"];
    qCInfo(lcRelay) << "closing a connection over the signal rate limit";
    sendRetryLater(c, std::max<qint64>(retryAfter, 1), ErrorCode::RateLimited);
    m_server->closeWebSocket(c, CloseCode::RateLimited, "rate limited");
    return false;
}

void SignalRouter::onText(Connection& c, std::string_view payload)
{
    if (!consumeRateToken(c))
        return;
    const SignalCodec::DecodeResult result
        = SignalCodec::decode(QByteArrayView(payload.data(), qsizetype(payload.size())));
    if (!result.isValid() || !SignalCodec::clientMaySend(result.signal->type)) {
        // Never echo the input: only the fixed code goes back (P1).
        ++m_metrics->invalidSignals;
        qCDebug(lcRelay) << "dropped an invalid signal:"
                         << (result.isValid() ? QStringLiteral("type not allowed from clients")
                                              : SignalCodec::errorName(result.error));
        sendError(c, ErrorCode::InvalidSignal);
        return;
    }
    const Signal& signal = *result.signal;
    ++m_metrics->signalsIn;
    switch (signal.type) {
    case SignalType::Ping: {
        Signal pong;
        pong.type = SignalType::Pong;
        pong.timestamp = net::EventLoop::wallClockMs();
        sendSignal(c, pong);
        return;
    }
    case SignalType::Connected:
        join(c, signal);
        return;
    case SignalType::Disconnected:
    case SignalType::DataChanged:
    case SignalType::SyncRequired:
        if (!c.room || QLatin1StringView(c.room->id.data(), qsizetype(c.room->id.size())) != signal.budgetId) {
            sendError(c, ErrorCode::NotJoined);
            return;
        }
        if (signal.type == SignalType::Disconnected) {
            broadcast(*c.room, &c, signal); // before leaving: an emptied room is freed
            leave(c, false);
            c.phaseDeadlineMs = m_server->nowMs() + m_config->joinTimeoutMs; // may join again
            m_server->rearm(c);
            return;
        }
        broadcast(*c.room, &c, signal);
        return;
    default:
        return; // clientMaySend() filtered the rest
    }
}

Room* SignalRouter::activateRoom(const std::string& id, bool* failed)
{
    *failed = false;
    auto it = m_rooms.find(id);
    if (it != m_rooms.end())
        return it->second.get();
    auto room = std::make_unique<Room>();
    room->id = id;
    switch (m_registry->lookup(id, &room->tokenHash)) {
    case TokenRegistry::Lookup::Registered:
        room->registered = true;
        break;
    case TokenRegistry::Lookup::NotRegistered:
        break;
    case TokenRegistry::Lookup::Failed:
        *failed = true;
        return nullptr;
    }
    Room* raw = room.get();
    m_rooms.emplace(id, std::move(room));
    return raw;
}

void SignalRouter::refuseJoin(Connection& c, const char* errorCode, std::uint16_t closeCode, const char* reason)
{
    ++m_metrics->refused[errorCode];
    sendError(c, errorCode);
    m_server->closeWebSocket(c, closeCode, reason);
}

void SignalRouter::join(Connection& c, const Signal& signal)
{
    if (c.room) {
        sendError(c, ErrorCode::AlreadyJoined);
        return;
    }
    const std::string id = signal.budgetId.toStdString();
    bool failed = false;
    Room* room = activateRoom(id, &failed);
    if (!room) {
        qCWarning(lcRelay) << "token registry lookup failed";
        sendError(c, ErrorCode::InternalError);
        m_server->closeWebSocket(c, CloseCode::InternalError, "server error");
        return;
    }
    if (c.hasToken) {
        if (!room->registered) {
            const std::optional<TokenHash> bound = m_registry->registerRoom(id, c.tokenHash);
            if (!bound) {
                qCWarning(lcRelay) << "token registry write failed";
                if (room->members.empty())
                    m_rooms.erase(id);
                sendError(c, ErrorCode::InternalError);
                m_server->closeWebSocket(c, CloseCode::InternalError, "server error");
                return;
            }
            room->registered = true;
            room->tokenHash = *bound;
        }
        if (!TokenRegistry::equal(room->tokenHash, c.tokenHash)) {
            if (room->members.empty())
                m_rooms.erase(id);
            refuseJoin(c, ErrorCode::TokenRefused, CloseCode::TokenRefused, "token refused");
            return;
        }
    } else if (!room->registered && m_registry->lookup(id, &room->tokenHash) == TokenRegistry::Lookup::Registered) {
        // The store bound this room over HTTP while it was active here (anonymous members).
        room->registered = true;
    }
    if (!c.hasToken && room->registered) {
        // Anonymous clients may only use rooms no token owns.
        if (room->members.empty())
            m_rooms.erase(id);
        refuseJoin(c, ErrorCode::TokenRefused, CloseCode::TokenRefused, "token refused");
        return;
    }

    c.room = room;
    c.roomIndex = std::uint32_t(room->members.size());
    room->members.push_back(&c);
    c.deviceId = signal.metadata.deviceId ? signal.metadata.deviceId->toStdString() : std::string();
    ++m_joined;
    ++m_metrics->joinsTotal;
    broadcast(*room, &c, signal);
}

void SignalRouter::leave(Connection& c, bool notify)
{
    Room* room = c.room;
    if (!room)
        return;
    // Swap-remove keeps leave O(1) in rooms of any size.
    Connection* last = room->members.back();
    room->members[c.roomIndex] = last;
    last->roomIndex = c.roomIndex;
    room->members.pop_back();
    c.room = nullptr;
    --m_joined;
    if (notify && !room->members.empty()) {
        Signal s;
        s.type = SignalType::Disconnected;
        s.budgetId = QString::fromStdString(room->id);
        s.timestamp = net::EventLoop::wallClockMs();
        if (!c.deviceId.empty())
            s.metadata.deviceId = QString::fromStdString(c.deviceId);
        broadcast(*room, &c, s);
    }
    c.deviceId = std::string();
    if (room->members.empty())
        m_rooms.erase(room->id);
}

void SignalRouter::broadcast(Room& room, const Connection* sender, const Signal& signal)
{
    if (room.members.size() <= 1 && (room.members.empty() || room.members.front() == sender))
        return;
    // Encode once and frame once; every recipient gets the same bytes appended.
    const std::optional<QByteArray> bytes = SignalCodec::encode(signal);
    if (!bytes)
        return;
    m_frame.clear();
    net::WsFrame::appendServerFrame(&m_frame, net::WsOpcode::Text, std::string_view(bytes->constData(), bytes->size()));
    for (Connection* member : room.members) {
        if (member == sender)
            continue;
        m_server->sendFrame(*member, m_frame);
        ++m_metrics->signalsOut;
    }
}

} // namespace vv::server
