// The Reports page: chart geometry (ticks, bars) as data tables, the chart and table contents
// against vv::budget::Reports for a scripted budget, "Other" grouping, painting at 1x and 2x,
// copying the numbers and the debounced live refresh.
#include "BudgetUiFixture.h"
#include "reports/BarChartWidget.h"
#include "reports/ChartGeometry.h"
#include "reports/ReportData.h"
#include "reports/ReportsPage.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace vv;
using vv::budget::Month;
using vv::ui::BarChartWidget;
using vv::ui::ReportsPage;
using vv::ui::test::BudgetUi;
namespace chart = vv::ui::chart;
namespace reports = vv::ui::reports;

namespace {
// Spending in Jan-Mar 2026 over a few envelopes, plus income (today is 2026-03-15).
constexpr auto kScript = "env Food; env Rent; env Fun; income 400000 2026-01-02; income 410000 2026-02-02;"
                         "income 50000 2026-03-01; tx Rent -150000 2026-01-03; tx Rent -150000 2026-02-03;"
                         "tx Rent -150000 2026-03-03; tx Food -12000 2026-01-10; tx Food -23050 2026-02-11;"
                         "tx Food -8000 2026-03-12; tx Fun -4500 2026-02-20; tx Food 1500 2026-02-12";

int countPixels(const QImage& image, QRgb color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] & 0xffffff) == (color & 0xffffff) ? 1 : 0;
    }
    return n;
}

