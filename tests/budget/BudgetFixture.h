#pragma once

#include "budget/Budget.h"
#include "store/BudgetState.h"
#include "store/HybridLogicalClock.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace vv::budget::test {

// One device: an in-memory BudgetState, a deterministic clock, and a Budget whose sink applies
// the ops to the state and records them (what the LocalStore would persist).
struct Device {
    explicit Device(const QString& deviceId = QStringLiteral("devA"))
        : clock(deviceId, [this] { return ++wallMs; })
        , budget(
              state,
              [this](const QList<vv::store::Operation>& ops) {
                  state.applyAll(ops);
                  log.append(ops);
                  return true;
              },
              clock)
    { }

    // Commits a change and fails the test's expectations loudly if it was refused.
    bool run(const Change& change)
    {
        if (!change.isValid()) {
            qWarning("change refused: %s", qPrintable(change.error));
            return false;
        }
        return budget.redo(change);
    }

    qint64 wallMs = 1'764'000'000'000;
    vv::store::BudgetState state;
    vv::store::HybridLogicalClock clock;
    QList<vv::store::Operation> log;
    Budget budget;
};

// BudgetState::canonicalJson without stamps, op ids and tombstones: what a user can see.
// (An undo writes new stamps and leaves tombstones, so "equal to before" means equal content.)
inline QByteArray visibleContent(const vv::store::BudgetState& state)
{
    const QJsonArray all = QJsonDocument::fromJson(state.canonicalJson()).array();
    QJsonArray out;
    for (const QJsonValue& v : all) {
        const QJsonArray e = v.toArray();
        if (e.at(2).toBool())
            continue; // deleted
        QJsonObject fields;
        const QJsonObject raw = e.at(3).toObject();
        for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
            const QJsonValue value = it.value().toArray().at(0);
            if (!value.isNull())
                fields.insert(it.key(), value);
        }
        out.append(QJsonArray { e.at(0), e.at(1), fields });
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

} // namespace vv::budget::test
