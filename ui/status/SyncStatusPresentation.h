#pragma once

#include "signaling/SignalingService.h"

#include <QColor>
#include <QDateTime>
#include <QPalette>
#include <QString>

namespace vv::ui {

// What the status bar shows, a step further than SignalingService::State: "Failed" splits
// into Offline (gave up / unreachable) and TokenRefused, and "no synced budget" is LocalOnly.
enum class SyncDisplayState {
    LocalOnly,
    Disabled,
    Disconnected,
    Connecting,
    Live,
    Reconnecting,
    Offline,
    TokenRefused,
};

[[nodiscard]] SyncDisplayState displayStateFor(
    signaling::SignalingService::State state, signaling::SignalingService::Error error, bool localOnly);

// WCAG relative luminance and contrast ratio (1..21).
[[nodiscard]] double relativeLuminance(const QColor& color);
[[nodiscard]] double contrastRatio(const QColor& a, const QColor& b);

// A colour for the state's text that reads well on the palette's window colour: the hue says
// the state; the lightness is chosen for at least 4.5:1 contrast against the palette's
// window colour, so it reads on light and dark themes alike.
[[nodiscard]] QColor stateColor(SyncDisplayState state, const QPalette& palette);

// Resource path of the state's SVG icon.
[[nodiscard]] QString stateIconPath(SyncDisplayState state);

// "ab12…9f": enough to recognise a room, not enough to copy it.
[[nodiscard]] QString shortRoomId(const QString& roomId);

// Whole seconds from `now` until `at`, rounded up, never negative.
[[nodiscard]] qint64 secondsUntil(const QDateTime& now, const QDateTime& at);

// True when the manual Reconnect makes sense in this state.
[[nodiscard]] bool canReconnect(SyncDisplayState state);

} // namespace vv::ui
