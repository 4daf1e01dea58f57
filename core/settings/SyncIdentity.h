#pragma once

#include <QString>

namespace vv::settings {

// Who we are on the signaling server: the room of the synced budget, the bearer token and
// this device's id. The token is a secret (P3): it is never written to Settings or a log.
struct SyncIdentity {
    QString roomId;
    QString token; // empty = anonymous join (reference server, developer aid)
    QString deviceId;

    // Without a room there is no synced budget: the app stays "Local only".
    [[nodiscard]] bool isValid() const { return !roomId.isEmpty(); }
    friend bool operator==(const SyncIdentity&, const SyncIdentity&) = default;
};

// Developer aid, not a product feature: VIOLETVAULT_DEV_ROOM=<room id> joins that room
// anonymously (no token) with a random device id, e.g. against tests/node/run-reference.js.
// Returns an invalid identity when the variable is unset or not a valid room id.
[[nodiscard]] SyncIdentity developerSyncIdentityFromEnvironment();

} // namespace vv::settings
