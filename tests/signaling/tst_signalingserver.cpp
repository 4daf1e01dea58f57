#include "ServerProcess.h"
#include "SignalingTestUtil.h"
#include "signaling/SignalingService.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using vv::protocol::Signal;
using vv::protocol::SignalType;
using vv::signaling::SignalingConfig;
using vv::signaling::SignalingService;
using vv::test::fastConfig;
using vv::test::ServerProcess;
using State = SignalingService::State;
using Error = SignalingService::Error;

// The client against the real violetvault-server process (VV_SERVER_BIN): authentication,
// room isolation, a crash and a graceful drain.
class tst_SignalingServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void roomsAreIsolated();
    void tokenRefusalEndToEnd();
    void killAndRestartIsSurvived();
    void drainRetryLaterIsHonoured();

private:
    bool startServer(quint16 port = 0);
    std::unique_ptr<SignalingService> joined(const QString& room, const QString& device, const QString& token);

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_data;
    ServerProcess m_server;
};

void tst_SignalingServer::initTestCase()
{
    qRegisterMetaType<Signal>();
    m_binary = qEnvironmentVariable("VV_SERVER_BIN");
    if (!QFileInfo(m_binary).isExecutable())
        QSKIP("violetvault-server is not built in this build dir: build target violetvault-server to run these tests");
}

void tst_SignalingServer::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(startServer());
}

void tst_SignalingServer::cleanup()
{
    m_server.kill();
    m_data.reset();
}

bool tst_SignalingServer::startServer(quint16 port)
{
    const bool ok = m_server.start(m_binary,
        { QStringLiteral("--port"), QString::number(port), QStringLiteral("--data-dir"), m_data->path(),
            QStringLiteral("--drain-retry-min-ms"), QStringLiteral("600"), QStringLiteral("--drain-retry-max-ms"),
            QStringLiteral("700"), QStringLiteral("--drain-timeout-ms"), QStringLiteral("1000") });
    if (!ok)
        qWarning().noquote() << m_server.errorText();
    return ok;
}

std::unique_ptr<SignalingService> tst_SignalingServer::joined(
    const QString& room, const QString& device, const QString& token)
{
    auto service = std::make_unique<SignalingService>();
    SignalingConfig config = fastConfig(m_server.url(), room, device);
    config.token = token;
    service->setConfig(config);
    QSignalSpy heartbeat(service.get(), &SignalingService::heartbeat);
    service->start();
    // The server answers in order: the first pong means the join was accepted.
    if (!heartbeat.wait(10000) && heartbeat.isEmpty())
        return nullptr;
    return service;
}

void tst_SignalingServer::roomsAreIsolated()
{
    // Tried: A and B in room X, C in room Y (each room with its own token); A sends data_changed.
    // Must hold: B gets it with A's device id; C gets nothing, checked after a ping round trip on
    // C's own connection; A gets no echo.
    auto a = joined(QStringLiteral("srv-room-x"), QStringLiteral("dev-a"), QStringLiteral("token-x"));
    auto b = joined(QStringLiteral("srv-room-x"), QStringLiteral("dev-b"), QStringLiteral("token-x"));
    auto c = joined(QStringLiteral("srv-room-y"), QStringLiteral("dev-c"), QStringLiteral("token-y"));
    QVERIFY(a && b && c);
    QSignalSpy atA(a.get(), &SignalingService::signalReceived);
    QSignalSpy atB(b.get(), &SignalingService::signalReceived);
    QSignalSpy atC(c.get(), &SignalingService::signalReceived);
    QVERIFY(a->sendSignal(SignalType::DataChanged, { { QStringLiteral("seq"), 21 } }));
    QTRY_VERIFY(!atB.isEmpty() && atB.last().first().value<Signal>().type == SignalType::DataChanged);
    const auto got = atB.last().first().value<Signal>();
    QCOMPARE(got.metadata.seq, std::optional<qint64>(21));
    QCOMPARE(got.metadata.deviceId, std::optional<QString>(QStringLiteral("dev-a")));
    QSignalSpy heartbeatC(c.get(), &SignalingService::heartbeat);
    c->networkChanged(); // sends a ping now
    QVERIFY(heartbeatC.wait(5000) || !heartbeatC.isEmpty());
    for (const auto& args : std::as_const(atC))
        QVERIFY(args.first().value<Signal>().budgetId != QStringLiteral("srv-room-x"));
    for (const auto& args : std::as_const(atA))
        QVERIFY(args.first().value<Signal>().type != SignalType::DataChanged);
}

