// MainWindow: menus, empty state, Local only by default, geometry/state remembered in
// Settings. With VV_SCREENSHOT_DIR set, also renders the window in every sync state (and the
// Preferences dialog) to PNGs, driving a real SignalingService against real local servers.
#include "UiFakeRelay.h"
#include "mainwindow/MainWindow.h"
#include "settings/LanguageSwitcher.h"
#include "settings/PreferencesDialog.h"
#include "settings/Settings.h"
#include "signaling/SignalingService.h"
#include "status/SyncStatusWidget.h"
#include "widgets/EmptyStateWidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHostAddress>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStyleFactory>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using vv::settings::Settings;
using vv::signaling::SignalingConfig;
using vv::signaling::SignalingService;
using vv::ui::MainWindow;
using vv::ui::SyncDisplayState;

namespace {

SignalingConfig screenshotConfig(const QUrl& url)
{
    SignalingConfig config;
    config.url = url;
    config.budgetId = QStringLiteral("ab12cd34ef56789f");
    config.deviceId = QStringLiteral("screenshot-device");
    config.heartbeatIntervalMs = 1000;
    config.reconnectIntervalMs = 20000;
    config.maxReconnectAttempts = 10;
    return config;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x29, 0x33));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe6, 0xef));
    p.setColor(QPalette::Base, QColor(0x1f, 0x1d, 0x26));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x29, 0x33));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe6, 0xef));
    p.setColor(QPalette::Button, QColor(0x36, 0x33, 0x40));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe6, 0xef));
    p.setColor(QPalette::Highlight, QColor(0x8b, 0x5c, 0xf6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x36, 0x33, 0x40));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe6, 0xef));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x97, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x7d, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x7d, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x7d, 0x8a));
    return p;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_shotDir;

    std::unique_ptr<Settings> freshSettings()
    {
        auto s = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("main-%1.ini").arg(++m_counter)));
        s->setEnvironment(QProcessEnvironment());
        return s;
    }

    void save(QWidget& widget, const QString& name)
    {
        QApplication::processEvents();
        const QImage image = widget.grab().toImage();
        QVERIFY(!image.isNull());
        const QString path = QDir(m_shotDir).filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
    }

    // One window per state: a fresh service, driven into the state by real servers.
    void shootState(const QString& name, SyncDisplayState expected, const std::function<void(SignalingService&)>& drive,
        const QPalette& palette = QPalette())
    {
        auto settings = freshSettings();
        SignalingService service;
        MainWindow window(*settings, &service);
        if (palette != QPalette())
            window.setPalette(palette);
        window.resize(980, 560);
        window.setLocalOnly(expected == SyncDisplayState::LocalOnly);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        drive(service);
        QTRY_COMPARE_WITH_TIMEOUT(window.syncStatusWidget()->displayState(), expected, 10000);
        if (expected == SyncDisplayState::Live) {
            QTRY_VERIFY_WITH_TIMEOUT(service.lastHeartbeat().isValid(), 5000);
            window.syncStatusWidget()->setLastSync(QDateTime::currentDateTime().addSecs(-95));
        }
        save(window, name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_shotDir = qEnvironmentVariable("VV_SCREENSHOT_DIR");
    }

    // The shell: five visible menus with Preferences and About (Budget appears only while a
    // budget is open), a named toolbar, the empty state, and "Local only" in the status bar
    // when there is no synced budget (no service even).
    void shell()
    {
        auto settings = freshSettings();
        MainWindow window(*settings, nullptr);
        QStringList titles;
        const auto menus = window.menuBar()->actions();
        for (const QAction* a : menus) {
            if (a->isVisible())
                titles << a->text();
        }
        QCOMPARE(titles,
            QStringList({ QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                QStringLiteral("&Sync"), QStringLiteral("&Help") }));
        QVERIFY(!window.budgetMenu()->menuAction()->isVisible());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("preferencesAction")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("aboutAction")));
        QVERIFY(window.findChild<QToolBar*>(QStringLiteral("mainToolBar")));
        auto* empty = window.findChild<vv::ui::EmptyStateWidget*>();
        QVERIFY(empty);
        QVERIFY(!empty->title().isEmpty());
        QCOMPARE(window.syncStatusWidget()->displayState(), SyncDisplayState::LocalOnly);
        QCOMPARE(window.syncStatusWidget()->stateText(), QStringLiteral("Local only"));
        QVERIFY(window.syncStatusWidget()->errorText().isEmpty());
    }

    // Resize, hide the toolbar and close: a second window on the same Settings comes back
    // with the same size and the toolbar still hidden.
    void remembersGeometryAndState()
    {
        auto settings = freshSettings();
        {
            MainWindow window(*settings, nullptr);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(812, 517);
            window.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->hide();
            QTRY_COMPARE(window.size(), QSize(812, 517));
            window.close();
        }
        QVERIFY(!settings->windowGeometry().isEmpty());
        QVERIFY(!settings->windowState().isEmpty());
        MainWindow again(*settings, nullptr);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_COMPARE(again.size(), QSize(812, 517));
        QVERIFY(!again.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->isVisible());
    }

    // Renders every state for docs/screenshots (only when VV_SCREENSHOT_DIR is set).
    void screenshots()
    {
        if (m_shotDir.isEmpty())
            QSKIP("set VV_SCREENSHOT_DIR to write screenshots (scripts/screenshots.sh)");
        QVERIFY(QDir().mkpath(m_shotDir));

        shootState(QStringLiteral("01-local-only"), SyncDisplayState::LocalOnly, [](SignalingService&) {});

        // A TCP server that never answers the WebSocket handshake keeps the client Connecting.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        shootState(QStringLiteral("02-connecting"), SyncDisplayState::Connecting, [&](SignalingService& s) {
            s.setConfig(screenshotConfig(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(silent.serverPort()))));
            s.start();
        });

        UiFakeRelay relay;
        QVERIFY(relay.listen());
        shootState(QStringLiteral("03-live"), SyncDisplayState::Live, [&](SignalingService& s) {
            s.setConfig(screenshotConfig(relay.url()));
            s.start();
        });

        shootState(QStringLiteral("04-reconnecting"), SyncDisplayState::Reconnecting, [&](SignalingService& s) {
            s.setRandom([] { return 0.6; });
            s.setConfig(screenshotConfig(relay.url()));
            s.start();
            QTRY_VERIFY_WITH_TIMEOUT(s.lastHeartbeat().isValid(), 5000);
            relay.stop();
        });

        shootState(QStringLiteral("05-offline"), SyncDisplayState::Offline, [&](SignalingService& s) {
            SignalingConfig config = screenshotConfig(relay.url()); // relay stopped: nothing listens
            config.reconnectIntervalMs = 50;
            config.maxReconnectAttempts = 3;
            s.setConfig(config);
            s.start();
        });

        UiFakeRelay refusing;
        refusing.setRefuseJoins(true);
        QVERIFY(refusing.listen());
        shootState(QStringLiteral("06-token-refused"), SyncDisplayState::TokenRefused, [&](SignalingService& s) {
            s.setConfig(screenshotConfig(refusing.url()));
            s.start();
        });

        QVERIFY(relay.listen(relay.port()));
        shootState(
            QStringLiteral("08-live-dark"), SyncDisplayState::Live,
            [&](SignalingService& s) {
                s.setConfig(screenshotConfig(relay.url()));
                s.start();
            },
            darkPalette());

        // The Preferences dialog, with signaling on and an unencrypted remote URL (warning shown).
        {
            auto settings = freshSettings();
            settings->setWebsocketEnabled(true);
            MainWindow window(*settings, nullptr);
            window.showPreferences();
            vv::ui::PreferencesDialog* dialog = window.preferencesDialog();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            save(*dialog, QStringLiteral("07-preferences"));
            auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("websocketUrl"));
            url->setText(QStringLiteral("ws://sync.example.org:8080"));
            dialog->adjustSize();
            save(*dialog, QStringLiteral("07b-preferences-unencrypted-warning"));
            url->setText(QStringLiteral("https://sync.example.org"));
            dialog->adjustSize();
            save(*dialog, QStringLiteral("07c-preferences-invalid-url"));
        }

        // German, chosen at run time.
        {
            auto settings = freshSettings();
            vv::ui::LanguageSwitcher switcher(*settings);
            settings->setLanguage(QStringLiteral("de"));
            QCOMPARE(switcher.currentLanguage(), QStringLiteral("de"));
            shootState(QStringLiteral("09-live-german"), SyncDisplayState::Live, [&](SignalingService& s) {
                s.setConfig(screenshotConfig(relay.url()));
                s.start();
            });
            MainWindow window(*settings, nullptr);
            window.showPreferences();
            QVERIFY(QTest::qWaitForWindowExposed(window.preferencesDialog()));
            save(*window.preferencesDialog(), QStringLiteral("10-preferences-german"));
            settings->setLanguage(QStringLiteral("en"));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
