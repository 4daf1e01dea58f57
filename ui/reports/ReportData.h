#pragma once

#include "budget/Month.h"
#include "budget/Reports.h"
#include "reports/ChartData.h"

#include <QColor>
#include <QHash>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QStandardItemModel;

// Turns vv::budget::Reports results into what the Reports page shows: chart data (top
// envelopes plus "Other") and the numbers tables (envelopes × months with totals; income,
// spending and net per month), and copies a table as tab-separated text. Plain functions,
// tested against the Reports numbers.
namespace vv::ui::reports {

enum class RangeKind { Last6Months, Last12Months, ThisYear, LastYear };
struct MonthRange {
    vv::budget::Month from;
    vv::budget::Month to;
};
[[nodiscard]] MonthRange rangeFor(RangeKind kind, vv::budget::Month current);

// Names and formats the page supplies (translated, in the user's locale).
struct Presentation {
    std::function<QString(vv::budget::Month)> monthLabel; // "Mar 2026"
    std::function<QString(vv::budget::Month)> shortMonthLabel; // "Mar"
    std::function<QString(qint64)> money;
    QString unassignedName; // spending not in an envelope
    QString otherName; // envelopes beyond the top N
    QString totalName;
    QString incomeName;
    QString spendingName;
    QString netName;
    QHash<QString, QColor> envelopeColors; // envelope id -> its colour (invalid: none chosen)
    int decimals = 2;
};

// Colours for envelopes without their own, distinguishable on light and dark backgrounds.
[[nodiscard]] QColor fallbackColor(int index);
[[nodiscard]] QColor otherColor();
[[nodiscard]] QColor incomeColor();
[[nodiscard]] QColor spendingColor();
[[nodiscard]] QColor netColor();

// Stacked bars: the `topN` envelopes with the most spending (the report's order), the rest
// summed as "Other" (only when there is a rest).
[[nodiscard]] chart::ChartData spendingChart(
    const vv::budget::SpendingReport& report, const Presentation& how, int topN = 6);
// Grouped income (green) and spending (red) bars, and the net as a line.
[[nodiscard]] chart::ChartData incomeChart(const QList<vv::budget::IncomeSpending>& rows, const Presentation& how);

// Role holding the raw minor-unit value of a table cell (display text is formatted money).
constexpr int ValueRole = Qt::UserRole + 1;

// Rows: every envelope with spending, then "Total"; columns: the months, then "Total".
void fillSpendingTable(QStandardItemModel& model, const vv::budget::SpendingReport& report, const Presentation& how);
// Rows: income, spending, net; columns: the months, then "Total".
void fillIncomeTable(QStandardItemModel& model, const QList<vv::budget::IncomeSpending>& rows, const Presentation& how);

// Header row and rows, tab-separated, amounts as plain numbers ("-1234.50") so spreadsheets
// read them whatever the locale.
[[nodiscard]] QString toTabSeparated(const QAbstractItemModel& model, int decimals);

} // namespace vv::ui::reports
