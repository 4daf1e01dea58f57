#include "FakeRelay.h"
#include "SignalingTestUtil.h"
#include "signaling/SignalingService.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using vv::protocol::Signal;
using vv::protocol::SignalType;
using vv::signaling::SignalingConfig;
using vv::signaling::SignalingService;
using vv::test::FakeRelay;
using vv::test::fastConfig;
using vv::test::wireFrame;
using State = SignalingService::State;
using Error = SignalingService::Error;

namespace {
const QString Room = QStringLiteral("room-resilience");

// A port with nothing listening: bind, note it, release it.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QUrl urlFor(quint16 port)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
}

// Replays a fixed list of jitter draws, then repeats the last one.
SignalingService::Random draws(QList<double> values)
{
    auto index = std::make_shared<qsizetype>(0);
    return [values, index] { return values.at(qMin((*index)++, values.size() - 1)); };
}
} // namespace

// What the reference never tested: backoff, giving up, dead links, restarts, pile-ups,
// token refusal, retry_later, hostile frames, network changes, handshake timeouts.
class tst_SignalingResilience : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backoffGrowsWithJitterUpToTheCap();
    void givesUpAfterMaxAttempts();
    void manualReconnectResetsTheCount();
    void networkChangeTriesNow();
    void deadServerIsDetectedAndReplaced();
    void serverRestartIsSurvived();
    void noPileUpAfterFiftyCycles();
    void tokenRefusalStopsRetrying_data();
    void tokenRefusalStopsRetrying();
    void retryLaterIsHonoured_data();
    void retryLaterIsHonoured();
    void hostileFramesAreDropped_data();
    void hostileFramesAreDropped();
    void hugeFrameClosesAndRecovers();
    void handshakeTimeout();
};

void tst_SignalingResilience::initTestCase()
{
    qRegisterMetaType<Signal>();
}

void tst_SignalingResilience::backoffGrowsWithJitterUpToTheCap()
{
    // Tried: a server that is not there, base 40 ms, cap 200 ms, six attempts, known draws and a
    // fixed clock. Must hold: attempt n is scheduled draw * min(cap, 40 * 2^(n-1)) ms ahead
    // (floor 10 ms), attempts count 1..6 with max 6, then Failed/GaveUp.
    const quint16 port = closedPort();
    QVERIFY(port);
    SignalingService service;
    service.setClock(vv::test::fixedNow);
    service.setRandom(draws({ 0.5, 0.9, 0.25, 0.999, 0.0, 0.6 }));
    SignalingConfig config = fastConfig(urlFor(port), Room, QStringLiteral("dev-a"));
    config.reconnectIntervalMs = 40;
    config.maxReconnectIntervalMs = 200;
    config.maxReconnectAttempts = 6;
    service.setConfig(config);
    QSignalSpy scheduled(&service, &SignalingService::reconnectScheduled);
    service.start();
    QTRY_COMPARE(service.state(), State::Failed);

    const QList<qint64> expected { 20, 72, 40, 199, 10, 120 };
    QCOMPARE(scheduled.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(scheduled.at(i).at(0).toInt(), int(i + 1));
        QCOMPARE(scheduled.at(i).at(1).toInt(), 6);
        QCOMPARE(vv::test::fixedNow().msecsTo(scheduled.at(i).at(2).toDateTime()), expected.at(i));
    }
    QCOMPARE(service.error(), Error::GaveUp);
    QVERIFY(service.errorString().contains(QStringLiteral("6")));
    QCOMPARE(service.reconnectAttempts(), 6);
    QVERIFY(!service.nextRetryAt().isValid());
}

void tst_SignalingResilience::givesUpAfterMaxAttempts()
{
    // Tried: max 3 attempts against nothing, then the server appears. Must hold: Failed/GaveUp
    // after exactly 3 scheduled attempts and no further ones until reconnect(), which connects.
    const quint16 port = closedPort();
    QVERIFY(port);
    SignalingService service;
    SignalingConfig config = fastConfig(urlFor(port), Room, QStringLiteral("dev-a"));
    config.maxReconnectAttempts = 3;
    service.setConfig(config);
    QSignalSpy scheduled(&service, &SignalingService::reconnectScheduled);
    service.start();
    QTRY_COMPARE(service.state(), State::Failed);
    QCOMPARE(service.error(), Error::GaveUp);
    QCOMPARE(scheduled.size(), 3);

    FakeRelay relay;
    QVERIFY(relay.listen(port));
    QTest::qWait(10 * config.maxReconnectIntervalMs);
    QCOMPARE(relay.acceptedCount(), 0);
    QCOMPARE(service.state(), State::Failed);
    service.reconnect();
    QTRY_COMPARE(service.state(), State::Connected);
    QCOMPARE(service.reconnectAttempts(), 0);
    QCOMPARE(service.error(), Error::NoError);
}

