// The app's budget life cycle end to end (offscreen, real parts: BudgetProfile with real SQLite
// and OpenSSL, a MemorySecretStore keychain, violetvault-server on 127.0.0.1 port 0):
//  - File → New Budget… with no server makes a budget kept on this computer only; the window
//    shows the workspace, edits are stored encrypted and come back after a restart;
//  - Sync → Set Up Sync… then connects that local budget to a server (name and currency kept);
//  - a second device joins with the share code and sees the budget, and later edits made
//    through the dialogs (New Transaction…, Allocate…) arrive live.
#include "FileBytes.h"
#include "ServerProcess.h"
#include "TestApp.h"
#include "budget/Budget.h"
#include "envelopes/AllocateDialog.h"
#include "envelopes/EnvelopesPage.h"
#include "ledger/LedgerModel.h"
#include "ledger/LedgerPage.h"
#include "ledger/TransactionDialog.h"
#include "secrets/MemorySecretStore.h"
#include "sharing/ShareBudgetDialog.h"
#include "sharing/SyncSetupDialog.h"
#include "store/LocalStore.h"
#include "sync/BudgetProfile.h"
#include "workspace/BudgetEditor.h"
#include "workspace/BudgetWorkspace.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using vv::secrets::MemorySecretStore;
using vv::ui::SyncDisplayState;
using vv::ui::SyncSetupDialog;
using vv::ui::test::App;
using vv::ui::test::okButton;

namespace {

using vv::testsupport::allBytesUnder; // to prove a plaintext marker is nowhere on disk

} // namespace