QImage render(QWidget* widget, qreal dpr)
{
    QPixmap pixmap(widget->size() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(widget->palette().color(QPalette::Window));
    widget->render(&pixmap);
    return pixmap.toImage().convertToFormat(QImage::Format_RGB32);
}

qint64 valueAt(const QStandardItemModel& model, int row, int column)
{
    return model.index(row, column).data(reports::ValueRole).toLongLong();
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticks_data()
    {
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::addColumn<int>("intervals");
        QTest::addColumn<qint64>("minimumStep");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::newRow("max 0") << 0LL << 0LL << 5 << 1LL << 1LL << 0LL << 1LL;
        QTest::newRow("max 1") << 0LL << 1LL << 5 << 1LL << 1LL << 0LL << 1LL;
        QTest::newRow("max 99") << 0LL << 99LL << 5 << 1LL << 20LL << 0LL << 100LL;
        QTest::newRow("max 100") << 0LL << 100LL << 5 << 1LL << 20LL << 0LL << 100LL;
        QTest::newRow("max 1234567") << 0LL << 1234567LL << 5 << 1LL << 500000LL << 0LL << 1500000LL;
        QTest::newRow("max 1234567, 8 intervals") << 0LL << 1234567LL << 8 << 1LL << 200000LL << 0LL << 1400000LL;
        QTest::newRow("negative net") << -5000LL << 12000LL << 5 << 1LL << 5000LL << -5000LL << 15000LL;
        QTest::newRow("only negative") << -250LL << 0LL << 5 << 1LL << 50LL << -250LL << 0LL;
        QTest::newRow("whole units") << 0LL << 99LL << 5 << 100LL << 100LL << 0LL << 100LL;
        QTest::newRow("cents below a unit") << 0LL << 7LL << 5 << 1LL << 2LL << 0LL << 8LL;
        QTest::newRow("huge") << 0LL << 9000000000000LL << 4 << 1LL << 5000000000000LL << 0LL << 10000000000000LL;
    }

    void ticks()
    {
        // Tried: the data's low/high end. Must hold: a 1/2/5×10^n step (at least the minimum),
        // ticks covering the data and zero, a bounded number of them.
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        QFETCH(int, intervals);
        QFETCH(qint64, minimumStep);
        const chart::Ticks t = chart::niceTicks(low, high, intervals, minimumStep);
        QTEST(t.step, "step");
        QTEST(t.min, "min");
        QTEST(t.max, "max");
        const QList<qint64> values = t.values();
        QVERIFY(values.contains(0));
        QVERIFY(values.size() >= 2 && values.size() <= 2 * intervals + 2);
        QCOMPARE(values.first(), t.min);
        QCOMPARE(values.last(), t.max);
    }

    void barGeometry()
    {
        // Tried: two series over two categories in a 100×100 plot with ticks 0..100, stacked
        // and grouped. Must hold: stacked segments sit on each other, grouped bars side by side,
        // heights proportional to the values; the line is at the slot centres.
        chart::ChartData data;
        data.categories = { QStringLiteral("a"), QStringLiteral("b") };
        data.bars = { { QStringLiteral("s0"), Qt::red, { 10, 20 } }, { QStringLiteral("s1"), Qt::blue, { 30, 0 } } };
        data.stacked = true;
        const QRectF plot(0, 0, 100, 100);
        chart::Ticks t;
        t.step = 20;
        t.min = 0;
        t.max = 100;
        QCOMPARE(chart::valueRange(data), std::make_pair(0LL, 40LL));
        QList<chart::Bar> bars = chart::barRects(data, plot, t, 0.5);
        QCOMPARE(bars.size(), 4);
        QCOMPARE(bars.at(0).rect, QRectF(12.5, 90, 25, 10));
        QCOMPARE(bars.at(1).rect, QRectF(12.5, 60, 25, 30)); // on top of s0
        QCOMPARE(bars.at(2).rect, QRectF(62.5, 80, 25, 20));
        QCOMPARE(bars.at(3).rect.height(), 0.0);
        QCOMPARE(chart::barAt(bars, QPointF(20, 70)), 1);
        QCOMPARE(chart::barAt(bars, QPointF(50, 70)), -1);

        data.stacked = false;
        QCOMPARE(chart::valueRange(data), std::make_pair(0LL, 30LL));
        bars = chart::barRects(data, plot, t, 0.5);
        QCOMPARE(bars.at(0).rect, QRectF(12.5, 90, 12.5, 10));
        QCOMPARE(bars.at(1).rect, QRectF(25, 70, 12.5, 30));
        data.line = chart::Series { QStringLiteral("net"), Qt::green, { -20, 50 } };
        QCOMPARE(chart::valueRange(data), std::make_pair(-20LL, 50LL));
        const QList<QPointF> points = chart::linePoints(data, plot, t);
        QCOMPARE(points, (QList<QPointF> { QPointF(25, 120), QPointF(75, 50) }));
        QCOMPARE(chart::labelEvery(12, 120, 30), 3);
        QCOMPARE(chart::labelEvery(6, 600, 30), 1);
    }

    void ranges_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("last 6") << int(reports::RangeKind::Last6Months) << "2025-10"
                                << "2026-03";
        QTest::newRow("last 12") << int(reports::RangeKind::Last12Months) << "2025-04"
                                 << "2026-03";
        QTest::newRow("this year") << int(reports::RangeKind::ThisYear) << "2026-01"
                                   << "2026-03";
        QTest::newRow("last year") << int(reports::RangeKind::LastYear) << "2025-01"
                                   << "2025-12";
    }

    void ranges()
    {
        QFETCH(int, kind);
        const reports::MonthRange r = reports::rangeFor(static_cast<reports::RangeKind>(kind), Month(2026, 3));
        QTEST(r.from.toString(), "from");
        QTEST(r.to.toString(), "to");
    }

    void chartsAndTablesEqualTheReports()
    {
        // Tried: a scripted budget (three envelopes, income, a refund) on the Reports page,
        // "This year". Must hold: stacked totals per month = the report's spending per month;
        // every table cell = the report's figure; totals row and column add up; income/spending/
        // net rows = incomeVsSpending.
        BudgetUi ui;
        vv::budget::test::Script script { ui.device, {}, {} };
        QVERIFY2(script.run(QLatin1StringView(kScript)), qPrintable(script.lastError));
        ReportsPage page(ui.editor);
        page.setRangeKind(reports::RangeKind::ThisYear);
        const vv::budget::SpendingReport report
            = vv::budget::Reports::spendingByEnvelope(ui.budget(), Month(2026, 1), Month(2026, 3));
        const QList<vv::budget::IncomeSpending> flows
            = vv::budget::Reports::incomeVsSpending(ui.budget(), Month(2026, 1), Month(2026, 3));
        QCOMPARE(report.envelopes.size(), 3);

        const chart::ChartData& spending = page.spendingChart()->chartData();
        QVERIFY(spending.stacked);
        QCOMPARE(spending.categories,
            (QStringList { QStringLiteral("Jan 2026"), QStringLiteral("Feb 2026"), QStringLiteral("Mar 2026") }));
        QCOMPARE(spending.bars.size(), 3);
        QCOMPARE(spending.bars.at(0).name, QStringLiteral("Rent")); // biggest first
        for (int m = 0; m < 3; ++m) {
            qint64 stacked = 0;
            for (const chart::Series& s : spending.bars)
                stacked += s.values.at(m);
            qint64 expected = 0;
            for (const vv::budget::EnvelopeSpending& e : report.envelopes)
                expected += e.perMonth.at(m);
            QCOMPARE(stacked, expected);
            QCOMPARE(stacked, flows.at(m).spending);
        }
        QCOMPARE(spending.bars.at(1).values, (QList<qint64> { 12000, 23050, 8000 })); // Food: refund not netted

        const QStandardItemModel& table = *page.spendingNumbers();
        QCOMPARE(table.rowCount(), 4); // 3 envelopes + Total
        QCOMPARE(table.columnCount(), 5); // name + 3 months + Total
        QCOMPARE(table.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Total"));
        qint64 grand = 0;
        for (int r = 0; r < report.envelopes.size(); ++r) {
            const vv::budget::EnvelopeSpending& e = report.envelopes.at(r);
            QCOMPARE(table.index(r, 0).data().toString(), e.name);
            for (int m = 0; m < 3; ++m)
                QCOMPARE(valueAt(table, r, m + 1), e.perMonth.at(m));
            QCOMPARE(valueAt(table, r, 4), e.total);
            grand += e.total;
        }
        QCOMPARE(table.index(3, 0).data().toString(), QStringLiteral("Total"));
        for (int m = 0; m < 3; ++m)
            QCOMPARE(valueAt(table, 3, m + 1), flows.at(m).spending);
        QCOMPARE(valueAt(table, 3, 4), grand);
        QCOMPARE(table.index(0, 1).data().toString(), QStringLiteral("€1,500.00"));

        const QStandardItemModel& income = *page.incomeNumbers();
        QCOMPARE(income.rowCount(), 3);
        for (int m = 0; m < 3; ++m) {
            QCOMPARE(valueAt(income, 0, m + 1), flows.at(m).income);
            QCOMPARE(valueAt(income, 1, m + 1), flows.at(m).spending);
            QCOMPARE(valueAt(income, 2, m + 1), flows.at(m).net());
        }
        QCOMPARE(valueAt(income, 0, 1), 400000);
        QCOMPARE(valueAt(income, 0, 2), 411500); // salary + the refund
        QVERIFY(valueAt(income, 2, 3) < 0); // March: more out than in
        QVERIFY(income.index(2, 3).data().toString().startsWith(QLatin1Char('-')));
        const chart::ChartData& paired = page.incomeChart()->chartData();
        QVERIFY(!paired.stacked);
        QCOMPARE(paired.bars.size(), 2);
        QVERIFY(paired.line.has_value());
        QCOMPARE(paired.line->values.at(2), flows.at(2).net());
        QCOMPARE(paired.bars.at(0).color, reports::incomeColor());
        QCOMPARE(paired.bars.at(1).color, reports::spendingColor());
    }

    void otherGroupsTheRest()
    {
        // Tried: 9 envelopes with different spending, top 6. Must hold: 6 named series plus
        // "Other" = the sum of the 3 smallest, per month; with 7 envelopes no "Other" (the 7th
        // is shown by name), and the table always lists every envelope.
        BudgetUi ui;
        vv::budget::test::Script script { ui.device, {}, {} };
        QString text;
        for (int i = 1; i <= 9; ++i)
            text += QStringLiteral("env E%1; tx E%1 -%2 2026-02-0%1;").arg(i).arg(i * 1000);
        QVERIFY(script.run(text));
        ReportsPage page(ui.editor);
        const chart::ChartData& data = page.spendingChart()->chartData();
        QCOMPARE(data.categories.size(), 12);
        QCOMPARE(data.bars.size(), 7);
        QCOMPARE(data.bars.at(0).name, QStringLiteral("E9"));
        QCOMPARE(data.bars.at(6).name, QStringLiteral("Other"));
        QCOMPARE(data.bars.at(6).color, reports::otherColor());
        QCOMPARE(data.bars.at(6).values.at(10), 1000 + 2000 + 3000); // Feb 2026 is month 11 of 12
        QCOMPARE(page.spendingNumbers()->rowCount(), 10);

        vv::budget::SpendingReport seven;
        seven.months = { Month(2026, 1) };
        for (int i = 0; i < 7; ++i)
            seven.envelopes.append(vv::budget::EnvelopeSpending {
                QStringLiteral("id%1").arg(i), QStringLiteral("E%1").arg(i), { 100 }, 100 });
        reports::Presentation how;
        how.otherName = QStringLiteral("Other");
        const chart::ChartData noOther = reports::spendingChart(seven, how, 6);
        QCOMPARE(noOther.bars.size(), 7);
        QCOMPARE(noOther.bars.last().name, QStringLiteral("E6"));
        seven.envelopes.append(
            vv::budget::EnvelopeSpending { QString(), QString(), { 50 }, 50 }); // unassigned spending
        how.unassignedName = QStringLiteral("Unassigned");
        const chart::ChartData withOther = reports::spendingChart(seven, how, 6);
        QCOMPARE(withOther.bars.size(), 7);
        QCOMPARE(withOther.bars.last().values.first(), 150);
    }

    void numbersCopyAsTabSeparated()
    {
        // Tried: Copy Numbers on each tab. Must hold: header + one line per row, tab-separated,
        // plain amounts; the clipboard gets exactly that.
        BudgetUi ui;
        vv::budget::test::Script script { ui.device, {}, {} };
        QVERIFY(script.run(QLatin1StringView(kScript)));
        ReportsPage page(ui.editor);
        page.setRangeKind(reports::RangeKind::ThisYear);
        const QStringList lines = page.numbersText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0), QStringLiteral("\tJan 2026\tFeb 2026\tMar 2026\tTotal"));
        QCOMPARE(lines.at(1), QStringLiteral("Rent\t1500.00\t1500.00\t1500.00\t4500.00"));
        QCOMPARE(lines.at(2), QStringLiteral("Food\t120.00\t230.50\t80.00\t430.50"));
        QCOMPARE(lines.at(4), QStringLiteral("Total\t1620.00\t1775.50\t1580.00\t4975.50"));
        page.copyAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), page.numbersText());
        page.setCurrentTab(ReportsPage::IncomeTab);
        const QStringList income = page.numbersText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(income.at(1), QStringLiteral("Income\t4000.00\t4115.00\t500.00\t8615.00"));
        QCOMPARE(income.at(3), QStringLiteral("Net\t2380.00\t2339.50\t-1080.00\t3639.50"));
    }

    void showNumbersSwitchesToTables()
    {
        BudgetUi ui;
        vv::budget::test::Script script { ui.device, {}, {} };
        QVERIFY(script.run(QLatin1StringView(kScript)));
        ReportsPage page(ui.editor);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.objectName(), QStringLiteral("reportsPage"));
        QCOMPARE(page.windowTitle(), QStringLiteral("Reports"));
        QVERIFY(page.spendingChart()->isVisible());
        page.showNumbersAction()->trigger();
        QVERIFY(page.isShowingNumbers());
        QVERIFY(!page.spendingChart()->isVisible());
        QVERIFY(page.findChild<QTableView*>(QStringLiteral("spendingTable"))->isVisible());
        page.showNumbersAction()->trigger();
        QVERIFY(page.spendingChart()->isVisible());

        // A click on a bar segment opens the numbers at that cell.
        page.setRangeKind(reports::RangeKind::ThisYear);
        const QList<chart::Bar> bars = page.spendingChart()->bars();
        QVERIFY(!bars.isEmpty());
        QTest::mouseClick(page.spendingChart(), Qt::LeftButton, {}, bars.at(0).rect.center().toPoint());
        QVERIFY(page.isShowingNumbers());
        const auto* table = page.findChild<QTableView*>(QStringLiteral("spendingTable"));
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(table->currentIndex().column(), 1);
    }

    void chartsPaintAtOneAndTwoTimesScale()
    {
        // Tried: painting both charts at device pixel ratio 1 and 2 (and the empty state).
        // Must hold: no crash, an image with pixels in each series' colour; the tooltip under a
        // bar names envelope, month and the exact amount.
        BudgetUi ui;
        vv::budget::test::Script script { ui.device, {}, {} };
        QVERIFY(script.run(QLatin1StringView(kScript)));
        ReportsPage page(ui.editor);
        page.setRangeKind(reports::RangeKind::ThisYear);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        BarChartWidget* spending = page.spendingChart();
        QVERIFY(spending->width() > 200 && spending->height() > 150);
        const chart::ChartData data = spending->chartData();
        for (const qreal dpr : { 1.0, 2.0 }) {
            const QImage image = render(spending, dpr);
            QCOMPARE(image.width(), qRound(spending->width() * dpr));
            for (const chart::Series& s : data.bars)
                QVERIFY2(countPixels(image, s.color.rgb()) > 20, qPrintable(s.name));
        }
        const QPixmap grabbed = spending->grab();
        QVERIFY(!grabbed.isNull());
        // For a look at the layout: VV_SCREENSHOT_DIR=/tmp/shots ./tst_reports
        const QString shots = qEnvironmentVariable("VV_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/reports-spending.png"));

        page.setCurrentTab(ReportsPage::IncomeTab);
        BarChartWidget* income = page.incomeChart();
        QTRY_VERIFY(income->isVisible());
        for (const qreal dpr : { 1.0, 2.0 }) {
            const QImage image = render(income, dpr);
            QVERIFY(countPixels(image, reports::incomeColor().rgb()) > 20);
            QVERIFY(countPixels(image, reports::spendingColor().rgb()) > 20);
            QVERIFY(countPixels(image, reports::netColor().rgb()) > 5);
        }
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/reports-income.png"));

        const QList<chart::Bar> bars = spending->bars();
        const chart::Bar& rentJan = bars.at(0);
        QCOMPARE(spending->toolTipAt(rentJan.rect.center()), QStringLiteral("Rent — Jan 2026: €1,500.00"));
        QVERIFY(spending->toolTipAt(QPointF(1, 1)).isEmpty());

        // Nothing in the range: the empty text instead of an empty axis.
        page.setRangeKind(reports::RangeKind::LastYear);
        QVERIFY(spending->chartData().isEmpty());
        QVERIFY(!spending->emptyText().isEmpty());
        const QImage empty = render(spending, 2.0);
        QVERIFY(!empty.isNull());
        QCOMPARE(countPixels(empty, data.bars.at(0).color.rgb()), 0);
    }

    void darkPaletteAndHoverTooltip()
    {
        // Tried: a dark palette, and moving the mouse over a bar. Must hold: axis text is drawn in
        // the palette's (light) text colour; the tooltip names envelope, month and amount.
        BudgetUi ui;
        vv::budget::test::Script script { ui.device, {}, {} };
        QVERIFY(script.run(QLatin1StringView(kScript)));
        ReportsPage page(ui.editor);
        page.setRangeKind(reports::RangeKind::ThisYear);
        QPalette dark = page.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        page.setPalette(dark);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        BarChartWidget* chart = page.spendingChart();
        const QImage image = render(chart, 1.0);
        QVERIFY(countPixels(image, QColor(0xf0, 0xf0, 0xf0).rgb()) > 20); // labels, legend text
        QCOMPARE(countPixels(image, QColor(Qt::black).rgb()), 0);

        const QList<chart::Bar> bars = chart->bars();
        QTest::mouseMove(chart, bars.at(1).rect.center().toPoint()); // Food, Jan
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Food — Jan 2026: €120.00"));
    }

    void liveRefreshIsDebounced()
    {
        // Tried: two expenses through the editor in one event-loop turn, then an undo. Must
        // hold: one refresh for the pair (0-ms timer), figures updated; the undo updates again.
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"));
        ReportsPage page(ui.editor);
        QVERIFY(page.spendingChart()->chartData().isEmpty());
        const int before = page.refreshCount();
        vv::budget::Transaction t;
        t.date = QDate(2026, 3, 2);
        t.payee = QStringLiteral("Market");
        t.amount = -4200;
        t.envelopeId = food;
        QVERIFY(ui.editor.apply(ui.budget().addTransaction(t)));
        t.amount = -800;
        QVERIFY(ui.editor.apply(ui.budget().addTransaction(t)));
        QCOMPARE(page.refreshCount(), before); // not yet: coalesced
        QTRY_COMPARE(page.refreshCount(), before + 1);
        QCOMPARE(page.spendingChart()->chartData().bars.at(0).values.last(), 5000);
        const QStandardItemModel& table = *page.spendingNumbers();
        QCOMPARE(valueAt(table, 0, table.columnCount() - 1), 5000);
        QTest::qWait(0);
        QCOMPARE(page.refreshCount(), before + 1);
        ui.editor.undoStack()->undo();
        QTRY_COMPARE(page.refreshCount(), before + 2);
        QCOMPARE(page.spendingChart()->chartData().bars.at(0).values.last(), 4200);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
