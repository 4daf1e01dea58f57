// The workspace shell: every edit goes through BudgetEditor onto one undo stack, the window's
// Edit → Undo/Redo (and their shortcuts) drive it, and the unassigned line follows the budget.
#include "BudgetUiFixture.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"
#include "workspace/BudgetWorkspace.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vv;
using vv::ui::test::BudgetUi;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedChangeIsReportedAndNotPushed()
    {
        // Tried: an allocation to an envelope that does not exist. Must hold: errorOccurred with
        // the domain's message, nothing on the undo stack, balances untouched.
        BudgetUi ui;
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("Salary"), 100000);
        QSignalSpy errors(&ui.editor, &ui::BudgetEditor::errorOccurred);
        const bool ok = ui.editor.apply(ui.budget().allocate(QStringLiteral("nope"), 500, ui.editor.currentMonth()));
        QVERIFY(!ok);
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QCOMPARE(ui.editor.undoStack()->count(), 0);
        QCOMPARE(ui.budget().unassigned(), 100000);
    }

    void applyUndoRedo()
    {
        BudgetUi ui;
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("Salary"), 100000);
        const QString food = ui.envelope(QStringLiteral("Food"), 30000);
        QVERIFY(ui.editor.apply(ui.budget().allocate(food, 25000, ui.editor.currentMonth())));
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QVERIFY(!ui.editor.undoStack()->undoText().isEmpty());
        QCOMPARE(ui.budget().envelopeBalance(food), 25000);
        ui.editor.undoStack()->undo();
        QCOMPARE(ui.budget().envelopeBalance(food), 0);
        QCOMPARE(ui.budget().unassigned(), 100000);
        ui.editor.undoStack()->redo();
        QCOMPARE(ui.budget().envelopeBalance(food), 25000);
        QCOMPARE(ui.budget().unassigned(), 75000);
    }

    void emptyChangeIsANoOp()
    {
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"));
        // Renaming to the same name plans nothing: no undo step, no error.
        QSignalSpy errors(&ui.editor, &ui::BudgetEditor::errorOccurred);
        QVERIFY(ui.editor.apply(ui.budget().renameEnvelope(food, QStringLiteral("Food"))));
        QCOMPARE(ui.editor.undoStack()->count(), 0);
        QCOMPARE(errors.count(), 0);
    }

    void moneyFollowsLocaleAndCurrency()
    {
        BudgetUi ui;
        QCOMPARE(ui.editor.formatMoney(123456), QStringLiteral("€1,234.56"));
        QCOMPARE(ui.editor.formatMoney(-5000), QStringLiteral("-€50.00")); // not "(€50.00)"
        QCOMPARE(ui.editor.parseMoney(QStringLiteral("1,234.56")).value_or(-1), 123456);
        ui.editor.setLocale(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(ui.editor.parseMoney(QStringLiteral("1.234,56")).value_or(-1), 123456);
        QVERIFY(ui.editor.formatMoney(123456).contains(QStringLiteral("1.234,56")));
        QVERIFY(!ui.editor.parseMoney(QStringLiteral("twelve")).has_value());
    }

    void unassignedLineShowsNegativePlainly()
    {
        // Tried: assign more than came in. Must hold: the line shows the negative amount with
        // its sign and a hint, in red; it is never clamped to zero.
        BudgetUi ui;
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("Salary"), 10000);
        const QString rent = ui.envelope(QStringLiteral("Rent"));
        ui::BudgetWorkspace workspace(ui.editor);
        QCOMPARE(workspace.unassignedText(), QStringLiteral("€100.00"));
        QVERIFY(ui.editor.apply(ui.budget().allocate(rent, 15000, ui.editor.currentMonth())));
        QCOMPARE(workspace.unassignedText(), QStringLiteral("-€50.00"));
        const auto* hint = workspace.findChild<QLabel*>(QStringLiteral("unassignedHint"));
        QVERIFY(hint);
        QVERIFY(hint->text().contains(QStringLiteral("More is assigned")));
        const auto* amount = workspace.findChild<QLabel*>(QStringLiteral("unassignedAmount"));
        QVERIFY(amount->palette().color(QPalette::WindowText).red() > 150);
        ui.editor.undoStack()->undo();
        QCOMPARE(workspace.unassignedText(), QStringLiteral("€100.00"));
    }

    void windowUndoRedoActionsDriveTheStack()
    {
        QTemporaryDir dir;
        settings::Settings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::MainWindow window(settings, nullptr);
        QVERIFY(!window.undoAction()->isEnabled());
        QVERIFY(!window.importAction()->isEnabled());

        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"));
        window.setWorkspace(new ui::BudgetWorkspace(ui.editor), ui.editor.undoStack());
        QVERIFY(window.importAction()->isEnabled());
        QVERIFY(!window.newBudgetAction()->isEnabled());
        QVERIFY(ui.editor.apply(ui.budget().renameEnvelope(food, QStringLiteral("Groceries"))));
        QVERIFY(window.undoAction()->isEnabled());
        QVERIFY(window.undoAction()->text().contains(ui.editor.undoStack()->undoText()));
        QVERIFY(window.undoAction()->shortcuts().contains(QKeySequence(QKeySequence::Undo)));

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(ui.budget().envelope(food)->name, QStringLiteral("Food"));
        QTest::keySequence(&window, QKeySequence::Redo);
        QCOMPARE(ui.budget().envelope(food)->name, QStringLiteral("Groceries"));

        window.setWorkspace(nullptr, nullptr);
        QVERIFY(!window.undoAction()->isEnabled());
        QVERIFY(window.newBudgetAction()->isEnabled());
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
