// The Bills page: BillModel (statuses, live updates, model invariants), BillDialog and
// PayBillDialog driven through their widgets, and paying a bill as one undoable step.
#include "BudgetUiFixture.h"
#include "bills/BillDialog.h"
#include "bills/BillModel.h"
#include "bills/BillsPage.h"
#include "bills/PayBillDialog.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"
#include "workspace/BudgetPages.h"
#include "workspace/BudgetWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBrush>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace vv;
using vv::budget::Bill;
using vv::budget::Frequency;
using vv::ui::BillModel;
using vv::ui::test::BudgetUi;

namespace {
QString addBill(BudgetUi& ui, const QString& name, qint64 amount, const QString& envelopeId, Frequency frequency,
    QDate start, QDate nextDue = {})
{
    Bill b;
    b.name = name;
    b.amount = amount;
    b.envelopeId = envelopeId;
    b.frequency = frequency;
    b.startDate = start;
    b.nextDue = nextDue.isValid() ? nextDue : start;
    const vv::budget::Change c = ui.budget().createBill(b);
    ui.device.run(c);
    return c.createdId;
}

QPushButton* okButton(QWidget* dialog)
{
    auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

template<typename T> T* field(QWidget* dialog, const char* name)
{
    return dialog->findChild<T*>(QLatin1StringView(name));
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

class TestBills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void status_data()
    {
        QTest::addColumn<int>("frequency");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("nextDue");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("inDueList"); // overdue or within 14 days
        // Today is 2026-03-15 (the fixture's).
        const int monthly = static_cast<int>(Frequency::Monthly);
        const int weekly = static_cast<int>(Frequency::Weekly);
        QTest::newRow("overdue 3 days") << monthly << QDate(2026, 2, 12) << QDate(2026, 3, 12)
                                        << QStringLiteral("Overdue by 3 days") << true;
        QTest::newRow("overdue 1 day") << monthly << QDate(2026, 3, 14) << QDate(2026, 3, 14)
                                       << QStringLiteral("Overdue by 1 day") << true;
        QTest::newRow("due today") << monthly << QDate(2026, 1, 15) << QDate(2026, 3, 15) << QStringLiteral("Due today")
                                   << true;
        QTest::newRow("tomorrow") << monthly << QDate(2026, 3, 16) << QDate(2026, 3, 16)
                                  << QStringLiteral("Due tomorrow") << true;
        QTest::newRow("in 5 days") << monthly << QDate(2026, 3, 20) << QDate(2026, 3, 20)
                                   << QStringLiteral("Due in 5 days") << true;
        QTest::newRow("in 14 days") << monthly << QDate(2026, 3, 29) << QDate(2026, 3, 29)
                                    << QStringLiteral("Due in 14 days") << true;
        QTest::newRow("in 20 days, not upcoming")
            << monthly << QDate(2026, 4, 4) << QDate(2026, 4, 4) << QStringLiteral("Due in 20 days") << false;
        QTest::newRow("weekly missed 2") << weekly << QDate(2026, 3, 1) << QDate(2026, 3, 1)
                                         << QStringLiteral("Missed 2 payments") << true;
        QTest::newRow("monthly missed 3")
            << monthly << QDate(2026, 1, 10) << QDate(2026, 1, 10) << QStringLiteral("Missed 3 payments") << true;
    }

    void status()
    {
        // Tried: one bill with the given schedule, today 2026-03-15. Must hold: both models show
        // the status text; overdue is red, due today orange; only overdue/≤14 days are upcoming.
        QFETCH(int, frequency);
        QFETCH(QDate, start);
        QFETCH(QDate, nextDue);
        QFETCH(QString, status);
        QFETCH(bool, inDueList);
        BudgetUi ui;
        const QString rent = ui.envelope(QStringLiteral("Rent"));
        addBill(ui, QStringLiteral("Bill"), 5000, rent, static_cast<Frequency>(frequency), start, nextDue);
        BillModel all(ui.editor, BillModel::Scope::All);
        BillModel due(ui.editor, BillModel::Scope::Due);
        QCOMPARE(all.rowCount(), 1);
        QCOMPARE(cell(all, 0, BillModel::StatusColumn), status);
        QCOMPARE(due.rowCount(), inDueList ? 1 : 0);
        if (inDueList)
            QCOMPARE(cell(due, 0, BillModel::StatusColumn), status);
        const QVariant color = all.index(0, BillModel::StatusColumn).data(Qt::ForegroundRole);
        if (status.startsWith(QLatin1String("Overdue")) || status.startsWith(QLatin1String("Missed")))
            QVERIFY(color.value<QBrush>().color().red() > 180 && color.value<QBrush>().color().green() < 80);
        else if (status == QLatin1String("Due today"))
            QVERIFY(color.value<QBrush>().color().red() > 200 && color.value<QBrush>().color().green() > 80);
        else
            QVERIFY(!color.isValid());
    }

    void statusesFollowTheDay()
    {
        // Tried: the page shown again the next day, with no budget change. Must hold: "Due
        // today" has become "Overdue by 1 day".
        BudgetUi ui;
        QDate today(2026, 3, 15);
        ui.editor.setTodayFunction([&today] { return today; });
        const QString rent = ui.envelope(QStringLiteral("Rent"));
        addBill(ui, QStringLiteral("Rent"), 90000, rent, Frequency::Monthly, QDate(2026, 3, 15));
        ui::BillsPage page(ui.editor);
        page.show();
        QCOMPARE(cell(*page.dueModel(), 0, BillModel::StatusColumn), QStringLiteral("Due today"));
        page.hide();
        today = today.addDays(1);
        page.show();
        QCOMPARE(cell(*page.dueModel(), 0, BillModel::StatusColumn), QStringLiteral("Overdue by 1 day"));
        QCOMPARE(cell(*page.billModel(), 0, BillModel::StatusColumn), QStringLiteral("Overdue by 1 day"));
    }

    void columnsAndFrequencies()
    {
        BudgetUi ui;
        const QString subs = ui.envelope(QStringLiteral("Subscriptions"));
        addBill(ui, QStringLiteral("Streaming"), 1299, subs, Frequency::Biweekly, QDate(2026, 3, 20));
        addBill(ui, QStringLiteral("Insurance"), 48000, subs, Frequency::Yearly, QDate(2026, 6, 1));
        BillModel model(ui.editor);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, BillModel::NameColumn), QStringLiteral("Insurance")); // by name
        QCOMPARE(cell(model, 0, BillModel::FrequencyColumn), QStringLiteral("Yearly"));
        QCOMPARE(cell(model, 1, BillModel::FrequencyColumn), QStringLiteral("Every two weeks"));
        QCOMPARE(cell(model, 1, BillModel::PayeeColumn), QStringLiteral("Streaming")); // payee defaults to name
        QCOMPARE(cell(model, 1, BillModel::EnvelopeColumn), QStringLiteral("Subscriptions"));
        QCOMPARE(cell(model, 1, BillModel::AmountColumn), QStringLiteral("€12.99"));
        QCOMPARE(cell(model, 1, BillModel::NextDueColumn), ui.editor.formatDate(QDate(2026, 3, 20)));
        QVERIFY(model.index(1, BillModel::AmountColumn).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight);
        QCOMPARE(model.headerData(BillModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Status"));
        // An envelope rename reaches the cell without a reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(ui.editor.apply(ui.budget().renameEnvelope(subs, QStringLiteral("Streaming & co"))));
        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() >= 1);
        QCOMPARE(cell(model, 1, BillModel::EnvelopeColumn), QStringLiteral("Streaming & co"));
    }

    void modelTesterWhileAddingPayingUndoing()
    {
        // Tried: add, pay, undo, redo, delete and undo with a QAbstractItemModelTester on both
        // models. Must hold: no model invariant breaks, and the rows follow every step.
        BudgetUi ui;
        const QString rent = ui.envelope(QStringLiteral("Rent"));
        ui::BillsPage page(ui.editor); // keeps its own models live alongside
        BillModel all(ui.editor, BillModel::Scope::All);
        BillModel due(ui.editor, BillModel::Scope::Due);
        QAbstractItemModelTester t1(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&due, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Bill b;
        b.name = QStringLiteral("Rent");
        b.amount = 90000;
        b.envelopeId = rent;
        b.frequency = Frequency::Monthly;
        b.startDate = QDate(2026, 3, 10);
        vv::budget::Change create = ui.budget().createBill(b);
        QVERIFY(ui.editor.apply(create));
        const QString id = create.createdId;
        QCOMPARE(all.rowCount(), 1);
        QCOMPARE(due.rowCount(), 1); // overdue since Mar 10
        QVERIFY(ui.editor.apply(ui.budget().payBill(id)));
        QCOMPARE(ui.budget().bill(id)->nextDue, QDate(2026, 4, 10));
        QCOMPARE(due.rowCount(), 0); // 26 days away now
        QCOMPARE(cell(all, 0, BillModel::StatusColumn), QStringLiteral("Due in 26 days"));
        ui.editor.undoStack()->undo();
        QCOMPARE(due.rowCount(), 1);
        ui.editor.undoStack()->redo();
        QCOMPARE(due.rowCount(), 0);
        QVERIFY(ui.editor.apply(ui.budget().deleteBill(id)));
        QCOMPARE(all.rowCount(), 0);
        ui.editor.undoStack()->undo();
        QCOMPARE(all.rowCount(), 1);
        ui.editor.undoStack()->undo(); // the payment
        ui.editor.undoStack()->undo(); // the creation
        QCOMPARE(all.rowCount(), 0);
        QCOMPARE(due.rowCount(), 0);
        QVERIFY(page.isEmptyStateShown());
    }

    void createAndPayThroughDialogs_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("expectedNext");
        QTest::newRow("common year") << 2026 << QDate(2026, 2, 28);
        QTest::newRow("leap year") << 2028 << QDate(2028, 2, 29);
    }

    void createAndPayThroughDialogs()
    {
        // Tried: New Bill… dialog (monthly on Jan 31), then Pay Bill… with the defaults, then
        // undo and redo. Must hold: a transaction with the bill's amount in its envelope, dated
        // the due date; next due = end of February; undo removes both; redo brings both back.
        QFETCH(int, year);
        QFETCH(QDate, expectedNext);
        BudgetUi ui(QDate(year, 3, 15));
        ui.envelope(QStringLiteral("Food"));
        const QString housing = ui.envelope(QStringLiteral("Housing"));
        ui::BillsPage page(ui.editor);
        page.resize(900, 600);
        page.show();
        QVERIFY(page.isEmptyStateShown());

        page.newAction()->trigger();
        ui::BillDialog* dialog = page.billDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled()); // nothing entered yet
        QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Rent"));
        QTest::keyClicks(field<QLineEdit>(dialog, "amountEdit"), QStringLiteral("1,250.50"));
        auto* envelope = field<QComboBox>(dialog, "envelopeCombo");
        envelope->setCurrentIndex(envelope->findText(QStringLiteral("Housing")));
        auto* frequency = field<QComboBox>(dialog, "frequencyCombo");
        frequency->setCurrentIndex(frequency->findText(QStringLiteral("Monthly")));
        field<QDateEdit>(dialog, "startDateEdit")->setDate(QDate(year, 1, 31));
        QVERIFY(field<QLabel>(dialog, "anchorHint")->text().contains(QStringLiteral("last day")));
        QVERIFY(field<QDateEdit>(dialog, "startDateEdit")->toolTip().contains(QStringLiteral("31st")));
        QVERIFY(okButton(dialog)->isEnabled());
        if (const QString shots = qEnvironmentVariable("VV_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/bill-dialog.png"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!page.billDialog());

        const QList<Bill> bills = ui.budget().bills();
        QCOMPARE(bills.size(), 1);
        const Bill bill = bills.first();
        QCOMPARE(bill.name, QStringLiteral("Rent"));
        QCOMPARE(bill.payee, QStringLiteral("Rent"));
        QCOMPARE(bill.amount, 125050);
        QCOMPARE(bill.envelopeId, housing);
        QCOMPARE(bill.nextDue, QDate(year, 1, 31));
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QVERIFY(!page.isEmptyStateShown());
        QCOMPARE(page.selectedBillId(), bill.id); // the new bill is selected
        QCOMPARE(page.dueModel()->rowCount(), 1); // overdue

        page.payAction()->trigger();
        ui::PayBillDialog* pay = page.payDialog();
        QVERIFY(pay);
        QCOMPARE(field<QDateEdit>(pay, "paidOnEdit")->date(), QDate(year, 1, 31)); // the due date
        QCOMPARE(ui.editor.parseMoney(field<QLineEdit>(pay, "amountEdit")->text()).value_or(0), 125050);
        QVERIFY(field<QLabel>(pay, "nextDueHint")->text().contains(ui.editor.formatDate(expectedNext)));
        if (const QString shots = qEnvironmentVariable("VV_SCREENSHOT_DIR"); !shots.isEmpty())
            pay->grab().save(shots + QStringLiteral("/pay-dialog.png"));
        QTest::mouseClick(okButton(pay), Qt::LeftButton);
        QTRY_VERIFY(!page.payDialog());

        QCOMPARE(ui.editor.undoStack()->count(), 2); // one step for the payment
        QCOMPARE(ui.budget().index().rowCount(), 1);
        const vv::budget::LedgerRow tx = ui.budget().index().row(0);
        QCOMPARE(tx.amount, -125050);
        QCOMPARE(tx.envelopeId, housing);
        QCOMPARE(tx.date, QDate(year, 1, 31));
        QCOMPARE(tx.payee, QStringLiteral("Rent"));
        QCOMPARE(ui.budget().envelopeBalance(housing), -125050);
        QCOMPARE(ui.budget().bill(bill.id)->nextDue, expectedNext);
        QCOMPARE(cell(*page.billModel(), 0, BillModel::NextDueColumn), ui.editor.formatDate(expectedNext));

        ui.editor.undoStack()->undo();
        QCOMPARE(ui.budget().index().rowCount(), 0);
        QCOMPARE(ui.budget().envelopeBalance(housing), 0);
        QCOMPARE(ui.budget().bill(bill.id)->nextDue, QDate(year, 1, 31));
        QCOMPARE(cell(*page.billModel(), 0, BillModel::NextDueColumn), ui.editor.formatDate(QDate(year, 1, 31)));
        ui.editor.undoStack()->redo();
        QCOMPARE(ui.budget().index().rowCount(), 1);
        QCOMPARE(ui.budget().index().row(0).amount, -125050);
        QCOMPARE(ui.budget().bill(bill.id)->nextDue, expectedNext);
        // For a look at the layout: VV_SCREENSHOT_DIR=/tmp/shots ./tst_bills
        if (const QString shots = qEnvironmentVariable("VV_SCREENSHOT_DIR"); !shots.isEmpty()) {
            addBill(ui, QStringLiteral("Phone"), 3999, housing, Frequency::Monthly, QDate(year, 3, 15));
            addBill(ui, QStringLiteral("Streaming"), 1299, housing, Frequency::Biweekly, QDate(year, 3, 20));
            addBill(ui, QStringLiteral("Gym"), 2500, housing, Frequency::Weekly, QDate(year, 3, 1));
            page.grab().save(shots + QStringLiteral("/bills-%1.png").arg(year));
        }
    }

    void weeklyPaidTwiceMovesTwoWeeks()
    {
        // Tried: a weekly bill paid twice through the dialog, the second time with a different
        // amount and date. Must hold: next due moves 14 days; the second expense has the entered
        // amount and date; the upcoming list follows each payment and keeps the bill selected.
        BudgetUi ui;
        const QString kids = ui.envelope(QStringLiteral("Kids"));
        const QString id = addBill(ui, QStringLiteral("Allowance"), 1000, kids, Frequency::Weekly, QDate(2026, 3, 9));
        ui::BillsPage page(ui.editor);
        QCOMPARE(page.dueModel()->rowCount(), 1);
        QCOMPARE(cell(*page.dueModel(), 0, BillModel::StatusColumn), QStringLiteral("Overdue by 6 days"));
        page.selectBill(id);
        page.payAction()->trigger();
        QVERIFY(page.payDialog());
        page.payDialog()
            ->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        QCOMPARE(ui.budget().bill(id)->nextDue, QDate(2026, 3, 16));
        QCOMPARE(cell(*page.dueModel(), 0, BillModel::StatusColumn), QStringLiteral("Due tomorrow"));
        QCOMPARE(page.selectedBillId(), id); // still selected after the models reset

        page.payAction()->trigger();
        ui::PayBillDialog* pay = page.payDialog();
        QVERIFY(pay);
        auto* amount = field<QLineEdit>(pay, "amountEdit");
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("12.5"));
        field<QDateEdit>(pay, "paidOnEdit")->setDate(QDate(2026, 3, 15));
        okButton(pay)->click();
        QCOMPARE(ui.budget().bill(id)->nextDue, QDate(2026, 3, 23)); // 14 days after Mar 9
        QCOMPARE(ui.budget().index().rowCount(), 2);
        qint64 total = 0;
        bool sawSecond = false;
        for (qsizetype i = 0; i < ui.budget().index().rowCount(); ++i) {
            const vv::budget::LedgerRow& row = ui.budget().index().row(i);
            total += row.amount;
            sawSecond = sawSecond || (row.amount == -1250 && row.date == QDate(2026, 3, 15));
        }
        QVERIFY(sawSecond);
        QCOMPARE(total, -2250);
        QCOMPARE(ui.editor.undoStack()->count(), 2);
    }

