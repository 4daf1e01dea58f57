#include "store/BudgetState.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vv::store {

namespace {
// (stamp, opId): the total order used to pick a field's winner.
bool newer(const Stamp& stamp, const QString& opId, const BudgetState::FieldValue& current)
{
    const int c = Stamp::compare(stamp, current.stamp);
    return c > 0 || (c == 0 && opId > current.opId);
}
} // namespace

bool BudgetState::apply(const Operation& op)
{
    ++m_applied;
    if (m_maxStamp.isNull() || op.stamp > m_maxStamp)
        m_maxStamp = op.stamp;
    Entity& entity = m_entities[Key(op.entityType, op.entityId)];
    if (entity.deleted)
        return false; // deleted stays deleted
    if (op.deleted) {
        const bool wasLive = !entity.fields.isEmpty();
        entity.deleted = true;
        entity.fields.clear(); // no longer needed: nothing can bring them back
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

void BudgetState::applyAll(const QList<Operation>& ops)
{
    for (const Operation& op : ops)
        apply(op);
}

BudgetState BudgetState::fold(const QList<Operation>& ops)
{
    BudgetState state;
    state.applyAll(ops);
    return state;
}

bool BudgetState::contains(const QString& type, const QString& id) const
{
    const auto it = m_entities.constFind(Key(type, id));
    return it != m_entities.constEnd() && !it->deleted && !it->fields.isEmpty();
}

bool BudgetState::isDeleted(const QString& type, const QString& id) const
{
    const auto it = m_entities.constFind(Key(type, id));
    return it != m_entities.constEnd() && it->deleted;
}

QJsonObject BudgetState::entity(const QString& type, const QString& id) const
{
    QJsonObject out;
    const auto it = m_entities.constFind(Key(type, id));
    if (it == m_entities.constEnd() || it->deleted)
        return out;
    for (auto f = it->fields.constBegin(); f != it->fields.constEnd(); ++f)
        out.insert(f.key(), f->value);
    return out;
}

QJsonValue BudgetState::value(const QString& type, const QString& id, const QString& field) const
{
    const auto it = m_entities.constFind(Key(type, id));
    if (it == m_entities.constEnd() || it->deleted)
        return QJsonValue(QJsonValue::Undefined);
    const auto f = it->fields.constFind(field);
    return f == it->fields.constEnd() ? QJsonValue(QJsonValue::Undefined) : f->value;
}

QStringList BudgetState::entityIds(const QString& type) const
{
    QStringList ids;
    for (auto it = m_entities.constBegin(); it != m_entities.constEnd(); ++it) {
        if (it.key().first == type && !it->deleted && !it->fields.isEmpty())
            ids.append(it.key().second);
    }
    return ids; // QMap order: already sorted by id within a type
}

qsizetype BudgetState::liveEntityCount() const
{
    qsizetype n = 0;
    for (const Entity& e : m_entities) {
        if (!e.deleted && !e.fields.isEmpty())
            ++n;
    }
    return n;
}

QByteArray BudgetState::canonicalJson() const
{
    // [[type, id, deleted, {field: [value, stamp, opId]}], ...] in key order.
    QJsonArray all;
    for (auto it = m_entities.constBegin(); it != m_entities.constEnd(); ++it) {
        if (!it->deleted && it->fields.isEmpty())
            continue; // an untouched slot (e.g. created by a lookup) is not state
        QJsonObject fields;
        for (auto f = it->fields.constBegin(); f != it->fields.constEnd(); ++f)
            fields.insert(f.key(), QJsonArray { f->value, f->stamp.toString(), f->opId });
        all.append(QJsonArray { it.key().first, it.key().second, it->deleted, fields });
    }
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

} // namespace vv::store