void tst_SignalingResilience::manualReconnectResetsTheCount()
{
    // Tried: let three attempts fail, then reconnect() by hand. Must hold: the next scheduled
    // attempt is number 1 again (the count was reset), not 4.
    const quint16 port = closedPort();
    QVERIFY(port);
    SignalingService service;
    SignalingConfig config = fastConfig(urlFor(port), Room, QStringLiteral("dev-a"));
    config.maxReconnectAttempts = 0;
    service.setConfig(config);
    QSignalSpy scheduled(&service, &SignalingService::reconnectScheduled);
    service.start();
    QTRY_VERIFY(scheduled.size() >= 3);
    QCOMPARE(scheduled.at(2).at(0).toInt(), 3);
    scheduled.clear();
    service.reconnect();
    QTRY_VERIFY(!scheduled.isEmpty());
    QCOMPARE(scheduled.first().at(0).toInt(), 1);
    QCOMPARE(scheduled.first().at(1).toInt(), 0); // 0 = forever
    service.stop();
    QCOMPARE(service.reconnectAttempts(), 0);
}

void tst_SignalingResilience::networkChangeTriesNow()
{
    // Tried: a long (>= 8 s) wait is scheduled, the server comes up, networkChanged() is called.
    // Must hold: connected long before the scheduled time; later, networkChanged() while connected
    // sends a ping at once.
    const quint16 port = closedPort();
    QVERIFY(port);
    SignalingService service;
    service.setRandom(draws({ 0.9 }));
    SignalingConfig config = fastConfig(urlFor(port), Room, QStringLiteral("dev-a"));
    config.reconnectIntervalMs = 10000;
    config.maxReconnectIntervalMs = 10000;
    service.setConfig(config);
    service.start();
    QTRY_COMPARE(service.state(), State::Reconnecting);
    QVERIFY(QDateTime::currentDateTimeUtc().msecsTo(service.nextRetryAt()) > 8000);

    FakeRelay relay;
    QVERIFY(relay.listen(port));
    QElapsedTimer elapsed;
    elapsed.start();
    service.networkChanged();
    QTRY_COMPARE(service.state(), State::Connected);
    QVERIFY(elapsed.elapsed() < 8000);

    QTRY_COMPARE(relay.countOfType(QStringLiteral("ping")), 1);
    service.networkChanged();
    QTRY_COMPARE(relay.countOfType(QStringLiteral("ping")), 2);
}

void tst_SignalingResilience::deadServerIsDetectedAndReplaced()
{
    // Tried: the relay stops answering pings (a half-open link). Must hold: HeartbeatTimeout is
    // reported, the old socket is aborted and a NEW one connects (the relay accepts a second
    // connection), and only one QWebSocket remains under the service.
    FakeRelay relay;
    QVERIFY(relay.listen());
    SignalingService service;
    SignalingConfig config = fastConfig(relay.url(), Room, QStringLiteral("dev-a"));
    config.heartbeatIntervalMs = 40;
    config.pongTimeoutMs = 150;
    service.setConfig(config);
    QSignalSpy heartbeats(&service, &SignalingService::heartbeat);
    service.start();
    QTRY_VERIFY(!heartbeats.isEmpty());

    relay.setAnswerPings(false);
    QSignalSpy errors(&service, &SignalingService::errorOccurred);
    QTRY_COMPARE(service.error(), Error::HeartbeatTimeout);
    QVERIFY(!errors.isEmpty());
    // The dead socket was dropped (more may follow while the relay stays silent).
    QTRY_VERIFY(relay.disconnectedCount() >= 1);

    relay.setAnswerPings(true);
    heartbeats.clear();
    QTRY_VERIFY(!heartbeats.isEmpty());
    QCOMPARE(service.state(), State::Connected);
    QVERIFY(relay.acceptedCount() >= 2);
    QTRY_COMPARE(vv::test::socketCount(&service), 1);
    QTRY_COMPARE(relay.openCount(), 1);
}

