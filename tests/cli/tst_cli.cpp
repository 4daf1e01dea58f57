#include "FakeRelay.h"
#include "ServerProcess.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/types.h>
#endif

using vv::test::FakeRelay;
using vv::test::ServerProcess;

namespace {

QString cliBinary()
{
    return qEnvironmentVariable("VV_CLI_BIN");
}

// `violetvault-cli signal listen` running in the background; its JSON lines are collected as they come.
class Listener
{
public:
    explicit Listener(
        const QStringList& arguments, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                m_raw.append(line);
                m_events.append(QJsonDocument::fromJson(line).object());
            }
        });
        m_process.start(cliBinary(), QStringList { QStringLiteral("signal"), QStringLiteral("listen") } + arguments);
    }
    ~Listener()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;

    [[nodiscard]] QList<QJsonObject> events(const QString& kind) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject& e : m_events) {
            if (e.value(QStringLiteral("event")).toString() == kind)
                out.append(e);
        }
        return out;
    }
    [[nodiscard]] QStringList states() const
    {
        QStringList out;
        for (const QJsonObject& e : events(QStringLiteral("state")))
            out.append(e.value(QStringLiteral("state")).toString());
        return out;
    }
    [[nodiscard]] QList<QJsonObject> signalsOfType(const QString& type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject& e : events(QStringLiteral("signal"))) {
            const QJsonObject s = e.value(QStringLiteral("signal")).toObject();
            if (s.value(QStringLiteral("type")).toString() == type)
                out.append(s);
        }
        return out;
    }
    [[nodiscard]] qsizetype heartbeats() const { return events(QStringLiteral("heartbeat")).size(); }
    [[nodiscard]] QList<QByteArray> rawLines() const { return m_raw; }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QList<QJsonObject> m_events;
    QList<QByteArray> m_raw;
};

struct Result {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI to completion while this process keeps serving its event loop (the fake relay lives here).
Result runCli(const QStringList& arguments, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(cliBinary(), arguments);
    if (!finished.wait(20000) && finished.isEmpty()) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

QStringList sendArgs(const QUrl& url, const QString& room, const QStringList& extra)
{
    return QStringList { QStringLiteral("signal"), QStringLiteral("send"), QStringLiteral("--url"), url.toString(),
        QStringLiteral("--budget"), room }
    + extra;
}

QStringList listenArgs(const QUrl& url, const QString& room, const QString& device)
{
    return { QStringLiteral("--url"), url.toString(), QStringLiteral("--budget"), room, QStringLiteral("--device-id"),
        device, QStringLiteral("--reconnect-ms"), QStringLiteral("50"), QStringLiteral("--max-attempts"),
        QStringLiteral("0") };
}

} // namespace

// The real violetvault-cli binary, run with QProcess against real servers.
class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndUsage();
    void listenAndSendThroughReferenceServer();
    void badMetaExitsTwoAndSendsNothing_data();
    void badMetaExitsTwoAndSendsNothing();
    void unreachableServerExitsTwo();
    void tokenFromEnvironmentInHeaderNeverPrinted();
    void refusedTokenExitsTwo();
    void listenExitsCleanlyOnSignal_data();
    void listenExitsCleanlyOnSignal();
    void realServerTokenRefusal();
    void realServerListenSurvivesRestart();
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFileInfo(cliBinary()).isExecutable(), "VV_CLI_BIN must point at the built violetvault-cli");
}

