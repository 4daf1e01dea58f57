// GUI flows of the Envelopes page, driven through the real widgets offscreen: create an envelope
// through its dialog, allocate, move money, fill to targets, archive, switch months, undo/redo
// through the editor's stack and the main window's Undo action, refused input shown inline with
// nothing pushed, and ops from another device updating the tree live.
#include "BudgetUiFixture.h"
#include "envelopes/AllocateDialog.h"
#include "envelopes/EnvelopeDialog.h"
#include "envelopes/EnvelopeModel.h"
#include "envelopes/EnvelopesPage.h"
#include "envelopes/MoveMoneyDialog.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"
#include "workspace/BudgetPages.h"
#include "workspace/BudgetWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace vv;
using vv::budget::Month;
using vv::ui::EnvelopeModel;
using vv::ui::EnvelopesPage;
using vv::ui::test::BudgetUi;

namespace {

QPushButton* okButton(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

template<typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

qint64 available(const EnvelopesPage& page, const QString& id)
{
    return page.model()->indexOfEnvelope(id).data(EnvelopeModel::AvailableRole).toLongLong();
}

} // namespace

class TestEnvelopesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThroughDialog()
    {
        // Tried: from the empty state, New Envelope…, type a name, target, category and a goal,
        // pick a preset colour, click Create. Must hold: one undo step, the envelope exists
        // with those fields, the tree shows and selects it under its category; a second
        // envelope with the same name (any case) is refused inline with OK disabled; undo
        // brings the empty state back, redo the envelope.
        BudgetUi ui;
        EnvelopesPage page(ui.editor);
        page.show();
        QCOMPARE(page.objectName(), QStringLiteral("envelopesPage"));
        QCOMPARE(page.windowTitle(), QStringLiteral("Envelopes"));
        QVERIFY(page.isEmptyStateShown());
        QVERIFY(!page.editEnvelopeAction()->isEnabled());

        page.newEnvelopeAction()->trigger();
        ui::EnvelopeDialog* dialog = page.envelopeDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled()); // no name yet
        QVERIFY(!child<QLabel>(dialog, "errorLabel")->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Holiday"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "targetEdit"), QStringLiteral("abc"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("not an amount")));
        typeInto(child<QLineEdit>(dialog, "targetEdit"), QStringLiteral("50"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::keyClicks(child<QComboBox>(dialog, "categoryCombo")->lineEdit(), QStringLiteral("Savings"));
        child<QSpinBox>(dialog, "prioritySpin")->setValue(3);
        QTest::mouseClick(child<QToolButton>(dialog, "presetSwatch2"), Qt::LeftButton);
        QCOMPARE(dialog->color(), ui::EnvelopeDialog::presetColors().at(2));
        child<QGroupBox>(dialog, "goalGroup")->setChecked(true);
        QVERIFY(!okButton(dialog)->isEnabled()); // goal without an amount
        QTest::keyClicks(child<QLineEdit>(dialog, "goalAmountEdit"), QStringLiteral("1,200"));
        child<QDateEdit>(dialog, "goalDateEdit")->setDate(QDate(2026, 12, 1));
        // Today is 2026-03-15: 10 months to December.
        QCOMPARE(dialog->goalSummary(), QStringLiteral("€120.00 per month needed until Dec 2026"));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!page.envelopeDialog());

        QCOMPARE(ui.editor.undoStack()->count(), 1);
        const QList<vv::budget::Envelope> all = ui.budget().envelopes();
        QCOMPARE(all.size(), 1);
        const vv::budget::Envelope e = all.first();
        QCOMPARE(e.name, QStringLiteral("Holiday"));
        QCOMPARE(e.monthlyTarget, 5000);
        QCOMPARE(e.category, QStringLiteral("Savings"));
        QCOMPARE(e.priority, 3);
        QCOMPARE(e.color, ui::EnvelopeDialog::presetColors().at(2));
        QCOMPARE(e.goalAmount, 120000);
        QCOMPARE(e.goalDate, QDate(2026, 12, 1));
        QVERIFY(!page.isEmptyStateShown());
        QCOMPARE(page.selectedEnvelopeId(), e.id);
        QCOMPARE(page.model()->indexOfEnvelope(e.id).parent().data().toString(), QStringLiteral("Savings"));
        QVERIFY(page.view()->isExpanded(page.model()->indexOfCategory(QStringLiteral("Savings"))));
        QVERIFY(page.editEnvelopeAction()->isEnabled());

        // Same name again: inline error, OK disabled; accept() anyway pushes nothing.
        page.newEnvelopeAction()->trigger();
        dialog = page.envelopeDialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("holiday"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("already")));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        dialog->reject();

        ui.editor.undoStack()->undo();
        QVERIFY(ui.budget().envelopes().isEmpty());
        QVERIFY(page.isEmptyStateShown());
        ui.editor.undoStack()->redo();
        QCOMPARE(ui.budget().envelopes().size(), 1);
        QVERIFY(!page.isEmptyStateShown());
    }

