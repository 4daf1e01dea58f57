#include "protocol/SignalCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace vv::protocol {
namespace {

constexpr qint64 MaxSafeInteger = (qint64(1) << 53);

SignalCodec::DecodeResult failure(SignalCodec::Error error, const QString& why)
{
    SignalCodec::DecodeResult r;
    r.error = error;
    r.errorString = why;
    return r;
}

bool isIdChar(QChar c, bool allowDot)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-'
        || (allowDot && (c == u'.' || c == u'~'));
}

} // namespace

bool SignalCodec::isValidBudgetId(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxBudgetIdLength)
        return false;
    for (QChar c : id) {
        if (!isIdChar(c, true))
            return false;
    }
    return true;
}

bool SignalCodec::isValidDeviceId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (!isIdChar(c, false))
            return false;
    }
    return true;
}

bool SignalCodec::requiresBudgetId(SignalType type)
{
    switch (type) {
    case SignalType::Connected:
    case SignalType::Disconnected:
    case SignalType::DataChanged:
    case SignalType::SyncRequired:
        return true;
    default:
        return false;
    }
}

bool SignalCodec::clientMaySend(SignalType type)
{
    return type != SignalType::Error && type != SignalType::RetryLater && type != SignalType::Pong;
}

QString SignalCodec::errorName(Error error)
{
    switch (error) {
    case Error::NoError:
        return QStringLiteral("ok");
    case Error::TooLarge:
        return QStringLiteral("too_large");
    case Error::NotJson:
        return QStringLiteral("not_json");
    case Error::NotObject:
        return QStringLiteral("not_object");
    case Error::UnknownField:
        return QStringLiteral("unknown_field");
    case Error::BadType:
        return QStringLiteral("bad_type");
    case Error::BadBudgetId:
        return QStringLiteral("bad_budget_id");
    case Error::BadTimestamp:
        return QStringLiteral("bad_timestamp");
    case Error::BadMetadata:
        return QStringLiteral("bad_metadata");
    }
    return {};
}

QString SignalCodec::validate(const Signal& signal)
{
    if (signalTypeName(signal.type).isEmpty())
        return QStringLiteral("unknown signal type");
    if (requiresBudgetId(signal.type) || !signal.budgetId.isEmpty()) {
        if (!isValidBudgetId(signal.budgetId))
            return QStringLiteral("budgetId must be 1-128 characters of [A-Za-z0-9._~-]");
    }
    if (signal.timestamp < 0 || signal.timestamp > MaxSafeInteger)
        return QStringLiteral("timestamp must be an integer from 0 to 2^53");
    QString metaError;
    if (!SignalMetadata::fromVariantMap(signal.metadata.toVariantMap(), &metaError))
        return metaError;
    return {};
}

std::optional<QByteArray> SignalCodec::encode(const Signal& signal, QString* error)
{
    const QString why = validate(signal);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    QJsonObject o;
    o.insert(QStringLiteral("type"), signalTypeName(signal.type));
    if (!signal.budgetId.isEmpty())
        o.insert(QStringLiteral("budgetId"), signal.budgetId);
    o.insert(QStringLiteral("timestamp"), double(signal.timestamp));
    if (!signal.metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), QJsonObject::fromVariantMap(signal.metadata.toVariantMap()));
    QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (bytes.size() > MaxFrameBytes) {
        if (error)
            *error = QStringLiteral("signal larger than %1 bytes").arg(MaxFrameBytes);
        return std::nullopt;
    }
    return bytes;
}

SignalCodec::DecodeResult SignalCodec::decode(QByteArrayView frame)
{
    if (frame.size() > MaxFrameBytes)
        return failure(Error::TooLarge, QStringLiteral("frame larger than %1 bytes").arg(MaxFrameBytes));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(Error::NotJson, QStringLiteral("frame is not valid JSON"));
    if (!doc.isObject())
        return failure(Error::NotObject, QStringLiteral("frame is not a JSON object"));
    const QJsonObject o = doc.object();

    Signal signal;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (key != u"type" && key != u"budgetId" && key != u"timestamp" && key != u"metadata")
            return failure(Error::UnknownField, QStringLiteral("frame has a field outside the schema"));
    }

    const QJsonValue type = o.value(QStringLiteral("type"));
    const auto parsedType = type.isString() ? signalTypeFromName(type.toString()) : std::nullopt;
    if (!parsedType)
        return failure(Error::BadType, QStringLiteral("missing or unknown signal type"));
    signal.type = *parsedType;

    const QJsonValue budgetId = o.value(QStringLiteral("budgetId"));
    if (budgetId.isUndefined() || budgetId.isNull()) {
        if (requiresBudgetId(signal.type))
            return failure(Error::BadBudgetId, QStringLiteral("this signal type needs a budgetId"));
    } else if (!budgetId.isString() || !isValidBudgetId(budgetId.toString())) {
        return failure(Error::BadBudgetId, QStringLiteral("budgetId must be 1-128 characters of [A-Za-z0-9._~-]"));
    } else {
        signal.budgetId = budgetId.toString();
    }

    const QJsonValue ts = o.value(QStringLiteral("timestamp"));
    const double d = ts.toDouble(-1);
    if (!ts.isDouble() || d < 0 || d > double(MaxSafeInteger) || double(qint64(d)) != d)
        return failure(Error::BadTimestamp, QStringLiteral("timestamp must be an integer from 0 to 2^53"));
    signal.timestamp = qint64(d);

    const QJsonValue meta = o.value(QStringLiteral("metadata"));
    if (!meta.isUndefined() && !meta.isNull()) {
        if (!meta.isObject())
            return failure(Error::BadMetadata, QStringLiteral("metadata must be an object"));
        QString why;
        auto parsed = SignalMetadata::fromVariantMap(meta.toObject().toVariantMap(), &why);
        if (!parsed)
            return failure(Error::BadMetadata, why);
        signal.metadata = *parsed;
    }

    DecodeResult r;
    r.signal = signal;
    return r;
}

} // namespace vv::protocol
