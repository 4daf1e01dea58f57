// The app's sync wiring end to end (offscreen, real parts): AppSyncController + MainWindow +
// the real BudgetProfile (real SQLite, real OpenSSL, a MemorySecretStore for the keychain) +
// a real relay: violetvault-server (VV_SERVER_BIN) when built, else the in-process UiFakeRelay.
// Setting up a budget through the dialog connects signaling with room id + token + device id
// and the status bar says Live; a second app joins with the share code; a restarted app opens
// the profile; a missing keychain is said plainly and nothing is set up.
#include "ServerProcess.h"
#include "TestApp.h"
#include "UiFakeRelay.h"
#include "crypto/ShareCode.h"
#include "mainwindow/MainWindow.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "sharing/ShareBudgetDialog.h"
#include "sharing/SyncSetupDialog.h"
#include "status/SyncStatusWidget.h"
#include "sync/AppSyncController.h"
#include "sync/BudgetProfile.h"
#include "sync/SyncOrchestrator.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using vv::secrets::MemorySecretStore;
using vv::secrets::SecretError;
using vv::settings::Settings;
using vv::sync::BudgetProfile;
using vv::ui::AppSyncController;
using vv::ui::MainWindow;
using vv::ui::SyncDisplayState;
using vv::ui::SyncSetupDialog;

using vv::ui::test::App;
using vv::ui::test::okButton;

