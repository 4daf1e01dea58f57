#include "store/Stamp.h"

#include "protocol/SignalCodec.h"

namespace vv::store {

namespace {
constexpr int WallDigits = 18;
constexpr int CounterDigits = 6;
constexpr int DeviceOffset = WallDigits + 1 + CounterDigits + 1;

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}
} // namespace

bool Stamp::isValid() const
{
    return wallMs >= 0 && wallMs <= MaxWallMs && counter <= MaxCounter
        && vv::protocol::SignalCodec::isValidDeviceId(deviceId);
}

QString Stamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, WallDigits, 10, QLatin1Char('0'))
        .arg(counter, CounterDigits, 10, QLatin1Char('0'))
        .arg(deviceId);
}

std::optional<Stamp> Stamp::fromString(QStringView text)
{
    if (text.size() <= DeviceOffset || text.at(WallDigits) != u'-' || text.at(WallDigits + 1 + CounterDigits) != u'-')
        return std::nullopt;
    const QStringView wall = text.first(WallDigits);
    const QStringView counter = text.sliced(WallDigits + 1, CounterDigits);
    if (!allDigits(wall) || !allDigits(counter))
        return std::nullopt;
    Stamp s;
    bool ok1 = false;
    bool ok2 = false;
    s.wallMs = wall.toLongLong(&ok1);
    s.counter = counter.toUInt(&ok2);
    s.deviceId = text.sliced(DeviceOffset).toString();
    if (!ok1 || !ok2 || !s.isValid())
        return std::nullopt;
    return s;
}

int Stamp::compare(const Stamp& a, const Stamp& b)
{
    if (a.wallMs != b.wallMs)
        return a.wallMs < b.wallMs ? -1 : 1;
    if (a.counter != b.counter)
        return a.counter < b.counter ? -1 : 1;
    const int c = QString::compare(a.deviceId, b.deviceId, Qt::CaseSensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace vv::store
