// The Envelopes page's model and bar delegate: tree shape (categories, Uncategorized last,
// archived only on request), per-month numbers from the domain, category sums, goal texts,
// live updates (dataChanged for numbers, reset for the set of rows) and the bar's geometry.
#include "BudgetUiFixture.h"
#include "envelopes/EnvelopeBarDelegate.h"
#include "envelopes/EnvelopeModel.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace vv;
using vv::budget::Month;
using vv::ui::EnvelopeBarDelegate;
using vv::ui::EnvelopeModel;
using vv::ui::test::BudgetUi;

namespace {

// "Name=target/funded/spent/available" for every envelope row and "[Category]=..." for groups.
QString describe(const EnvelopeModel& model)
{
    QStringList out;
    const auto line = [](const QString& name, const QModelIndex& i) {
        return QStringLiteral("%1=%2/%3/%4/%5")
            .arg(name)
            .arg(i.data(EnvelopeModel::TargetRole).toLongLong())
            .arg(i.data(EnvelopeModel::FundedRole).toLongLong())
            .arg(i.data(EnvelopeModel::SpentRole).toLongLong())
            .arg(i.data(EnvelopeModel::AvailableRole).toLongLong());
    };
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        out << line(QLatin1Char('[') + group.data().toString() + QLatin1Char(']'), group);
        for (int r = 0; r < model.rowCount(group); ++r)
            out << line(model.index(r, 0, group).data(Qt::EditRole).toString(), model.index(r, 0, group));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestEnvelopeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeShapeAndOrder()
    {
        // Tried: envelopes in two named categories and none. Must hold: named groups A-Z,
        // Uncategorized last, envelopes by priority then name; ids only on envelope rows.
        BudgetUi ui;
        ui.envelope(QStringLiteral("Zoo"), 0, QStringLiteral("Fun"));
        ui.envelope(QStringLiteral("Rent"), 0, QStringLiteral("Bills"));
        ui.envelope(QStringLiteral("Misc"));
        ui.envelope(QStringLiteral("Arcade"), 0, QStringLiteral("Fun"));
        EnvelopeModel model(ui.editor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Bills"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Fun"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Uncategorized"));
        QVERIFY(model.index(2, 0).data(EnvelopeModel::IdRole).toString().isEmpty());
        const QModelIndex fun = model.index(1, 0);
        QCOMPARE(model.index(0, 0, fun).data().toString(), QStringLiteral("Arcade"));
        QCOMPARE(model.index(1, 0, fun).data().toString(), QStringLiteral("Zoo"));
        QVERIFY(!model.index(0, 0, fun).data(EnvelopeModel::IdRole).toString().isEmpty());
        QCOMPARE(model.columnCount(), int(EnvelopeModel::ColumnCount));
        QCOMPARE(model.envelopeCount(), 4);
        // Colour swatch on the name; money right-aligned.
        QVERIFY(model.index(0, 0, fun).data(Qt::DecorationRole).value<QColor>().isValid());
        QCOMPARE(model.index(0, EnvelopeModel::AvailableColumn, fun).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void testerThroughEditsAndUndo()
    {
        // Tried: create, rename (re-sorts), recategorise, archive, show archived, allocate, then
        // undo everything. Must hold: the model stays consistent throughout (tester), rows
        // follow each step, and after the undos the tree is as it started.
        BudgetUi ui;
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("Salary"), 100000);
        EnvelopeModel model(ui.editor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        vv::budget::Envelope e;
        e.name = QStringLiteral("Food");
        e.monthlyTarget = 30000;
        QVERIFY(ui.editor.apply(ui.budget().createEnvelope(e)));
        const QString food = model.index(0, 0, model.index(0, 0)).data(EnvelopeModel::IdRole).toString();
        QVERIFY(!food.isEmpty());
        e.name = QStringLiteral("Car");
        QVERIFY(ui.editor.apply(ui.budget().createEnvelope(e)));
        QCOMPARE(model.envelopeCount(), 2);
        QVERIFY(ui.editor.apply(ui.budget().renameEnvelope(food, QStringLiteral("Aaa food"))));
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), QStringLiteral("Aaa food"));
        QVERIFY(ui.editor.apply(ui.budget().setEnvelopeCategory(food, QStringLiteral("Living"))));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.indexOfEnvelope(food).parent().data().toString(), QStringLiteral("Living"));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(ui.editor.apply(ui.budget().allocate(food, 12000, ui.editor.currentMonth())));
        QCOMPARE(resets.count(), 0); // numbers only: no reset
        QVERIFY(changes.count() > 0);
        QCOMPARE(
            model.indexOfEnvelope(food, EnvelopeModel::AvailableColumn).data().toString(), QStringLiteral("€120.00"));

        QVERIFY(ui.editor.apply(ui.budget().setEnvelopeArchived(food, true)));
        QVERIFY(!model.indexOfEnvelope(food).isValid());
        model.setShowArchived(true);
        QVERIFY(model.indexOfEnvelope(food).isValid());
        QVERIFY(model.indexOfEnvelope(food).data(EnvelopeModel::ArchivedRole).toBool());
        QVERIFY(model.indexOfEnvelope(food).data(Qt::ForegroundRole).value<QColor>().isValid()); // greyed
        model.setShowArchived(false);

        QUndoStack* stack = ui.editor.undoStack();
        QCOMPARE(stack->count(), 6);
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(ui.budget().unassigned(), 100000);
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(model.envelopeCount(), 1); // Food re-created, archived again, Car live
        model.setShowArchived(true);
        QCOMPARE(model.envelopeCount(), 2);
    }

    void balances_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("categories"); // "Env=Category ..." applied after the script
        QTest::addColumn<QString>("expected"); // describe() of January 2026

        QTest::newRow("funded and spent") << QStringLiteral(
            "env Food 30000; env Rent 80000; income 100000; alloc Food 20000; alloc Rent 80000; tx Food -5000")
                                          << QString()
                                          << QStringLiteral("[Uncategorized]=110000/100000/5000/95000 "
                                                            "Food=30000/20000/5000/15000 Rent=80000/80000/0/80000");
        QTest::newRow("negative envelope stays negative")
            << QStringLiteral("env Fun; income 1000; alloc Fun 1000; tx Fun -3000") << QString()
            << QStringLiteral("[Uncategorized]=0/1000/3000/-2000 Fun=0/1000/3000/-2000");
        QTest::newRow("move counts as funding out and in")
            << QStringLiteral("env A; env B; income 5000; alloc A 5000; move A B 2000") << QString()
            << QStringLiteral("[Uncategorized]=0/5000/0/5000 A=0/3000/0/3000 B=0/2000/0/2000");
        QTest::newRow("December carries into January")
            << QStringLiteral("env A; income 5000 2025-12-01; alloc A 4000 2025-12; tx A -1000 2026-01-05") << QString()
            << QStringLiteral("[Uncategorized]=0/0/1000/3000 A=0/0/1000/3000");
        QTest::newRow("fill in priority order")
            << QStringLiteral("env A 3000 1; env B 5000 0; income 6000; fill") << QString()
            << QStringLiteral("[Uncategorized]=8000/6000/0/6000 B=5000/5000/0/5000 A=3000/1000/0/1000");
        QTest::newRow("category sums include a negative envelope")
            << QStringLiteral("env Food 30000; env Gas 10000; env Gift; income 20000; alloc Food 15000; "
                              "alloc Gas 5000; tx Gas -8000; tx Gift -500")
            << QStringLiteral("Food=Home Gas=Home")
            << QStringLiteral("[Home]=40000/20000/8000/12000 Food=30000/15000/0/15000 Gas=10000/5000/8000/-3000 "
                              "[Uncategorized]=0/0/500/-500 Gift=0/0/500/-500");
    }

