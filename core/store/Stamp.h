#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace vv::store {

// A hybrid logical clock timestamp: wall-clock milliseconds, a logical counter for events in
// the same millisecond (or while the wall clock lags), and the device id as the final
// tie-break, so two different devices never produce equal stamps. Totally ordered.
// toString() is fixed-width ("000001732780800000-000042-deviceA": 18-digit ms, 6-digit
// counter, device id), so comparing the strings gives the same order as comparing stamps.
struct Stamp {
    static constexpr qint64 MaxWallMs = 999'999'999'999'999'999LL; // 18 digits
    static constexpr quint32 MaxCounter = 999'999;

    qint64 wallMs = 0;
    quint32 counter = 0;
    QString deviceId; // [A-Za-z0-9_-], 1-64 characters (SignalCodec::isValidDeviceId)

    [[nodiscard]] bool isNull() const { return wallMs == 0 && counter == 0 && deviceId.isEmpty(); }
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static std::optional<Stamp> fromString(QStringView text);

    // -1, 0, 1 in (wallMs, counter, deviceId) order.
    [[nodiscard]] static int compare(const Stamp& a, const Stamp& b);
    friend bool operator==(const Stamp& a, const Stamp& b) { return compare(a, b) == 0; }
    friend bool operator!=(const Stamp& a, const Stamp& b) { return compare(a, b) != 0; }
    friend bool operator<(const Stamp& a, const Stamp& b) { return compare(a, b) < 0; }
    friend bool operator>(const Stamp& a, const Stamp& b) { return compare(a, b) > 0; }
    friend bool operator<=(const Stamp& a, const Stamp& b) { return compare(a, b) <= 0; }
    friend bool operator>=(const Stamp& a, const Stamp& b) { return compare(a, b) >= 0; }
};

} // namespace vv::store

Q_DECLARE_METATYPE(vv::store::Stamp)
