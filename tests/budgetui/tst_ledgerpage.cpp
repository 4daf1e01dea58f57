// The Transactions page driven like a user: the New Transaction action and dialog (fields typed
// into the widgets), split lines, edit with F2, delete with Del, filters, undo/redo through the
// editor's stack and through the main window's Edit menu.
#include "BudgetUiFixture.h"
#include "ledger/LedgerFilterBar.h"
#include "ledger/LedgerModel.h"
#include "ledger/LedgerPage.h"
#include "ledger/TransactionDialog.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"
#include "widgets/EmptyStateWidget.h"
#include "workspace/BudgetPages.h"
#include "workspace/BudgetWorkspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vv;
using vv::ui::LedgerModel;
using vv::ui::LedgerPage;
using vv::ui::TransactionDialog;
using vv::ui::test::BudgetUi;

namespace {

QPushButton* okButton(TransactionDialog* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

template<typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

void chooseEnvelope(QComboBox* combo, const QString& name)
{
    const int i = combo->findText(name);
    QVERIFY2(i >= 0, qPrintable(name));
    combo->setCurrentIndex(i);
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void showAndFocus(QWidget& w, QWidget* focus)
{
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    focus->setFocus();
    QTRY_VERIFY(focus->hasFocus());
}

} // namespace

class TestLedgerPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addThroughDialogThenUndoRedo()
    {
        // Tried: New Transaction from an empty ledger, typing payee and amount, choosing the
        // envelope, OK. Must hold: empty state first, OK disabled with a reason until valid,
        // then the row and the footer; undo removes it (empty state again), redo brings it back.
        BudgetUi ui;
        ui.envelope(QStringLiteral("Food"));
        LedgerPage page(ui.editor);
        QCOMPARE(page.objectName(), QStringLiteral("ledgerPage"));
        QCOMPARE(page.windowTitle(), QStringLiteral("Transactions"));
        page.show();
        auto* empty = child<ui::EmptyStateWidget>(&page, "ledgerEmptyState");
        QVERIFY(empty && empty->isVisible());
        QVERIFY(!page.view()->isVisible());

        page.newAction()->trigger();
        TransactionDialog* dialog = page.dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QDateEdit>(dialog, "dateEdit")->date(), QDate(2026, 3, 15)); // editor.today()
        QVERIFY(!okButton(dialog)->isEnabled());
        auto* message = child<QLabel>(dialog, "messageLabel");
        QVERIFY(!message->text().isEmpty());

        QTest::keyClicks(child<QLineEdit>(dialog, "payeeEdit"), QStringLiteral("Bakery"));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("abc"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(message->text().contains(QStringLiteral("number")));
        typeInto(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("12.50"));
        // An expense needs an envelope: still refused, with the reason.
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(message->text().contains(QStringLiteral("envelope")));
        chooseEnvelope(child<QComboBox>(dialog, "envelopeCombo"), QStringLiteral("Food"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!page.dialog());

        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, LedgerModel::PayeeColumn).data().toString(), QStringLiteral("Bakery"));
        QCOMPARE(page.model()->index(0, LedgerModel::AmountColumn).data().toString(), QStringLiteral("-€12.50"));
        QCOMPARE(page.footerText(), QStringLiteral("1 transaction · total -€12.50"));
        QVERIFY(page.view()->isVisible());
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QCOMPARE(page.selectedIds().size(), 1); // the new row is selected

        ui.editor.undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(page.footerText(), QStringLiteral("0 transactions · total €0.00"));
        QVERIFY(empty->isVisible());
        ui.editor.undoStack()->redo();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.footerText(), QStringLiteral("1 transaction · total -€12.50"));
    }

    void incomeMayStayUnassigned()
    {
        // Tried: an income with the Income toggle and no envelope. Must hold: accepted, stored
        // positive, shown as Unassigned, and the unassigned cash grows.
        BudgetUi ui;
        LedgerPage page(ui.editor);
        page.show();
        page.newAction()->trigger();
        TransactionDialog* dialog = page.dialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "payeeEdit"), QStringLiteral("Salary"));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("2,500.00"));
        QTest::mouseClick(child<QRadioButton>(dialog, "incomeButton"), Qt::LeftButton);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(ui.budget().unassigned(), 250000);
        QCOMPARE(page.model()->index(0, LedgerModel::EnvelopeColumn).data().toString(), QStringLiteral("Unassigned"));
    }

    void splitAcrossTwoEnvelopes()
    {
        // Tried: a 100.00 expense split 60/40, first unbalanced (60/30), then balanced. Must
        // hold: OK disabled with "remaining" message while unbalanced, the live remaining
        // label, and after OK both envelope balances change by their share (one undo step).
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"));
        const QString home = ui.envelope(QStringLiteral("Home"));
        LedgerPage page(ui.editor);
        page.show();
        page.newAction()->trigger();
        TransactionDialog* dialog = page.dialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "payeeEdit"), QStringLiteral("Superstore"));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("100.00"));
        chooseEnvelope(child<QComboBox>(dialog, "envelopeCombo"), QStringLiteral("Food"));
        QTest::keyClick(child<QCheckBox>(dialog, "splitCheck"), Qt::Key_Space); // keyboard, as a user tabbing
        QVERIFY(child<QCheckBox>(dialog, "splitCheck")->isChecked());
        auto* remaining = child<QLabel>(dialog, "remainingLabel");
        QVERIFY(remaining->isVisible());
        // Two lines to start with: the whole amount on Food and an empty one.
        QCOMPARE(child<QComboBox>(dialog, "lineEnvelope0")->currentData().toString(), food);
        QVERIFY(!okButton(dialog)->isEnabled());

        typeInto(child<QLineEdit>(dialog, "lineAmount0"), QStringLiteral("60.00"));
        chooseEnvelope(child<QComboBox>(dialog, "lineEnvelope1"), QStringLiteral("Home"));
        typeInto(child<QLineEdit>(dialog, "lineAmount1"), QStringLiteral("30.00"));
        QCOMPARE(remaining->text(), QStringLiteral("Remaining to assign: €10.00"));
        QVERIFY(!okButton(dialog)->isEnabled());
        auto* message = child<QLabel>(dialog, "messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("remaining")));

        typeInto(child<QLineEdit>(dialog, "lineAmount1"), QStringLiteral("40.00"));
        QCOMPARE(remaining->text(), QStringLiteral("Remaining to assign: €0.00"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QCOMPARE(ui.budget().envelopeBalance(food), -6000);
        QCOMPARE(ui.budget().envelopeBalance(home), -4000);
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QCOMPARE(page.model()->index(0, LedgerModel::EnvelopeColumn).data().toString(), QStringLiteral("Split (2)"));
        ui.editor.undoStack()->undo();
        QCOMPARE(ui.budget().envelopeBalance(food), 0);
        QCOMPARE(ui.budget().envelopeBalance(home), 0);
    }

    void editWithF2ChangesPayee()
    {
        // Tried: select a row, F2, change the payee, OK. Must hold: the dialog is pre-filled
        // (payee, amount, envelope, splits), the edit is one "Edit transaction" step.
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"));
        const QString home = ui.envelope(QStringLiteral("Home"));
        budget::Transaction t;
        t.date = QDate(2026, 3, 3);
        t.payee = QStringLiteral("Corner shop");
        t.amount = -2000;
        t.envelopeId = food;
        budget::SplitLine a;
        a.envelopeId = food;
        a.amount = -1500;
        budget::SplitLine b;
        b.envelopeId = home;
        b.amount = -500;
        t.splits = { a, b };
        const budget::Change c = ui.budget().addTransaction(t);
        QVERIFY(ui.device.run(c));
        LedgerPage page(ui.editor);
        showAndFocus(page, page.view());
        page.selectTransaction(c.createdId);
        QVERIFY(page.editAction()->isEnabled());
        QTest::keyClick(page.view(), Qt::Key_F2);
        TransactionDialog* dialog = page.dialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->isNew());
        QCOMPARE(child<QLineEdit>(dialog, "payeeEdit")->text(), QStringLiteral("Corner shop"));
        QCOMPARE(child<QLineEdit>(dialog, "amountEdit")->text(), QStringLiteral("20.00"));
        QVERIFY(child<QRadioButton>(dialog, "expenseButton")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "splitCheck")->isChecked());
        const QStringList lineAmounts { child<QLineEdit>(dialog, "lineAmount0")->text(),
            child<QLineEdit>(dialog, "lineAmount1")->text() };
        QVERIFY2(lineAmounts.contains(QStringLiteral("5.00")) && lineAmounts.contains(QStringLiteral("15.00")),
            qPrintable(lineAmounts.join(QLatin1Char(' '))));
        QVERIFY(okButton(dialog)->isEnabled());
        typeInto(child<QLineEdit>(dialog, "payeeEdit"), QStringLiteral("Village shop"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QCOMPARE(ui.budget().transaction(c.createdId)->payee, QStringLiteral("Village shop"));
        QCOMPARE(ui.budget().transaction(c.createdId)->splits.size(), 2);
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QCOMPARE(page.model()->index(0, LedgerModel::PayeeColumn).data().toString(), QStringLiteral("Village shop"));
        ui.editor.undoStack()->undo();
        QCOMPARE(page.model()->index(0, LedgerModel::PayeeColumn).data().toString(), QStringLiteral("Corner shop"));
    }

    void deleteKeyRemovesSelectionAsOneStep()
    {
        // Tried: select two of three rows, press Del. Must hold: both gone in ONE undo step
        // ("Delete 2 transactions"); one undo brings both back; balances follow.
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"));
        const QString one = ui.transaction(QDate(2026, 3, 1), QStringLiteral("A"), -100, food);
        const QString two = ui.transaction(QDate(2026, 3, 2), QStringLiteral("B"), -200, food);
        ui.transaction(QDate(2026, 3, 3), QStringLiteral("C"), -400, food);
        LedgerPage page(ui.editor);
        showAndFocus(page, page.view());
        QItemSelection selection;
        for (const QString& id : { one, two }) {
            const int row = page.model()->rowOf(id);
            selection.select(page.model()->index(row, 0), page.model()->index(row, LedgerModel::ColumnCount - 1));
        }
        page.view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(page.selectedIds().size(), 2);
        QTest::keyClick(page.view(), Qt::Key_Delete);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(ui.budget().envelopeBalance(food), -400);
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QCOMPARE(ui.editor.undoStack()->undoText(), QStringLiteral("Delete 2 transactions"));
        ui.editor.undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(ui.budget().envelopeBalance(food), -700);
        ui.editor.undoStack()->redo();
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void toggleClearedWithCtrlK()
    {
        // Tried: Ctrl+K on a selected row twice. Must hold: cleared, then not, one step each.
        BudgetUi ui;
        const QString id = ui.transaction(QDate(2026, 3, 1), QStringLiteral("A"), 100);
        LedgerPage page(ui.editor);
        showAndFocus(page, page.view());
        page.selectTransaction(id);
        QTest::keyClick(page.view(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(ui.budget().transaction(id)->cleared);
        QTest::keyClick(page.view(), Qt::Key_K, Qt::ControlModifier);
        QVERIFY(!ui.budget().transaction(id)->cleared);
        QCOMPARE(ui.editor.undoStack()->count(), 2);
    }

    void filterBarSearchAndFooter()
    {
        // Tried: search text, an envelope, a date preset, then Clear Filters from the
        // no-matches state. Must hold: the model follows each, the footer says "n of m", the
        // selection survives a reset caused by a new transaction.
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"));
        const QString grocer = ui.transaction(QDate(2026, 3, 1), QStringLiteral("Grocer"), -1000, food);
        ui.transaction(QDate(2026, 2, 1), QStringLiteral("Landlord"), -50000);
        ui.transaction(QDate(2026, 3, 5), QStringLiteral("Salary"), 200000);
        LedgerPage page(ui.editor);
        page.show();
        ui::LedgerFilterBar* bar = page.filterBar();
        bar->setSearchDelay(0);
        QTest::keyClicks(child<QLineEdit>(bar, "searchEdit"), QStringLiteral("gro"));
        QTRY_COMPARE(page.model()->filteredCount(), 1);
        QCOMPARE(page.footerText(), QStringLiteral("1 of 3 transactions · total -€10.00"));
        page.selectTransaction(grocer);
        ui.transaction(QDate(2026, 3, 2), QStringLiteral("Groceries online"), -500, food);
        QCOMPARE(page.model()->filteredCount(), 2);
        QCOMPARE(page.selectedIds(), QStringList { grocer });

        child<QLineEdit>(bar, "searchEdit")->clear();
        QTRY_COMPARE(page.model()->filteredCount(), 4);
        bar->applyPreset(ui::LedgerFilterBar::Preset::LastMonth);
        QCOMPARE(page.model()->filteredCount(), 1); // Landlord, February
        chooseEnvelope(child<QComboBox>(bar, "envelopeFilter"), QStringLiteral("Food"));
        QCOMPARE(page.model()->filteredCount(), 0);
        auto* noMatches = child<ui::EmptyStateWidget>(&page, "ledgerNoMatches");
        QVERIFY(noMatches->isVisible());
        bar->clear();
        QCOMPARE(page.model()->filteredCount(), 4);
        QCOMPARE(page.footerText(), QStringLiteral("4 transactions · total €1,485.00"));
    }

    void windowMenuAndUndoAction()
    {
        // Tried: the full window with every page installed; New Transaction from the Budget
        // menu, then the window's Undo and Redo actions. Must hold: the page is listed after
        // Envelopes, the menu has the commands, undo/redo act on the ledger.
        QTemporaryDir dir;
        settings::Settings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::MainWindow window(settings, nullptr);
        BudgetUi ui;
        ui.envelope(QStringLiteral("Food"));
        auto* workspace = new ui::BudgetWorkspace(ui.editor);
        window.setWorkspace(workspace, ui.editor.undoStack());
        ui::BudgetPages::install(*workspace, ui.editor, window);
        auto* page = qobject_cast<LedgerPage*>(workspace->page(QStringLiteral("ledgerPage")));
        QVERIFY(page);
        QVERIFY(window.budgetMenu()->actions().contains(page->newAction()));
        QVERIFY(window.budgetMenu()->actions().contains(page->deleteAction()));
        QVERIFY(workspace->showPage(QStringLiteral("ledgerPage")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        page->newAction()->trigger();
        TransactionDialog* dialog = page->dialog();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, "payeeEdit"), QStringLiteral("Bakery"));
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("3.20"));
        chooseEnvelope(child<QComboBox>(dialog, "envelopeCombo"), QStringLiteral("Food"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        QCOMPARE(page->model()->rowCount(), 0);
        window.redoAction()->trigger();
        QCOMPARE(page->model()->rowCount(), 1);
        window.setWorkspace(nullptr, nullptr); // closing the budget deletes the page cleanly
    }
};

QTEST_MAIN(TestLedgerPage)
#include "tst_ledgerpage.moc"
