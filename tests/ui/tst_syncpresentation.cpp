// The pure presentation rules behind the status widget: state mapping, readable colours on
// light and dark palettes, room id shortening, the countdown rounding, Reconnect enabling.
#include "status/SyncStatusPresentation.h"

#include <QTest>

using vv::signaling::SignalingService;
using vv::ui::SyncDisplayState;

Q_DECLARE_METATYPE(SyncDisplayState)

class TestSyncPresentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void displayState_data()
    {
        QTest::addColumn<SignalingService::State>("state");
        QTest::addColumn<SignalingService::Error>("error");
        QTest::addColumn<bool>("localOnly");
        QTest::addColumn<SyncDisplayState>("expected");
        using S = SignalingService::State;
        using E = SignalingService::Error;
        QTest::newRow("local wins") << S::Connected << E::NoError << true << SyncDisplayState::LocalOnly;
        QTest::newRow("disabled") << S::Disabled << E::NoError << false << SyncDisplayState::Disabled;
        QTest::newRow("disconnected") << S::Disconnected << E::NoError << false << SyncDisplayState::Disconnected;
        QTest::newRow("connecting") << S::Connecting << E::NoError << false << SyncDisplayState::Connecting;
        QTest::newRow("live") << S::Connected << E::NoError << false << SyncDisplayState::Live;
        QTest::newRow("reconnecting") << S::Reconnecting << E::ConnectionLost << false
                                      << SyncDisplayState::Reconnecting;
        QTest::newRow("gave up") << S::Failed << E::GaveUp << false << SyncDisplayState::Offline;
        QTest::newRow("invalid config") << S::Failed << E::InvalidConfig << false << SyncDisplayState::Offline;
        QTest::newRow("token") << S::Failed << E::TokenRefused << false << SyncDisplayState::TokenRefused;
    }

    // Failed splits by error into Offline and Token refused; no synced budget is Local only.
    void displayState()
    {
        QFETCH(SignalingService::State, state);
        QFETCH(SignalingService::Error, error);
        QFETCH(bool, localOnly);
        QFETCH(SyncDisplayState, expected);
        QCOMPARE(vv::ui::displayStateFor(state, error, localOnly), expected);
    }

    void colours_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("text");
        QTest::newRow("fusion light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
        QTest::newRow("white") << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("breeze dark") << QColor(0x31, 0x36, 0x3b) << QColor(0xfc, 0xfc, 0xfc);
        QTest::newRow("violet dark") << QColor(0x2b, 0x29, 0x33) << QColor(0xe8, 0xe6, 0xef);
        QTest::newRow("black") << QColor(Qt::black) << QColor(Qt::white);
        QTest::newRow("mid grey") << QColor(0x80, 0x80, 0x80) << QColor(Qt::black);
    }

    // Every state's colour reaches 4.5:1 against the window colour of light and dark themes.
    void colours()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, text);
        QPalette palette;
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        for (auto state : { SyncDisplayState::LocalOnly, SyncDisplayState::Disabled, SyncDisplayState::Disconnected,
                 SyncDisplayState::Connecting, SyncDisplayState::Live, SyncDisplayState::Reconnecting,
                 SyncDisplayState::Offline, SyncDisplayState::TokenRefused }) {
            const QColor c = vv::ui::stateColor(state, palette);
            const double ratio = vv::ui::contrastRatio(c, window);
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("state %1 colour %2 ratio %3").arg(int(state)).arg(c.name()).arg(ratio)));
            QVERIFY(!vv::ui::stateIconPath(state).isEmpty());
        }
        // Live, Reconnecting and Offline are told apart by colour, not only by words.
        QVERIFY(vv::ui::stateColor(SyncDisplayState::Live, palette)
            != vv::ui::stateColor(SyncDisplayState::Offline, palette));
    }

    void shortRoomId_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("expected");
        QTest::newRow("long") << "ab12cd34ef56789f"
                              << QStringLiteral("ab12\u2026"
                                                "9f");
        QTest::newRow("short stays") << "abc"
                                     << "abc";
        QTest::newRow("eight stays") << "abcdefgh"
                                     << "abcdefgh";
        QTest::newRow("empty") << ""
                               << "";
    }

    void shortRoomId()
    {
        QFETCH(QString, room);
        QFETCH(QString, expected);
        QCOMPARE(vv::ui::shortRoomId(room), expected);
    }

    void secondsUntil_data()
    {
        QTest::addColumn<qint64>("deltaMs");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << qint64(5000) << qint64(5);
        QTest::newRow("rounds up") << qint64(4001) << qint64(5);
        QTest::newRow("just under 1") << qint64(1) << qint64(1);
        QTest::newRow("now") << qint64(0) << qint64(0);
        QTest::newRow("overdue") << qint64(-1500) << qint64(0);
    }

    // The countdown never shows a negative number and never says 0 while time remains.
    void secondsUntil()
    {
        QFETCH(qint64, deltaMs);
        QFETCH(qint64, expected);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000);
        QCOMPARE(vv::ui::secondsUntil(now, now.addMSecs(deltaMs)), expected);
        QCOMPARE(vv::ui::secondsUntil(QDateTime(), now), qint64(0));
    }

    // Reconnect only where it can help: not while live or connecting, not when off or local.
    void canReconnect()
    {
        QVERIFY(vv::ui::canReconnect(SyncDisplayState::Reconnecting));
        QVERIFY(vv::ui::canReconnect(SyncDisplayState::Offline));
        QVERIFY(vv::ui::canReconnect(SyncDisplayState::TokenRefused));
        QVERIFY(vv::ui::canReconnect(SyncDisplayState::Disconnected));
        QVERIFY(!vv::ui::canReconnect(SyncDisplayState::Live));
        QVERIFY(!vv::ui::canReconnect(SyncDisplayState::Connecting));
        QVERIFY(!vv::ui::canReconnect(SyncDisplayState::Disabled));
        QVERIFY(!vv::ui::canReconnect(SyncDisplayState::LocalOnly));
    }
};

QTEST_MAIN(TestSyncPresentation)
#include "tst_syncpresentation.moc"