void tst_SignalingResilience::serverRestartIsSurvived()
{
    // Tried: the relay dies (listening socket and clients closed) and listens again on the same
    // port. Must hold: both services come back by themselves and signals flow between them again.
    FakeRelay relay;
    QVERIFY(relay.listen());
    const quint16 port = relay.port();
    SignalingService a, b;
    a.setConfig(fastConfig(relay.url(), Room, QStringLiteral("dev-a")));
    b.setConfig(fastConfig(relay.url(), Room, QStringLiteral("dev-b")));
    QSignalSpy heartbeatA(&a, &SignalingService::heartbeat);
    QSignalSpy heartbeatB(&b, &SignalingService::heartbeat);
    a.start();
    b.start();
    QTRY_VERIFY(!heartbeatA.isEmpty() && !heartbeatB.isEmpty());

    relay.close();
    QTRY_COMPARE(a.state(), State::Reconnecting);
    QTRY_COMPARE(b.state(), State::Reconnecting);
    QVERIFY(relay.listen(port));
    heartbeatA.clear();
    heartbeatB.clear();
    QTRY_VERIFY(!heartbeatA.isEmpty() && !heartbeatB.isEmpty());

    QSignalSpy atB(&b, &SignalingService::signalReceived);
    QVERIFY(a.sendSignal(SignalType::DataChanged, { { QStringLiteral("seq"), 9 } }));
    // B may also see A's re-join (the relay routes joins like the reference does).
    QTRY_VERIFY(!atB.isEmpty() && atB.last().first().value<Signal>().type == SignalType::DataChanged);
    QCOMPARE(atB.last().first().value<Signal>().metadata.seq, std::optional<qint64>(9));
}

void tst_SignalingResilience::noPileUpAfterFiftyCycles()
{
    // Tried: 50 drop/reconnect cycles (alternating a server close frame and a silent abort).
    // Must hold: the relay accepted exactly 51 sockets and saw 51 joins, the service still has
    // exactly one QWebSocket and the same 4 timers, and one incoming signal is delivered exactly
    // once (a piled-up connection would deliver it twice).
    FakeRelay relay;
    QVERIFY(relay.listen());
    SignalingService service;
    SignalingConfig config = fastConfig(relay.url(), Room, QStringLiteral("dev-a"));
    config.reconnectIntervalMs = 10;
    config.maxReconnectIntervalMs = 20;
    service.setConfig(config);
    const qsizetype timers = vv::test::timerCount(&service);
    QCOMPARE(timers, 4);
    QSignalSpy heartbeats(&service, &SignalingService::heartbeat);
    service.start();
    QTRY_COMPARE(heartbeats.size(), 1);

    constexpr int Cycles = 50;
    for (int cycle = 1; cycle <= Cycles; ++cycle) {
        if (cycle % 2)
            relay.closeAll(1011);
        else
            relay.abortAll();
        QTRY_COMPARE(heartbeats.size(), cycle + 1);
        QCOMPARE(vv::test::timerCount(&service), timers);
    }
    QCOMPARE(relay.acceptedCount(), Cycles + 1);
    QCOMPARE(relay.countOfType(QStringLiteral("connected")), Cycles + 1);
    QTRY_COMPARE(relay.openCount(), 1);
    QTRY_COMPARE(vv::test::socketCount(&service), 1);
    QCOMPARE(service.reconnectAttempts(), 0);

    QSignalSpy received(&service, &SignalingService::signalReceived);
    QSignalSpy states(&service, &SignalingService::stateChanged);
    relay.sendTextToAll(
        wireFrame(QStringLiteral("data_changed"), Room, { { QStringLiteral("deviceId"), QStringLiteral("dev-b") } }));
    QTRY_COMPARE(received.size(), 1);
    heartbeats.clear();
    service.networkChanged(); // one ping -> exactly one pong -> exactly one heartbeat
    QTRY_COMPARE(heartbeats.size(), 1);
    QTest::qWait(50);
    QCOMPARE(received.size(), 1);
    QCOMPARE(heartbeats.size(), 1);
    QCOMPARE(states.size(), 0);
}

void tst_SignalingResilience::tokenRefusalStopsRetrying_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("wrong token (4003)") << QStringLiteral("wrong-token");
    QTest::newRow("no token (4001)") << QString();
}

