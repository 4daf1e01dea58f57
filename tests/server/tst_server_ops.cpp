// End-to-end tests of violetvault-server's operations surface: /healthz, /metrics, plain HTTP
// answers, graceful drain on SIGTERM, configuration precedence with a real process, the CLI,
// and interoperability with a third-party client (Node's ws).
#include "HttpProbe.h"
#include "RawWsClient.h"
#include "ServerProcess.h"
#include "WsTestClient.h"

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/socket.h>

using vv::protocol::SignalType;
using vv::testsupport::HttpProbe;
using vv::testsupport::ServerProcess;

class TestServerOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainHttpAnswers();
    void keepAliveAndPipelining();
    void metricsFollowActivity();
    void drainOnSigterm();
    void configFileEnvAndFlagPrecedence();
    void commandLine();
    void nodeWsClientInterop_data();
    void nodeWsClientInterop();
};

// Tried: GET /healthz, GET/POST on the WebSocket path, the store's /v1/ prefix, HEAD and a bad
// request line. Must hold: 200 {"status":"ok"}, 426 with Upgrade: websocket, 405, 401/404, 400.
void TestServerOps::plainHttpAnswers()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    QCOMPARE(server->firstLine(), QByteArray("listening on ws://127.0.0.1:") + QByteArray::number(server->port()));
    const auto health = HttpProbe::get(server->port(), "/healthz");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body, QByteArray(R"({"status":"ok"})"));
    QCOMPARE(health.header("Content-Type"), QByteArray("application/json"));

    const auto upgrade = HttpProbe::get(server->port(), "/");
    QCOMPARE(upgrade.status, 426);
    QCOMPARE(upgrade.header("Upgrade"), QByteArray("websocket"));
    QCOMPARE(HttpProbe::get(server->port(), "/any/ws/path").status, 426);
    QCOMPARE(HttpProbe::request(server->port(), "POST", "/", "Content-Length: 0\r\n").status, 405);
    QCOMPARE(HttpProbe::get(server->port(), "/v1/rooms/x/ops").status, 401); // the store: no token
    QCOMPARE(HttpProbe::get(server->port(), "/v1/unknown").status, 404);
    const auto head = HttpProbe::request(server->port(), "HEAD", "/healthz");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(HttpProbe::request(server->port(), "GET", "/ bad").status, 400);
}

// Tried: two pipelined requests in one write, then a third with Connection: close, then a
// half-closed client. Must hold: answers in order on the same connection, then a close after the
// third; the half-closed client still gets its answer.
void TestServerOps::keepAliveAndPipelining()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    QByteArray data;
    QTRY_VERIFY_WITH_TIMEOUT(
        (data += socket.readAll()).count("HTTP/1.1 200 OK") == 2 && data.contains("vv_uptime_seconds"), 5000);
    QVERIFY(data.indexOf(R"({"status":"ok"})") < data.indexOf("vv_connections"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);

    QTcpSocket half;
    half.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(half.waitForConnected(5000));
    half.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(half.waitForBytesWritten(5000));
    QVERIFY(::shutdown(int(half.socketDescriptor()), SHUT_WR) == 0);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += half.readAll()).contains(R"({"status":"ok"})"), 5000);
}

// Tried: two members join, one sends three data_changed; a third client is refused (4003).
// Must hold: /metrics shows 2 joined in 1 room, 5 deliveries more than before (presence + 3
// + the refused client's nothing), and the refusal counted by reason and close code.
void TestServerOps::metricsFollowActivity()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    const QByteArray before = HttpProbe::get(server->port(), "/metrics").body;
    QVERIFY(before.contains("# TYPE vv_signals_out_total counter"));
    QCOMPARE(HttpProbe::metric(before, "vv_rooms"), 0.0);
    const double outBefore = HttpProbe::metric(before, "vv_signals_out_total");

    WsTestClient a, b;
    QVERIFY(a.open(server->url(), "t") && a.joinAndSettle(QStringLiteral("m")));
    QVERIFY(b.open(server->url(), "t") && b.joinAndSettle(QStringLiteral("m")));
    for (int i = 1; i <= 3; ++i)
        a.send(WsTestClient::make(SignalType::DataChanged, QStringLiteral("m"), i));
    QVERIFY(b.waitFor(SignalType::DataChanged, 3));
    WsTestClient refused;
    QVERIFY(refused.open(server->url(), "other"));
    refused.join(QStringLiteral("m"));
    QVERIFY(refused.waitForClosed());

    const QByteArray after = HttpProbe::get(server->port(), "/metrics").body;
    QCOMPARE(HttpProbe::metric(after, "vv_rooms"), 1.0);
    QCOMPARE(HttpProbe::metric(after, "vv_joined_connections"), 2.0);
    QCOMPARE(HttpProbe::metric(after, "vv_signals_out_total") - outBefore, 4.0); // B's presence to A + 3
    QVERIFY(HttpProbe::metric(after, "vv_signals_in_total") >= 7); // 2 joins, 2 pings, 3 data_changed
    QCOMPARE(HttpProbe::metric(after, R"(vv_refused_total{reason="token_refused"})"), 1.0);
    QTRY_COMPARE_WITH_TIMEOUT(
        HttpProbe::metric(HttpProbe::get(server->port(), "/metrics").body, R"(vv_closed_total{code="4003"})"), 1.0,
        5000);
    QVERIFY(HttpProbe::metric(after, "vv_uptime_seconds") > 0);
    QVERIFY(HttpProbe::metric(after, "process_resident_memory_bytes") > 0);
}

