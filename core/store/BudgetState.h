#pragma once

#include "store/Operation.h"
#include "store/Stamp.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vv::store {

// The budget as the fold of its operations. The merge is a state-based CRDT, so replicas
// holding the same SET of ops have identical state, whatever the order or duplication:
//  - per field, the write with the greatest (stamp, opId) wins (last writer wins; stamps of
//    different devices never tie, and opId breaks the impossible same-device tie);
//  - a delete wins over every write to that entity, whether stamped earlier or later, and
//    an entity once deleted stays deleted (restoring means creating a new entity id).
//    Simple and convergent: no write can resurrect a row another device removed.
// apply() is idempotent and commutative, so applying new ops incrementally equals a refold.
class BudgetState
{
public:
    struct FieldValue {
        QJsonValue value;
        Stamp stamp;
        QString opId;
    };

    // Returns true if what readers see changed.
    bool apply(const Operation& op);
    void applyAll(const QList<Operation>& ops);
    [[nodiscard]] static BudgetState fold(const QList<Operation>& ops);

    // Live = has at least one field and is not deleted.
    [[nodiscard]] bool contains(const QString& type, const QString& id) const;
    [[nodiscard]] bool isDeleted(const QString& type, const QString& id) const;
    // Field name -> value of a live entity; empty object if absent or deleted.
    [[nodiscard]] QJsonObject entity(const QString& type, const QString& id) const;
    [[nodiscard]] QJsonValue value(const QString& type, const QString& id, const QString& field) const;
    // Ids of live entities of a type, sorted.
    [[nodiscard]] QStringList entityIds(const QString& type) const;
    [[nodiscard]] qsizetype liveEntityCount() const;

    // The greatest stamp among all applied ops (seed a HybridLogicalClock with it on start).
    [[nodiscard]] Stamp maxStamp() const { return m_maxStamp; }
    [[nodiscard]] qsizetype appliedCount() const { return m_applied; }

    // Everything (values, winning stamps, tombstones), canonical: equal states give equal bytes.
    [[nodiscard]] QByteArray canonicalJson() const;
    friend bool operator==(const BudgetState& a, const BudgetState& b)
    {
        return a.canonicalJson() == b.canonicalJson();
    }

private:
    struct Entity {
        bool deleted = false;
        QMap<QString, FieldValue> fields;
    };
    using Key = QPair<QString, QString>; // (type, id)

    QMap<Key, Entity> m_entities;
    Stamp m_maxStamp;
    qsizetype m_applied = 0;
};

} // namespace vv::store
