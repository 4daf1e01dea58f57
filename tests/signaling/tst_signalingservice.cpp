#include "FakeRelay.h"
#include "SignalingTestUtil.h"
#include "protocol/SignalCodec.h"
#include "signaling/SignalingService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
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

namespace {
const QString Room = QStringLiteral("room-basics");

QStringList messages; // log capture for the "no secret in logs" checks
QtMessageHandler previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    messages.append(message);
    if (previousHandler && type != QtDebugMsg)
        previousHandler(type, context, message);
}
} // namespace

// Ports the reference's own service tests (privacy, connection management, signal handling,
// heartbeat, multi-listener) to the Qt service, against an in-process relay on 127.0.0.1.
class tst_SignalingService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void onlyMetadataIsSent();
    void dataPayloadsAreRefused_data();
    void dataPayloadsAreRefused();
    void serverOnlyTypesAreRefused();
    void refusesWhenNotConnected();
    void connects();
    void cleanDisconnect();
    void disabledMeansNoConnection();
    void disablingWhileConnectedClosesTheSocket();
    void signalsReachListeners();
    void severalListeners();
    void unsubscribe();
    void stateNotificationsOnConnectAndDisconnect();
    void periodicPings();
    void echoesAreDropped();
    void tokenGoesInTheHeaderOnly();
    void noTokenMeansNoHeader();
    void configChangeReconnects();
    void timingOnlyChangeKeepsTheConnection();
    void invalidConfigFails_data();
    void invalidConfigFails();

private:
    std::unique_ptr<SignalingService> connectedService(const QString& deviceId, const QString& room = Room);
    std::unique_ptr<FakeRelay> m_relay;
};

