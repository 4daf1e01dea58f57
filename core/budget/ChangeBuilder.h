#pragma once

#include "budget/Change.h"

#include <QJsonObject>
#include <QSet>

namespace vv::store {
class BudgetState;
}

namespace vv::budget {

// Collects the ops of one command and, from the current state, their inverse.
class ChangeBuilder
{
public:
    explicit ChangeBuilder(const vv::store::BudgetState& state);

    // A field write; a no-op if the field already holds `value`.
    void set(const QString& type, const QString& id, const QString& field, const QJsonValue& value);
    // Writes every field of `fields` to a new entity (a fresh id unless given); returns the id.
    QString create(const QString& type, const QJsonObject& fields, const QString& id = {});
    // Tombstones a live entity; the inverse writes its fields again (re-created on undo).
    void remove(const QString& type, const QString& id);

    [[nodiscard]] Change finish(const QString& description, const QString& createdId = {}) const;

private:
    using Key = QPair<QString, QString>;
    const vv::store::BudgetState& m_state;
    QList<vv::store::Operation> m_ops;
    QList<vv::store::Operation> m_inverse; // in undo order: built reversed at finish()
    QSet<Key> m_created;
    QSet<QPair<Key, QString>> m_touched; // fields whose previous value is already recorded
};

} // namespace vv::budget
