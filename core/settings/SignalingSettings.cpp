#include "settings/SignalingSettings.h"

#include <algorithm>

namespace vv::settings {

signaling::SignalingConfig signalingConfig(const Settings& settings, const SyncIdentity& identity)
{
    signaling::SignalingConfig config;
    config.enabled = settings.websocketEnabled() && identity.isValid();
    config.url = settings.websocketUrl();
    config.budgetId = identity.roomId;
    config.token = identity.token;
    config.deviceId = identity.deviceId;
    config.pinnedCertificateSha256 = settings.pinnedCertificateSha256();
    config.heartbeatIntervalMs = settings.heartbeatIntervalMs();
    config.reconnectIntervalMs = settings.reconnectIntervalMs();
    config.maxReconnectAttempts = settings.maxReconnectAttempts();
    // The cap stays at its default unless the base exceeds it; the pong deadline follows a short
    // heartbeat so a test-sized heartbeat does not wait 10 s for a dead link.
    config.maxReconnectIntervalMs = std::max(config.maxReconnectIntervalMs, config.reconnectIntervalMs);
    config.pongTimeoutMs = std::min(config.pongTimeoutMs, std::max(config.heartbeatIntervalMs, 50));
    return config;
}

} // namespace vv::settings