void tst_Cli::helpAndUsage()
{
    // Tried: no command, an unknown command, --help. Must hold: usage on the right stream, exit 1/1/0.
    const Result none = runCli({});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.out.contains("signal"));
    const Result unknown = runCli({ QStringLiteral("frobnicate") });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("unknown command"));
    const Result help = runCli({ QStringLiteral("signal"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("VIOLETVAULT_TOKEN"));
}

void tst_Cli::listenAndSendThroughReferenceServer()
{
    // Tried: listeners in rooms A and B on the Node reference server; `send` in A, then in B.
    // Must hold: send exits 0; A's listener prints A's signal (wire form, seq 5) and not B's;
    // B's listener prints B's signal and never A's (the server writes to B in order, so A's would
    // have come first).
    QString why;
    if (ServerProcess::nodeReferenceScript(&why).isEmpty())
        QSKIP(qPrintable(QStringLiteral("Node reference server unavailable: ") + why));
    ServerProcess node;
    QVERIFY2(node.startNodeReference(), qPrintable(node.errorText()));

    Listener inA(listenArgs(node.url(), QStringLiteral("cli-room-a"), QStringLiteral("listener-a")));
    Listener inB(listenArgs(node.url(), QStringLiteral("cli-room-b"), QStringLiteral("listener-b")));
    // The first heartbeat means the server has processed the listener's join.
    QTRY_VERIFY_WITH_TIMEOUT(inA.heartbeats() >= 1 && inB.heartbeats() >= 1, 10000);
    QCOMPARE(inA.states().mid(0, 2), (QStringList { QStringLiteral("connecting"), QStringLiteral("connected") }));

    const Result sentA = runCli(sendArgs(node.url(), QStringLiteral("cli-room-a"),
        { QStringLiteral("--type"), QStringLiteral("data_changed"), QStringLiteral("--meta"), QStringLiteral("seq=5"),
            QStringLiteral("--device-id"), QStringLiteral("sender-a") }));
    QCOMPARE(sentA.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(inA.signalsOfType(QStringLiteral("data_changed")).size(), 1, 10000);
    const QJsonObject got = inA.signalsOfType(QStringLiteral("data_changed")).first();
    QCOMPARE(got.value(QStringLiteral("budgetId")).toString(), QStringLiteral("cli-room-a"));
    const QJsonObject meta = got.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(meta.value(QStringLiteral("seq")).toInteger(), 5);
    QCOMPARE(meta.value(QStringLiteral("deviceId")).toString(), QStringLiteral("sender-a"));

    const Result sentB = runCli(sendArgs(node.url(), QStringLiteral("cli-room-b"),
        { QStringLiteral("--type"), QStringLiteral("sync_required"), QStringLiteral("--device-id"),
            QStringLiteral("sender-b") }));
    QCOMPARE(sentB.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(inB.signalsOfType(QStringLiteral("sync_required")).size(), 1, 10000);
    QCOMPARE(inB.signalsOfType(QStringLiteral("data_changed")).size(), 0);
    QCOMPARE(inA.signalsOfType(QStringLiteral("sync_required")).size(), 0);
    // Every stdout line is one JSON object.
    for (const QByteArray& line : inA.rawLines())
        QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
}

void tst_Cli::badMetaExitsTwoAndSendsNothing_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("forbidden");
    QTest::newRow("amount") << QStringList { QStringLiteral("--type"), QStringLiteral("data_changed"),
        QStringLiteral("--meta"), QStringLiteral("amount=1200") }
                            << QByteArray("1200");
    QTest::newRow("transactions") << QStringList { QStringLiteral("--type"), QStringLiteral("data_changed"),
        QStringLiteral("--meta"), QStringLiteral("transactions=rent") }
                                  << QByteArray("rent");
    QTest::newRow("seq not a number") << QStringList { QStringLiteral("--type"), QStringLiteral("data_changed"),
        QStringLiteral("--meta"), QStringLiteral("seq=groceries") }
                                      << QByteArray("groceries");
    QTest::newRow("unknown type") << QStringList { QStringLiteral("--type"), QStringLiteral("balance_changed") }
                                  << QByteArray("balance_changed");
    QTest::newRow("server-only type") << QStringList { QStringLiteral("--type"), QStringLiteral("pong") }
                                      << QByteArray();
}

void tst_Cli::badMetaExitsTwoAndSendsNothing()
{
    // Tried: `send` with budget data in the metadata, or a type a client may not send. Must hold:
    // exit 2, a message on stderr that does not repeat the data, and no connection at the server.
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, forbidden);
    FakeRelay relay;
    QVERIFY(relay.listen());
    const Result r = runCli(sendArgs(relay.url(), QStringLiteral("cli-room"), extra));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    if (!forbidden.isEmpty() && !extra.contains(QStringLiteral("balance_changed")))
        QVERIFY2(!r.err.contains(forbidden), r.err.constData());
    QCOMPARE(relay.acceptedCount(), 0);
    QVERIFY(relay.frames().isEmpty());
}

void tst_Cli::unreachableServerExitsTwo()
{
    // Tried: `send` to a port with nothing listening, 800 ms deadline. Must hold: exit 2 and a
    // message that says it was not delivered.
    quint16 port = 0;
    {
        FakeRelay probe;
        QVERIFY(probe.listen());
        port = probe.port();
    }
    const Result r = runCli(sendArgs(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)), QStringLiteral("cli-room"),
        { QStringLiteral("--type"), QStringLiteral("data_changed"), QStringLiteral("--timeout-ms"),
            QStringLiteral("800") }));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not delivered within 800 ms"), r.err.constData());
}

