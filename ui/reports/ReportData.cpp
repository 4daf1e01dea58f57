#include "reports/ReportData.h"

#include "budget/Money.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QFont>
#include <QStandardItemModel>

#include <array>

namespace vv::ui::reports {

using vv::budget::Month;

MonthRange rangeFor(RangeKind kind, Month current)
{
    switch (kind) {
    case RangeKind::Last6Months:
        return { current.addMonths(-5), current };
    case RangeKind::Last12Months:
        return { current.addMonths(-11), current };
    case RangeKind::ThisYear:
        return { Month(current.year(), 1), current };
    case RangeKind::LastYear:
        return { Month(current.year() - 1, 1), Month(current.year() - 1, 12) };
    }
    return { current, current };
}

QColor fallbackColor(int index)
{
    // Medium saturation and lightness: legible on white and on dark grey.
    static constexpr std::array<QRgb, 10> colors { 0x4e79a7, 0xf28e2b, 0x59a14f, 0xb07aa1, 0x76b7b2, 0xedc948, 0xff9da7,
        0x9c755f, 0x8c6bb1, 0xe15759 };
    return QColor::fromRgb(colors.at(static_cast<size_t>(index) % colors.size()));
}

QColor otherColor()
{
    return QColor::fromRgb(0x9a9a9a);
}

QColor incomeColor()
{
    return QColor::fromRgb(0x2e9d4f);
}

QColor spendingColor()
{
    return QColor::fromRgb(0xd64541);
}

QColor netColor()
{
    return QColor::fromRgb(0x3b6fd4);
}

namespace {
void setLabels(chart::ChartData& data, const QList<Month>& months, const Presentation& how)
{
    for (const Month m : months) {
        data.categories.append(how.monthLabel ? how.monthLabel(m) : m.toString());
        if (how.shortMonthLabel)
            data.shortCategories.append(how.shortMonthLabel(m));
    }
}

QString nameOf(const vv::budget::EnvelopeSpending& e, const Presentation& how)
{
    return e.envelopeId.isEmpty() || e.name.isEmpty() ? (e.envelopeId.isEmpty() ? how.unassignedName : e.envelopeId)
                                                      : e.name;
}

QStandardItem* moneyItem(qint64 value, const Presentation& how, bool bold = false)
{
    auto* item = new QStandardItem(how.money ? how.money(value) : QString::number(value));
    item->setData(value, ValueRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    if (value < 0)
        item->setForeground(QBrush(QColor(0xd3, 0x2f, 0x2f)));
    if (bold) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    return item;
}

QStandardItem* nameItem(const QString& name, bool bold = false)
{
    auto* item = new QStandardItem(name);
    item->setEditable(false);
    if (bold) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    return item;
}

void setHeaders(QStandardItemModel& model, const QList<Month>& months, const Presentation& how)
{
    QStringList headers;
    for (const Month m : months)
        headers.append(how.monthLabel ? how.monthLabel(m) : m.toString());
    headers.append(how.totalName);
    model.setColumnCount(static_cast<int>(headers.size()) + 1);
    model.setHorizontalHeaderLabels(QStringList { QString() } + headers);
}
} // namespace

chart::ChartData spendingChart(const vv::budget::SpendingReport& report, const Presentation& how, int topN)
{
    chart::ChartData data;
    data.stacked = true;
    setLabels(data, report.months, how);
    const int count = static_cast<int>(report.envelopes.size());
    // No "Other" for a single leftover envelope: show it by name instead.
    const int shown = count <= topN + 1 ? count : topN;
    for (int i = 0; i < shown; ++i) {
        const vv::budget::EnvelopeSpending& e = report.envelopes.at(i);
        const QColor own = how.envelopeColors.value(e.envelopeId);
        data.bars.append(chart::Series { nameOf(e, how), own.isValid() ? own : fallbackColor(i), e.perMonth });
    }
    if (shown < count) {
        chart::Series other { how.otherName, otherColor(), QList<qint64>(report.months.size(), 0) };
        for (int i = shown; i < count; ++i) {
            const QList<qint64>& values = report.envelopes.at(i).perMonth;
            for (int m = 0; m < other.values.size() && m < values.size(); ++m)
                other.values[m] += values.at(m);
        }
        data.bars.append(other);
    }
    return data;
}

chart::ChartData incomeChart(const QList<vv::budget::IncomeSpending>& rows, const Presentation& how)
{
    chart::ChartData data;
    QList<Month> months;
    chart::Series income { how.incomeName, incomeColor(), {} };
    chart::Series spending { how.spendingName, spendingColor(), {} };
    chart::Series net { how.netName, netColor(), {} };
    for (const vv::budget::IncomeSpending& r : rows) {
        months.append(r.month);
        income.values.append(r.income);
        spending.values.append(r.spending);
        net.values.append(r.net());
    }
    setLabels(data, months, how);
    data.bars = { income, spending };
    data.line = net;
    return data;
}

void fillSpendingTable(QStandardItemModel& model, const vv::budget::SpendingReport& report, const Presentation& how)
{
    model.clear();
    setHeaders(model, report.months, how);
    const int months = static_cast<int>(report.months.size());
    QList<qint64> columnTotals(months, 0);
    qint64 grand = 0;
    for (const vv::budget::EnvelopeSpending& e : report.envelopes) {
        QList<QStandardItem*> row { nameItem(nameOf(e, how)) };
        for (int m = 0; m < months; ++m) {
            const qint64 v = e.perMonth.value(m);
            row.append(moneyItem(v, how));
            columnTotals[m] += v;
        }
        row.append(moneyItem(e.total, how, true));
        grand += e.total;
        model.appendRow(row);
    }
    QList<QStandardItem*> totals { nameItem(how.totalName, true) };
    for (const qint64 v : std::as_const(columnTotals))
        totals.append(moneyItem(v, how, true));
    totals.append(moneyItem(grand, how, true));
    model.appendRow(totals);
}

void fillIncomeTable(QStandardItemModel& model, const QList<vv::budget::IncomeSpending>& rows, const Presentation& how)
{
    model.clear();
    QList<Month> months;
    for (const vv::budget::IncomeSpending& r : rows)
        months.append(r.month);
    setHeaders(model, months, how);
    const auto line
        = [&](const QString& name, const std::function<qint64(const vv::budget::IncomeSpending&)>& value, bool bold) {
              QList<QStandardItem*> row { nameItem(name, bold) };
              qint64 total = 0;
              for (const vv::budget::IncomeSpending& r : rows) {
                  row.append(moneyItem(value(r), how, bold));
                  total += value(r);
              }
              row.append(moneyItem(total, how, true));
              model.appendRow(row);
          };
    line(
        how.incomeName, [](const vv::budget::IncomeSpending& r) { return r.income; }, false);
    line(
        how.spendingName, [](const vv::budget::IncomeSpending& r) { return r.spending; }, false);
    line(
        how.netName, [](const vv::budget::IncomeSpending& r) { return r.net(); }, true);
}

QString toTabSeparated(const QAbstractItemModel& model, int decimals)
{
    const auto clean = [](QString s) {
        s.replace(QLatin1Char('\t'), QLatin1Char(' '));
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return s;
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(clean(model.headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char('\t')));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant value = index.data(ValueRole);
            cells.append(value.isValid() ? vv::budget::Money::toPlain(value.toLongLong(), decimals)
                                         : clean(index.data().toString()));
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace vv::ui::reports
