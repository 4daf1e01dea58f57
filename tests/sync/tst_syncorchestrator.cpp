// SyncOrchestrator end to end on real parts: a real HTTP server running the real StoreService
// (SQLite in a temporary dir), the real SignalingService against an in-process relay, and the
// MemorySyncStore stand-in for the local store. Intervals are shortened through the setters.
#include "MemorySyncStore.h"
#include "SyncRelay.h"
#include "TestStoreServer.h"
#include "signaling/SignalingService.h"
#include "sync/StoreClient.h"
#include "sync/SyncOrchestrator.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vv;
using namespace vv::sync;
using signaling::SignalingConfig;
using signaling::SignalingService;
using test::MemorySyncStore;
using test::SyncRelay;
using test::TestStoreServer;

namespace {

const QString Room = QStringLiteral("sync-room");
const QString Token = QStringLiteral("sync-token-0123456789");

// One device: its local store, store client, signaling and orchestrator (destroyed in reverse).
struct Device {
    MemorySyncStore store;
    std::unique_ptr<StoreClient> client;
    std::unique_ptr<SignalingService> signaling;
    std::unique_ptr<SyncOrchestrator> sync;
    QString id;

    void add(const QString& opId)
    {
        store.addLocal(opId, QByteArray("ciphertext-of-") + opId.toLatin1());
        sync->notifyLocalChange();
    }
};

} // namespace