void tst_Cli::tokenFromEnvironmentInHeaderNeverPrinted()
{
    // Tried: the token in VIOLETVAULT_TOKEN (not argv). Must hold: it arrives as a Bearer header,
    // the signal is delivered, and neither stdout nor stderr (even with --verbose) shows it.
    const QString token = QStringLiteral("env-token-5b3e8a");
    FakeRelay relay;
    QVERIFY(relay.listen());
    relay.setRequiredToken(token);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VIOLETVAULT_TOKEN"), token);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vv.signaling.debug=true"));
    const Result r = runCli(sendArgs(relay.url(), QStringLiteral("cli-room"),
                                { QStringLiteral("--type"), QStringLiteral("data_changed"), QStringLiteral("--meta"),
                                    QStringLiteral("seq=3"), QStringLiteral("--verbose") }),
        env);
    QCOMPARE(r.exitCode, 0);
    QTRY_COMPARE(relay.countOfType(QStringLiteral("data_changed")), 1);
    QCOMPARE(relay.authorizationHeaders().value(0), QByteArray("Bearer ") + token.toUtf8());
    QVERIFY(!r.out.contains(token.toUtf8()));
    QVERIFY(!r.err.contains(token.toUtf8()));
    QVERIFY(r.err.contains("connecting to")); // --verbose did log
}

void tst_Cli::refusedTokenExitsTwo()
{
    // Tried: `send` with a token the relay refuses (close 4003). Must hold: exit 2, a message
    // about the token on stderr without the token, and nothing but the join reached the relay.
    FakeRelay relay;
    QVERIFY(relay.listen());
    relay.setRequiredToken(QStringLiteral("the-right-one"));
    const QString wrong = QStringLiteral("wrong-token-77aa");
    const Result r = runCli(sendArgs(relay.url(), QStringLiteral("cli-room"),
        { QStringLiteral("--type"), QStringLiteral("data_changed"), QStringLiteral("--token"), wrong }));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("refused the access token"), r.err.constData());
    QVERIFY(!r.err.contains(wrong.toUtf8()));
    QCOMPARE(relay.countOfType(QStringLiteral("data_changed")), 0);
    QCOMPARE(relay.acceptedCount(), 1);
}

void tst_Cli::listenExitsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
#ifdef Q_OS_UNIX
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
#endif
}

