#pragma once

#include "store/Operation.h"

#include <QByteArray>
#include <QMap>
#include <QPair>
#include <QString>

namespace vv::bench {

// The BudgetState fold as it was before the performance work (commit 81c08ea), kept
// verbatim as the benchmark's baseline: the same ops folded by both must give byte-identical
// canonicalJson(), and the time ratio shows what the optimised fold gains on the same data.
class ReferenceState
{
public:
    struct FieldValue {
        QJsonValue value;
        vv::store::Stamp stamp;
        QString opId;
    };

    bool apply(const vv::store::Operation& op);
    [[nodiscard]] QStringList entityIds(const QString& type) const; // the full-scan version
    [[nodiscard]] QJsonValue value(const QString& type, const QString& id, const QString& field) const;
    [[nodiscard]] QByteArray canonicalJson() const;

private:
    struct Entity {
        bool deleted = false;
        QMap<QString, FieldValue> fields;
    };
    using Key = QPair<QString, QString>;
    QMap<Key, Entity> m_entities;
    vv::store::Stamp m_maxStamp;
};

} // namespace vv::bench
