// SyncStatusWidget driven by a REAL SignalingService talking to a real in-process relay on
// 127.0.0.1 (UiFakeRelay) with test-sized intervals. Each test states what it does and what
// the widget must show afterwards.
#include "UiFakeRelay.h"
#include "signaling/SignalingService.h"
#include "status/SyncStatusWidget.h"

#include <QAction>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using vv::signaling::SignalingConfig;
using vv::signaling::SignalingService;
using vv::ui::SyncDisplayState;
using vv::ui::SyncStatusWidget;

namespace {

SignalingConfig testConfig(const QUrl& url)
{
    SignalingConfig config;
    config.enabled = true;
    config.url = url;
    config.budgetId = QStringLiteral("ab12cd34ef56789f");
    config.token = QStringLiteral("ui-test-secret-token");
    config.deviceId = QStringLiteral("ui-test-device");
    config.heartbeatIntervalMs = 100;
    config.pongTimeoutMs = 500;
    config.reconnectIntervalMs = 50;
    config.maxReconnectIntervalMs = 100;
    config.maxReconnectAttempts = 2;
    config.connectTimeoutMs = 2000;
    return config;
}

} // namespace

class TestSyncStatusWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // No service / no synced budget: "Local only", both buttons disabled, no error shown.
    void localOnly()
    {
        SignalingService service;
        SyncStatusWidget widget;
        widget.setService(&service);
        widget.setLocalOnly(true);
        QCOMPARE(widget.displayState(), SyncDisplayState::LocalOnly);
        QCOMPARE(widget.stateText(), QStringLiteral("Local only"));
        QVERIFY(widget.errorText().isEmpty());
        QVERIFY(!widget.reconnectAction()->isEnabled());
        QVERIFY(!widget.syncNowAction()->isEnabled());
        QVERIFY(!widget.isCountdownActive());
        QVERIFY(!widget.accessibleName().isEmpty());
    }

    // Signaling switched off in the config: "Real-time sync off", nothing to press.
    void disabled()
    {
        SignalingService service;
        SyncStatusWidget widget;
        widget.setService(&service);
        widget.setLocalOnly(false);
        SignalingConfig config = testConfig(QUrl(QStringLiteral("ws://127.0.0.1:1")));
        config.enabled = false;
        service.setConfig(config);
        service.start();
        QCOMPARE(widget.displayState(), SyncDisplayState::Disabled);
        QCOMPARE(widget.stateText(), QStringLiteral("Real-time sync off"));
        QVERIFY(!widget.reconnectAction()->isEnabled());
        QVERIFY(!widget.syncNowAction()->isEnabled());
    }

    // Connect to the relay: Live with a heartbeat time; Sync now sends sync_required to the
    // relay and emits syncRequested; the tooltip names the server and a shortened room, never
    // the token.
    void connectShowsLiveAndHeartbeat()
    {
        UiFakeRelay relay;
        QVERIFY(relay.listen());
        SignalingService service;
        SyncStatusWidget widget;
        widget.setService(&service);
        widget.setLocalOnly(false);
        service.setConfig(testConfig(relay.url()));
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(widget.displayState(), SyncDisplayState::Live, 5000);
        QCOMPARE(widget.stateText(), QStringLiteral("Live"));
        QTRY_VERIFY_WITH_TIMEOUT(
            widget.heartbeatText().contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d"))), 5000);
        QVERIFY(widget.heartbeatText().startsWith(QStringLiteral("Heartbeat ")));
        QVERIFY(widget.syncNowAction()->isEnabled());
        QVERIFY(!widget.reconnectAction()->isEnabled());
        QVERIFY(widget.errorText().isEmpty());
        QVERIFY(widget.toolTip().contains(relay.url().toString()));
        QVERIFY(widget.toolTip().contains(QStringLiteral("ab12\u2026"
                                                         "9f")));
        QVERIFY(!widget.toolTip().contains(QStringLiteral("ui-test-secret-token")));

        QSignalSpy requested(&widget, &SyncStatusWidget::syncRequested);
        QSignalSpy relayed(&relay, &UiFakeRelay::signalReceived);
        auto* button = widget.findChild<QToolButton*>(QStringLiteral("syncNowButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto all = relay.received();
                return std::any_of(all.begin(), all.end(),
                    [](const vv::protocol::Signal& s) { return s.type == vv::protocol::SignalType::SyncRequired; });
            }(),
            5000);

        widget.setLastSync(QDateTime::currentDateTime());
        QVERIFY(widget.lastSyncText().startsWith(QStringLiteral("Last sync ")));
    }

    // Stop the relay while Live: the widget shows "Reconnecting in N s (attempt 1 of 2)" with
    // the countdown timer running, then "Offline, gave up" after the last attempt (timer off,
    // error in words, Reconnect enabled). Restart the relay on the same port and press
    // Reconnect: Live again, error gone.
    void serverStopThenGiveUpThenReconnect()
    {
        UiFakeRelay relay;
        QVERIFY(relay.listen());
        const quint16 port = relay.port();
        SignalingService service;
        SyncStatusWidget widget;
        widget.setService(&service);
        widget.setLocalOnly(false);
        service.setConfig(testConfig(relay.url()));
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(widget.displayState(), SyncDisplayState::Live, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(service.lastHeartbeat().isValid(), 5000);

        // Snapshot the widget at each state change (connected after the widget, so it has updated).
        QStringList reconnectingTexts;
        bool countdownWhileReconnecting = false;
        connect(&service, &SignalingService::stateChanged, &widget, [&](SignalingService::State state) {
            if (state == SignalingService::State::Reconnecting) {
                reconnectingTexts << widget.stateText();
                countdownWhileReconnecting = widget.isCountdownActive();
            }
        });
        relay.stop();
        QTRY_COMPARE_WITH_TIMEOUT(widget.displayState(), SyncDisplayState::Offline, 10000);
        QVERIFY(!reconnectingTexts.isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^Reconnecting in \\d+ s \\(attempt 1 of 2\\)$"))
                     .match(reconnectingTexts.first())
                     .hasMatch(),
            qPrintable(reconnectingTexts.first()));
        QVERIFY(countdownWhileReconnecting);
        QCOMPARE(widget.stateText(), QStringLiteral("Offline, gave up"));
        QCOMPARE(widget.errorText(), QStringLiteral("Gave up after 2 attempts. Press Reconnect to try again."));
        QVERIFY(!widget.isCountdownActive());
        QVERIFY(widget.reconnectAction()->isEnabled());
        QVERIFY(!widget.syncNowAction()->isEnabled());

        QVERIFY(relay.listen(port));
        auto* button = widget.findChild<QToolButton*>(QStringLiteral("reconnectButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(widget.displayState(), SyncDisplayState::Live, 5000);
        QVERIFY(widget.errorText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(service.reconnectAttempts(), 0, 5000);
    }

    // Nothing listens and the first retry is ~20 s away: the countdown text follows the
    // injected clock exactly (rounded up to whole seconds); the 1 s timer runs only while
    // reconnecting and stops when the service is stopped.
    void countdownFollowsInjectedClock()
    {
        UiFakeRelay probe; // find a free port, then close it so connecting fails fast
        QVERIFY(probe.listen());
        const QUrl deadUrl = probe.url();
        probe.stop();

        SignalingService service;
        service.setRandom([] { return 0.99; });
        SyncStatusWidget widget;
        QDateTime fakeNow = QDateTime::currentDateTime();
        widget.setClock([&fakeNow] { return fakeNow; });
        widget.setService(&service);
        widget.setLocalOnly(false);
        SignalingConfig config = testConfig(deadUrl);
        config.reconnectIntervalMs = 20000;
        config.maxReconnectIntervalMs = 60000;
        config.maxReconnectAttempts = 3;
        service.setConfig(config);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(widget.displayState(), SyncDisplayState::Reconnecting, 5000);
        QVERIFY(widget.isCountdownActive());
        const QDateTime at = service.nextRetryAt();
        QVERIFY(at.isValid());

        fakeNow = at.addMSecs(-4500);
        widget.refresh();
        QCOMPARE(widget.stateText(), QStringLiteral("Reconnecting in 5 s (attempt 1 of 3)"));
        fakeNow = at.addMSecs(-1000);
        widget.refresh();
        QCOMPARE(widget.stateText(), QStringLiteral("Reconnecting in 1 s (attempt 1 of 3)"));
        fakeNow = at.addMSecs(200); // overdue: never a negative count
        widget.refresh();
        QCOMPARE(widget.stateText(), QStringLiteral("Reconnecting in 0 s (attempt 1 of 3)"));
        QCOMPARE(widget.errorText(), QStringLiteral("Could not reach the sync server."));
        QVERIFY(widget.toolTip().contains(QStringLiteral("Attempts: 1 of 3")));

        // Unlimited attempts read differently.
        config.maxReconnectAttempts = 0;
        service.setConfig(config); // timings only: the pending retry stays
        widget.refresh();
        QVERIFY2(widget.stateText().endsWith(QStringLiteral("(attempt 1)")), qPrintable(widget.stateText()));

        service.stop();
        QCOMPARE(widget.displayState(), SyncDisplayState::Disconnected);
        QVERIFY(!widget.isCountdownActive());
        QVERIFY(widget.reconnectAction()->isEnabled());
    }

    // The relay closes every join with 4003: "Token refused", the refusal in words, Reconnect
    // enabled (the user may have fixed it), Sync now disabled, no retry countdown.
    void tokenRefused()
    {
        UiFakeRelay relay;
        relay.setRefuseJoins(true);
        QVERIFY(relay.listen());
        SignalingService service;
        SyncStatusWidget widget;
        widget.setService(&service);
        widget.setLocalOnly(false);
        service.setConfig(testConfig(relay.url()));
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(widget.displayState(), SyncDisplayState::TokenRefused, 5000);
        QCOMPARE(widget.stateText(), QStringLiteral("Token refused"));
        QVERIFY(widget.errorText().contains(QStringLiteral("refused")));
        QVERIFY(!widget.errorText().contains(QStringLiteral("ui-test-secret-token")));
        QVERIFY(widget.reconnectAction()->isEnabled());
        QVERIFY(!widget.syncNowAction()->isEnabled());
        QVERIFY(!widget.isCountdownActive());
    }

    // The buttons are reachable with Tab and carry accessible names.
    void keyboardAndAccessibility()
    {
        SyncStatusWidget widget;
        for (const char* name : { "reconnectButton", "syncNowButton" }) {
            auto* button = widget.findChild<QToolButton*>(QLatin1StringView(name));
            QVERIFY(button);
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
            QVERIFY(!button->accessibleName().isEmpty());
            QVERIFY(!button->accessibleDescription().isEmpty());
        }
        QVERIFY(!widget.accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
