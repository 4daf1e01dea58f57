#pragma once

#include "budget/Budget.h"
#include "store/BudgetState.h"
#include "store/HybridLogicalClock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

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

// A tiny script language for data tables (amounts in minor units, "-" = unassigned):
//   env NAME [target] [priority]    create an envelope
//   income AMOUNT [date]            unassigned transaction
//   tx ENV AMOUNT [date]            transaction assigned to ENV
//   alloc ENV AMOUNT [YYYY-MM]      allocate from unassigned
//   move FROM TO AMOUNT [YYYY-MM]   transfer between envelopes
//   split TOTAL ENV:AMT,ENV:AMT     split transaction
//   fill [YYYY-MM]                  fill to targets
// Default date 2026-01-15, default month 2026-01.
struct Script {
    Device& device;
    QHash<QString, QString> ids; // envelope name -> id
    QString lastError;

    QString id(const QString& name) const { return name == QLatin1String("-") ? QString() : ids.value(name); }

    bool run(const QString& script)
    {
        for (const QString& raw : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList w = raw.simplified().split(QLatin1Char(' '));
            const QString cmd = w.value(0);
            const QDate date = QDate::fromString(
                w.value(cmd == QLatin1String("tx") ? 3 : 2, QStringLiteral("2026-01-15")), Qt::ISODate);
            Change c;
            if (cmd == QLatin1String("env")) {
                Envelope e;
                e.name = w.value(1);
                e.monthlyTarget = w.value(2).toLongLong();
                e.priority = w.value(3).toInt();
                c = device.budget.createEnvelope(e);
                ids.insert(e.name, c.createdId);
            } else if (cmd == QLatin1String("income") || cmd == QLatin1String("tx")) {
                const bool income = cmd == QLatin1String("income");
                Transaction t;
                t.date = date;
                t.payee = cmd;
                t.amount = w.value(income ? 1 : 2).toLongLong();
                t.envelopeId = income ? QString() : id(w.value(1));
                c = device.budget.addTransaction(t);
            } else if (cmd == QLatin1String("alloc")) {
                c = device.budget.allocate(id(w.value(1)), w.value(2).toLongLong(),
                    Month::fromString(w.value(3, QStringLiteral("2026-01"))).value_or(Month()));
            } else if (cmd == QLatin1String("move")) {
                c = device.budget.moveMoney(id(w.value(1)), id(w.value(2)), w.value(3).toLongLong(),
                    Month::fromString(w.value(4, QStringLiteral("2026-01"))).value_or(Month()));
            } else if (cmd == QLatin1String("split")) {
                Transaction t;
                t.date = QDate(2026, 1, 15);
                t.payee = QStringLiteral("split");
                t.amount = w.value(1).toLongLong();
                for (const QString& part : w.value(2).split(QLatin1Char(','))) {
                    SplitLine l;
                    l.envelopeId = id(part.section(QLatin1Char(':'), 0, 0));
                    l.amount = part.section(QLatin1Char(':'), 1, 1).toLongLong();
                    t.splits.append(l);
                }
                c = device.budget.addTransaction(t);
            } else if (cmd == QLatin1String("fill")) {
                c = device.budget.fillToTargets(
                    Month::fromString(w.value(1, QStringLiteral("2026-01"))).value_or(Month()));
            } else {
                lastError = QStringLiteral("unknown command ") + cmd;
                return false;
            }
            if (!c.isValid()) {
                lastError = c.error;
                return false;
            }
            if (!device.budget.redo(c))
                return false;
        }
        return true;
    }

    // "Food=100 Rent=-5 _=20" (_ = unassigned) -> compares every listed balance.
    QString balancesMismatch(const QString& expected) const
    {
        QStringList wrong;
        for (const QString& pair : expected.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString name = pair.section(QLatin1Char('='), 0, 0);
            const qint64 want = pair.section(QLatin1Char('='), 1, 1).toLongLong();
            const qint64 got = name == QLatin1String("_") ? device.budget.unassigned()
                                                          : device.budget.envelopeBalance(ids.value(name));
            if (got != want)
                wrong << QStringLiteral("%1: got %2, want %3").arg(name).arg(got).arg(want);
        }
        return wrong.join(QStringLiteral("; "));
    }
};

} // namespace vv::budget::test