void tst_SignalingResilience::tokenRefusalStopsRetrying()
{
    // Tried: a relay that wants another token closes with 4003 (or 4001 without one). Must hold:
    // Failed + TokenRefused, no further connection attempts (checked over 20 reconnect intervals),
    // networkChanged() does not retry; reconnect() with the right token connects.
    QFETCH(QString, token);
    FakeRelay relay;
    QVERIFY(relay.listen());
    relay.setRequiredToken(QStringLiteral("right-token"));
    SignalingService service;
    SignalingConfig config = fastConfig(relay.url(), Room, QStringLiteral("dev-a"));
    config.token = token;
    service.setConfig(config);
    QSignalSpy errors(&service, &SignalingService::errorOccurred);
    service.start();
    QTRY_COMPARE(service.state(), State::Failed);
    QCOMPARE(service.error(), Error::TokenRefused);
    QVERIFY(service.errorString().contains(QStringLiteral("token")));
    QTest::qWait(20 * config.reconnectIntervalMs);
    service.networkChanged();
    QTest::qWait(2 * config.reconnectIntervalMs);
    QCOMPARE(relay.acceptedCount(), 1);
    QCOMPARE(service.state(), State::Failed);

    config.token = QStringLiteral("right-token");
    service.setConfig(config);
    QTRY_COMPARE(service.state(), State::Connected);
    QCOMPARE(relay.acceptedCount(), 2);
}

void tst_SignalingResilience::retryLaterIsHonoured_data()
{
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<Error>("error");
    QTest::newRow("rate limited 4029") << 4029 << Error::RateLimited;
    QTest::newRow("too many connections 4030") << 4030 << Error::RateLimited;
    QTest::newRow("server draining 1001") << 1001 << Error::ServerGoingAway;
}

void tst_SignalingResilience::retryLaterIsHonoured()
{
    // Tried: the relay answers the join with retry_later{400 ms} and closes. Must hold: the next
    // attempt is scheduled exactly 400 ms out (the backoff alone would be 10 ms), it really does not
    // happen earlier, networkChanged() does not jump the server's wait, and the error names the reason.
    QFETCH(int, closeCode);
    QFETCH(Error, error);
    FakeRelay relay;
    QVERIFY(relay.listen());
    relay.setRejectJoins(400, quint16(closeCode));
    SignalingService service;
    service.setClock(vv::test::fixedNow);
    service.setRandom(draws({ 0.0 }));
    SignalingConfig config = fastConfig(relay.url(), Room, QStringLiteral("dev-a"));
    config.reconnectIntervalMs = 20;
    service.setConfig(config);
    QSignalSpy scheduled(&service, &SignalingService::reconnectScheduled);
    QSignalSpy received(&service, &SignalingService::signalReceived);
    // Measured from the scheduling itself to the relay's accept, both in this event loop.
    QElapsedTimer elapsed;
    qint64 acceptedAfterMs = -1;
    connect(&service, &SignalingService::reconnectScheduled, this, [&elapsed] {
        if (!elapsed.isValid())
            elapsed.start();
    });
    connect(&relay, &FakeRelay::clientConnected, this, [&] {
        if (relay.acceptedCount() == 2)
            acceptedAfterMs = elapsed.elapsed();
    });
    service.start();
    QTRY_COMPARE(scheduled.size(), 1);
    QCOMPARE(vv::test::fixedNow().msecsTo(scheduled.first().at(2).toDateTime()), 400);
    QCOMPARE(service.error(), error);
    QCOMPARE(received.size(), 1); // the retry_later itself is forwarded to listeners
    QCOMPARE(received.first().first().value<Signal>().type, SignalType::RetryLater);
    service.networkChanged();
    QCOMPARE(service.state(), State::Reconnecting);

    relay.clearRejectJoins();
    QTRY_COMPARE(relay.acceptedCount(), 2);
    // Qt's coarse timers may fire up to 5% early: 380 ms is the earliest legal retry.
    QVERIFY2(acceptedAfterMs >= 380, qPrintable(QString::number(acceptedAfterMs)));
    QTRY_COMPARE(service.state(), State::Connected);
}