    void balances()
    {
        // Tried: each scripted budget, viewed for January 2026. Must hold: every envelope's
        // target/funded/spent/available are the domain's, category rows are the sums, and a
        // negative available is shown with its minus sign in red.
        QFETCH(QString, script);
        QFETCH(QString, categories);
        QFETCH(QString, expected);
        BudgetUi ui;
        vv::budget::test::Script s { ui.device, {}, {} };
        QVERIFY2(s.run(script), qPrintable(s.lastError));
        for (const QString& pair : categories.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            QVERIFY(ui.device.run(ui.budget().setEnvelopeCategory(
                s.ids.value(pair.section(QLatin1Char('='), 0, 0)), pair.section(QLatin1Char('='), 1))));
        }
        EnvelopeModel model(ui.editor);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonth(Month(2026, 1));
        QCOMPARE(describe(model), expected);

        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            for (int r = -1; r < model.rowCount(group); ++r) {
                const QModelIndex row = r < 0 ? group : model.index(r, 0, group);
                const QModelIndex available = row.siblingAtColumn(EnvelopeModel::AvailableColumn);
                const qint64 value = available.data(Qt::EditRole).toLongLong();
                QCOMPARE(available.data().toString(), ui.editor.formatMoney(value));
                if (value < 0) {
                    QVERIFY(available.data().toString().startsWith(QLatin1Char('-')));
                    QVERIFY(available.data(Qt::ForegroundRole).value<QColor>().red() > 150);
                }
            }
        }
    }

    void goalTexts_data()
    {
        QTest::addColumn<qint64>("goal");
        QTest::addColumn<QDate>("by");
        QTest::addColumn<qint64>("saved");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("target"); // Target column in March 2026 (no monthly target set)

        // Today is 2026-03-15: March..December = 10 months.
        QTest::newRow("monthly needed") << qint64(120000) << QDate(2026, 12, 31) << qint64(0)
                                        << QStringLiteral("€1,200.00 by Dec 2026 · €120.00/month") << qint64(12000);
        QTest::newRow("rounded up") << qint64(100000) << QDate(2026, 12, 1) << qint64(0)
                                    << QStringLiteral("€1,000.00 by Dec 2026 · €100.00/month") << qint64(10000);
        QTest::newRow("reached") << qint64(50000) << QDate(2026, 12, 1) << qint64(50000) << QStringLiteral("Reached")
                                 << qint64(0);
        QTest::newRow("overdue") << qint64(50000) << QDate(2026, 1, 31) << qint64(20000)
                                 << QStringLiteral("Overdue · €300.00 needed now") << qint64(30000);
    }

    void goalTexts()
    {
        // Tried: an envelope with a savings goal and some money saved before this month. Must
        // hold: the Goal column's text, and the Target column shows the goal's monthly need.
        QFETCH(qint64, goal);
        QFETCH(QDate, by);
        QFETCH(qint64, saved);
        QFETCH(QString, text);
        QFETCH(qint64, target);
        BudgetUi ui;
        const QString id = ui.envelope(QStringLiteral("Holiday"));
        QVERIFY(ui.device.run(ui.budget().setEnvelopeGoal(id, goal, by)));
        if (saved > 0) {
            ui.transaction(QDate(2026, 2, 1), QStringLiteral("Salary"), saved);
            QVERIFY(ui.device.run(ui.budget().allocate(id, saved, Month(2026, 2))));
        }
        EnvelopeModel model(ui.editor);
        QCOMPARE(model.indexOfEnvelope(id, EnvelopeModel::GoalColumn).data().toString(), text);
        QCOMPARE(model.indexOfEnvelope(id, EnvelopeModel::TargetColumn).data(Qt::EditRole).toLongLong(), target);
        QCOMPARE(model.indexOfEnvelope(id, EnvelopeModel::GoalColumn).data(Qt::ForegroundRole).isValid(),
            text.startsWith(QStringLiteral("Overdue")));
        // No goal: empty text.
        const QString plain = ui.envelope(QStringLiteral("Plain"));
        QVERIFY(model.indexOfEnvelope(plain, EnvelopeModel::GoalColumn).data().toString().isEmpty());
    }

    void monthSwitchKeepsRows()
    {
        // Tried: switch the month. Must hold: numbers for that month, by dataChanged (no reset).
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"), 10000);
        ui.transaction(QDate(2026, 2, 1), QStringLiteral("Salary"), 50000);
        QVERIFY(ui.device.run(ui.budget().allocate(food, 7000, Month(2026, 2))));
        EnvelopeModel model(ui.editor);
        QCOMPARE(model.month(), Month(2026, 3));
        QCOMPARE(model.indexOfEnvelope(food).data(EnvelopeModel::FundedRole).toLongLong(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy months(&model, &EnvelopeModel::monthChanged);
        model.setMonth(Month(2026, 2));
        QCOMPARE(months.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.indexOfEnvelope(food).data(EnvelopeModel::FundedRole).toLongLong(), 7000);
        QCOMPARE(model.indexOfEnvelope(food, EnvelopeModel::ProgressColumn).data(Qt::EditRole).toDouble(), 0.7);
    }

    void barGeometry_data()
    {
        QTest::addColumn<qint64>("target");
        QTest::addColumn<qint64>("funded");
        QTest::addColumn<qint64>("spent");
        QTest::addColumn<bool>("visible");
        QTest::addColumn<bool>("thin");
        QTest::addColumn<double>("targetEnd");
        QTest::addColumn<double>("fundedEnd");
        QTest::addColumn<double>("spentEnd");
        QTest::addColumn<double>("overEnd");

        QTest::newRow("nothing at all") << qint64(0) << qint64(0) << qint64(0) << false << false << 0.0 << 0.0 << 0.0
                                        << 0.0;
        QTest::newRow("half funded, quarter spent")
            << qint64(100) << qint64(50) << qint64(25) << true << false << 1.0 << 0.5 << 0.25 << 0.5;
        QTest::newRow("target only") << qint64(100) << qint64(0) << qint64(0) << true << false << 1.0 << 0.0 << 0.0
                                     << 0.0;
        QTest::newRow("funded above target")
            << qint64(100) << qint64(200) << qint64(50) << true << false << 0.5 << 1.0 << 0.25 << 1.0;
        QTest::newRow("spent above funded")
            << qint64(100) << qint64(50) << qint64(80) << true << false << 1.0 << 0.5 << 0.5 << 0.8;
        QTest::newRow("spent above target and funded")
            << qint64(100) << qint64(50) << qint64(200) << true << false << 0.5 << 0.25 << 0.25 << 1.0;
        QTest::newRow("no target: thin spent vs funded")
            << qint64(0) << qint64(100) << qint64(40) << true << true << 0.0 << 1.0 << 0.4 << 1.0;
        QTest::newRow("no target, spent without funding")
            << qint64(0) << qint64(0) << qint64(40) << true << true << 0.0 << 0.0 << 0.0 << 1.0;
        QTest::newRow("money moved out counts as unfunded")
            << qint64(100) << qint64(-50) << qint64(0) << true << false << 1.0 << 0.0 << 0.0 << 0.0;
    }

    void barGeometry()
    {
        // Tried: the bar's fractions for each case. Must hold: as documented on the delegate.
        QFETCH(qint64, target);
        QFETCH(qint64, funded);
        QFETCH(qint64, spent);
        const EnvelopeBarDelegate::Geometry g = EnvelopeBarDelegate::geometry(target, funded, spent);
        QTEST(g.visible, "visible");
        QTEST(g.thin, "thin");
        QTEST(g.target, "targetEnd");
        QTEST(g.funded, "fundedEnd");
        QTEST(g.spent, "spentEnd");
        QTEST(g.overspentEnd, "overEnd");
    }

    void delegatePaintsEveryRow()
    {
        // Tried: paint the Progress cell of every row (incl. overspent, no target, category
        // rows) into a 2x image, as on a HiDPI screen. Must hold: no crash, and the funded
        // colour of a funded envelope appears in the image.
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"), 10000, QStringLiteral("Home"));
        QVERIFY(ui.device.run(ui.budget().setEnvelopeColor(food, QStringLiteral("#00ff00"))));
        const QString fun = ui.envelope(QStringLiteral("Fun"));
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("Salary"), 20000);
        QVERIFY(ui.device.run(ui.budget().allocate(food, 8000, ui.editor.currentMonth())));
        ui.transaction(QDate(2026, 3, 2), QStringLiteral("Cinema"), -3000, fun);
        EnvelopeModel model(ui.editor);
        QTreeView view;
        view.setModel(&model);
        EnvelopeBarDelegate delegate;
        const QModelIndex cell = model.indexOfEnvelope(food, EnvelopeModel::ProgressColumn);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.rect = QRect(0, 0, 200, 24);
        QVERIFY(delegate.sizeHint(option, cell).width() >= 100);

        QImage image(QSize(200, 24) * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            delegate.paint(&p, option, cell);
        }
        bool green = false;
        for (int x = 0; x < image.width() && !green; ++x)
            green = image.pixelColor(x, image.height() / 2) == QColor(0, 255, 0);
        QVERIFY(green);

        for (const QModelIndex& i : { model.indexOfEnvelope(fun, EnvelopeModel::ProgressColumn),
                 model.index(0, EnvelopeModel::ProgressColumn), model.index(1, EnvelopeModel::ProgressColumn) }) {
            QVERIFY(i.isValid());
            QPainter p(&image);
            delegate.paint(&p, option, i);
        }
    }
};

QTEST_MAIN(TestEnvelopeModel)
#include "tst_envelopemodel.moc"