    void invalidInputKeepsOkDisabled_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<bool>("chooseEnvelope");
        QTest::addColumn<QString>("message"); // part of the inline message; empty = valid
        QTest::newRow("valid") << "Phone"
                               << "35" << true << QString();
        QTest::newRow("amount 0") << "Phone"
                                  << "0" << true << "more than zero";
        QTest::newRow("negative") << "Phone"
                                  << "-5" << true << "more than zero";
        QTest::newRow("not a number") << "Phone"
                                      << "lots" << true << "not an amount";
        QTest::newRow("no amount") << "Phone"
                                   << "" << true << "Enter the amount";
        QTest::newRow("no envelope") << "Phone"
                                     << "35" << false << "Choose the envelope";
        QTest::newRow("no name") << "  "
                                 << "35" << true << "name";
    }

    void invalidInputKeepsOkDisabled()
    {
        // Tried: the New Bill dialog with one field wrong. Must hold: OK disabled and an inline
        // message saying what is wrong; accepting anyway creates nothing.
        QFETCH(QString, name);
        QFETCH(QString, amount);
        QFETCH(bool, chooseEnvelope);
        QFETCH(QString, message);
        BudgetUi ui;
        ui.envelope(QStringLiteral("Phone & internet"));
        ui::BillDialog dialog(ui.editor);
        dialog.show();
        QTest::keyClicks(field<QLineEdit>(&dialog, "nameEdit"), name);
        QTest::keyClicks(field<QLineEdit>(&dialog, "amountEdit"), amount);
        if (chooseEnvelope)
            field<QComboBox>(&dialog, "envelopeCombo")->setCurrentIndex(1);
        auto* error = field<QLabel>(&dialog, "errorLabel");
        QCOMPARE(okButton(&dialog)->isEnabled(), message.isEmpty());
        QCOMPARE(error->isVisible(), !message.isEmpty());
        QVERIFY2(error->text().contains(message, Qt::CaseInsensitive), qPrintable(error->text()));
        if (!message.isEmpty()) {
            QSignalSpy accepted(&dialog, &QDialog::accepted);
            Q_EMIT field<QDialogButtonBox>(&dialog, "buttonBox")->accepted(); // Enter key path
            QCOMPARE(accepted.count(), 0);
        }
    }

    void noEnvelopesSaysSo()
    {
        BudgetUi ui;
        ui::BillDialog dialog(ui.editor);
        QTest::keyClicks(field<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Gym"));
        QTest::keyClicks(field<QLineEdit>(&dialog, "amountEdit"), QStringLiteral("30"));
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(field<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("Create an envelope first")));
    }

    void editAndDeleteAreOneStepEach()
    {
        // Tried: Edit Bill… (new amount and next due), then Delete Bill, then undo twice.
        // Must hold: each is one undo step; undo restores the bill and its fields.
        BudgetUi ui;
        const QString phone = ui.envelope(QStringLiteral("Phone"));
        const QString id = addBill(
            ui, QStringLiteral("Phone"), 3500, phone, Frequency::Monthly, QDate(2026, 1, 5), QDate(2026, 4, 5));
        ui::BillsPage page(ui.editor);
        page.selectBill(id);
        QVERIFY(page.editAction()->isEnabled());
        page.editAction()->trigger();
        ui::BillDialog* dialog = page.billDialog();
        QVERIFY(dialog && dialog->isEditing());
        auto* next = field<QDateEdit>(dialog, "nextDueEdit");
        QCOMPARE(next->date(), QDate(2026, 4, 5));
        auto* amount = field<QLineEdit>(dialog, "amountEdit");
        amount->clear();
        QTest::keyClicks(amount, QStringLiteral("39.99"));
        next->setDate(QDate(2026, 5, 5));
        okButton(dialog)->click();
        QCOMPARE(ui.budget().bill(id)->amount, 3999);
        QCOMPARE(ui.budget().bill(id)->nextDue, QDate(2026, 5, 5));
        QCOMPARE(ui.editor.undoStack()->count(), 1);

        page.selectBill(id);
        page.deleteAction()->trigger();
        QVERIFY(ui.budget().bills().isEmpty());
        QCOMPARE(ui.editor.undoStack()->count(), 2);
        QVERIFY(page.isEmptyStateShown());
        QVERIFY(!page.deleteAction()->isEnabled());
        ui.editor.undoStack()->undo();
        QCOMPARE(ui.budget().bills().size(), 1);
        QCOMPARE(ui.budget().bills().first().amount, 3999);
        ui.editor.undoStack()->undo();
        QCOMPARE(ui.budget().bills().first().amount, 3500);
        QCOMPARE(ui.budget().bills().first().nextDue, QDate(2026, 4, 5));
    }

    void keyboardOnly()
    {
        // Tried: the standard keys with focus in the bill lists. Must hold: F2 opens Edit, Enter
        // in the upcoming list opens Pay, Del deletes (one undo step), and Ctrl+P (print) is
        // not taken.
        BudgetUi ui;
        const QString rent = ui.envelope(QStringLiteral("Rent"));
        const QString id = addBill(ui, QStringLiteral("Rent"), 90000, rent, Frequency::Monthly, QDate(2026, 3, 16));
        ui::BillsPage page(ui.editor);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.selectBill(id);
        page.billsView()->setFocus();
        QTest::keyClick(page.billsView(), Qt::Key_F2);
        QVERIFY(page.billDialog());
        QVERIFY(page.billDialog()->isEditing());
        page.billDialog()->reject();
        QTRY_VERIFY(!page.billDialog());

        page.activateWindow(); // the closed dialog had it
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.dueView()->setFocus();
        page.dueView()->setCurrentIndex(page.dueModel()->index(0, 0));
        QCOMPARE(page.selectedBillId(), id);
        QTest::keyClick(page.dueView(), Qt::Key_Return);
        QVERIFY(page.payDialog());
        page.payDialog()->reject();
        QTRY_VERIFY(!page.payDialog());

        page.activateWindow(); // the closed dialog had it
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.billsView()->setFocus();
        page.selectBill(id);
        QTest::keyClick(page.billsView(), Qt::Key_Delete);
        QVERIFY(ui.budget().bills().isEmpty());
        QCOMPARE(ui.editor.undoStack()->count(), 1);
    }

    void installedAfterTheOtherPages()
    {
        // Tried: BudgetPages::install on a fresh workspace. Must hold: Bills and Reports come
        // after Envelopes/Transactions, the bill actions are in the Budget menu, and New Bill…
        // from the menu while another page is shown brings the Bills page forward.
        QTemporaryDir dir;
        settings::Settings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::MainWindow window(settings, nullptr);
        BudgetUi ui;
        ui.envelope(QStringLiteral("Rent"));
        // Owned here (the window would delete it later than `ui`'s editor goes away).
        const auto owner = std::make_unique<ui::BudgetWorkspace>(ui.editor);
        ui::BudgetWorkspace* workspace = owner.get();
        ui::BudgetPages::install(*workspace, ui.editor, window);
        int bills = -1;
        for (int i = 0; i < workspace->pageCount() && bills < 0; ++i) {
            if (workspace->page(i)->objectName() == QLatin1String("billsPage"))
                bills = i;
        }
        QVERIFY(bills >= 0);
        QCOMPARE(workspace->page(bills)->windowTitle(), QStringLiteral("Bills"));
        QCOMPARE(workspace->page(bills + 1)->objectName(), QStringLiteral("reportsPage"));
        QCOMPARE(workspace->page(bills + 1)->windowTitle(), QStringLiteral("Reports"));
        for (int i = 0; i < bills; ++i)
            QVERIFY(workspace->page(i)->objectName() != QLatin1String("reportsPage"));
        auto* page = qobject_cast<ui::BillsPage*>(workspace->page(bills));
        QVERIFY(page);
        QVERIFY(window.budgetMenu()->actions().contains(page->newAction()));
        QVERIFY(window.budgetMenu()->actions().contains(page->payAction()));
        workspace->resize(900, 600);
        workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(workspace));
        workspace->setCurrentIndex(0);
        page->newAction()->trigger();
        QCOMPARE(workspace->currentPage(), page);
        QVERIFY(page->billDialog());
        page->billDialog()->reject();
    }

    void pageTexts()
    {
        BudgetUi ui;
        ui::BillsPage page(ui.editor);
        QCOMPARE(page.objectName(), QStringLiteral("billsPage"));
        QCOMPARE(page.windowTitle(), QStringLiteral("Bills"));
        QVERIFY(page.isEmptyStateShown());
        const auto* text = page.findChild<QLabel*>(QStringLiteral("emptyStateText"));
        QVERIFY(text && text->text().startsWith(QStringLiteral("No bills yet — add your rent")));
        QVERIFY(page.deleteAction()->shortcuts().contains(QKeySequence(QKeySequence::Delete)));
        QVERIFY(page.editAction()->shortcuts().contains(QKeySequence(Qt::Key_F2)));
        QVERIFY(page.payAction()->shortcut() != QKeySequence(QKeySequence::Print)); // Ctrl+P prints
        for (QAction* a : { page.newAction(), page.editAction(), page.payAction(), page.deleteAction() }) {
            QVERIFY(a->text().contains(QLatin1Char('&')));
            QVERIFY(!a->toolTip().isEmpty());
        }
    }
};

QTEST_MAIN(TestBills)
#include "tst_bills.moc"