void tst_Cli::listenExitsCleanlyOnSignal()
{
    // Tried: SIGTERM or SIGINT to a connected listener. Must hold: it prints the disconnected state, exits 0,
    // and the relay sees a normal close (1000), not a dropped connection.
    FakeRelay relay;
    QVERIFY(relay.listen());
    Listener listener(listenArgs(relay.url(), QStringLiteral("cli-room"), QStringLiteral("listener")));
    QTRY_VERIFY_WITH_TIMEOUT(listener.heartbeats() >= 1, 10000);
    QSignalSpy finished(&listener.process(), &QProcess::finished);
    QFETCH(int, signalNumber);
#ifdef Q_OS_UNIX
    QCOMPARE(::kill(pid_t(listener.process().processId()), signalNumber), 0);
#else
    Q_UNUSED(signalNumber);
    listener.process().terminate();
#endif
    QVERIFY(finished.wait(10000) || !finished.isEmpty());
    QCOMPARE(listener.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(listener.process().exitCode(), 0);
    QCOMPARE(listener.states().last(), QStringLiteral("disconnected"));
    QTRY_COMPARE(relay.disconnectedCount(), 1);
    QCOMPARE(relay.peerCloseCodes().value(0), 1000);
}

void tst_Cli::realServerTokenRefusal()
{
    // Tried: against violetvault-server, device 1 registers a room with its token; device 2 sends
    // with another token; a third send has no token at all. Must hold: 0, then 2 with a token
    // message, then 2 (4001 unauthorized); the token is never printed.
    const QString server = qEnvironmentVariable("VV_SERVER_BIN");
    if (!QFileInfo(server).isExecutable())
        QSKIP("violetvault-server is not built in this build dir (target violetvault-server)");
    QTemporaryDir data;
    ServerProcess relay;
    QVERIFY2(relay.start(
                 server, { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), data.path() }),
        qPrintable(relay.errorText()));
    const QStringList type { QStringLiteral("--type"), QStringLiteral("data_changed") };
    const Result owner = runCli(sendArgs(relay.url(), QStringLiteral("cli-real-room"),
        type + QStringList { QStringLiteral("--token"), QStringLiteral("owner-token-1") }));
    QCOMPARE(owner.exitCode, 0);
    const Result intruder = runCli(sendArgs(relay.url(), QStringLiteral("cli-real-room"),
        type + QStringList { QStringLiteral("--token"), QStringLiteral("intruder-token-2") }));
    QCOMPARE(intruder.exitCode, 2);
    QVERIFY2(intruder.err.contains("refused the access token"), intruder.err.constData());
    QVERIFY(!intruder.err.contains("intruder-token-2"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("VIOLETVAULT_TOKEN"));
    const Result anonymous = runCli(sendArgs(relay.url(), QStringLiteral("cli-real-room"), type), env);
    QCOMPARE(anonymous.exitCode, 2);
    QVERIFY2(anonymous.err.contains("without a valid access token"), anonymous.err.constData());
}

void tst_Cli::realServerListenSurvivesRestart()
{
    // Tried: a listener on violetvault-server; the server is stopped (SIGTERM: it drains with
    // retry_later) and started again on the same port. Must hold: the listener prints
    // connected -> reconnecting (with attempt and nextRetryAt) -> connecting -> connected, and a
    // signal sent after the restart reaches it.
    const QString server = qEnvironmentVariable("VV_SERVER_BIN");
    if (!QFileInfo(server).isExecutable())
        QSKIP("violetvault-server is not built in this build dir (target violetvault-server)");
    QTemporaryDir data;
    const QStringList common { QStringLiteral("--data-dir"), data.path(), QStringLiteral("--drain-retry-min-ms"),
        QStringLiteral("100"), QStringLiteral("--drain-retry-max-ms"), QStringLiteral("300"),
        QStringLiteral("--drain-timeout-ms"), QStringLiteral("1000") };
    ServerProcess relay;
    QVERIFY2(relay.start(server, QStringList { QStringLiteral("--port"), QStringLiteral("0") } + common),
        qPrintable(relay.errorText()));
    const quint16 port = relay.port();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VIOLETVAULT_TOKEN"), QStringLiteral("restart-token"));
    Listener listener(listenArgs(relay.url(), QStringLiteral("cli-restart-room"), QStringLiteral("listener")), env);
    QTRY_VERIFY_WITH_TIMEOUT(listener.heartbeats() >= 1, 10000);

    relay.terminate();
    QTRY_VERIFY_WITH_TIMEOUT(listener.states().contains(QStringLiteral("reconnecting")), 10000);
    QVERIFY2(relay.start(server, QStringList { QStringLiteral("--port"), QString::number(port) } + common),
        qPrintable(relay.errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(listener.heartbeats() >= 2, 15000);

    const QStringList states = listener.states();
    const qsizetype reconnecting = states.indexOf(QStringLiteral("reconnecting"));
    QVERIFY(reconnecting >= 2);
    QCOMPARE(states.at(reconnecting - 1), QStringLiteral("connected"));
    QCOMPARE(states.last(), QStringLiteral("connected"));
    for (const QJsonObject& e : listener.events(QStringLiteral("state"))) {
        if (e.value(QStringLiteral("state")).toString() == u"reconnecting") {
            QVERIFY(e.value(QStringLiteral("attempt")).toInt() >= 1);
            QVERIFY(!e.value(QStringLiteral("nextRetryAt")).toString().isEmpty());
        }
    }

    const Result sent = runCli(sendArgs(relay.url(), QStringLiteral("cli-restart-room"),
                                   { QStringLiteral("--type"), QStringLiteral("data_changed"), QStringLiteral("--meta"),
                                       QStringLiteral("seq=77") }),
        env);
    QCOMPARE(sent.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(listener.signalsOfType(QStringLiteral("data_changed")).size(), 1, 10000);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