class TestAppBudget : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<vv::testsupport::ServerProcess> m_server;
    QUrl m_url;

    // File → New Budget…, server left empty.
    bool createLocal(App& app, const QString& name)
    {
        app.window->newBudgetAction()->trigger();
        SyncSetupDialog* dialog = app.sync->setupDialog();
        if (!dialog || !dialog->isServerOptional())
            return false;
        dialog->setMode(SyncSetupDialog::Mode::Create);
        dialog->setServerUrl(QUrl());
        dialog->setBudgetName(name);
        dialog->setCurrency(QStringLiteral("EUR"));
        if (!okButton(dialog)->isEnabled())
            return false;
        okButton(dialog)->click();
        return QTest::qWaitFor([&] { return app.budget->isOpen(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = vv::testsupport::ServerProcess::launch();
        QVERIFY(m_server);
        m_url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port()));
    }

    // Tried: a first start with no budget; File → New Budget… with a name and no server; then
    // edits; then quit and start again. Must hold: the workspace replaces the empty state, the
    // title names the budget, the status bar says Local only and Set Up Sync… is still offered;
    // edits are undoable, stored encrypted (the envelope name is in no file on disk) and come
    // back after the restart without any dialog.
    void newLocalBudgetPersists()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        {
            App app(dir.path(), secrets);
            QVERIFY(!app.window->workspace());
            QVERIFY(app.window->newBudgetAction()->isEnabled());
            QVERIFY(createLocal(app, QStringLiteral("Household")));
            QTRY_VERIFY_WITH_TIMEOUT(!app.sync->setupDialog(), 5000);
            QVERIFY(app.window->workspace());
            QVERIFY(app.window->windowTitle().startsWith(QStringLiteral("Household")));
            QVERIFY(app.sync->profile()->serverUrl().isEmpty());
            QCOMPARE(app.status()->displayState(), SyncDisplayState::LocalOnly);
            QVERIFY(app.window->setUpSyncAction()->isEnabled());
            QVERIFY(!app.window->shareBudgetAction()->isEnabled());
            QVERIFY(!app.window->newBudgetAction()->isEnabled());
            // The pages' commands are in the Budget menu (installed after the window took the workspace).
            QVERIFY(app.window->budgetMenu()->menuAction()->isVisible());
            QStringList commands;
            const auto menuActions = app.window->budgetMenu()->actions();
            for (const QAction* action : menuActions)
                commands << action->objectName();
            QVERIFY2(commands.contains(QStringLiteral("allocateAction")), qPrintable(commands.join(u',')));
            QVERIFY2(commands.contains(QStringLiteral("payBillAction")), qPrintable(commands.join(u',')));

            vv::ui::BudgetEditor* editor = app.budget->editor();
            vv::budget::Envelope e;
            e.name = QStringLiteral("ZebraGroceriesMarker");
            QVERIFY(editor->apply(editor->budget().createEnvelope(e)));
            vv::budget::Transaction t;
            t.date = QDate(2026, 11, 1);
            t.payee = QStringLiteral("Employer");
            t.amount = 250000;
            QVERIFY(editor->apply(editor->budget().addTransaction(t)));
            QVERIFY(app.window->undoAction()->isEnabled());
            QCOMPARE(app.window->workspace()->unassignedText(), editor->formatMoney(250000));
            app.window->undoAction()->trigger(); // the income goes...
            QCOMPARE(editor->budget().unassigned(), 0);
            app.window->redoAction()->trigger(); // ...and comes back
            QCOMPARE(editor->budget().unassigned(), 250000);
            app.sync->shutdown();
        }
        QVERIFY(!allBytesUnder(dir.path()).contains("ZebraGroceriesMarker"));
        App again(dir.path(), secrets);
        QTRY_VERIFY_WITH_TIMEOUT(again.budget->isOpen(), 10000);
        QVERIFY(!again.sync->setupDialog());
        const auto envelopes = again.budget->budget()->envelopes();
        QCOMPARE(envelopes.size(), 1);
        QCOMPARE(envelopes.first().name, QStringLiteral("ZebraGroceriesMarker"));
        QCOMPARE(again.budget->budget()->unassigned(), 250000);
        QCOMPARE(again.budget->editor()->undoStack()->count(), 0); // a new session starts a new history
    }

    // Tried: New Budget… while a budget is open. Must hold: a message says there is one budget
    // per account; no dialog, nothing replaced.
    void secondNewBudgetRefused()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        App app(dir.path(), secrets);
        QVERIFY(createLocal(app, QStringLiteral("Household")));
        vv::ui::BudgetWorkspace* workspace = app.window->workspace();
        app.sync->showNewBudget();
        QTRY_VERIFY_WITH_TIMEOUT(app.window->findChild<QWidget*>(QStringLiteral("oneBudgetMessage")), 5000);
        QVERIFY(!app.sync->setupDialog());
        QCOMPARE(app.window->workspace(), workspace);
    }

    // Tried: a local budget with data, then Sync → Set Up Sync…; a second device joins with the
    // share code; then the first device edits again. Must hold: the dialog only asks for the
    // server (name and currency fixed, Join disabled); the profile moves to the server and goes
    // Live; the workspace is not rebuilt (undo history kept); device B gets every entity made
    // before, and the later edit arrives on B live (signaling + pull) and updates B's budget.
    void connectLocalBudgetThenJoin()
    {
        QTemporaryDir dirA;
        QTemporaryDir dirB;
        MemorySecretStore secretsA;
        MemorySecretStore secretsB;
        App a(dirA.path(), secretsA);
        QVERIFY(createLocal(a, QStringLiteral("Household")));
        vv::ui::BudgetEditor* editorA = a.budget->editor();
        vv::budget::Envelope rent;
        rent.name = QStringLiteral("Rent");
        rent.monthlyTarget = 90000;
        QVERIFY(editorA->apply(editorA->budget().createEnvelope(rent)));
        QSignalSpy reopened(a.budget.get(), &vv::ui::BudgetController::budgetOpened);

        a.window->setUpSyncAction()->trigger();
        SyncSetupDialog* dialog = a.sync->setupDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->hasExistingBudget());
        QCOMPARE(dialog->budgetName(), QStringLiteral("Household"));
        QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("joinRadio"))->isEnabled());
        dialog->setServerUrl(QUrl());
        QVERIFY(!okButton(dialog)->isEnabled()); // the server is required here
        dialog->setServerUrl(m_url);
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(a.sync->profile()->serverUrl(), m_url, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(a.status()->displayState(), SyncDisplayState::Live, 10000);
        QVERIFY(a.window->shareBudgetAction()->isEnabled());
        QCOMPARE(reopened.count(), 0);
        QCOMPARE(editorA->undoStack()->count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(a.sync->profile()->localStore()->pendingCount(), 0, 10000); // pushed

        a.window->shareBudgetAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(a.sync->shareDialog(), 10000);
        const QString code = a.sync->shareDialog()->codeText();
        a.sync->shareDialog()->close();

        App b(dirB.path(), secretsB);
        b.window->setUpSyncAction()->trigger();
        SyncSetupDialog* join = b.sync->setupDialog();
        QVERIFY(join);
        join->setServerUrl(m_url);
        join->setMode(SyncSetupDialog::Mode::Join);
        join->setShareCode(code);
        QVERIFY(okButton(join)->isEnabled());
        okButton(join)->click();
        QTRY_VERIFY_WITH_TIMEOUT(b.budget->isOpen(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b.budget->budget()->envelopes().size(), 1, 10000);
        QCOMPARE(b.budget->budget()->envelopes().first().name, QStringLiteral("Rent"));
        QTRY_VERIFY_WITH_TIMEOUT(b.window->windowTitle().startsWith(QStringLiteral("Household")), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b.status()->displayState(), SyncDisplayState::Live, 10000);

        // Later edits on A, made through the dialogs as a person would, arrive on B without
        // anyone pressing Sync Now: an income through New Transaction…, then an allocation
        // through Allocate….
        a.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(a.window.get()));
        auto* ledger = qobject_cast<vv::ui::LedgerPage*>(a.window->workspace()->page(QStringLiteral("ledgerPage")));
        QVERIFY(ledger);
        a.window->workspace()->showPage(QStringLiteral("ledgerPage"));
        ledger->newAction()->trigger();
        vv::ui::TransactionDialog* txDialog = ledger->dialog();
        QVERIFY(txDialog);
        QTest::keyClicks(txDialog->findChild<QLineEdit*>(QStringLiteral("payeeEdit")), QStringLiteral("Employer"));
        QTest::keyClicks(txDialog->findChild<QLineEdit*>(QStringLiteral("amountEdit")), QStringLiteral("3000"));
        QTest::mouseClick(txDialog->findChild<QRadioButton*>(QStringLiteral("incomeButton")), Qt::LeftButton);
        QVERIFY2(okButton(txDialog)->isEnabled(), qPrintable(txDialog->problem()));
        QTest::mouseClick(okButton(txDialog), Qt::LeftButton);
        QCOMPARE(editorA->budget().unassigned(), 300000);

        auto* envelopes
            = qobject_cast<vv::ui::EnvelopesPage*>(a.window->workspace()->page(QStringLiteral("envelopesPage")));
        QVERIFY(envelopes);
        a.window->workspace()->showPage(QStringLiteral("envelopesPage"));
        const QString rentId = editorA->budget().envelopes().first().id;
        QVERIFY(envelopes->selectEnvelope(rentId));
        envelopes->allocateAction()->trigger();
        vv::ui::AllocateDialog* allocate = envelopes->allocateDialog();
        QVERIFY(allocate);
        QCOMPARE(allocate->envelopeId(), rentId);
        QTest::keyClicks(allocate->findChild<QLineEdit*>(QStringLiteral("amountEdit")), QStringLiteral("900"));
        QVERIFY(okButton(allocate)->isEnabled());
        QTest::mouseClick(okButton(allocate), Qt::LeftButton);
        QCOMPARE(editorA->budget().envelopeBalance(rentId), 90000);

        QTRY_COMPARE_WITH_TIMEOUT(b.budget->budget()->envelopeBalance(rentId), 90000, 15000);
        QCOMPARE(b.budget->budget()->unassigned(), 210000);
        QTRY_COMPARE_WITH_TIMEOUT(
            b.window->workspace()->unassignedText(), b.budget->editor()->formatMoney(210000), 5000);
        // B's ledger page shows the income made on A.
        auto* ledgerB = qobject_cast<vv::ui::LedgerPage*>(b.window->workspace()->page(QStringLiteral("ledgerPage")));
        QVERIFY(ledgerB);
        QCOMPARE(ledgerB->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestAppBudget)
#include "tst_appbudget.moc"
