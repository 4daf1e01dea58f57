// PreferencesDialog over real Settings (a temporary INI file), a real SignalingService, the
// SignalingController that applies settings at once, and the in-process relay.
#include "UiFakeRelay.h"
#include "mainwindow/MainWindow.h"
#include "settings/LanguageSwitcher.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "settings/StaticSyncIdentitySource.h"
#include "signaling/SignalingService.h"
#include "status/SyncStatusWidget.h"
#include "sync/SignalingController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using vv::settings::Settings;
using vv::signaling::SignalingService;
using vv::ui::PreferencesDialog;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Settings> freshSettings()
    {
        auto s = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("prefs-%1.ini").arg(++m_counter)));
        s->setEnvironment(QProcessEnvironment()); // the developer's shell must not leak in
        return s;
    }

    static void clickApply(PreferencesDialog& dialog)
    {
        auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Signaling on and Live; untick the box and press Apply: the service is Disabled, the
    // status bar says so and the relay has no client. Tick it and Apply: Live again. Change
    // the URL and Apply: connected to the new relay. No restart, one service object.
    void toggleOffAndOnDisconnectsAndConnects()
    {
        UiFakeRelay relay;
        QVERIFY(relay.listen());
        auto settings = freshSettings();
        settings->setWebsocketEnabled(true);
        QVERIFY(settings->setWebsocketUrl(relay.url()));
        settings->setHeartbeatIntervalMs(100);
        settings->setReconnectIntervalMs(50);
        settings->setMaxReconnectAttempts(2);
        vv::settings::StaticSyncIdentitySource identity(
            { QStringLiteral("room-prefs"), QString(), QStringLiteral("prefs-device") });
        SignalingService service;
        vv::ui::SignalingController controller(*settings, service, identity);
        QVERIFY(!controller.isLocalOnly());
        vv::ui::MainWindow window(*settings, &service);
        window.setLocalOnly(controller.isLocalOnly());
        vv::ui::SyncStatusWidget* status = window.syncStatusWidget();
        controller.apply();
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), SignalingService::State::Connected, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(relay.clientCount(), 1, 5000);
        QCOMPARE(status->stateText(), QStringLiteral("Live"));

        window.showPreferences(); // the dialog as the user opens it, from the main window
        PreferencesDialog& dialog = *window.preferencesDialog();
        auto* enabled = dialog.findChild<QCheckBox*>(QStringLiteral("signalingEnabled"));
        QVERIFY(enabled);
        QVERIFY(enabled->isChecked());
        enabled->setChecked(false);
        clickApply(dialog);
        QVERIFY(!settings->websocketEnabled());
        QCOMPARE(service.state(), SignalingService::State::Disabled);
        QCOMPARE(status->stateText(), QStringLiteral("Real-time sync off"));
        QTRY_COMPARE_WITH_TIMEOUT(relay.clientCount(), 0, 5000);
        // Values finer than the dialog's step were not rounded away by Apply.
        QCOMPARE(settings->reconnectIntervalMs(), 50);
        QCOMPARE(settings->heartbeatIntervalMs(), 100);

        enabled->setChecked(true);
        clickApply(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), SignalingService::State::Connected, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(relay.clientCount(), 1, 5000);
        QCOMPARE(status->stateText(), QStringLiteral("Live"));

        // A new URL applies at once too: the service moves to the other relay.
        UiFakeRelay other;
        QVERIFY(other.listen());
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("websocketUrl"));
        url->setText(other.url().toString());
        clickApply(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(other.clientCount(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(relay.clientCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), QStringLiteral("Live"), 5000);
    }

    // Without a synced budget the controller never connects, even with signaling on.
    void noIdentityStaysLocalOnly()
    {
        auto settings = freshSettings();
        settings->setWebsocketEnabled(true);
        vv::settings::StaticSyncIdentitySource identity;
        SignalingService service;
        vv::ui::SignalingController controller(*settings, service, identity);
        controller.apply();
        QVERIFY(controller.isLocalOnly());
        QCOMPARE(service.state(), SignalingService::State::Disabled);
        QSignalSpy localOnly(&controller, &vv::ui::SignalingController::localOnlyChanged);
        identity.setIdentity({ QStringLiteral("room-late"), QString(), QStringLiteral("dev-late") });
        QCOMPARE(localOnly.count(), 1);
        QVERIFY(!controller.isLocalOnly());
        QVERIFY(service.state() != SignalingService::State::Disabled);
    }

    void urlValidation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("warns");
        QTest::newRow("wss remote") << "wss://sync.example.org/ws" << true << false;
        QTest::newRow("ws localhost") << "ws://localhost:8080" << true << false;
        QTest::newRow("ws loopback v6") << "ws://[::1]:8080" << true << false;
        QTest::newRow("ws remote warns") << "ws://sync.example.org" << true << true;
        QTest::newRow("http refused") << "http://sync.example.org" << false << false;
        QTest::newRow("no host refused") << "wss://" << false << false;
        QTest::newRow("empty refused") << "" << false << false;
        QTest::newRow("credentials refused") << "wss://me:pw@sync.example.org" << false << false;
    }

    // Typing a URL: invalid ones show a message and disable OK/Apply, and apply() writes
    // nothing; ws:// to a remote host is accepted with a visible "unencrypted" warning.
    void urlValidation()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(bool, warns);
        auto settings = freshSettings();
        PreferencesDialog dialog(*settings);
        dialog.show();
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("websocketUrl"));
        auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("websocketUrlError"));
        auto* warning = dialog.findChild<QLabel*>(QStringLiteral("websocketUrlWarning"));
        QVERIFY(url && buttons && error && warning);
        dialog.findChild<QCheckBox*>(QStringLiteral("signalingEnabled"))->setChecked(true);
        url->selectAll();
        QTest::keyClick(url, Qt::Key_Backspace);
        QTest::keyClicks(url, text);
        QCOMPARE(dialog.isInputValid(), accepted);
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), accepted);
        QCOMPARE(buttons->button(QDialogButtonBox::Apply)->isEnabled(), accepted);
        QCOMPARE(error->isVisible(), !accepted);
        QCOMPARE(dialog.urlErrorText().isEmpty(), accepted);
        QCOMPARE(warning->isVisible(), warns);
        if (warns)
            QVERIFY(dialog.urlWarningText().contains(QStringLiteral("not encrypted")));
        QCOMPARE(dialog.apply(), accepted);
        if (accepted)
            QCOMPARE(settings->websocketUrl(), QUrl(text));
        else
            QCOMPARE(settings->websocketUrl(), Settings::defaultWebsocketUrl());
    }

    void certificatePin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        const QString hex = QStringLiteral("ab").repeated(32);
        QTest::newRow("empty: system CAs decide") << QString() << true;
        QTest::newRow("64 hex digits") << hex << true;
        QTest::newRow("colon-separated, upper case")
            << QStringLiteral("AB:").repeated(31) + QStringLiteral("AB") << true;
        QTest::newRow("too short") << hex.left(62) << false;
        QTest::newRow("not hex") << QStringLiteral("zz").repeated(32) << false;
    }

    // Typing a certificate pin: a malformed one shows a message, disables OK/Apply and is not
    // stored; a valid one is stored (normalised) and reaches Settings, which the sync stack reads.
    void certificatePin()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        auto settings = freshSettings();
        PreferencesDialog dialog(*settings);
        dialog.show();
        auto* pin = dialog.findChild<QLineEdit*>(QStringLiteral("pinnedCertificate"));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("pinnedCertificateError"));
        auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
        QVERIFY(pin && error && buttons);
        QTest::keyClicks(pin, text);
        QCOMPARE(dialog.isInputValid(), accepted);
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), accepted);
        QCOMPARE(error->isVisible(), !accepted);
        QCOMPARE(dialog.pinErrorText().isEmpty(), accepted);
        QCOMPARE(dialog.apply(), accepted);
        if (accepted && !text.isEmpty())
            QCOMPARE(settings->pinnedCertificateSha256().remove(QLatin1Char(':')).toLower(),
                QStringLiteral("ab").repeated(32));
        else
            QVERIFY(settings->pinnedCertificateSha256().isEmpty());
    }

    // Values decided by environment variables are shown read-only with the variable's name.
    void environmentOverrideIsShown()
    {
        auto settings = freshSettings();
        QProcessEnvironment env;
        env.insert(QStringLiteral("VIOLETVAULT_WEBSOCKET_ENABLED"), QStringLiteral("true"));
        env.insert(QStringLiteral("VIOLETVAULT_WEBSOCKET_URL"), QStringLiteral("wss://env.example.org"));
        settings->setEnvironment(env);
        PreferencesDialog dialog(*settings);
        dialog.show();
        auto* enabled = dialog.findChild<QCheckBox*>(QStringLiteral("signalingEnabled"));
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("websocketUrl"));
        auto* enabledNote = dialog.findChild<QLabel*>(QStringLiteral("signalingEnabledEnvNote"));
        auto* urlNote = dialog.findChild<QLabel*>(QStringLiteral("websocketUrlEnvNote"));
        QVERIFY(enabled && url && enabledNote && urlNote);
        QVERIFY(enabled->isChecked());
        QVERIFY(!enabled->isEnabled());
        QCOMPARE(url->text(), QStringLiteral("wss://env.example.org"));
        QVERIFY(!url->isEnabled());
        QVERIFY(enabledNote->isVisible());
        QVERIFY(enabledNote->text().contains(QStringLiteral("VIOLETVAULT_WEBSOCKET_ENABLED")));
        QVERIFY(urlNote->text().contains(QStringLiteral("VIOLETVAULT_WEBSOCKET_URL")));
        // Applying does not copy the environment's values into the stored settings.
        QVERIFY(dialog.apply());
        settings->setEnvironment(QProcessEnvironment());
        QVERIFY(!settings->websocketEnabled());
        QCOMPARE(settings->websocketUrl(), Settings::defaultWebsocketUrl());
    }

    // Choose Deutsch in the dialog and Apply: the dialog, the main window's menus and the
    // status widget switch to German at once; choosing English switches back.
    void germanAtRuntime()
    {
        auto settings = freshSettings();
        settings->setLanguage(QStringLiteral("en"));
        vv::ui::LanguageSwitcher switcher(*settings);
        QVERIFY(vv::ui::LanguageSwitcher::availableTranslations().contains(QStringLiteral("de")));
        QCOMPARE(switcher.currentLanguage(), QStringLiteral("en"));
        vv::ui::MainWindow window(*settings, nullptr);
        window.showPreferences();
        PreferencesDialog* dialog = window.preferencesDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Preferences"));
        QCOMPARE(window.syncStatusWidget()->stateText(), QStringLiteral("Local only"));

        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("language"));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        clickApply(*dialog);
        QCOMPARE(switcher.currentLanguage(), QStringLiteral("de"));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
        QCOMPARE(window.syncStatusWidget()->stateText(), QStringLiteral("Nur lokal"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(dialog->findChild<QCheckBox*>(QStringLiteral("signalingEnabled"))->text(),
            QStringLiteral("Echtzeit-Signalisierung &verwenden"));

        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        clickApply(*dialog);
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Preferences"));
        QCOMPARE(window.syncStatusWidget()->stateText(), QStringLiteral("Local only"));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
