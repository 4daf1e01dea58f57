#pragma once

#include "budget/Month.h"
#include "budget/Recurrence.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

// Typed, read-only views of the budget's entities, built from BudgetState's JSON fields.
// Absent or null fields read as defaults, so half-synced entities still display.
namespace vv::budget {

struct BudgetInfo {
    QString name;
    QString currency = QStringLiteral("EUR");

    [[nodiscard]] static BudgetInfo fromJson(const QJsonObject& o);
};

struct Envelope {
    QString id;
    QString name;
    QString color; // "#rrggbb"; empty = default
    QString category; // group
    bool archived = false;
    qint64 monthlyTarget = 0; // minor units per month, 0 = none
    int priority = 0; // fill-to-targets order: lower first, then name
    qint64 goalAmount = 0; // savings goal, 0 = none
    QDate goalDate;

    [[nodiscard]] bool hasGoal() const { return goalAmount > 0 && goalDate.isValid(); }
    [[nodiscard]] static Envelope fromJson(const QString& id, const QJsonObject& o);
    [[nodiscard]] QJsonObject toJson() const; // fields as stored (no id)
};

struct SplitLine {
    QString id; // empty for a new line
    QString transactionId;
    QString envelopeId;
    qint64 amount = 0;
    QString note;

    [[nodiscard]] static SplitLine fromJson(const QString& id, const QJsonObject& o);
    [[nodiscard]] QJsonObject toJson() const;
};

struct Transaction {
    QString id;
    QDate date;
    QString payee;
    qint64 amount = 0; // income > 0, expense < 0
    QString envelopeId; // empty = unassigned (income waiting to be allocated)
    QString note;
    bool cleared = false;
    QString fitId; // bank transaction id (OFX), for duplicate detection
    QList<SplitLine> splits; // empty = not split

    [[nodiscard]] bool isSplit() const { return !splits.isEmpty(); }
    [[nodiscard]] static Transaction fromJson(const QString& id, const QJsonObject& o);
    [[nodiscard]] QJsonObject toJson() const; // without splits
};

struct Allocation {
    QString id;
    Month month;
    QString fromEnvelopeId; // "" = unassigned
    QString toEnvelopeId; // "" = unassigned
    qint64 amount = 0;
    QString note;

    [[nodiscard]] static Allocation fromJson(const QString& id, const QJsonObject& o);
};

struct Bill {
    QString id;
    QString name;
    QString payee; // defaults to name when paying
    qint64 amount = 0; // positive: what is paid each time
    QString envelopeId;
    Frequency frequency = Frequency::Monthly;
    QDate startDate; // schedule anchor
    QDate nextDue;

    [[nodiscard]] static Bill fromJson(const QString& id, const QJsonObject& o);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace vv::budget
