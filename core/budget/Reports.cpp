#include "budget/Reports.h"

#include "budget/Budget.h"

#include <algorithm>

namespace vv::budget {

namespace {
constexpr int MaxMonths = 1200; // a century; bounds the loops whatever the caller passes
}

SpendingReport Reports::spendingByEnvelope(const Budget& budget, Month from, Month to)
{
    SpendingReport report;
    if (!from.isValid() || !to.isValid() || to < from)
        return report;
    for (Month m = from; m <= to && report.months.size() < MaxMonths; m = m.addMonths(1))
        report.months.append(m);
    QHash<QString, QString> names;
    for (const Envelope& e : budget.envelopes())
        names.insert(e.id, e.name);
    QStringList ids = budget.index().envelopeIdsWithActivity();
    ids.prepend(QString());
    for (const QString& id : std::as_const(ids)) {
        EnvelopeSpending row;
        row.envelopeId = id;
        row.name = names.value(id);
        for (const Month m : std::as_const(report.months)) {
            const qint64 spent = budget.index().monthFlow(id, m).outflow;
            row.perMonth.append(spent);
            row.total += spent;
        }
        if (row.total != 0)
            report.envelopes.append(row);
    }
    std::stable_sort(report.envelopes.begin(), report.envelopes.end(),
        [](const EnvelopeSpending& a, const EnvelopeSpending& b) { return a.total > b.total; });
    return report;
}

QList<IncomeSpending> Reports::incomeVsSpending(const Budget& budget, Month from, Month to)
{
    QList<IncomeSpending> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    for (Month m = from; m <= to && out.size() < MaxMonths; m = m.addMonths(1)) {
        const MonthTotals t = budget.index().monthTotals(m);
        out.append(IncomeSpending { m, t.income, t.spending });
    }
    return out;
}

} // namespace vv::budget
