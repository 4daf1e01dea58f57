// End-to-end tests of violetvault-server's signal routing and authentication, against the
// real binary (VV_SERVER_BIN) on 127.0.0.1 with a private data dir.
#include "ServerProcess.h"
#include "WsTestClient.h"
#include "protocol/SignalCodec.h"

#include <QTest>

#include <memory>

using vv::protocol::Signal;
using vv::protocol::SignalType;
using vv::testsupport::ServerProcess;

namespace {

constexpr quint16 TokenRefused = 4003;
constexpr quint16 Unauthorized = 4001;

} // namespace

class TestServerRelay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routesOnlyWithinRoomAndNeverBack();
    void pingAnsweredToSenderOnly();
    void webSocketControlPingAnswered();
    void tokenRegisteredAndRefusedAcrossRestart();
    void missingTokenIsUnauthorized();
    void anonymousClients();
    void presenceOnLeaveAndClose();
    void invalidSignalsAreRefused_data();
    void invalidSignalsAreRefused();
    void joinRules();

private:
    std::unique_ptr<WsTestClient> joined(
        ServerProcess& server, const QByteArray& token, const QString& room, const QString& deviceId = {});
};

std::unique_ptr<WsTestClient> TestServerRelay::joined(
    ServerProcess& server, const QByteArray& token, const QString& room, const QString& deviceId)
{
    auto client = std::make_unique<WsTestClient>();
    if (!client->open(server.url(), token) || !client->joinAndSettle(room, deviceId))
        return nullptr;
    return client;
}

// Tried: A and B share room r1, C is in r2; A sends data_changed. Must hold: B gets it once with
// the same fields, A never gets its own signal back, C gets nothing.
void TestServerRelay::routesOnlyWithinRoomAndNeverBack()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    auto a = joined(*server, "token-1", QStringLiteral("r1"), QStringLiteral("devA"));
    auto b = joined(*server, "token-1", QStringLiteral("r1"), QStringLiteral("devB"));
    auto c = joined(*server, "token-2", QStringLiteral("r2"));
    QVERIFY(a && b && c);
    QVERIFY(a->waitFor(SignalType::Connected)); // presence: B joined after A

    Signal changed = WsTestClient::make(SignalType::DataChanged, QStringLiteral("r1"), 7);
    changed.metadata.deviceId = QStringLiteral("devA");
    a->send(changed);
    const auto got = b->waitFor(SignalType::DataChanged);
    QVERIFY(got);
    QCOMPARE(*got, changed);

    // Round-trips after the send prove the relay already handled it for everyone.
    c->send(WsTestClient::make(SignalType::Ping));
    QVERIFY(c->waitFor(SignalType::Pong, 2));
    a->send(WsTestClient::make(SignalType::Ping));
    QVERIFY(a->waitFor(SignalType::Pong, 2));
    QCOMPARE(a->countOf(SignalType::DataChanged), 0);
    QCOMPARE(c->countOf(SignalType::DataChanged), 0);
    QCOMPARE(c->countOf(SignalType::Connected), 0);
    QCOMPARE(b->countOf(SignalType::DataChanged), 1);

    b->send(WsTestClient::make(SignalType::SyncRequired, QStringLiteral("r1")));
    QVERIFY(a->waitFor(SignalType::SyncRequired));
}

// Tried: A pings (JSON signal) in a room with B. Must hold: A gets exactly one pong, B none.
void TestServerRelay::pingAnsweredToSenderOnly()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    auto a = joined(*server, "t", QStringLiteral("room"));
    auto b = joined(*server, "t", QStringLiteral("room"));
    QVERIFY(a && b);
    const int aPongs = a->countOf(SignalType::Pong);
    const int bPongs = b->countOf(SignalType::Pong);
    a->send(WsTestClient::make(SignalType::Ping));
    QVERIFY(a->waitFor(SignalType::Pong, aPongs + 1));
    b->send(WsTestClient::make(SignalType::Ping));
    QVERIFY(b->waitFor(SignalType::Pong, bPongs + 1));
    QCOMPARE(b->countOf(SignalType::Pong), bPongs + 1);
    QCOMPARE(a->countOf(SignalType::Pong), aPongs + 1);
    // A ping before joining is allowed too.
    WsTestClient lone;
    QVERIFY(lone.open(server->url(), "t"));
    lone.send(WsTestClient::make(SignalType::Ping));
    QVERIFY(lone.waitFor(SignalType::Pong));
}

// Tried: a WebSocket-level ping frame with a payload. Must hold: a pong frame with the same payload.
void TestServerRelay::webSocketControlPingAnswered()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    WsTestClient a;
    QVERIFY(a.open(server->url(), "t"));
    QByteArray payload;
    connect(a.socket(), &QWebSocket::pong, this, [&payload](quint64, const QByteArray& p) { payload = p; });
    a.socket()->ping("heartbeat-1");
    QTRY_COMPARE_WITH_TIMEOUT(payload, QByteArray("heartbeat-1"), 5000);
    QVERIFY(a.isOpen());
}

