#include "budget/ChangeBuilder.h"

#include "store/BudgetState.h"

#include <algorithm>

namespace vv::budget {

using vv::store::Operation;
using vv::store::Stamp;

ChangeBuilder::ChangeBuilder(const vv::store::BudgetState& state)
    : m_state(state)
{ }

void ChangeBuilder::set(const QString& type, const QString& id, const QString& field, const QJsonValue& value)
{
    const Key key(type, id);
    const bool created = m_created.contains(key);
    const QJsonValue previous = created ? QJsonValue(QJsonValue::Undefined) : m_state.value(type, id, field);
    if (!created && previous == value)
        return;
    m_ops.append(Operation::makeWrite(type, id, field, value, Stamp {}));
    if (created || m_touched.contains({ key, field }))
        return;
    m_touched.insert({ key, field });
    if (!m_state.contains(type, id)) {
        // Writing to an entity that does not exist yet creates it: undo deletes it.
        m_created.insert(key);
        m_inverse.append(Operation::makeDelete(type, id, Stamp {}));
        return;
    }
    m_inverse.append(Operation::makeWrite(
        type, id, field, previous.isUndefined() ? QJsonValue(QJsonValue::Null) : previous, Stamp {}));
}

QString ChangeBuilder::create(const QString& type, const QJsonObject& fields, const QString& id)
{
    const QString newId = id.isEmpty() ? Operation::newEntityId() : id;
    const Key key(type, newId);
    m_created.insert(key);
    m_inverse.append(Operation::makeDelete(type, newId, Stamp {}));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        m_ops.append(Operation::makeWrite(type, newId, it.key(), it.value(), Stamp {}));
    return newId;
}

void ChangeBuilder::remove(const QString& type, const QString& id)
{
    if (!m_state.contains(type, id))
        return;
    m_ops.append(Operation::makeDelete(type, id, Stamp {}));
    const QJsonObject fields = m_state.entity(type, id);
    // Reversed at finish(), so append the fields in reverse to keep their natural order.
    QList<Operation> writes;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        writes.append(Operation::makeWrite(type, id, it.key(), it.value(), Stamp {}));
    std::reverse(writes.begin(), writes.end());
    m_inverse.append(writes);
}

Change ChangeBuilder::finish(const QString& description, const QString& createdId) const
{
    Change c;
    c.description = description;
    c.ops = m_ops;
    c.inverse = m_inverse;
    std::reverse(c.inverse.begin(), c.inverse.end());
    c.createdId = createdId;
    return c;
}

} // namespace vv::budget