// Tried: SIGTERM with two QWebSocket members and a raw client that never answers the close.
// Must hold: everyone gets retry_later (code shutting_down, retryAfterMs in the configured range)
// then close 1001; while the raw client holds the drain open, /healthz says 503 draining and new
// upgrades get 503; the process exits 0 once the drain timeout passes.
void TestServerOps::drainOnSigterm()
{
    auto server = ServerProcess::launch(
        { QStringLiteral("--drain-retry-min-ms"), QStringLiteral("1500"), QStringLiteral("--drain-retry-max-ms"),
            QStringLiteral("2500"), QStringLiteral("--drain-timeout-ms"), QStringLiteral("2000") });
    QVERIFY(server);
    WsTestClient a, b;
    QVERIFY(a.open(server->url(), "t") && a.joinAndSettle(QStringLiteral("d")));
    QVERIFY(b.open(server->url(), "t") && b.joinAndSettle(QStringLiteral("d")));
    RawWsClient stubborn;
    QVERIFY(stubborn.open(server->port(), "t"));

    QSignalSpy finished(server.get(), &ServerProcess::finished);
    server->process()->terminate();
    for (WsTestClient* c : { &a, &b }) {
        const auto retry = c->waitFor(SignalType::RetryLater);
        QVERIFY(retry);
        QCOMPARE(retry->metadata.code, QStringLiteral("shutting_down"));
        const qint64 after = retry->metadata.retryAfterMs.value_or(-1);
        QVERIFY2(after >= 1500 && after <= 2500, qPrintable(QString::number(after)));
        QVERIFY(c->waitForClosed());
        QCOMPARE(c->closeCode(), quint16(1001));
    }
    QCOMPARE(stubborn.waitForClose(), quint16(1001));
    QVERIFY(finished.isEmpty()); // still draining: the stubborn client has not answered
    const auto health = HttpProbe::get(server->port(), "/healthz");
    QCOMPARE(health.status, 503);
    QCOMPARE(health.body, QByteArray(R"({"status":"draining"})"));
    RawWsClient late;
    QVERIFY(!late.open(server->port(), "t"));
    QVERIFY(late.upgradeResponse().startsWith("HTTP/1.1 503"));

    QVERIFY(finished.wait(6000));
    QCOMPARE(server->process()->exitStatus(), QProcess::NormalExit);
    QCOMPARE(server->process()->exitCode(), 0);
}

// Tried: max-frame-bytes in a config file (2000), the environment (1500) and, later, a flag
// (1000). Must hold: env beats file (1400 bytes pass the transport and reach the codec, 1600 are
// closed 1009); the flag beats both (1100 closed 1009).
void TestServerOps::configFileEnvAndFlagPrecedence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("server.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# test config\nmax-frame-bytes = 2000\nlog-level = warning\n");
    file.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VIOLETVAULT_SERVER_MAX_FRAME_BYTES"), QStringLiteral("1500"));

    ServerProcess server;
    server.setProcessEnvironment(env);
    server.setExtraArguments({ QStringLiteral("--config"), path });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto sendAndExpectClose = [&](int size) -> quint16 {
        RawWsClient raw;
        if (!raw.open(server.port(), "t"))
            return 0;
        raw.sendText(QByteArray(size, ' ') + "{}");
        // A ping behind it: answered (pong) only if the connection survived the big frame.
        raw.sendText(R"({"type":"ping","timestamp":1})");
        if (!raw.waitForFrames(2, 5000) && raw.frames().isEmpty())
            return 0;
        if (raw.frames().last().opcode == 1)
            return 1; // error invalid_signal, then pong: not closed for its size
        return raw.waitForClose();
    };
    QCOMPARE(sendAndExpectClose(1400), quint16(1));
    QCOMPARE(sendAndExpectClose(1600), quint16(1009));
    QCOMPARE(server.stop(), 0);

    server.setExtraArguments(
        { QStringLiteral("--config"), path, QStringLiteral("--max-frame-bytes"), QStringLiteral("1000") });
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(sendAndExpectClose(1100), quint16(1009));
}

