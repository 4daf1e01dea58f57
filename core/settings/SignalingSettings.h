#pragma once

#include "settings/Settings.h"
#include "settings/SyncIdentity.h"
#include "signaling/SignalingConfig.h"

namespace vv::settings {

// The SignalingService configuration the app should run with: URL, intervals, attempts and
// the on/off switch from Settings; room, token and device id from the sync identity.
// Without a valid identity (no synced budget) the result is disabled: nothing connects.
[[nodiscard]] signaling::SignalingConfig signalingConfig(const Settings& settings, const SyncIdentity& identity);

} // namespace vv::settings
