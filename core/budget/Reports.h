#pragma once

#include "budget/Month.h"

#include <QList>
#include <QString>

namespace vv::budget {

class Budget;

struct EnvelopeSpending {
    QString envelopeId; // "" = unassigned spending
    QString name;
    QList<qint64> perMonth; // spent (positive), one per month of the report
    qint64 total = 0;
};

struct SpendingReport {
    QList<Month> months;
    QList<EnvelopeSpending> envelopes; // envelopes with any spending in the range, by total desc
};

struct IncomeSpending {
    Month month;
    qint64 income = 0;
    qint64 spending = 0; // positive
    [[nodiscard]] qint64 net() const { return income - spending; }
};

// Report data for charts; computed from the index's per-month aggregates (no pass over
// the transactions).
class Reports
{
public:
    [[nodiscard]] static SpendingReport spendingByEnvelope(const Budget& budget, Month from, Month to);
    [[nodiscard]] static QList<IncomeSpending> incomeVsSpending(const Budget& budget, Month from, Month to);
};

} // namespace vv::budget