// Tried: --help, --version, an unknown flag. Must hold: exit 0 with the option list, exit 0
// with the version, exit 2 with a message on stderr.
void TestServerOps::commandLine()
{
    const QString bin = qEnvironmentVariable("VV_SERVER_BIN");
    QProcess p;
    p.start(bin, { QStringLiteral("--help") });
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray help = p.readAllStandardOutput();
    for (const char* flag :
        { "--host", "--port", "--data-dir", "--log-level", "--config", "--allow-anonymous", "--max-frame-bytes",
            "--max-signals-per-sec", "--max-connections-per-ip", "--max-outbound-bytes", "--join-timeout-ms",
            "--idle-timeout-ms", "--max-connections", "--drain-timeout-ms", "VIOLETVAULT_SERVER_" })
        QVERIFY2(help.contains(flag), flag);
    p.start(bin, { QStringLiteral("--version") });
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().startsWith("violetvault-server "));
    p.start(bin, { QStringLiteral("--no-such-flag") });
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!p.readAllStandardError().isEmpty());
}

void TestServerOps::nodeWsClientInterop_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("token");
    QTest::newRow("bearer token") << QStringList() << QStringLiteral("node-token");
    QTest::newRow("anonymous, like the reference client")
        << QStringList { QStringLiteral("--allow-anonymous") } << QString();
}

// Tried: two clients written with Node's `ws` package (a third-party RFC 6455 implementation)
// join a room with a bearer token (or none, with --allow-anonymous); one sends data_changed and a JSON ping plus a
// control ping. Must hold: the other receives the data_changed, the sender gets its pong signal and a pong frame.
void TestServerOps::nodeWsClientInterop()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString wsModule = qEnvironmentVariable("VV_SOURCE_DIR") + QStringLiteral("/tests/node/node_modules/ws");
    if (node.isEmpty() || !QFile::exists(wsModule))
        QSKIP("node or tests/node/node_modules/ws not available");
    QFETCH(QStringList, flags);
    QFETCH(QString, token);
    auto server = ServerProcess::launch(flags);
    QVERIFY(server);
    const QString script = QStringLiteral(R"JS(
const WebSocket = require(process.argv[1]);
const url = process.argv[2];
const opts = process.argv[3] ? { headers: { Authorization: 'Bearer ' + process.argv[3] } } : {};
const a = new WebSocket(url, opts), b = new WebSocket(url, opts);
const done = new Set();
const finish = (what) => { done.add(what); if (done.size === 3) { console.log('OK'); process.exit(0); } };
setTimeout(() => { console.log('TIMEOUT ' + [...done].join(',')); process.exit(1); }, 8000);
let open = 0;
const join = (w) => w.send(JSON.stringify({ type: 'connected', budgetId: 'node-room', timestamp: Date.now() }));
const go = () => { join(a); join(b); b.send(JSON.stringify({ type: 'ping', timestamp: Date.now() })); };
a.on('open', () => { if (++open === 2) go(); });
b.on('open', () => { if (++open === 2) go(); });
b.on('message', (m) => {
  const s = JSON.parse(m.toString());
  if (s.type === 'pong') { a.send(JSON.stringify({ type: 'data_changed', budgetId: 'node-room', timestamp: Date.now(), metadata: { seq: 5 } })); a.ping('x'); finish('pong'); }
});
a.on('pong', (p) => { if (p.toString() === 'x') finish('control-pong'); });
b.on('message', (m) => { const s = JSON.parse(m.toString()); if (s.type === 'data_changed' && s.metadata.seq === 5) finish('routed'); });
)JS");
    QProcess p;
    p.start(node, { QStringLiteral("-e"), script, wsModule, server->url().toString(), token });
    QVERIFY(p.waitForFinished(15000));
    const QByteArray out = p.readAllStandardOutput();
    QVERIFY2(out.trimmed() == "OK", out.constData());
}

QTEST_GUILESS_MAIN(TestServerOps)
#include "tst_server_ops.moc"
