// The app's budget life cycle end to end (offscreen, real parts: BudgetProfile with real SQLite
// and OpenSSL, a MemorySecretStore keychain, violetvault-server on 127.0.0.1 port 0):
//  - File → New Budget… with no server makes a budget kept on this computer only; the window
//    shows the workspace, edits are stored encrypted and come back after a restart;
//  - Sync → Set Up Sync… then connects that local budget to a server (name and currency kept);
//  - a second device joins with the share code and sees the budget, and later edits live.
#include "ServerProcess.h"
#include "TestApp.h"
#include "budget/Budget.h"
#include "secrets/MemorySecretStore.h"
#include "sharing/ShareBudgetDialog.h"
#include "sharing/SyncSetupDialog.h"
#include "store/LocalStore.h"
#include "sync/BudgetProfile.h"
#include "workspace/BudgetEditor.h"
#include "workspace/BudgetWorkspace.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QMenu>
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

// Every file under `dir`, concatenated: to prove a plaintext marker is nowhere on disk.
QByteArray allBytesUnder(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

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

        // A later edit on A arrives on B without anyone pressing Sync Now.
        vv::budget::Transaction pay;
        pay.date = QDate(2026, 11, 2);
        pay.payee = QStringLiteral("Employer");
        pay.amount = 300000;
        QVERIFY(editorA->apply(editorA->budget().addTransaction(pay)));
        QTRY_COMPARE_WITH_TIMEOUT(b.budget->budget()->unassigned(), 300000, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            b.window->workspace()->unassignedText(), b.budget->editor()->formatMoney(300000), 5000);
    }
};

QTEST_MAIN(TestAppBudget)
#include "tst_appbudget.moc"