void tst_SignalingResilience::hostileFramesAreDropped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("binary");
    const QString room = Room;
    QTest::newRow("not json") << QStringLiteral("hello") << QByteArray();
    QTest::newRow("json array") << QStringLiteral("[1,2,3]") << QByteArray();
    QTest::newRow("unknown field")
        << QStringLiteral(R"({"type":"data_changed","budgetId":"%1","timestamp":1,"transactions":[1]})").arg(room)
        << QByteArray();
    QTest::newRow("unknown type") << QStringLiteral(R"({"type":"balance","budgetId":"%1","timestamp":1})").arg(room)
                                  << QByteArray();
    QTest::newRow("no timestamp") << QStringLiteral(R"({"type":"data_changed","budgetId":"%1"})").arg(room)
                                  << QByteArray();
    QTest::newRow("metadata outside whitelist")
        << QStringLiteral(R"({"type":"data_changed","budgetId":"%1","timestamp":1,"metadata":{"amount":5}})").arg(room)
        << QByteArray();
    QTest::newRow("oversized (2 KiB)") << QStringLiteral(
        R"({"type":"data_changed","budgetId":"%1","timestamp":1,"metadata":{"version":"%2"}})")
                                              .arg(room, QString(2048, u'v'))
                                       << QByteArray();
    QTest::newRow("another room") << wireFrame(QStringLiteral("data_changed"), QStringLiteral("other-room"))
                                  << QByteArray();
    QTest::newRow("binary") << QString() << QByteArray(R"({"type":"data_changed","timestamp":1})");
}

void tst_SignalingResilience::hostileFramesAreDropped()
{
    // Tried: the server sends a bad frame, then a good one. Must hold: only the good one reaches
    // listeners, the bad one is counted as dropped, and the connection stays up.
    QFETCH(QString, text);
    QFETCH(QByteArray, binary);
    FakeRelay relay;
    QVERIFY(relay.listen());
    SignalingService service;
    service.setConfig(fastConfig(relay.url(), Room, QStringLiteral("dev-a")));
    QSignalSpy heartbeats(&service, &SignalingService::heartbeat);
    service.start();
    QTRY_COMPARE(heartbeats.size(), 1);
    QSignalSpy received(&service, &SignalingService::signalReceived);

    if (binary.isEmpty())
        relay.sendTextToAll(text);
    else
        relay.sendBinaryToAll(binary);
    relay.sendTextToAll(
        wireFrame(QStringLiteral("sync_required"), Room, { { QStringLiteral("deviceId"), QStringLiteral("dev-b") } }));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().value<Signal>().type, SignalType::SyncRequired);
    QCOMPARE(service.droppedFrames(), quint64(1));
    QCOMPARE(service.state(), State::Connected);
    QCOMPARE(relay.acceptedCount(), 1);
}

void tst_SignalingResilience::hugeFrameClosesAndRecovers()
{
    // Tried: a 1 MiB frame from the server. Must hold: it never reaches listeners (the socket
    // refuses it and the link is replaced), and the service reconnects on its own.
    FakeRelay relay;
    QVERIFY(relay.listen());
    SignalingService service;
    service.setConfig(fastConfig(relay.url(), Room, QStringLiteral("dev-a")));
    QSignalSpy heartbeats(&service, &SignalingService::heartbeat);
    service.start();
    QTRY_COMPARE(heartbeats.size(), 1);
    QSignalSpy received(&service, &SignalingService::signalReceived);
    relay.sendTextToAll(QString(1024 * 1024, u'x'));
    QTRY_COMPARE(relay.acceptedCount(), 2);
    QTRY_COMPARE(service.state(), State::Connected);
    QCOMPARE(received.size(), 0);
}

void tst_SignalingResilience::handshakeTimeout()
{
    // Tried: a TCP server that accepts but never answers the WebSocket handshake. Must hold: the
    // connect timeout fires (ConnectionFailed) and a retry is scheduled.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    SignalingService service;
    SignalingConfig config = fastConfig(urlFor(silent.serverPort()), Room, QStringLiteral("dev-a"));
    config.connectTimeoutMs = 150;
    config.reconnectIntervalMs = 5000;
    service.setConfig(config);
    QSignalSpy scheduled(&service, &SignalingService::reconnectScheduled);
    service.start();
    QTRY_COMPARE(scheduled.size(), 1);
    QCOMPARE(service.error(), Error::ConnectionFailed);
    QVERIFY(service.errorString().contains(QStringLiteral("Timed out")));
    QCOMPARE(service.state(), State::Reconnecting);
}

QTEST_GUILESS_MAIN(tst_SignalingResilience)
#include "tst_signalingresilience.moc"
