#include "protocol/Signal.h"

#include "protocol/SignalCodec.h"

#include <array>
#include <utility>

namespace vv::protocol {
namespace {

constexpr qint64 MaxSafeInteger = (qint64(1) << 53);
constexpr qint64 MaxRetryAfterMs = 3'600'000;

constexpr std::array<std::pair<SignalType, const char*>, 8> TypeNames { {
    { SignalType::Connected, "connected" },
    { SignalType::Disconnected, "disconnected" },
    { SignalType::DataChanged, "data_changed" },
    { SignalType::SyncRequired, "sync_required" },
    { SignalType::Ping, "ping" },
    { SignalType::Pong, "pong" },
    { SignalType::Error, "error" },
    { SignalType::RetryLater, "retry_later" },
} };

bool isPrintableAscii(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool isErrorCode(QStringView s)
{
    if (s.isEmpty() || s.size() > 32)
        return false;
    for (QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || c == u'_'))
            return false;
    }
    return true;
}

// Accepts an integral number (JSON numbers arrive as double, strings are refused).
std::optional<qint64> integerValue(const QVariant& v, qint64 min, qint64 max)
{
    bool ok = false;
    qint64 value = 0;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        value = v.toLongLong(&ok);
        break;
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (d != d || d < double(min) || d > double(max))
            return std::nullopt;
        value = qint64(d);
        ok = double(value) == d;
        break;
    }
    default:
        return std::nullopt;
    }
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

QString signalTypeName(SignalType type)
{
    for (const auto& [t, name] : TypeNames) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<SignalType> signalTypeFromName(QStringView name)
{
    for (const auto& [t, n] : TypeNames) {
        if (name == QLatin1StringView(n))
            return t;
    }
    return std::nullopt;
}

bool SignalMetadata::isEmpty() const
{
    return !version && !deviceId && !seq && !code && !retryAfterMs;
}

QVariantMap SignalMetadata::toVariantMap() const
{
    QVariantMap map;
    if (version)
        map.insert(QStringLiteral("version"), *version);
    if (deviceId)
        map.insert(QStringLiteral("deviceId"), *deviceId);
    if (seq)
        map.insert(QStringLiteral("seq"), *seq);
    if (code)
        map.insert(QStringLiteral("code"), *code);
    if (retryAfterMs)
        map.insert(QStringLiteral("retryAfterMs"), *retryAfterMs);
    return map;
}

std::optional<SignalMetadata> SignalMetadata::fromVariantMap(const QVariantMap& map, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<SignalMetadata> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    SignalMetadata meta;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString& key = it.key();
        const QVariant& value = it.value();
        if (key == u"version") {
            if (value.typeId() != QMetaType::QString)
                return fail(QStringLiteral("metadata.version must be a string"));
            const QString s = value.toString();
            if (s.isEmpty() || s.size() > 32 || !isPrintableAscii(s))
                return fail(QStringLiteral("metadata.version must be 1-32 printable ASCII characters"));
            meta.version = s;
        } else if (key == u"deviceId") {
            if (value.typeId() != QMetaType::QString || !SignalCodec::isValidDeviceId(value.toString()))
                return fail(QStringLiteral("metadata.deviceId must be 1-64 characters of [A-Za-z0-9_-]"));
            meta.deviceId = value.toString();
        } else if (key == u"seq") {
            const auto v = integerValue(value, 0, MaxSafeInteger);
            if (!v)
                return fail(QStringLiteral("metadata.seq must be an integer from 0 to 2^53"));
            meta.seq = *v;
        } else if (key == u"code") {
            if (value.typeId() != QMetaType::QString || !isErrorCode(value.toString()))
                return fail(QStringLiteral("metadata.code must be 1-32 characters of [a-z_]"));
            meta.code = value.toString();
        } else if (key == u"retryAfterMs") {
            const auto v = integerValue(value, 0, MaxRetryAfterMs);
            if (!v)
                return fail(QStringLiteral("metadata.retryAfterMs must be an integer from 0 to 3600000"));
            meta.retryAfterMs = *v;
        } else {
            // Never echo the key itself: it may be whatever a caller tried to smuggle out.
            return fail(
                QStringLiteral("metadata key not in the whitelist (version, deviceId, seq, code, retryAfterMs)"));
        }
    }
    return meta;
}

} // namespace vv::protocol