class TestSyncOrchestrator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStoreServer> m_server;
    std::unique_ptr<SyncRelay> m_relay;
    int m_injected = 0;

    std::unique_ptr<Device> makeDevice(const QString& id, bool signalingEnabled = true, QUrl storeUrl = {})
    {
        auto d = std::make_unique<Device>();
        d->id = id;
        d->client = std::make_unique<StoreClient>();
        d->client->setBaseUrl(storeUrl.isEmpty() ? m_server->baseUrl() : storeUrl);
        d->client->setRoomId(Room);
        d->client->setToken(Token);
        d->client->setTimeout(5000);
        d->signaling = std::make_unique<SignalingService>();
        SignalingConfig config;
        config.enabled = signalingEnabled;
        config.url = m_relay->url();
        config.budgetId = Room;
        config.token = Token;
        config.deviceId = id;
        config.reconnectIntervalMs = 50;
        config.maxReconnectIntervalMs = 200;
        config.maxReconnectAttempts = 0;
        d->signaling->setConfig(config);
        d->sync = std::make_unique<SyncOrchestrator>(d->client.get(), &d->store, d->signaling.get());
        d->sync->setDebounceInterval(20);
        d->sync->setPollInterval(60000); // long unless a test is about polling
        d->sync->setBackstopInterval(60000);
        d->sync->setRetryInterval(100, 400);
        d->sync->setRandom([] { return 0.5; });
        return d;
    }

    // Started, joined, and done with the syncs that start and the connect trigger.
    bool startAndSettle(Device& d)
    {
        d.sync->start();
        if (d.signaling->config().enabled
            && !QTest::qWaitFor([&] { return d.signaling->state() == SignalingService::State::Connected; }, 5000))
            return false;
        return settle(d);
    }

    static bool settle(Device& d)
    {
        return QTest::qWaitFor([&] { return d.sync->state() == SyncOrchestrator::State::Idle; }, 5000);
    }

    // Appends ops straight into the server's log, as another device would, without a signal.
    void inject(const QStringList& ids)
    {
        QJsonArray ops;
        for (const QString& id : ids)
            ops.append(QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("blob"), QString::fromLatin1(QByteArray("ct-" + id.toLatin1()).toBase64()) } });
        server::store::Request r;
        r.method = "POST";
        r.path = "/v1/rooms/" + Room.toStdString() + "/ops";
        r.headers.emplace_back("authorization", "Bearer " + Token.toStdString());
        r.body = QJsonDocument(
            QJsonObject { { QStringLiteral("idempotencyKey"),
                              QStringLiteral("inject-key-%1").arg(++m_injected, 8, 10, QLatin1Char('0')) },
                { QStringLiteral("ops"), ops } })
                     .toJson(QJsonDocument::Compact)
                     .toStdString();
        const auto response = m_server->service()->handle(r);
        QCOMPARE(response.status, 200);
    }

    // All ops in the server's log, by id (for duplicate checks).
    QList<QString> serverOpIds()
    {
        server::store::Request r;
        r.method = "GET";
        r.path = "/v1/rooms/" + Room.toStdString() + "/ops";
        r.query = "limit=1000";
        r.headers.emplace_back("authorization", "Bearer " + Token.toStdString());
        const auto response = m_server->service()->handle(r);
        QList<QString> ids;
        const auto ops = QJsonDocument::fromJson(QByteArray::fromStdString(response.body))
                             .object()
                             .value(QStringLiteral("ops"))
                             .toArray();
        for (const auto& op : ops)
            ids.append(op.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

    protocol::Signal remoteSignal(protocol::SignalType type, std::optional<qint64> seq)
    {
        protocol::Signal s;
        s.type = type;
        s.budgetId = Room;
        s.timestamp = QDateTime::currentMSecsSinceEpoch();
        s.metadata.deviceId = QStringLiteral("devOther");
        s.metadata.seq = seq;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestStoreServer>();
        QVERIFY(m_server->start() != 0);
        m_relay = std::make_unique<SyncRelay>();
        QVERIFY(m_relay->listen());
    }
    void cleanup()
    {
        m_relay.reset();
        m_server.reset();
    }

    // Tried: start(). Must hold: signaling joins the room, a first sync runs and succeeds,
    // lastSyncAt comes from the injected clock, and the orchestrator ends idle.
    void startBringsSignalingUpAndSyncs()
    {
        auto a = makeDevice(QStringLiteral("devA"));
        const QDateTime fixed = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        a->sync->setClock([fixed] { return fixed; });
        QSignalSpy started(a->sync.get(), &SyncOrchestrator::syncStarted);
        QSignalSpy finished(a->sync.get(), &SyncOrchestrator::syncFinished);
        QVERIFY(!a->sync->lastSyncAt().isValid());
        QVERIFY(startAndSettle(*a));
        QVERIFY(started.size() >= 1);
        QVERIFY(finished.size() >= 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(a->sync->lastSyncAt(), fixed);
        QCOMPARE(a->sync->lastError(), SyncOrchestrator::Error::NoError);
        QCOMPARE(m_relay->sent(protocol::SignalType::Connected, QStringLiteral("devA")).size(), 1);
        QVERIFY(m_server->pullCount() >= 1);
    }

    // Tried: three local changes. Must hold: they are pushed once after the debounce, the
    // pending count drops to 0, and exactly one data_changed goes out carrying the server's
    // lastSeq after the push.
    void pushSendsDataChangedWithNewSeq()
    {
        inject({ QStringLiteral("old1"), QStringLiteral("old2") }); // head is 2 before we push
        auto a = makeDevice(QStringLiteral("devA"));
        QVERIFY(startAndSettle(*a));
        QSignalSpy pending(a->sync.get(), &SyncOrchestrator::pendingCountChanged);
        a->add(QStringLiteral("a1"));
        a->add(QStringLiteral("a2"));
        a->add(QStringLiteral("a3"));
        QCOMPARE(a->sync->pendingCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->pendingCount(), 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_relay->sent(protocol::SignalType::DataChanged, QStringLiteral("devA")).size(), 1, 5000);
        const auto signal = m_relay->sent(protocol::SignalType::DataChanged, QStringLiteral("devA")).first();
        QCOMPARE(signal.metadata.seq, std::optional<qint64>(5));
        QCOMPARE(a->store.serverSeq(), 5); // our own ops: no need to download them
        QCOMPARE(m_server->pushCount(), 1);
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.last().first().toInt(), 0);
    }

    // Tried: start() with the store server down, then bring it up. Must hold: the failed sync is
    // recorded (lastError, errorString, syncFinished(false)), a retry is scheduled, and once the
    // server is up the retry succeeds and clears the error.
    void failingSyncIsRecordedAndRetried()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto down = std::make_unique<TestStoreServer>();
        QUrl url = m_server->baseUrl();
        url.setPort(port);
        auto a = makeDevice(QStringLiteral("devA"), false, url);
        a->sync->setRetryInterval(200, 400);
        QSignalSpy finished(a->sync.get(), &SyncOrchestrator::syncFinished);
        QSignalSpy errors(a->sync.get(), &SyncOrchestrator::errorOccurred);
        a->sync->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(a->sync->lastError(), SyncOrchestrator::Error::ServerUnavailable);
        QVERIFY(!a->sync->errorString().isEmpty());
        QVERIFY(!a->sync->errorString().contains(Token));
        QCOMPARE(a->sync->state(), SyncOrchestrator::State::RetryScheduled);
        QVERIFY(a->sync->nextRetryAt().isValid());
        QCOMPARE(a->sync->retryAttempt(), 1);
        QVERIFY(!errors.isEmpty());

        QCOMPARE(down->start(port), port);
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->lastError(), SyncOrchestrator::Error::NoError, 5000);
        QVERIFY(a->sync->lastSyncAt().isValid());
        QCOMPARE(a->sync->retryAttempt(), 0);
        QCOMPARE(finished.last().first().toBool(), true);
    }

    // Tried: a local change with a one-minute debounce, then syncNow(). Must hold: syncNow()
    // pushes at once; without it nothing would go out for a minute.
    void syncNowSkipsTheDebounce()
    {
        auto a = makeDevice(QStringLiteral("devA"));
        a->sync->setDebounceInterval(60000);
        QVERIFY(startAndSettle(*a));
        const int pushes = m_server->pushCount();
        a->add(QStringLiteral("urgent"));
        QTest::qWait(100);
        QCOMPARE(m_server->pushCount(), pushes); // still debouncing
        a->sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->pendingCount(), 0, 3000);
        QCOMPARE(m_server->pushCount(), pushes + 1);
    }

    // Tried: stop() on a running, connected orchestrator. Must hold: state Stopped, signaling
    // disconnected (the relay loses the client), and later local changes are not pushed.
    void stopTakesItAllDown()
    {
        auto a = makeDevice(QStringLiteral("devA"));
        QVERIFY(startAndSettle(*a));
        QCOMPARE(m_relay->clientCount(), 1);
        a->sync->stop();
        QCOMPARE(a->sync->state(), SyncOrchestrator::State::Stopped);
        QCOMPARE(a->signaling->state(), SignalingService::State::Disconnected);
        QTRY_COMPARE_WITH_TIMEOUT(m_relay->clientCount(), 0, 3000);
        const int pushes = m_server->pushCount();
        const int pulls = m_server->pullCount();
        a->add(QStringLiteral("after-stop"));
        QTest::qWait(200); // ten debounce intervals
        QCOMPARE(m_server->pushCount(), pushes);
        QCOMPARE(m_server->pullCount(), pulls);
        QCOMPARE(a->sync->pendingCount(), 1);
        // And it starts again cleanly (no doubled connections: one join more).
        QVERIFY(startAndSettle(*a));
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->pendingCount(), 0, 3000);
        QCOMPARE(m_relay->sent(protocol::SignalType::Connected, QStringLiteral("devA")).size(), 2);
    }

    // Tried: a device that only downloads (others' ops), twice. Must hold: it applies them and
    // never sends data_changed.
    void pullOnlySyncSendsNoSignal()
    {
        inject({ QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3") });
        auto b = makeDevice(QStringLiteral("devB"));
        QSignalSpy applied(b->sync.get(), &SyncOrchestrator::remoteChangesApplied);
        QVERIFY(startAndSettle(*b));
        QCOMPARE(b->store.known().size(), 3);
        QCOMPARE(b->store.serverSeq(), 3);
        QVERIFY(!applied.isEmpty());
        b->sync->syncNow();
        QVERIFY(settle(*b));
        inject({ QStringLiteral("x4") });
        b->sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(b->store.known().size(), 4, 3000);
        QVERIFY(settle(*b));
        QCOMPARE(m_relay->sent(protocol::SignalType::DataChanged, QStringLiteral("devB")).size(), 0);
        QCOMPARE(m_relay->sent(protocol::SignalType::SyncRequired, QStringLiteral("devB")).size(), 0);
    }

    // Tried: data_changed announcing a seq we already have, then a newer one. Must hold: no pull
    // for the first, one pull for the second.
    void signalWithKnownSeqIsSkipped()
    {
        inject({ QStringLiteral("k1"), QStringLiteral("k2") });
        auto b = makeDevice(QStringLiteral("devB"));
        QVERIFY(startAndSettle(*b));
        QCOMPARE(b->store.serverSeq(), 2);
        QSignalSpy received(b->signaling.get(), &SignalingService::signalReceived);
        const int pulls = m_server->pullCount();
        m_relay->broadcast(remoteSignal(protocol::SignalType::DataChanged, 2));
        QVERIFY(received.wait(3000));
        QTest::qWait(50);
        QCOMPARE(m_server->pullCount(), pulls);
        QCOMPARE(b->sync->state(), SyncOrchestrator::State::Idle);

        inject({ QStringLiteral("k3") });
        m_relay->broadcast(remoteSignal(protocol::SignalType::DataChanged, 3));
        QTRY_COMPARE_WITH_TIMEOUT(b->store.serverSeq(), 3, 3000);
        QCOMPARE(m_server->pullCount(), pulls + 1);
    }

    // Tried: five data_changed/sync_required in one burst. Must hold: the first pulls at once,
    // the rest coalesce into at most one more pull.
    void burstOfSignalsIsCoalesced()
    {
        auto b = makeDevice(QStringLiteral("devB"));
        QVERIFY(startAndSettle(*b));
        QSignalSpy received(b->signaling.get(), &SignalingService::signalReceived);
        const int pulls = m_server->pullCount();
        inject({ QStringLiteral("c1") });
        for (int i = 0; i < 4; ++i)
            m_relay->broadcast(remoteSignal(protocol::SignalType::DataChanged, std::nullopt));
        m_relay->broadcast(remoteSignal(protocol::SignalType::SyncRequired, std::nullopt));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 5, 3000);
        QVERIFY(settle(*b));
        QTest::qWait(50);
        QVERIFY(settle(*b));
        const int extra = m_server->pullCount() - pulls;
        QVERIFY2(extra >= 1 && extra <= 2, qPrintable(QString::number(extra)));
        QCOMPARE(b->store.known().size(), 1);
    }

    // Tried: the relay drops the connection while ops arrive without a signal. Must hold:
    // signaling reconnects and the orchestrator pulls on Connected, picking the ops up.
    void pullsAfterReconnect()
    {
        auto b = makeDevice(QStringLiteral("devB"));
        QVERIFY(startAndSettle(*b));
        const int pulls = m_server->pullCount();
        inject({ QStringLiteral("missed1"), QStringLiteral("missed2") });
        QSignalSpy states(b->signaling.get(), &SignalingService::stateChanged);
        m_relay->dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            states.size() >= 2 && b->signaling->state() == SignalingService::State::Connected, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b->store.known().size(), 2, 5000);
        QVERIFY(m_server->pullCount() > pulls);
    }

    // Tried: signaling switched off with a 100 ms poll; then signaling live with a 150 ms
    // backstop. Must hold: ops written without any signal arrive by polling in both cases.
    void pollsWhenSignalingOffAndBackstopWhenLive()
    {
        auto b = makeDevice(QStringLiteral("devB"), false);
        b->sync->setPollInterval(100);
        QVERIFY(startAndSettle(*b));
        QCOMPARE(b->signaling->state(), SignalingService::State::Disabled);
        inject({ QStringLiteral("p1") });
        QTRY_COMPARE_WITH_TIMEOUT(b->store.known().size(), 1, 3000);
        b->sync->stop();

        auto c = makeDevice(QStringLiteral("devC"));
        c->sync->setBackstopInterval(150);
        QVERIFY(startAndSettle(*c));
        QCOMPARE(c->store.known().size(), 1);
        inject({ QStringLiteral("p2") });
        QTRY_COMPARE_WITH_TIMEOUT(c->store.known().size(), 2, 3000);
    }

    // Tried: signaling enabled but its server unreachable (it keeps reconnecting), 100 ms poll.
    // Must hold: the orchestrator polls while signaling is down, so ops still arrive.
    void pollsWhileSignalingIsDown()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        QUrl deadRelay = m_relay->url();
        deadRelay.setPort(probe.serverPort());
        probe.close();
        auto b = makeDevice(QStringLiteral("devB"));
        SignalingConfig config = b->signaling->config();
        config.url = deadRelay;
        b->signaling->setConfig(config);
        b->sync->setPollInterval(100);
        b->sync->start();
        QVERIFY(settle(*b));
        QTRY_VERIFY_WITH_TIMEOUT(b->signaling->state() == SignalingService::State::Reconnecting, 3000);
        inject({ QStringLiteral("down1") });
        QTRY_COMPARE_WITH_TIMEOUT(b->store.known().size(), 1, 3000);
        QCOMPARE(b->signaling->state() == SignalingService::State::Connected, false);
    }

    // Tried: the server commits a push but drops the connection before answering (twice).
    // Must hold: the retried upload replays under the same key; the log holds each op once,
    // and the device ends with nothing pending.
    void retriedUploadNeverDuplicates()
    {
        auto a = makeDevice(QStringLiteral("devA"));
        QVERIFY(startAndSettle(*a));
        m_server->dropPushResponses(2);
        a->add(QStringLiteral("r1"));
        a->add(QStringLiteral("r2"));
        a->add(QStringLiteral("r3"));
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->pendingCount(), 0, 10000);
        QCOMPARE(m_server->droppedResponses(), 2);
        const QList<QString> ids = serverOpIds();
        QCOMPARE(ids, (QList<QString> { QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3") }));
        QCOMPARE(a->store.acked().value(QStringLiteral("r3")), 3);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_relay->sent(protocol::SignalType::DataChanged, QStringLiteral("devA")).isEmpty(), 3000);
        QCOMPARE(m_relay->sent(protocol::SignalType::DataChanged, QStringLiteral("devA")).last().metadata.seq,
            std::optional<qint64>(3));
    }

    // Tried: a sync against a server that allows one request per second, right after another.
    // Must hold: RateLimited is recorded and the retry waits at least the server's Retry-After,
    // then succeeds.
    void rateLimitedSyncWaitsForRetryAfter()
    {
        server::store::StoreLimits limits;
        limits.requestsPerSecond = 1;
        limits.requestBurst = 1;
        TestStoreServer limited(limits);
        QVERIFY(limited.start() != 0);
        auto a = makeDevice(QStringLiteral("devA"), false, limited.baseUrl());
        a->sync->setRetryInterval(10, 20); // far shorter than the server's wish
        QVERIFY(startAndSettle(*a)); // uses the one token
        const QDateTime before = QDateTime::currentDateTimeUtc();
        a->sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->state(), SyncOrchestrator::State::RetryScheduled, 3000);
        QCOMPARE(a->sync->lastError(), SyncOrchestrator::Error::RateLimited);
        QVERIFY(before.msecsTo(a->sync->nextRetryAt()) >= 900);
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->lastError(), SyncOrchestrator::Error::NoError, 5000);
        QVERIFY(before.msecsTo(QDateTime::currentDateTimeUtc()) >= 900);
    }

    // Tried: a server that takes at most 2 ops per push, and 5 pending ops with batches of 200.
    // Must hold: the orchestrator halves its batch until the server accepts it, and everything
    // is uploaded once, in order, within the same sync.
    void batchTooLargeShrinksTheBatch()
    {
        server::store::StoreLimits limits;
        limits.requestsPerSecond = 0;
        limits.maxOpsPerBatch = 2;
        TestStoreServer small(limits);
        QVERIFY(small.start() != 0);
        auto a = makeDevice(QStringLiteral("devA"), false, small.baseUrl());
        QVERIFY(startAndSettle(*a));
        QSignalSpy finished(a->sync.get(), &SyncOrchestrator::syncFinished);
        for (int i = 0; i < 5; ++i)
            a->add(QStringLiteral("s%1").arg(i));
        QCOMPARE(a->sync->pendingCount(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->pendingCount(), 0, 5000);
        QVERIFY(a->sync->batchSize() <= 2);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(a->store.acked().value(QStringLiteral("s4")), 5);
        QCOMPARE(a->sync->lastError(), SyncOrchestrator::Error::NoError);
    }

    // Tried: the server refuses our token. Must hold: state Failed, TokenRefused, no retry
    // scheduled; syncNow() tries again once.
    void refusedTokenIsFatal()
    {
        server::store::Request r;
        r.method = "POST";
        r.path = "/v1/rooms/" + Room.toStdString() + "/ops";
        r.headers.emplace_back("authorization", "Bearer someone-else-token");
        r.body = R"({"idempotencyKey":"other-owner-00000001","ops":[{"id":"o","blob":"AAAA"}]})";
        QCOMPARE(m_server->service()->handle(r).status, 200);
        auto a = makeDevice(QStringLiteral("devA"), false);
        a->sync->start();
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->state(), SyncOrchestrator::State::Failed, 3000);
        QCOMPARE(a->sync->lastError(), SyncOrchestrator::Error::TokenRefused);
        QVERIFY(!a->sync->nextRetryAt().isValid());
        const int pulls = m_server->pullCount();
        QTest::qWait(300); // longer than the retry interval
        QCOMPARE(m_server->pullCount(), pulls);
        a->sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->pullCount(), pulls + 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(a->sync->state(), SyncOrchestrator::State::Failed, 3000);
    }

    // Tried: two devices whose signaling goes through the real violetvault-server (VV_SERVER_BIN,
    // token-authenticated rooms), with polling effectively off. Must hold: a push on one reaches
    // the other through the real relay's data_changed, and both converge.
    void twoDevicesOverRealRelay()
    {
        const QString binary = qEnvironmentVariable("VV_SERVER_BIN");
        if (binary.isEmpty() || !QFileInfo::exists(binary))
            QSKIP("violetvault-server is not built in this build dir (target violetvault-server)");
        QTemporaryDir data;
        QProcess server;
        server.setProgram(binary);
        server.setArguments(
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), data.path() });
        server.setProcessChannelMode(QProcess::SeparateChannels);
        server.start();
        QVERIFY(server.waitForStarted(5000));
        QUrl relayUrl;
        QDeadlineTimer deadline(10000);
        while (!relayUrl.isValid() && !deadline.hasExpired()) {
            if (!server.canReadLine() && !server.waitForReadyRead(200))
                continue;
            const QByteArray line = server.readLine().trimmed();
            if (line.startsWith("listening on "))
                relayUrl = QUrl(QString::fromLatin1(line.mid(13)));
        }
        QVERIFY2(relayUrl.isValid() && relayUrl.port() > 0, "violetvault-server did not print its listening line");

        auto a = makeDevice(QStringLiteral("devA"));
        auto b = makeDevice(QStringLiteral("devB"));
        for (Device* d : { a.get(), b.get() }) {
            SignalingConfig config = d->signaling->config();
            config.url = relayUrl;
            d->signaling->setConfig(config);
        }
        QVERIFY(startAndSettle(*a));
        QVERIFY(startAndSettle(*b));
        a->add(QStringLiteral("via-real-relay"));
        QTRY_VERIFY_WITH_TIMEOUT(b->store.known().contains(QStringLiteral("via-real-relay")), 5000);
        b->add(QStringLiteral("back-again"));
        QTRY_VERIFY_WITH_TIMEOUT(a->store.known().contains(QStringLiteral("back-again")), 5000);
        QCOMPARE(a->store.known(), b->store.known());
        a->sync->stop();
        b->sync->stop();
        server.terminate();
        if (!server.waitForFinished(5000))
            server.kill();
    }

    // Tried: two devices with separate stores editing at the same time, live over signaling
    // (polling effectively off). Must hold: both converge to the union of all ops, and a later
    // change on one reaches the other through data_changed alone.
    void twoDevicesConverge()
    {
        auto a = makeDevice(QStringLiteral("devA"));
        auto b = makeDevice(QStringLiteral("devB"));
        QVERIFY(startAndSettle(*a));
        QVERIFY(startAndSettle(*b));
        for (int i = 0; i < 5; ++i) {
            a->add(QStringLiteral("a%1").arg(i));
            b->add(QStringLiteral("b%1").arg(i));
        }
        QTRY_VERIFY_WITH_TIMEOUT(a->store.known().size() == 10 && b->store.known().size() == 10, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(a->sync->pendingCount() == 0 && b->sync->pendingCount() == 0, 5000);
        QCOMPARE(a->store.known(), b->store.known());
        QCOMPARE(serverOpIds().size(), 10);

        a->add(QStringLiteral("late"));
        QTRY_VERIFY_WITH_TIMEOUT(b->store.known().contains(QStringLiteral("late")), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b->store.serverSeq(), 11, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(a->store.serverSeq(), 11, 3000);
    }
};

QTEST_GUILESS_MAIN(TestSyncOrchestrator)
#include "tst_syncorchestrator.moc"
