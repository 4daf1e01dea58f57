#include "status/SyncStatusPresentation.h"

#include <algorithm>
#include <cmath>

namespace vv::ui {

using State = signaling::SignalingService::State;
using Error = signaling::SignalingService::Error;

double relativeLuminance(const QColor& color)
{
    const auto channel = [](float c) { return c <= 0.03928f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

SyncDisplayState displayStateFor(State state, Error error, bool localOnly)
{
    if (localOnly)
        return SyncDisplayState::LocalOnly;
    switch (state) {
    case State::Disabled:
        return SyncDisplayState::Disabled;
    case State::Disconnected:
        return SyncDisplayState::Disconnected;
    case State::Connecting:
        return SyncDisplayState::Connecting;
    case State::Connected:
        return SyncDisplayState::Live;
    case State::Reconnecting:
        return SyncDisplayState::Reconnecting;
    case State::Failed:
        return error == Error::TokenRefused ? SyncDisplayState::TokenRefused : SyncDisplayState::Offline;
    }
    return SyncDisplayState::Disconnected;
}

QColor stateColor(SyncDisplayState state, const QPalette& palette)
{
    int hue = -1;
    switch (state) {
    case SyncDisplayState::Live:
        hue = 140; // green
        break;
    case SyncDisplayState::Connecting:
    case SyncDisplayState::Reconnecting:
        hue = 35; // amber
        break;
    case SyncDisplayState::Offline:
    case SyncDisplayState::TokenRefused:
        hue = 2; // red
        break;
    case SyncDisplayState::LocalOnly:
    case SyncDisplayState::Disabled:
    case SyncDisplayState::Disconnected:
        return palette.color(QPalette::WindowText); // neutral: not an error, not a success
    }
    const QColor window = palette.color(QPalette::Window);
    const bool darkTheme = relativeLuminance(window) < 0.18;
    // Walk the lightness away from the window colour until the text reaches WCAG AA contrast
    // (4.5:1): dark text on light themes, light text on dark ones. Bounded: at most 30 steps.
    float lightness = darkTheme ? 0.62f : 0.40f;
    QColor color;
    for (int step = 0; step < 30; ++step) {
        color = QColor::fromHslF(float(hue) / 360.0f, 0.80f, lightness);
        if (contrastRatio(color, window) >= 4.5)
            break;
        lightness = std::clamp(lightness + (darkTheme ? 0.02f : -0.02f), 0.0f, 1.0f);
    }
    return color;
}

QString stateIconPath(SyncDisplayState state)
{
    switch (state) {
    case SyncDisplayState::LocalOnly:
        return QStringLiteral(":/icons/state-local.svg");
    case SyncDisplayState::Disabled:
    case SyncDisplayState::Disconnected:
        return QStringLiteral(":/icons/state-disabled.svg");
    case SyncDisplayState::Connecting:
        return QStringLiteral(":/icons/state-connecting.svg");
    case SyncDisplayState::Live:
        return QStringLiteral(":/icons/state-live.svg");
    case SyncDisplayState::Reconnecting:
        return QStringLiteral(":/icons/state-reconnecting.svg");
    case SyncDisplayState::Offline:
        return QStringLiteral(":/icons/state-offline.svg");
    case SyncDisplayState::TokenRefused:
        return QStringLiteral(":/icons/state-token-refused.svg");
    }
    return {};
}

QString shortRoomId(const QString& roomId)
{
    if (roomId.size() <= 8)
        return roomId;
    return roomId.left(4) + QChar(0x2026) + roomId.right(2);
}

qint64 secondsUntil(const QDateTime& now, const QDateTime& at)
{
    if (!now.isValid() || !at.isValid())
        return 0;
    const qint64 ms = now.msecsTo(at);
    return std::max<qint64>(0, (ms + 999) / 1000);
}

bool canReconnect(SyncDisplayState state)
{
    switch (state) {
    case SyncDisplayState::Disconnected:
    case SyncDisplayState::Reconnecting:
    case SyncDisplayState::Offline:
    case SyncDisplayState::TokenRefused:
        return true;
    case SyncDisplayState::LocalOnly:
    case SyncDisplayState::Disabled:
    case SyncDisplayState::Connecting:
    case SyncDisplayState::Live:
        return false;
    }
    return false;
}

} // namespace vv::ui