// Tried: the first join binds room R to token A; token B then tries, before and after a restart
// on the same data dir, and a room registered just before a SIGKILL. Must hold: B gets error
// token_refused and close 4003 every time (the hash persisted); token A still joins after the restart.
void TestServerRelay::tokenRegisteredAndRefusedAcrossRestart()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    auto owner = joined(*server, "token-A", QStringLiteral("R"));
    QVERIFY(owner);

    WsTestClient intruder;
    QVERIFY(intruder.open(server->url(), "token-B"));
    intruder.join(QStringLiteral("R"));
    const auto err = intruder.waitFor(SignalType::Error);
    QVERIFY(err);
    QCOMPARE(err->metadata.code, QStringLiteral("token_refused"));
    QVERIFY(intruder.waitForClosed());
    QCOMPARE(intruder.closeCode(), TokenRefused);
    QCOMPARE(owner->countOf(SignalType::Connected), 0); // the refused join was not announced

    owner.reset();
    QVERIFY2(server->restart(), qPrintable(server->errorString()));

    WsTestClient again;
    QVERIFY(again.open(server->url(), "token-B"));
    again.join(QStringLiteral("R"));
    QVERIFY(again.waitForClosed());
    QCOMPARE(again.closeCode(), TokenRefused);

    auto back = joined(*server, "token-A", QStringLiteral("R"));
    QVERIFY(back);

    // A crash (SIGKILL) right after a registration must not lose it either.
    auto fresh = joined(*server, "token-C", QStringLiteral("R3"));
    QVERIFY(fresh);
    fresh.reset();
    back.reset();
    server->kill();
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    WsTestClient afterCrash;
    QVERIFY(afterCrash.open(server->url(), "token-B"));
    afterCrash.join(QStringLiteral("R3"));
    QVERIFY(afterCrash.waitForClosed());
    QCOMPARE(afterCrash.closeCode(), TokenRefused);
    // And another room is free for token B.
    auto other = joined(*server, "token-B", QStringLiteral("R2"));
    QVERIFY(other);
}

// Tried: upgrade without Authorization, and with a malformed one, anonymous joins off (default).
// Must hold: error unauthorized, then close 4001.
void TestServerRelay::missingTokenIsUnauthorized()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    WsTestClient a;
    a.open(server->url()); // may already report the close: the refusal follows the upgrade at once
    QVERIFY(a.waitForClosed());
    QCOMPARE(a.closeCode(), Unauthorized);
    QVERIFY(a.countOf(SignalType::Error) == 1);
    QCOMPARE(a.received().first().metadata.code, QStringLiteral("unauthorized"));

    WsTestClient b;
    QNetworkRequest request(server->url());
    request.setRawHeader("Authorization", "Basic abc");
    b.socket()->open(request);
    QVERIFY(b.waitForClosed());
    QCOMPARE(b.closeCode(), Unauthorized);
}

// Tried: --allow-anonymous. Must hold: token-less clients share an unregistered room; a room
// registered by a token stays closed to them (4003).
void TestServerRelay::anonymousClients()
{
    auto server = ServerProcess::launch({ QStringLiteral("--allow-anonymous") });
    QVERIFY(server);
    auto a = joined(*server, {}, QStringLiteral("open-room"));
    auto b = joined(*server, {}, QStringLiteral("open-room"));
    QVERIFY(a && b);
    a->send(WsTestClient::make(SignalType::DataChanged, QStringLiteral("open-room"), 1));
    QVERIFY(b->waitFor(SignalType::DataChanged));

    auto owner = joined(*server, "secret", QStringLiteral("closed-room"));
    QVERIFY(owner);
    WsTestClient anon;
    QVERIFY(anon.open(server->url()));
    anon.join(QStringLiteral("closed-room"));
    QVERIFY(anon.waitForClosed());
    QCOMPARE(anon.closeCode(), TokenRefused);
}

// Tried: A (deviceId devA) leaves with a `disconnected` signal; later C's socket just closes.
// Must hold: peers get `disconnected` for each, with the deviceId given at join; after leaving,
// A's signals are refused with not_joined.
void TestServerRelay::presenceOnLeaveAndClose()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    auto a = joined(*server, "t", QStringLiteral("p"), QStringLiteral("devA"));
    auto b = joined(*server, "t", QStringLiteral("p"), QStringLiteral("devB"));
    auto c = joined(*server, "t", QStringLiteral("p"), QStringLiteral("devC"));
    QVERIFY(a && b && c);

    Signal leave = WsTestClient::make(SignalType::Disconnected, QStringLiteral("p"));
    leave.metadata.deviceId = QStringLiteral("devA");
    a->send(leave);
    const auto left = b->waitFor(SignalType::Disconnected);
    QVERIFY(left);
    QCOMPARE(left->metadata.deviceId, QStringLiteral("devA"));
    a->send(WsTestClient::make(SignalType::DataChanged, QStringLiteral("p"), 3));
    const auto err = a->waitFor(SignalType::Error);
    QVERIFY(err);
    QCOMPARE(err->metadata.code, QStringLiteral("not_joined"));

    c->socket()->close();
    const auto gone = b->waitFor(SignalType::Disconnected, 2);
    QVERIFY(gone);
    QCOMPARE(gone->budgetId, QStringLiteral("p"));
    QCOMPARE(gone->metadata.deviceId, QStringLiteral("devC"));
    QCOMPARE(a->countOf(SignalType::Disconnected), 0); // A had left the room
}

