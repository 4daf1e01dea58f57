#include "status/SyncStatusPresentation.h"

#include <algorithm>

namespace vv::ui {

using State = signaling::SignalingService::State;
using Error = signaling::SignalingService::Error;

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
    const bool darkTheme = palette.color(QPalette::Window).lightnessF() < 0.5;
    // Lightness chosen for at least ~4.5:1 contrast against typical window colours.
    return QColor::fromHslF(hue / 360.0f, darkTheme ? 0.75f : 0.85f, darkTheme ? 0.68f : 0.30f);
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