class TestAppSync : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<vv::testsupport::ServerProcess> m_server;
    std::unique_ptr<UiFakeRelay> m_relay;
    QUrl m_url;
    bool m_realServer = false;

    // Opens Set Up Sync from the Sync menu and fills in the create form.
    SyncSetupDialog* openSetup(App& app)
    {
        app.window->setUpSyncAction()->trigger();
        SyncSetupDialog* dialog = app.sync->setupDialog();
        if (!dialog)
            return nullptr;
        dialog->setServerUrl(m_url);
        return dialog;
    }

    bool createThroughDialog(App& app)
    {
        SyncSetupDialog* dialog = openSetup(app);
        if (!dialog)
            return false;
        dialog->setMode(SyncSetupDialog::Mode::Create);
        dialog->setBudgetName(QStringLiteral("Household"));
        dialog->setCurrency(QStringLiteral("EUR"));
        if (!okButton(dialog)->isEnabled())
            return false;
        okButton(dialog)->click();
        return QTest::qWaitFor([&] { return app.sync->profile() != nullptr; }, 10000);
    }

    QString shareCodeOf(App& app)
    {
        app.window->shareBudgetAction()->trigger();
        if (!QTest::qWaitFor([&] { return app.sync->shareDialog() != nullptr; }, 10000))
            return {};
        // The title names the budget (decrypted locally from its encrypted "name" op).
        if (!app.sync->shareDialog()
                 ->findChild<QLabel*>(QStringLiteral("shareTitle"))
                 ->text()
                 .contains(QStringLiteral("Household")))
            return {};
        QString code = app.sync->shareDialog()->codeText();
        app.sync->shareDialog()->close();
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString binary = qEnvironmentVariable("VV_SERVER_BIN");
        if (!binary.isEmpty() && QFile::exists(binary)) {
            m_server = std::make_unique<vv::testsupport::ServerProcess>();
            QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
            m_url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port()));
            m_realServer = true;
        } else {
            m_relay = std::make_unique<UiFakeRelay>();
            QVERIFY(m_relay->listen());
            m_url = m_relay->url();
            qInfo("violetvault-server not built: signaling only, against the in-process relay");
        }
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    // Tried: a fresh app (no profile) creates a synced budget through Sync → Set Up Sync….
    // Must hold: the key went to the keychain only, signaling joined the new room with its token
    // and this device's id, the status bar says Live, Share Budget… is offered, Settings were
    // switched to real-time sync on that server and hold no secret; with the real server the
    // orchestrator's first sync lands in the status bar.
    void createConnectsLive()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        App app(dir.path(), secrets);
        QCOMPARE(app.status()->displayState(), SyncDisplayState::LocalOnly);
        QVERIFY(app.window->setUpSyncAction()->isEnabled());
        QVERIFY(!app.window->shareBudgetAction()->isEnabled());

        QVERIFY(createThroughDialog(app));
        QTRY_VERIFY_WITH_TIMEOUT(!app.sync->setupDialog(), 5000); // accepted and gone
        BudgetProfile* profile = app.sync->profile();
        QCOMPARE(secrets.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(app.status()->displayState(), SyncDisplayState::Live, 10000);
        QCOMPARE(app.status()->stateText(), QStringLiteral("Live"));
        QCOMPARE(app.status()->service(), profile->signaling());
        const auto config = profile->signaling()->config();
        QCOMPARE(config.budgetId, profile->roomId());
        QCOMPARE(config.deviceId, profile->deviceId());
        QVERIFY(!config.token.isEmpty());
        QCOMPARE(config.url, m_url);
        QVERIFY(app.settings->websocketEnabled());
        QCOMPARE(app.settings->websocketUrl(), m_url);
        QVERIFY(!app.window->setUpSyncAction()->isEnabled());
        QVERIFY(app.window->shareBudgetAction()->isEnabled());

        app.settings->sync();
        QFile ini(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(config.token.toUtf8()));

        if (m_realServer) {
            QTRY_VERIFY_WITH_TIMEOUT(app.status()->lastSync().isValid(), 10000);
            // Sync Now reaches the orchestrator.
            QSignalSpy started(profile->orchestrator(), &vv::sync::SyncOrchestrator::syncStarted);
            QTRY_VERIFY_WITH_TIMEOUT(app.status()->syncNowAction()->isEnabled(), 5000);
            app.status()->syncNowAction()->trigger();
            QVERIFY(started.count() > 0 || started.wait(5000));
            QTRY_VERIFY_WITH_TIMEOUT(app.status()->syncError().isEmpty(), 5000);
        }
    }

    // Tried: app A creates a budget; app B (another device: own keychain and directory) joins
    // with the share code A shows. Must hold: B lands in the same room, Live.
    void joinWithShareCode()
    {
        QTemporaryDir dirA;
        QTemporaryDir dirB;
        MemorySecretStore secretsA;
        MemorySecretStore secretsB;
        App a(dirA.path(), secretsA);
        QVERIFY(createThroughDialog(a));
        const QString code = shareCodeOf(a);
        QVERIFY(vv::crypto::ShareCode::decode(code).isOk());

        App b(dirB.path(), secretsB);
        SyncSetupDialog* dialog = openSetup(b);
        QVERIFY(dialog);
        dialog->setMode(SyncSetupDialog::Mode::Join);
        dialog->setShareCode(code);
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(b.sync->profile(), 10000);
        QCOMPARE(b.sync->profile()->roomId(), a.sync->profile()->roomId());
        QVERIFY(b.sync->profile()->deviceId() != a.sync->profile()->deviceId());
        QTRY_COMPARE_WITH_TIMEOUT(b.status()->displayState(), SyncDisplayState::Live, 10000);
    }

    // Tried: switch real-time signaling off in Preferences after setting up. Must hold: the
    // status says so, yet Sync Now stays available and starts a sync (over HTTP only).
    void syncNowWithRealTimeOff()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        App app(dir.path(), secrets);
        QVERIFY(createThroughDialog(app));
        QTRY_COMPARE_WITH_TIMEOUT(app.status()->displayState(), SyncDisplayState::Live, 10000);
        app.settings->setWebsocketEnabled(false);
        QTRY_COMPARE_WITH_TIMEOUT(app.status()->displayState(), SyncDisplayState::Disabled, 5000);
        QVERIFY(app.status()->syncNowAction()->isEnabled());
        QSignalSpy started(app.sync->profile()->orchestrator(), &vv::sync::SyncOrchestrator::syncStarted);
        app.status()->syncNowAction()->trigger();
        QVERIFY(started.count() > 0 || started.wait(5000));
    }

    // Tried: create, quit, point Preferences at another server, start the app again on the same
    // directory and keychain. Must hold: the profile is opened at start (no dialog), signaling
    // goes to the budget's server again and the status bar comes back Live.
    void restartOpensProfile()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QString room;
        {
            App app(dir.path(), secrets);
            QVERIFY(createThroughDialog(app));
            room = app.sync->profile()->roomId();
            app.sync->shutdown();
        }
        {
            // Preferences point elsewhere meanwhile (or the profile came from violetvault-cli):
            // the budget's own server must win, else the token goes to the wrong server.
            Settings elsewhere(dir.filePath(QStringLiteral("settings.ini")));
            QVERIFY(elsewhere.setWebsocketUrl(QUrl(QStringLiteral("ws://127.0.0.1:9"))));
        }
        App again(dir.path(), secrets);
        QTRY_VERIFY_WITH_TIMEOUT(again.sync->profile(), 10000);
        QCOMPARE(again.sync->profile()->roomId(), room);
        QVERIFY(!again.sync->setupDialog());
        QTRY_COMPARE_WITH_TIMEOUT(again.status()->displayState(), SyncDisplayState::Live, 10000);
        QCOMPARE(again.settings->websocketUrl(), m_url);
        QVERIFY(again.window->shareBudgetAction()->isEnabled());
    }

    // Tried: set up sync when the keychain is unreachable. Must hold: a message says there is
    // no keychain, the setup dialog is gone, no profile was written, the app stays Local only.
    void noKeychainStops()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        secrets.setFailure(SecretError::NoKeychain);
        App app(dir.path(), secrets);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QSignalSpy problems(app.sync.get(), &AppSyncController::problemOccurred);
        SyncSetupDialog* dialog = openSetup(app);
        QVERIFY(dialog);
        dialog->setBudgetName(QStringLiteral("Household"));
        okButton(dialog)->click();
        QVERIFY(problems.wait(5000));
        QVERIFY(problems.first().first().toString().contains(QStringLiteral("no keychain")));
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = app.window->findChild<QMessageBox*>(QStringLiteral("keychainMessage"))) != nullptr, 5000);
        QVERIFY(box->text().contains(QStringLiteral("no keychain")));
        QTRY_VERIFY_WITH_TIMEOUT(!app.sync->setupDialog(), 5000);
        QVERIFY(!app.sync->profile());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("profile/profile.json"))));
        QCOMPARE(app.status()->displayState(), SyncDisplayState::LocalOnly);
        box->close();
    }

    // Tried: tell the status widget (as the orchestrator does) that changes wait. Must hold:
    // the count is in words next to the last sync and in the tooltip; zero shows nothing.
    void pendingCountShown()
    {
        vv::signaling::SignalingService service; // never started: only its getters are read
        vv::ui::SyncStatusWidget status;
        status.setService(&service);
        status.setLocalOnly(false);
        status.setPendingCount(3);
        QVERIFY(status.lastSyncText().contains(QStringLiteral("3 changes waiting")));
        QVERIFY(status.toolTip().contains(QStringLiteral("3 changes waiting")));
        status.setPendingCount(1);
        QVERIFY(status.lastSyncText().contains(QStringLiteral("1 change waiting")));
        status.setPendingCount(0);
        QVERIFY(!status.lastSyncText().contains(QStringLiteral("waiting")));
        status.setSyncError(QStringLiteral("Could not reach the sync server."));
        QCOMPARE(status.errorText(), QStringLiteral("Could not reach the sync server."));
    }

    // Renders the window with a freshly set up synced budget and changes waiting, for
    // docs/screenshots (only when VV_SCREENSHOT_DIR is set). No secret is visible: the status
    // bar shows the room id shortened, never the key, token or share code.
    void screenshots()
    {
        const QString shotDir = qEnvironmentVariable("VV_SCREENSHOT_DIR");
        if (shotDir.isEmpty())
            QSKIP("set VV_SCREENSHOT_DIR to write screenshots (scripts/screenshots.sh)");
        QTemporaryDir dir;
        MemorySecretStore secrets;
        App app(dir.path(), secrets);
        app.window->resize(980, 560);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QVERIFY(createThroughDialog(app));
        QTRY_COMPARE_WITH_TIMEOUT(app.status()->displayState(), SyncDisplayState::Live, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(app.sync->profile()->signaling()->lastHeartbeat().isValid(), 5000);
        app.status()->setLastSync(QDateTime::currentDateTime().addSecs(-42));
        app.status()->setPendingCount(3);
        QApplication::processEvents();
        const QString out = shotDir + QStringLiteral("/15-synced-changes-waiting.png");
        QVERIFY(app.window->grab().toImage().save(out));
        qInfo("wrote %s", qPrintable(out));
    }
};

QTEST_MAIN(TestAppSync)
#include "tst_appsync.moc"