    void editThroughDialogWritesOneStep()
    {
        // Tried: F2-equivalent Edit Envelope… on the selected row, rename and archive. Must hold:
        // one undo step with only the changed fields; undo restores the name and unarchives.
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"), 30000, QStringLiteral("Home"));
        EnvelopesPage page(ui.editor);
        page.show();
        QVERIFY(page.selectEnvelope(food));
        QCOMPARE(page.editEnvelopeAction()->shortcut(), QKeySequence(Qt::Key_F2));
        page.editEnvelopeAction()->trigger();
        ui::EnvelopeDialog* dialog = page.envelopeDialog();
        QVERIFY(dialog && dialog->isEditing());
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Food"));
        QCOMPARE(ui.editor.parseMoney(child<QLineEdit>(dialog, "targetEdit")->text()).value_or(-1), 30000);
        QVERIFY(okButton(dialog)->isEnabled()); // its own name is not a duplicate
        typeInto(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Groceries"));
        child<QAbstractButton>(dialog, "archivedCheck")->setChecked(true);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!page.envelopeDialog());
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QCOMPARE(ui.budget().envelope(food)->name, QStringLiteral("Groceries"));
        QVERIFY(ui.budget().envelope(food)->archived);
        QVERIFY(!page.model()->indexOfEnvelope(food).isValid()); // archived: hidden
        ui.editor.undoStack()->undo();
        QCOMPARE(ui.budget().envelope(food)->name, QStringLiteral("Food"));
        QVERIFY(!ui.budget().envelope(food)->archived);
        QCOMPARE(ui.budget().envelope(food)->monthlyTarget, 30000);

        // Enter on the row and a double click open the same dialog; Cancel pushes nothing.
        QVERIFY(page.selectEnvelope(food));
        QTest::keyClick(page.view(), Qt::Key_Return);
        QVERIFY(page.envelopeDialog() && page.envelopeDialog()->isEditing());
        page.envelopeDialog()->reject();
        QTRY_VERIFY(!page.envelopeDialog());
        const QRect cell = page.view()->visualRect(page.model()->indexOfEnvelope(food));
        // A real double click starts with a press (the view compares the pressed index).
        QTest::mousePress(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(page.envelopeDialog() && page.envelopeDialog()->envelopeId() == food);
        page.envelopeDialog()->reject();
        QCOMPARE(ui.editor.undoStack()->count(), 1);
    }

    void allocateThroughDialog()
    {
        // Tried: select Food, Allocate…, type amounts (0, text, too much, fine), click OK. Must
        // hold: OK disabled with a reason for 0/text; a warning (not a block) when unassigned
        // would go negative; after OK the workspace's unassigned line and Food's Available
        // change, one undo step; undo and redo move both back and forth.
        BudgetUi ui;
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("Salary"), 100000);
        const QString food = ui.envelope(QStringLiteral("Food"), 30000);
        ui.envelope(QStringLiteral("Rent"), 80000);
        ui::BudgetWorkspace workspace(ui.editor);
        auto* page = new EnvelopesPage(ui.editor, &workspace);
        workspace.addPage(page);
        workspace.show();
        QCOMPARE(workspace.unassignedText(), QStringLiteral("€1,000.00"));
        QVERIFY(page->selectEnvelope(food));
        page->allocateAction()->trigger();
        ui::AllocateDialog* dialog = page->allocateDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->envelopeId(), food); // preselected from the tree
        QCOMPARE(dialog->unassignedText(), QStringLiteral("Unassigned: €1,000.00"));
        auto* amount = child<QLineEdit>(dialog, "amountEdit");
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(amount, QStringLiteral("0"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("greater than zero")));
        typeInto(amount, QStringLiteral("lots"));
        QVERIFY(!okButton(dialog)->isEnabled());
        typeInto(amount, QStringLiteral("1,500"));
        QVERIFY(okButton(dialog)->isEnabled()); // allowed...
        QVERIFY(dialog->warningText().contains(QStringLiteral("€500.00"))); // ...but said plainly
        typeInto(amount, QStringLiteral("250"));
        QVERIFY(dialog->warningText().isEmpty());
        QCOMPARE(dialog->unassignedText(), QStringLiteral("Unassigned: €1,000.00 → €750.00 after"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!page->allocateDialog());

        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QCOMPARE(workspace.unassignedText(), QStringLiteral("€750.00"));
        QCOMPARE(available(*page, food), 25000);
        QCOMPARE(page->model()->indexOfEnvelope(food, EnvelopeModel::AvailableColumn).data().toString(),
            QStringLiteral("€250.00"));
        QCOMPARE(page->selectedEnvelopeId(), food); // numbers only: selection kept
        ui.editor.undoStack()->undo();
        QCOMPARE(workspace.unassignedText(), QStringLiteral("€1,000.00"));
        QCOMPARE(available(*page, food), 0);
        ui.editor.undoStack()->redo();
        QCOMPARE(workspace.unassignedText(), QStringLiteral("€750.00"));
        QCOMPARE(available(*page, food), 25000);
    }