void TestServerRelay::invalidSignalsAreRefused_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("not json") << QByteArray("SECRET{not json");
    QTest::newRow("json array") << QByteArray("[\"SECRET\"]");
    QTest::newRow("unknown field") << QByteArray(
        R"({"type":"data_changed","budgetId":"r","timestamp":1,"payload":"SECRET"})");
    QTest::newRow("metadata key outside the whitelist")
        << QByteArray(R"({"type":"data_changed","budgetId":"r","timestamp":1,"metadata":{"note":"SECRET"}})");
    QTest::newRow("metadata value invalid")
        << QByteArray(R"({"type":"data_changed","budgetId":"r","timestamp":1,"metadata":{"deviceId":"SECRET !"}})");
    QTest::newRow("unknown type") << QByteArray(R"({"type":"SECRET","budgetId":"r","timestamp":1})");
    QTest::newRow("bad budgetId") << QByteArray(R"({"type":"data_changed","budgetId":"SECRET/..","timestamp":1})");
    QTest::newRow("missing timestamp") << QByteArray(R"({"type":"data_changed","budgetId":"r"})");
    QTest::newRow("client sends pong") << QByteArray(R"({"type":"pong","timestamp":1})");
    QTest::newRow("client sends error") << QByteArray(R"({"type":"error","timestamp":1,"metadata":{"code":"x"}})");
    QTest::newRow("client sends retry_later")
        << QByteArray(R"({"type":"retry_later","timestamp":1,"metadata":{"retryAfterMs":5}})");
}

// Tried: A sends each malformed or forbidden frame in room r with B present, then a valid marker.
// Must hold: A gets error invalid_signal that does not echo the input, A stays connected, and B
// receives only the marker.
void TestServerRelay::invalidSignalsAreRefused()
{
    QFETCH(QByteArray, frame);
    auto server = ServerProcess::launch();
    QVERIFY(server);
    auto a = joined(*server, "t", QStringLiteral("r"));
    auto b = joined(*server, "t", QStringLiteral("r"));
    QVERIFY(a && b);
    QString rawError;
    connect(a->socket(), &QWebSocket::textMessageReceived, this, [&rawError](const QString& t) {
        if (t.contains(QStringLiteral("\"error\"")))
            rawError = t;
    });
    a->sendText(QString::fromUtf8(frame));
    const auto err = a->waitFor(SignalType::Error);
    QVERIFY(err);
    QCOMPARE(err->metadata.code, QStringLiteral("invalid_signal"));
    QVERIFY(!rawError.contains(QStringLiteral("SECRET")));
    QVERIFY(a->isOpen());

    a->send(WsTestClient::make(SignalType::DataChanged, QStringLiteral("r"), 42));
    const auto marker = b->waitFor(SignalType::DataChanged);
    QVERIFY(marker);
    QCOMPARE(marker->metadata.seq, std::optional<qint64>(42));
    // B saw the join presence of... nobody after it, and nothing but the marker was routed.
    QCOMPARE(b->rawCount(), b->countOf(SignalType::Pong) + 1);
}

// Tried: signals before joining, a second join, a signal naming another room.
// Must hold: not_joined, already_joined, not_joined; the connection stays open throughout.
void TestServerRelay::joinRules()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    WsTestClient a;
    QVERIFY(a.open(server->url(), "t"));
    a.send(WsTestClient::make(SignalType::DataChanged, QStringLiteral("x"), 1));
    auto e1 = a.waitFor(SignalType::Error, 1);
    QVERIFY(e1);
    QCOMPARE(e1->metadata.code, QStringLiteral("not_joined"));
    QVERIFY(a.joinAndSettle(QStringLiteral("x")) || a.countOf(SignalType::Error) == 1);
    a.join(QStringLiteral("y"));
    auto e2 = a.waitFor(SignalType::Error, 2);
    QVERIFY(e2);
    QCOMPARE(e2->metadata.code, QStringLiteral("already_joined"));
    a.send(WsTestClient::make(SignalType::SyncRequired, QStringLiteral("y")));
    auto e3 = a.waitFor(SignalType::Error, 3);
    QVERIFY(e3);
    QCOMPARE(e3->metadata.code, QStringLiteral("not_joined"));
    QVERIFY(a.isOpen());
}

QTEST_GUILESS_MAIN(TestServerRelay)
#include "tst_server_relay.moc"