void tst_SignalingService::initTestCase()
{
    qRegisterMetaType<Signal>();
    QLoggingCategory::setFilterRules(QStringLiteral("vv.signaling.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessages);
}

void tst_SignalingService::init()
{
    messages.clear();
    m_relay = std::make_unique<FakeRelay>();
    QVERIFY(m_relay->listen());
}

void tst_SignalingService::cleanup()
{
    m_relay.reset();
}

std::unique_ptr<SignalingService> tst_SignalingService::connectedService(const QString& deviceId, const QString& room)
{
    auto service = std::make_unique<SignalingService>();
    service->setConfig(fastConfig(m_relay->url(), room, deviceId));
    QSignalSpy heartbeat(service.get(), &SignalingService::heartbeat);
    service->start();
    // The first pong means the relay has processed our join (it answers in order).
    if (!heartbeat.wait(5000) && heartbeat.isEmpty())
        return nullptr;
    return service;
}

void tst_SignalingService::onlyMetadataIsSent()
{
    // Tried: connect, then send data_changed with a seq. Must hold: every frame on the wire has
    // only type/budgetId/timestamp/metadata, metadata only whitelisted keys, and exactly the values we expect.
    auto service = connectedService(QStringLiteral("dev-a"));
    QVERIFY(service);
    QVERIFY(service->sendSignal(SignalType::DataChanged, { { QStringLiteral("seq"), 42 } }));
    QTRY_COMPARE(m_relay->countOfType(QStringLiteral("data_changed")), 1);

    const QSet<QString> topLevel { QStringLiteral("type"), QStringLiteral("budgetId"), QStringLiteral("timestamp"),
        QStringLiteral("metadata") };
    const QSet<QString> whitelist { QStringLiteral("version"), QStringLiteral("deviceId"), QStringLiteral("seq"),
        QStringLiteral("code"), QStringLiteral("retryAfterMs") };
    const auto frames = m_relay->frames();
    QVERIFY(frames.size() >= 3); // join, ping, data_changed
    for (const QByteArray& f : frames) {
        QVERIFY2(f.size() <= vv::protocol::SignalCodec::MaxFrameBytes, f.constData());
        const QJsonObject o = QJsonDocument::fromJson(f).object();
        for (const QString& key : o.keys())
            QVERIFY2(topLevel.contains(key), qPrintable(key));
        for (const QString& key : o.value(QStringLiteral("metadata")).toObject().keys())
            QVERIFY2(whitelist.contains(key), qPrintable(key));
        QVERIFY(vv::protocol::SignalCodec::decode(f).isValid());
    }

    const QJsonObject join = m_relay->framesOfType(QStringLiteral("connected")).value(0);
    QCOMPARE(join.value(QStringLiteral("budgetId")).toString(), Room);
    QCOMPARE(join.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("deviceId")).toString(),
        QStringLiteral("dev-a"));

    const QJsonObject changed = m_relay->framesOfType(QStringLiteral("data_changed")).value(0);
    QCOMPARE(changed.keys(),
        (QStringList { QStringLiteral("budgetId"), QStringLiteral("metadata"), QStringLiteral("timestamp"),
            QStringLiteral("type") }));
    QCOMPARE(changed.value(QStringLiteral("budgetId")).toString(), Room);
    const QJsonObject meta = changed.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(
        meta.keys(), (QStringList { QStringLiteral("deviceId"), QStringLiteral("seq"), QStringLiteral("version") }));
    QCOMPARE(meta.value(QStringLiteral("seq")).toInteger(), 42);
    QCOMPARE(meta.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
    QVERIFY(changed.value(QStringLiteral("timestamp")).toDouble() > 0);
}

void tst_SignalingService::dataPayloadsAreRefused_data()
{
    QTest::addColumn<QVariantMap>("metadata");
    QTest::addColumn<QString>("forbidden"); // must never appear on the wire or in the error text

    QTest::newRow("transactions") << QVariantMap { { QStringLiteral("transactions"), QVariantList { 1, 2, 3 } } }
                                  << QStringLiteral("transactions");
    QTest::newRow("amount") << QVariantMap { { QStringLiteral("amount"), 12345 } } << QStringLiteral("amount");
    QTest::newRow("envelope name") << QVariantMap { { QStringLiteral("envelope"), QStringLiteral("Groceries") } }
                                   << QStringLiteral("Groceries");
    QTest::newRow("ciphertext blob") << QVariantMap { { QStringLiteral("payload"), QByteArray(600, 'x').toBase64() } }
                                     << QStringLiteral("payload");
    QTest::newRow("data beside a good key")
        << QVariantMap { { QStringLiteral("seq"), 1 }, { QStringLiteral("balance"), 99.5 } }
        << QStringLiteral("balance");
    QTest::newRow("object smuggled in version")
        << QVariantMap { { QStringLiteral("version"), QVariantMap { { QStringLiteral("amount"), 5 } } } }
        << QStringLiteral("amount");
    QTest::newRow("text in seq") << QVariantMap { { QStringLiteral("seq"), QStringLiteral("rent-1200") } }
                                 << QStringLiteral("rent-1200");
    QTest::newRow("long version") << QVariantMap { { QStringLiteral("version"), QString(200, u'v') } }
                                  << QString(200, u'v');
}

void tst_SignalingService::dataPayloadsAreRefused()
{
    // Tried: sendSignal with budget data in the metadata. Must hold: false, an error that does
    // not repeat the data, and nothing of it on the wire (checked after a later valid signal arrived).
    QFETCH(QVariantMap, metadata);
    QFETCH(QString, forbidden);
    auto service = connectedService(QStringLiteral("dev-a"));
    QVERIFY(service);

    QString error;
    QVERIFY(!service->sendSignal(SignalType::DataChanged, metadata, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(forbidden), qPrintable(error));

    QVERIFY(service->sendSignal(SignalType::SyncRequired));
    QTRY_COMPARE(m_relay->countOfType(QStringLiteral("sync_required")), 1);
    QCOMPARE(m_relay->countOfType(QStringLiteral("data_changed")), 0);
    for (const QByteArray& f : m_relay->frames())
        QVERIFY(!f.contains(forbidden.toUtf8()));
    QVERIFY(service->isConnected());
}

void tst_SignalingService::serverOnlyTypesAreRefused()
{
    // Tried: sending the types only a server may send. Must hold: refused, nothing on the wire.
    auto service = connectedService(QStringLiteral("dev-a"));
    QVERIFY(service);
    const qsizetype before = m_relay->frames().size();
    for (SignalType type : { SignalType::Pong, SignalType::Error, SignalType::RetryLater }) {
        QString error;
        QVERIFY(!service->sendSignal(type, {}, &error));
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(service->sendSignal(SignalType::SyncRequired));
    QTRY_COMPARE(m_relay->frames().size(), before + 1);
}

void tst_SignalingService::refusesWhenNotConnected()
{
    // Tried: sendSignal before start() and after stop(). Must hold: false with a reason, no crash.
    SignalingService service;
    service.setConfig(fastConfig(m_relay->url(), Room, QStringLiteral("dev-a")));
    QString error;
    QVERIFY(!service.sendSignal(SignalType::DataChanged, {}, &error));
    QCOMPARE(error, QStringLiteral("not connected to the signaling server"));
    service.start();
    QTRY_VERIFY(service.isConnected());
    service.stop();
    QVERIFY(!service.sendSignal(SignalType::DataChanged));
}

void tst_SignalingService::connects()
{
    // Tried: start() against a live relay. Must hold: Connected, one server-side connection,
    // a join with our room, a heartbeat at the injected clock's time, no error.
    SignalingService service;
    service.setClock(vv::test::fixedNow);
    service.setConfig(fastConfig(m_relay->url(), Room, QStringLiteral("dev-a")));
    QCOMPARE(service.state(), State::Disconnected);
    QSignalSpy heartbeat(&service, &SignalingService::heartbeat);
    service.start();
    QTRY_COMPARE(service.state(), State::Connected);
    QTRY_COMPARE(heartbeat.size(), 1);
    QCOMPARE(heartbeat.first().first().toDateTime(), vv::test::fixedNow());
    QCOMPARE(service.lastHeartbeat(), vv::test::fixedNow());
    QCOMPARE(m_relay->acceptedCount(), 1);
    QCOMPARE(m_relay->countOfType(QStringLiteral("connected")), 1);
    QCOMPARE(service.error(), SignalingService::Error::NoError);
    QCOMPARE(service.reconnectAttempts(), 0);
    QCOMPARE(vv::test::socketCount(&service), 1);
}

void tst_SignalingService::cleanDisconnect()
{
    // Tried: stop() while connected. Must hold: Disconnected at once, the relay sees a normal
    // close (1000), and no reconnect follows (checked for 10 reconnect intervals).
    auto service = connectedService(QStringLiteral("dev-a"));
    QVERIFY(service);
    service->stop();
    QCOMPARE(service->state(), State::Disconnected);
    QTRY_COMPARE(m_relay->disconnectedCount(), 1);
    QCOMPARE(m_relay->peerCloseCodes().value(0), 1000);
    QTest::qWait(10 * service->config().reconnectIntervalMs);
    QCOMPARE(m_relay->acceptedCount(), 1);
    QCOMPARE(service->state(), State::Disconnected);
    QTRY_COMPARE(vv::test::socketCount(service.get()), 0);
}

void tst_SignalingService::disabledMeansNoConnection()
{
    // Tried: start() with enabled = false. Must hold: Disabled, and the server never sees a connection.
    SignalingService service;
    SignalingConfig config = fastConfig(m_relay->url(), Room, QStringLiteral("dev-a"));
    config.enabled = false;
    service.setConfig(config);
    QCOMPARE(service.state(), State::Disabled);
    service.start();
    service.networkChanged();
    service.reconnect();
    QCOMPARE(service.state(), State::Disabled);
    QTest::qWait(200);
    QCOMPARE(m_relay->acceptedCount(), 0);
    QCOMPARE(vv::test::socketCount(&service), 0);
}

void tst_SignalingService::disablingWhileConnectedClosesTheSocket()
{
    // Tried: setConfig(enabled = false) while connected, then enabled again. Must hold: the socket
    // closes and the state is Disabled; enabling again reconnects by itself (the service was started).
    auto service = connectedService(QStringLiteral("dev-a"));
    QVERIFY(service);
    SignalingConfig config = service->config();
    config.enabled = false;
    service->setConfig(config);
    QCOMPARE(service->state(), State::Disabled);
    QTRY_COMPARE(m_relay->openCount(), 0);
    config.enabled = true;
    service->setConfig(config);
    QTRY_COMPARE(service->state(), State::Connected);
    QCOMPARE(m_relay->acceptedCount(), 2);
}

void tst_SignalingService::signalsReachListeners()
{
    // Tried: device A sends data_changed; B in the same room listens. Must hold: B gets exactly
    // that signal (type, room, seq, A's device id); A does not get it back.
    auto a = connectedService(QStringLiteral("dev-a"));
    auto b = connectedService(QStringLiteral("dev-b"));
    QVERIFY(a && b);
    QSignalSpy atA(a.get(), &SignalingService::signalReceived);
    QSignalSpy atB(b.get(), &SignalingService::signalReceived);
    QVERIFY(a->sendSignal(SignalType::DataChanged, { { QStringLiteral("seq"), 7 } }));
    QTRY_COMPARE(atB.size(), 1);
    const auto signal = atB.first().first().value<Signal>();
    QCOMPARE(signal.type, SignalType::DataChanged);
    QCOMPARE(signal.budgetId, Room);
    QCOMPARE(signal.metadata.seq, std::optional<qint64>(7));
    QCOMPARE(signal.metadata.deviceId, std::optional<QString>(QStringLiteral("dev-a")));
    // A may see B's join (the relay routes joins like the reference does), never its own signal.
    for (const auto& args : std::as_const(atA))
        QVERIFY(args.first().value<Signal>().type != SignalType::DataChanged);
}

void tst_SignalingService::severalListeners()
{
    // Tried: three listeners on one service. Must hold: each gets the signal once.
    auto a = connectedService(QStringLiteral("dev-a"));
    auto b = connectedService(QStringLiteral("dev-b"));
    QVERIFY(a && b);
    int first = 0, second = 0, third = 0;
    connect(b.get(), &SignalingService::signalReceived, this, [&first] { ++first; });
    connect(b.get(), &SignalingService::signalReceived, this, [&second] { ++second; });
    connect(b.get(), &SignalingService::signalReceived, this, [&third] { ++third; });
    QVERIFY(a->sendSignal(SignalType::SyncRequired));
    QTRY_COMPARE(third, 1);
    QCOMPARE(first, 1);
    QCOMPARE(second, 1);
}

void tst_SignalingService::unsubscribe()
{
    // Tried: two listeners, one disconnected between two signals. Must hold: the unsubscribed one
    // saw only the first signal, the other saw both.
    auto a = connectedService(QStringLiteral("dev-a"));
    auto b = connectedService(QStringLiteral("dev-b"));
    QVERIFY(a && b);
    int kept = 0, dropped = 0;
    connect(b.get(), &SignalingService::signalReceived, this, [&kept] { ++kept; });
    const auto connection = connect(b.get(), &SignalingService::signalReceived, this, [&dropped] { ++dropped; });
    QVERIFY(a->sendSignal(SignalType::DataChanged, { { QStringLiteral("seq"), 1 } }));
    QTRY_COMPARE(kept, 1);
    QVERIFY(QObject::disconnect(connection));
    QVERIFY(a->sendSignal(SignalType::DataChanged, { { QStringLiteral("seq"), 2 } }));
    QTRY_COMPARE(kept, 2);
    QCOMPARE(dropped, 1);
}

void tst_SignalingService::stateNotificationsOnConnectAndDisconnect()
{
    // Tried: start() then stop(). Must hold: stateChanged reports connecting, connected,
    // disconnected, in that order and nothing else.
    SignalingService service;
    service.setConfig(fastConfig(m_relay->url(), Room, QStringLiteral("dev-a")));
    QSignalSpy states(&service, &SignalingService::stateChanged);
    service.start();
    QTRY_COMPARE(service.state(), State::Connected);
    service.stop();
    QCOMPARE(states.size(), 3);
    QCOMPARE(states.at(0).first().value<State>(), State::Connecting);
    QCOMPARE(states.at(1).first().value<State>(), State::Connected);
    QCOMPARE(states.at(2).first().value<State>(), State::Disconnected);
    QCOMPARE(vv::signaling::stateName(State::Reconnecting), QStringLiteral("reconnecting"));
}

void tst_SignalingService::periodicPings()
{
    // Tried: a 40 ms heartbeat. Must hold: the relay gets repeated JSON pings (one on connect plus
    // one per interval), each answered pong becomes a heartbeat signal, lastHeartbeat advances.
    SignalingService service;
    SignalingConfig config = fastConfig(m_relay->url(), Room, QStringLiteral("dev-a"));
    config.heartbeatIntervalMs = 40;
    service.setConfig(config);
    QSignalSpy heartbeats(&service, &SignalingService::heartbeat);
    service.start();
    QTRY_VERIFY(m_relay->countOfType(QStringLiteral("ping")) >= 5);
    QTRY_VERIFY(heartbeats.size() >= 4);
    const QJsonObject ping = m_relay->framesOfType(QStringLiteral("ping")).first();
    QCOMPARE(ping.keys(), (QStringList { QStringLiteral("timestamp"), QStringLiteral("type") }));
    QVERIFY(heartbeats.last().first().toDateTime() >= heartbeats.first().first().toDateTime());
    QCOMPARE(service.lastHeartbeat(), heartbeats.last().first().toDateTime());
    QCOMPARE(m_relay->acceptedCount(), 1);
}

void tst_SignalingService::echoesAreDropped()
{
    // Tried: the relay sends us a signal carrying our own device id, then one from another device.
    // Must hold: only the foreign one reaches listeners; the echo is not counted as invalid.
    auto service = connectedService(QStringLiteral("dev-a"));
    QVERIFY(service);
    QSignalSpy received(service.get(), &SignalingService::signalReceived);
    m_relay->sendTextToAll(
        wireFrame(QStringLiteral("data_changed"), Room, { { QStringLiteral("deviceId"), QStringLiteral("dev-a") } }));
    m_relay->sendTextToAll(
        wireFrame(QStringLiteral("data_changed"), Room, { { QStringLiteral("deviceId"), QStringLiteral("dev-b") } }));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(
        received.first().first().value<Signal>().metadata.deviceId, std::optional<QString>(QStringLiteral("dev-b")));
    QCOMPARE(service->droppedFrames(), quint64(0));
}

void tst_SignalingService::tokenGoesInTheHeaderOnly()
{
    // Tried: a config with a token. Must hold: "Authorization: Bearer <token>" on the upgrade,
    // the token nowhere in the URL, in any frame, in the logs (debug on) or in an error text.
    const QString token = QStringLiteral("tok-6f1d2c9a8b7e");
    SignalingService service;
    SignalingConfig config = fastConfig(m_relay->url(), Room, QStringLiteral("dev-a"));
    config.token = token;
    service.setConfig(config);
    QSignalSpy errors(&service, &SignalingService::errorOccurred);
    service.start();
    QTRY_COMPARE(service.state(), State::Connected);
    QCOMPARE(m_relay->authorizationHeaders().value(0), QByteArray("Bearer ") + token.toUtf8());
    QVERIFY(!m_relay->requestUrls().value(0).toString().contains(token));
    for (const QByteArray& f : m_relay->frames())
        QVERIFY(!f.contains(token.toUtf8()));

    // A refusal path too: the error texts and logs of a failure must not carry it either.
    m_relay->setRequiredToken(QStringLiteral("another-token"));
    service.reconnect();
    QTRY_COMPARE(service.state(), State::Failed);
    QCOMPARE(service.error(), SignalingService::Error::TokenRefused);
    QVERIFY(!service.errorString().contains(token));
    for (const auto& e : errors)
        QVERIFY(!e.first().toString().contains(token));
    QVERIFY(!messages.isEmpty());
    for (const QString& m : std::as_const(messages))
        QVERIFY2(!m.contains(token), qPrintable(m));
}

void tst_SignalingService::noTokenMeansNoHeader()
{
    // Tried: a config without a token (the reference server's anonymous mode). Must hold: no Authorization header.
    auto service = connectedService(QStringLiteral("dev-a"));
    QVERIFY(service);
    QCOMPARE(m_relay->authorizationHeaders().size(), 1);
    QVERIFY(m_relay->authorizationHeaders().first().isNull());
}

void tst_SignalingService::configChangeReconnects()
{
    // Tried: while connected, change the room. Must hold: the old socket closes, a new one joins
    // the new room, state ends Connected, and exactly one socket remains.
    auto service = connectedService(QStringLiteral("dev-a"));
    QVERIFY(service);
    SignalingConfig config = service->config();
    config.budgetId = QStringLiteral("room-two");
    service->setConfig(config);
    QTRY_COMPARE(m_relay->countOfType(QStringLiteral("connected")), 2);
    QCOMPARE(m_relay->framesOfType(QStringLiteral("connected")).last().value(QStringLiteral("budgetId")).toString(),
        QStringLiteral("room-two"));
    QTRY_COMPARE(service->state(), State::Connected);
    QTRY_COMPARE(m_relay->disconnectedCount(), 1);
    QTRY_COMPARE(vv::test::socketCount(service.get()), 1);
    QCOMPARE(m_relay->acceptedCount(), 2);
}

void tst_SignalingService::timingOnlyChangeKeepsTheConnection()
{
    // Tried: while connected, change only the heartbeat interval. Must hold: same connection,
    // and the new interval is in effect (pings start arriving quickly).
    auto service = connectedService(QStringLiteral("dev-a"));
    QVERIFY(service);
    SignalingConfig config = service->config();
    config.heartbeatIntervalMs = 30;
    service->setConfig(config);
    QTRY_VERIFY(m_relay->countOfType(QStringLiteral("ping")) >= 4);
    QCOMPARE(m_relay->acceptedCount(), 1);
    QCOMPARE(service->state(), State::Connected);
}

void tst_SignalingService::invalidConfigFails_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("room");
    QTest::addColumn<QString>("token");
    QTest::newRow("http scheme") << QUrl(QStringLiteral("http://127.0.0.1:1")) << Room << QString();
    QTest::newRow("empty url") << QUrl() << Room << QString();
    QTest::newRow("credentials in url") << QUrl(QStringLiteral("ws://user:pw@127.0.0.1:1")) << Room << QString();
    QTest::newRow("empty room") << QUrl(QStringLiteral("ws://127.0.0.1:1")) << QString() << QString();
    QTest::newRow("room with slash") << QUrl(QStringLiteral("ws://127.0.0.1:1")) << QStringLiteral("a/b") << QString();
    QTest::newRow("token with newline") << QUrl(QStringLiteral("ws://127.0.0.1:1")) << Room
                                        << QStringLiteral("abc\r\nX-Evil: 1");
}

void tst_SignalingService::invalidConfigFails()
{
    // Tried: start() with a config that cannot work. Must hold: Failed/InvalidConfig at once,
    // no socket, an error text without the token.
    QFETCH(QUrl, url);
    QFETCH(QString, room);
    QFETCH(QString, token);
    SignalingService service;
    SignalingConfig config = fastConfig(url, room, QStringLiteral("dev-a"));
    config.token = token;
    service.setConfig(config);
    service.start();
    QCOMPARE(service.state(), State::Failed);
    QCOMPARE(service.error(), SignalingService::Error::InvalidConfig);
    QVERIFY(!service.errorString().isEmpty());
    if (!token.isEmpty())
        QVERIFY(!service.errorString().contains(token));
    QCOMPARE(vv::test::socketCount(&service), 0);
    service.networkChanged(); // a config problem is not fixed by the network
    QCOMPARE(service.state(), State::Failed);
}

QTEST_GUILESS_MAIN(tst_SignalingService)
#include "tst_signalingservice.moc"