void tst_SignalingServer::tokenRefusalEndToEnd()
{
    // Tried: the room's first member registers it with token T; a second device joins with another
    // token, a third with none. Must hold: both end Failed/TokenRefused without retrying (the
    // server counts one connection each), the owner stays connected, and a manual reconnect with
    // the right token then works.
    auto owner = joined(QStringLiteral("srv-room-t"), QStringLiteral("dev-owner"), QStringLiteral("the-token"));
    QVERIFY(owner);
    for (const QString& token : { QStringLiteral("other-token"), QString() }) {
        SignalingService intruder;
        SignalingConfig config = fastConfig(m_server.url(), QStringLiteral("srv-room-t"), QStringLiteral("dev-x"));
        config.token = token;
        intruder.setConfig(config);
        QSignalSpy states(&intruder, &SignalingService::stateChanged);
        intruder.start();
        QTRY_COMPARE_WITH_TIMEOUT(intruder.state(), State::Failed, 10000);
        QCOMPARE(intruder.error(), Error::TokenRefused);
        QTest::qWait(20 * config.reconnectIntervalMs);
        QCOMPARE(intruder.state(), State::Failed);
        QCOMPARE(states.count(), 3); // connecting, connected, failed: no retry
        if (!token.isEmpty())
            QVERIFY(!intruder.errorString().contains(token));

        config.token = QStringLiteral("the-token");
        intruder.setConfig(config);
        intruder.reconnect();
        QSignalSpy heartbeat(&intruder, &SignalingService::heartbeat);
        QVERIFY(heartbeat.wait(10000) || !heartbeat.isEmpty());
        QCOMPARE(intruder.state(), State::Connected);
    }
    QCOMPARE(owner->state(), State::Connected);
}

void tst_SignalingServer::killAndRestartIsSurvived()
{
    // Tried: SIGKILL the server (no goodbye) and start it again on the same port with the same data
    // dir (the room's token registration persists). Must hold: both services come back on their
    // own and signals flow again.
    const QString room = QStringLiteral("srv-room-k");
    const QString token = QStringLiteral("k-token");
    auto a = joined(room, QStringLiteral("dev-a"), token);
    auto b = joined(room, QStringLiteral("dev-b"), token);
    QVERIFY(a && b);
    const quint16 port = m_server.port();
    m_server.kill();
    QTRY_COMPARE(a->state(), State::Reconnecting);
    QTRY_COMPARE(b->state(), State::Reconnecting);
    QVERIFY(startServer(port));
    QSignalSpy heartbeatA(a.get(), &SignalingService::heartbeat);
    QSignalSpy heartbeatB(b.get(), &SignalingService::heartbeat);
    QTRY_VERIFY_WITH_TIMEOUT(!heartbeatA.isEmpty() && !heartbeatB.isEmpty(), 10000);

    QSignalSpy atB(b.get(), &SignalingService::signalReceived);
    QVERIFY(a->sendSignal(SignalType::SyncRequired));
    QTRY_VERIFY(!atB.isEmpty() && atB.last().first().value<Signal>().type == SignalType::SyncRequired);
}

void tst_SignalingServer::drainRetryLaterIsHonoured()
{
    // Tried: SIGTERM the server: it drains, sending retry_later (600-700 ms) and closing with 1001.
    // Must hold: ServerGoingAway, and the next attempt is scheduled at least 600 ms out although
    // the backoff alone would be at most 20 ms.
    auto a = joined(QStringLiteral("srv-room-d"), QStringLiteral("dev-a"), QStringLiteral("d-token"));
    QVERIFY(a);
    a->setClock(vv::test::fixedNow);
    QSignalSpy scheduled(a.get(), &SignalingService::reconnectScheduled);
    m_server.terminate();
    QTRY_VERIFY_WITH_TIMEOUT(!scheduled.isEmpty(), 10000);
    QCOMPARE(a->error(), Error::ServerGoingAway);
    const qint64 delay = vv::test::fixedNow().msecsTo(scheduled.first().at(2).toDateTime());
    QVERIFY2(delay >= 600 && delay <= 700, qPrintable(QString::number(delay)));
}

QTEST_GUILESS_MAIN(tst_SignalingServer)
#include "tst_signalingserver.moc"
