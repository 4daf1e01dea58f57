#include "store/Operation.h"

#include "crypto/Aead.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <openssl/rand.h>

namespace vv::store {

namespace {

bool matches(QStringView s, qsizetype maxLength, bool upper, bool digits, QStringView extra)
{
    if (s.isEmpty() || s.size() > maxLength)
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (upper && u >= u'A' && u <= u'Z')
            || (digits && u >= u'0' && u <= u'9') || extra.contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isOpId(QStringView s)
{
    if (s.size() != 32)
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), n) != 1) {
        // Ids are not key material; the OS CSPRNG is an acceptable fallback.
        for (char& c : bytes)
            c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return bytes;
}

} // namespace

Operation Operation::makeWrite(const QString& entityType, const QString& entityId, const QString& field,
    const QJsonValue& value, const Stamp& stamp)
{
    Operation op;
    op.opId = newOpId();
    op.entityType = entityType;
    op.entityId = entityId;
    op.field = field;
    op.value = value;
    op.stamp = stamp;
    return op;
}

Operation Operation::makeDelete(const QString& entityType, const QString& entityId, const Stamp& stamp)
{
    Operation op;
    op.opId = newOpId();
    op.entityType = entityType;
    op.entityId = entityId;
    op.stamp = stamp;
    op.deleted = true;
    return op;
}

QString Operation::newOpId()
{
    return QString::fromLatin1(randomBytes(16).toHex());
}

QString Operation::newEntityId()
{
    return QString::fromLatin1(
        randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Operation::validate() const
{
    if (!isOpId(opId))
        return QStringLiteral("opId must be 32 lowercase hex characters");
    if (!matches(entityType, 32, false, false, u"_"))
        return QStringLiteral("entityType must be 1-32 characters of [a-z_]");
    if (!matches(entityId, 64, true, true, u"_-"))
        return QStringLiteral("entityId must be 1-64 characters of [A-Za-z0-9_-]");
    if (!stamp.isValid())
        return QStringLiteral("stamp is not a valid HLC stamp");
    if (deleted) {
        if (!field.isEmpty() || !value.isNull())
            return QStringLiteral("a delete carries no field or value");
    } else {
        if (!matches(field, 64, true, true, u"_"))
            return QStringLiteral("field must be 1-64 characters of [A-Za-z0-9_]");
        if (value.isUndefined())
            return QStringLiteral("value is undefined");
    }
    return {};
}

QByteArray Operation::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), FormatVersion);
    o.insert(QStringLiteral("op"), opId);
    o.insert(QStringLiteral("type"), entityType);
    o.insert(QStringLiteral("id"), entityId);
    o.insert(QStringLiteral("stamp"), stamp.toString());
    if (deleted) {
        o.insert(QStringLiteral("deleted"), true);
    } else {
        o.insert(QStringLiteral("field"), field);
        o.insert(QStringLiteral("value"), value);
    }
    // QJsonObject keeps keys sorted, so the output is canonical.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Operation> Operation::fromJson(QByteArrayView json, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<Operation> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("v")).toInt(-1) != FormatVersion)
        return fail(QStringLiteral("unknown operation format version"));
    static const QStringList allowed { QStringLiteral("v"), QStringLiteral("op"), QStringLiteral("type"),
        QStringLiteral("id"), QStringLiteral("stamp"), QStringLiteral("deleted"), QStringLiteral("field"),
        QStringLiteral("value") };
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(QStringLiteral("unknown key in operation"));
    }
    Operation op;
    op.opId = o.value(QStringLiteral("op")).toString();
    op.entityType = o.value(QStringLiteral("type")).toString();
    op.entityId = o.value(QStringLiteral("id")).toString();
    const std::optional<Stamp> stamp = Stamp::fromString(o.value(QStringLiteral("stamp")).toString());
    if (!stamp)
        return fail(QStringLiteral("stamp is not a valid HLC stamp"));
    op.stamp = *stamp;
    const QJsonValue deleted = o.value(QStringLiteral("deleted"));
    if (!deleted.isUndefined() && !deleted.isBool())
        return fail(QStringLiteral("deleted must be a boolean"));
    op.deleted = deleted.toBool(false);
    if (op.deleted) {
        if (o.contains(QStringLiteral("field")) || o.contains(QStringLiteral("value")))
            return fail(QStringLiteral("a delete carries no field or value"));
    } else {
        op.field = o.value(QStringLiteral("field")).toString();
        if (!o.contains(QStringLiteral("value")))
            return fail(QStringLiteral("a write needs a value"));
        op.value = o.value(QStringLiteral("value"));
    }
    const QString why = op.validate();
    if (!why.isEmpty())
        return fail(why);
    return op;
}

std::optional<QByteArray> Operation::encrypt(const vv::crypto::Aead& aead) const
{
    if (!isValid())
        return std::nullopt;
    return aead.encrypt(toJson());
}

std::optional<Operation> Operation::decrypt(const vv::crypto::Aead& aead, QByteArrayView blob, QString* error)
{
    const vv::crypto::Aead::Result r = aead.decrypt(blob);
    if (!r.isOk()) {
        if (error)
            *error = r.errorString;
        return std::nullopt;
    }
    return fromJson(r.plaintext, error);
}

bool operator==(const Operation& a, const Operation& b)
{
    return a.opId == b.opId && a.entityType == b.entityType && a.entityId == b.entityId && a.field == b.field
        && a.value == b.value && a.stamp == b.stamp && a.deleted == b.deleted;
}

} // namespace vv::store