    void moveMoneyAndRefusal()
    {
        // Tried: move €50 from Food to Rent through the dialog; then choose the same envelope on
        // both sides and accept anyway. Must hold: balances before/after shown; one undo step;
        // the same-envelope move is refused inline with OK disabled and nothing pushed.
        BudgetUi ui;
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("Salary"), 100000);
        const QString food = ui.envelope(QStringLiteral("Food"));
        const QString rent = ui.envelope(QStringLiteral("Rent"));
        QVERIFY(ui.device.run(ui.budget().allocate(food, 10000, Month(2026, 3))));
        EnvelopesPage page(ui.editor);
        page.show();
        QVERIFY(page.selectEnvelope(food));
        QCOMPARE(page.moveMoneyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
        page.moveMoneyAction()->trigger();
        ui::MoveMoneyDialog* dialog = page.moveMoneyDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->fromId(), food);
        QCOMPARE(dialog->toId(), rent);
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("150"));
        QCOMPARE(dialog->fromBalanceText(), QStringLiteral("€100.00 → -€50.00")); // may go negative
        QCOMPARE(dialog->toBalanceText(), QStringLiteral("€0.00 → €150.00"));
        typeInto(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("50"));
        QCOMPARE(dialog->fromBalanceText(), QStringLiteral("€100.00 → €50.00"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!page.moveMoneyDialog());
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QCOMPARE(available(page, food), 5000);
        QCOMPARE(available(page, rent), 5000);

        page.moveMoneyAction()->trigger();
        dialog = page.moveMoneyDialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("10"));
        auto* to = child<QComboBox>(dialog, "toCombo");
        to->setCurrentIndex(to->findData(food));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->accept();
        QCOMPARE(dialog->errorText(), QStringLiteral("Choose two different envelopes."));
        QVERIFY(dialog->isVisible());
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        // Back to unassigned is offered too.
        to->setCurrentIndex(to->findData(QString()));
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(ui.budget().unassigned(), 91000);
        ui.editor.undoStack()->undo();
        ui.editor.undoStack()->undo();
        QCOMPARE(available(page, food), 10000);
        QCOMPARE(available(page, rent), 0);
    }

    void fillToTargetsInPriorityOrder()
    {
        // Tried: Fill to Targets with €1,000 for Rent 800 (p0), Food 300 (p1), Fun 200 (p2);
        // then again with nothing left; then with money but every target met. Must hold: Rent
        // full, Food gets the rest, Fun nothing, as one undo step; the later two say why in a
        // status message and push nothing.
        BudgetUi ui;
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("Salary"), 100000);
        vv::budget::test::Script s { ui.device, {}, {} };
        QVERIFY(s.run(QStringLiteral("env Fun 20000 2; env Food 30000 1; env Rent 80000 0")));
        EnvelopesPage page(ui.editor);
        QSignalSpy messages(&page, &EnvelopesPage::statusMessage);
        page.fillToTargetsAction()->trigger();
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QCOMPARE(available(page, s.ids[QStringLiteral("Rent")]), 80000);
        QCOMPARE(available(page, s.ids[QStringLiteral("Food")]), 20000);
        QCOMPARE(available(page, s.ids[QStringLiteral("Fun")]), 0);
        QCOMPARE(messages.count(), 1);

        page.fillToTargetsAction()->trigger();
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QVERIFY(page.statusText().contains(QStringLiteral("no unassigned cash")));

        ui.editor.undoStack()->undo();
        QCOMPARE(available(page, s.ids[QStringLiteral("Rent")]), 0);
        QCOMPARE(ui.budget().unassigned(), 100000);
        ui.editor.undoStack()->redo();
        QCOMPARE(available(page, s.ids[QStringLiteral("Food")]), 20000);

        ui.transaction(QDate(2026, 3, 2), QStringLiteral("Bonus"), 50000);
        page.fillToTargetsAction()->trigger(); // Food 100 + Fun 200 more
        QCOMPARE(ui.editor.undoStack()->count(), 2);
        QCOMPARE(ui.budget().unassigned(), 20000);
        page.fillToTargetsAction()->trigger();
        QCOMPARE(ui.editor.undoStack()->count(), 2);
        QVERIFY(page.statusText().contains(QStringLiteral("already has its target")));
    }

    void archiveShowArchivedAndMonths()
    {
        // Tried: archive the selected envelope, show archived, unarchive; step months with the
        // navigator. Must hold: the row hides and comes back greyed; the action's text follows;
        // the month label and the numbers follow the month; Today goes back.
        BudgetUi ui;
        ui.transaction(QDate(2026, 2, 1), QStringLiteral("Salary"), 100000);
        const QString food = ui.envelope(QStringLiteral("Food"));
        QVERIFY(ui.device.run(ui.budget().allocate(food, 4000, Month(2026, 2))));
        EnvelopesPage page(ui.editor);
        page.show();
        QCOMPARE(page.monthText(), QStringLiteral("March 2026"));
        QVERIFY(page.selectEnvelope(food));
        QCOMPARE(page.archiveAction()->text(), QStringLiteral("&Archive Envelope"));
        page.archiveAction()->trigger();
        QVERIFY(!page.model()->indexOfEnvelope(food).isValid());
        QVERIFY(!page.isEmptyStateShown());
        page.showArchivedAction()->setChecked(true);
        QVERIFY(page.selectEnvelope(food));
        QVERIFY(page.model()->indexOfEnvelope(food).data(EnvelopeModel::ArchivedRole).toBool());
        QCOMPARE(page.archiveAction()->text(), QStringLiteral("Un&archive Envelope"));
        page.archiveAction()->trigger();
        QVERIFY(!ui.budget().envelope(food)->archived);
        QCOMPARE(ui.editor.undoStack()->count(), 2);

        QCOMPARE(page.model()->indexOfEnvelope(food).data(EnvelopeModel::FundedRole).toLongLong(), 0);
        QTest::mouseClick(child<QToolButton>(&page, "previousMonthButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&page, "monthLabel")->text(), QStringLiteral("February 2026"));
        QCOMPARE(page.model()->indexOfEnvelope(food).data(EnvelopeModel::FundedRole).toLongLong(), 4000);
        QCOMPARE(page.selectedEnvelopeId(), food);
        QTest::mouseClick(child<QToolButton>(&page, "nextMonthButton"), Qt::LeftButton);
        QTest::mouseClick(child<QToolButton>(&page, "nextMonthButton"), Qt::LeftButton);
        QCOMPARE(page.monthText(), QStringLiteral("April 2026"));
        QTest::mouseClick(child<QPushButton>(&page, "todayButton"), Qt::LeftButton);
        QCOMPARE(page.monthText(), QStringLiteral("March 2026"));
    }

    void expansionAndSelectionSurviveResets()
    {
        // Tried: collapse one category, select an envelope in another, then create an envelope
        // (a model reset). Must hold: the collapsed one stays collapsed, the selection stays.
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Food"), 0, QStringLiteral("Home"));
        ui.envelope(QStringLiteral("Cinema"), 0, QStringLiteral("Fun"));
        EnvelopesPage page(ui.editor);
        page.show();
        const QModelIndex fun = page.model()->indexOfCategory(QStringLiteral("Fun"));
        QVERIFY(page.view()->isExpanded(fun));
        page.view()->collapse(fun);
        QVERIFY(page.selectEnvelope(food));
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        vv::budget::Envelope e;
        e.name = QStringLiteral("Bike");
        QVERIFY(ui.editor.apply(ui.budget().createEnvelope(e)));
        QCOMPARE(resets.count(), 1);
        QVERIFY(!page.view()->isExpanded(page.model()->indexOfCategory(QStringLiteral("Fun"))));
        QVERIFY(page.view()->isExpanded(page.model()->indexOfCategory(QStringLiteral("Home"))));
        QVERIFY(page.view()->isExpanded(page.model()->indexOfCategory(QString())));
        QCOMPARE(page.selectedEnvelopeId(), food);
    }

    void mainWindowMenuAndUndo()
    {
        // Tried: the real window with BudgetPages::install; allocate through Ctrl+L's dialog,
        // then Edit → Undo / Redo (the window's actions and shortcuts). Must hold: Envelopes is
        // the first page, its commands are in the Budget menu, undo/redo follow.
        BudgetUi ui; // outlives the window and the pages in it
        QTemporaryDir dir;
        settings::Settings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::MainWindow window(settings, nullptr);
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("Salary"), 100000);
        const QString food = ui.envelope(QStringLiteral("Food"), 30000);
        auto* workspace = new ui::BudgetWorkspace(ui.editor);
        window.setWorkspace(workspace, ui.editor.undoStack());
        ui::BudgetPages::install(*workspace, ui.editor, window);
        auto* page = qobject_cast<EnvelopesPage*>(workspace->page(0));
        QVERIFY(page);
        QCOMPARE(workspace->page(QStringLiteral("envelopesPage")), page);
        const QList<QAction*> menu = window.budgetMenu()->actions();
        for (QAction* a :
            { page->newEnvelopeAction(), page->editEnvelopeAction(), page->allocateAction(), page->moveMoneyAction(),
                page->fillToTargetsAction(), page->archiveAction(), page->showArchivedAction() })
            QVERIFY2(menu.contains(a), qPrintable(a->objectName()));

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(page->selectEnvelope(food));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_VERIFY(page->allocateDialog());
        ui::AllocateDialog* dialog = page->allocateDialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "amountEdit"), QStringLiteral("300"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!page->allocateDialog());
        QCOMPARE(available(*page, food), 30000);
        QCOMPARE(workspace->unassignedText(), QStringLiteral("€700.00"));

        QVERIFY(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        QCOMPARE(available(*page, food), 0);
        QCOMPARE(workspace->unassignedText(), QStringLiteral("€1,000.00"));
        window.redoAction()->trigger();
        QCOMPARE(available(*page, food), 30000);
        // The closed dialog leaves no active window offscreen; give it back to the main window.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        page->view()->setFocus(); // not in a line edit, which keeps Ctrl+Z for its own text
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(available(*page, food), 0);

        page->fillToTargetsAction()->trigger();
        QCOMPARE(available(*page, food), 30000);
        window.undoAction()->trigger();
        QCOMPARE(available(*page, food), 0);
        window.setWorkspace(nullptr, nullptr);
    }

    void remoteOpsUpdateTheTreeLive()
    {
        // Tried: a second device (same budget) creates an envelope, renames one and allocates;
        // its ops are fed in as a sync pull would. Must hold: the tree shows all three without
        // any local action; a pure balance change keeps the selection (no reset).
        BudgetUi ui;
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("Salary"), 100000);
        const QString food = ui.envelope(QStringLiteral("Food"), 30000);
        EnvelopesPage page(ui.editor);
        page.show();
        QVERIFY(page.selectEnvelope(food));

        vv::budget::test::Device other(QStringLiteral("devB"));
        other.state.applyAll(ui.device.log);
        other.budget.reload();
        const auto pull = [&](const vv::budget::Change& change) {
            const qsizetype mark = other.log.size();
            QVERIFY(other.run(change));
            const QList<vv::store::Operation> ops = other.log.mid(mark);
            ui.device.state.applyAll(ops);
            ui.budget().operationsApplied(ops);
        };

        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        pull(other.budget.allocate(food, 12000, Month(2026, 3)));
        QCOMPARE(available(page, food), 12000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(page.selectedEnvelopeId(), food);

        vv::budget::Envelope e;
        e.name = QStringLiteral("Gifts");
        e.category = QStringLiteral("Fun");
        const vv::budget::Change create = other.budget.createEnvelope(e);
        pull(create);
        QVERIFY(page.model()->indexOfEnvelope(create.createdId).isValid());
        QCOMPARE(page.model()->indexOfEnvelope(create.createdId).parent().data().toString(), QStringLiteral("Fun"));
        QCOMPARE(page.selectedEnvelopeId(), food);

        pull(other.budget.renameEnvelope(food, QStringLiteral("Groceries")));
        QCOMPARE(page.model()->indexOfEnvelope(food).data().toString(), QStringLiteral("Groceries"));
        QCOMPARE(ui.editor.undoStack()->count(), 0); // remote edits are not local undo steps
    }
};

QTEST_MAIN(TestEnvelopesPage)
#include "tst_envelopespage.moc"
