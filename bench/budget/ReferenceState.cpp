#include "ReferenceState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vv::bench {

using vv::store::Operation;
using vv::store::Stamp;

namespace {
bool newer(const Stamp& stamp, const QString& opId, const ReferenceState::FieldValue& current)
{
    const int c = Stamp::compare(stamp, current.stamp);
    return c > 0 || (c == 0 && opId > current.opId);
}
} // namespace

bool ReferenceState::apply(const Operation& op)
{
    if (m_maxStamp.isNull() || op.stamp > m_maxStamp)
        m_maxStamp = op.stamp;
    Entity& entity = m_entities[Key(op.entityType, op.entityId)];
    if (entity.deleted)
        return false;
    if (op.deleted) {
        const bool wasLive = !entity.fields.isEmpty();
        entity.deleted = true;
        entity.fields.clear();
        return wasLive;
    }
    auto it = entity.fields.find(op.field);
    if (it == entity.fields.end()) {
        entity.fields.insert(op.field, FieldValue { op.value, op.stamp, op.opId });
        return true;
    }
    if (!newer(op.stamp, op.opId, it.value()))
        return false;
    const bool changed = it->value != op.value;
    *it = FieldValue { op.value, op.stamp, op.opId };
    return changed;
}

QStringList ReferenceState::entityIds(const QString& type) const
{
    QStringList ids;
    for (auto it = m_entities.constBegin(); it != m_entities.constEnd(); ++it) {
        if (it.key().first == type && !it->deleted && !it->fields.isEmpty())
            ids.append(it.key().second);
    }
    return ids;
}

QJsonValue ReferenceState::value(const QString& type, const QString& id, const QString& field) const
{
    const auto it = m_entities.constFind(Key(type, id));
    if (it == m_entities.constEnd() || it->deleted)
        return QJsonValue(QJsonValue::Undefined);
    const auto f = it->fields.constFind(field);
    return f == it->fields.constEnd() ? QJsonValue(QJsonValue::Undefined) : f->value;
}

QByteArray ReferenceState::canonicalJson() const
{
    QJsonArray all;
    for (auto it = m_entities.constBegin(); it != m_entities.constEnd(); ++it) {
        if (!it->deleted && it->fields.isEmpty())
            continue;
        QJsonObject fields;
        for (auto f = it->fields.constBegin(); f != it->fields.constEnd(); ++f)
            fields.insert(f.key(), QJsonArray { f->value, f->stamp.toString(), f->opId });
        all.append(QJsonArray { it.key().first, it.key().second, it->deleted, fields });
    }
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

} // namespace vv::bench
