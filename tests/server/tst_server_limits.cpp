// End-to-end tests of violetvault-server's protective limits: frame size and type, signal
// rate, slow readers, connections per address and in total, join and idle timeouts. Each
// check also proves the other clients are unaffected. Short limits come from flags.
#include "HttpProbe.h"
#include "RawWsClient.h"
#include "ServerProcess.h"
#include "WsTestClient.h"
#include "net/WsFrame.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using vv::protocol::SignalType;
using vv::server::net::WsFrame;
namespace WsOpcode = vv::server::net::WsOpcode;
using vv::testsupport::HttpProbe;
using vv::testsupport::ServerProcess;

namespace {

QByteArray frame(quint8 opcode, const QByteArray& payload)
{
    const std::string f = WsFrame::clientFrame(opcode, std::string_view(payload.constData(), payload.size()));
    return QByteArray(f.data(), qsizetype(f.size()));
}

QByteArray joinText(const char* room)
{
    return QByteArray(R"({"type":"connected","budgetId":")") + room + R"(","timestamp":1})";
}

double metric(const ServerProcess& server, const QByteArray& sample)
{
    return HttpProbe::metric(HttpProbe::get(server.port(), "/metrics").body, sample);
}

} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oversizedFrameClosed1009();
    void badFramesClosed_data();
    void badFramesClosed();
    void binaryClosed1003();
    void fragmentedMessagesRouted();
    void rateLimitedThenClosed4029();
    void slowReaderCut4009();
    void connectionsPerAddress4030();
    void totalConnectionLimit();
    void joinTimeout4000();
    void idleTimeout();

private:
    // A joined QWebSocket peer that proves the server still serves others.
    static bool stillServed(WsTestClient& client);
};

bool TestServerLimits::stillServed(WsTestClient& client)
{
    const int pongs = client.countOf(SignalType::Pong);
    client.send(WsTestClient::make(SignalType::Ping));
    return client.waitFor(SignalType::Pong, pongs + 1).has_value() && client.isOpen();
}

// Tried: a text frame over --max-frame-bytes (1024), and a 1 MiB frame of which only the header
// is sent. Must hold: close 1009 at once for both (nothing waits for the payload), error too_big
// first, and a bystander is still served.
void TestServerLimits::oversizedFrameClosed1009()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    WsTestClient bystander;
    QVERIFY(bystander.open(server->url(), "t") && bystander.joinAndSettle(QStringLiteral("r")));

    RawWsClient big;
    QVERIFY(big.open(server->port(), "t"));
    big.sendRaw(frame(WsOpcode::Text, QByteArray(1025, 'x')));
    QCOMPARE(big.waitForClose(), quint16(1009));

    RawWsClient headerOnly;
    QVERIFY(headerOnly.open(server->port(), "t"));
    headerOnly.sendRaw(frame(WsOpcode::Text, QByteArray(1 << 20, 'x')).left(14));
    QCOMPARE(headerOnly.waitForClose(), quint16(1009));

    QVERIFY(stillServed(bystander));
    QVERIFY(metric(*server, R"(vv_closed_total{code="1009"})") >= 1);
}

void TestServerLimits::badFramesClosed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::newRow("text not utf-8") << frame(WsOpcode::Text, "\xc3\x28") << 1007;
    QTest::newRow("unmasked frame") << QByteArray("\x81\x02hi", 4) << 1002;
    QTest::newRow("rsv bit") << QByteArray("\xc1\x80\0\0\0\0", 6) << 1002;
    QTest::newRow("continuation first") << frame(WsOpcode::Continuation, "x") << 1002;
}

// Tried: frames that break RFC 6455. Must hold: the matching close code; the server stays up.
void TestServerLimits::badFramesClosed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    auto server = ServerProcess::launch();
    QVERIFY(server);
    RawWsClient raw;
    QVERIFY(raw.open(server->port(), "t"));
    raw.sendRaw(bytes);
    QCOMPARE(int(raw.waitForClose()), code);
    QCOMPARE(HttpProbe::get(server->port(), "/healthz").status, 200);
}

// Tried: a binary message. Must hold: error binary_not_accepted, close 1003.
void TestServerLimits::binaryClosed1003()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    WsTestClient a;
    QVERIFY(a.open(server->url(), "t") && a.joinAndSettle(QStringLiteral("r")));
    a.socket()->sendBinaryMessage("\x01\x02");
    QVERIFY(a.waitForClosed());
    QCOMPARE(a.closeCode(), quint16(1003));
    QCOMPARE(a.received().last().metadata.code, QStringLiteral("binary_not_accepted"));
}

// Tried: a raw client joins with a join split into three fragments (a control ping between
// them), then sends a fragmented data_changed. Must hold: the ping is answered with a pong frame,
// the join works, and B receives the reassembled signal.
void TestServerLimits::fragmentedMessagesRouted()
{
    auto server = ServerProcess::launch();
    QVERIFY(server);
    WsTestClient b;
    QVERIFY(b.open(server->url(), "t") && b.joinAndSettle(QStringLiteral("f")));
    RawWsClient a;
    QVERIFY(a.open(server->port(), "t"));
    auto part = [](quint8 opcode, const QByteArray& payload, bool fin) {
        const std::string f = WsFrame::clientFrame(opcode, std::string_view(payload.constData(), payload.size()), fin);
        return QByteArray(f.data(), qsizetype(f.size()));
    };
    const QByteArray join = joinText("f");
    a.sendRaw(part(WsOpcode::Text, join.left(10), false) + part(WsOpcode::Ping, "mid", true)
        + part(WsOpcode::Continuation, join.mid(10, 10), false) + part(WsOpcode::Continuation, join.mid(20), true));
    QVERIFY(a.waitForFrames(1));
    QCOMPARE(a.frames().first().opcode, quint8(WsOpcode::Pong));
    QCOMPARE(a.frames().first().payload, QByteArray("mid"));
    QVERIFY(b.waitFor(SignalType::Connected));
    const QByteArray changed = R"({"type":"data_changed","budgetId":"f","timestamp":5,"metadata":{"seq":9}})";
    a.sendRaw(part(WsOpcode::Text, changed.left(30), false) + part(WsOpcode::Continuation, changed.mid(30), true));
    const auto got = b.waitFor(SignalType::DataChanged);
    QVERIFY(got);
    QCOMPARE(got->metadata.seq, std::optional<qint64>(9));
}

// Tried: A floods 30 signals against 5/s with a burst of 5 while B and C share the room.
// Must hold: A gets retry_later (retryAfterMs > 0) and close 4029; B got at most the burst from A;
// C's later signal still reaches B.
void TestServerLimits::rateLimitedThenClosed4029()
{
    auto server = ServerProcess::launch({ QStringLiteral("--max-signals-per-sec"), QStringLiteral("5"),
        QStringLiteral("--signal-burst"), QStringLiteral("5") });
    QVERIFY(server);
    WsTestClient a, b, c;
    QVERIFY(a.open(server->url(), "t") && b.open(server->url(), "t") && c.open(server->url(), "t"));
    a.join(QStringLiteral("r"));
    b.join(QStringLiteral("r"));
    c.join(QStringLiteral("r"));
    QVERIFY(b.waitFor(SignalType::Connected)); // C's presence reached B
    for (int i = 0; i < 30; ++i)
        a.send(WsTestClient::make(SignalType::DataChanged, QStringLiteral("r"), i));
    const auto retry = a.waitFor(SignalType::RetryLater);
    QVERIFY(retry);
    QVERIFY(retry->metadata.retryAfterMs.value_or(0) > 0);
    QCOMPARE(retry->metadata.code, QStringLiteral("rate_limited"));
    QVERIFY(a.waitForClosed());
    QCOMPARE(a.closeCode(), quint16(4029));

    c.send(WsTestClient::make(SignalType::SyncRequired, QStringLiteral("r")));
    QVERIFY(b.waitFor(SignalType::SyncRequired));
    QVERIFY(b.countOf(SignalType::DataChanged) <= 5);
    QVERIFY(b.isOpen() && c.isOpen());
}

// Tried: a client that never reads sends 20,000 pings (each answered with a pong) against a
// 16 KiB outbound limit and a 4 KiB socket send buffer. Must hold: the server cuts it with
// 4009 (counted in /metrics), its memory stays bounded, and a bystander is still served.
void TestServerLimits::slowReaderCut4009()
{
    auto server = ServerProcess::launch({ QStringLiteral("--max-outbound-bytes"), QStringLiteral("16384"),
        QStringLiteral("--socket-send-buffer"), QStringLiteral("4096"), QStringLiteral("--max-signals-per-sec"),
        QStringLiteral("1000000"), QStringLiteral("--signal-burst"), QStringLiteral("1000000") });
    QVERIFY(server);
    WsTestClient bystander;
    QVERIFY(bystander.open(server->url(), "t") && bystander.joinAndSettle(QStringLiteral("r")));
    const qint64 rssBefore = server->residentBytes();

    RawWsClient slow;
    slow.socket()->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    QVERIFY(slow.open(server->port(), "t"));
    slow.sendRaw(frame(WsOpcode::Text, joinText("r")));
    slow.stopReading();
    const QByteArray ping = frame(WsOpcode::Text, R"({"type":"ping","timestamp":1})");
    QByteArray flood;
    flood.reserve(ping.size() * 20000);
    for (int i = 0; i < 20000; ++i)
        flood += ping;
    slow.sendRaw(flood);

    QTRY_VERIFY_WITH_TIMEOUT(metric(*server, R"(vv_closed_total{code="4009"})") == 1, 10000);
    // The bystander shared the room: it is told the slow member left, and is still served.
    QVERIFY(bystander.waitFor(SignalType::Disconnected));
    QVERIFY(stillServed(bystander));
    const qint64 rssAfter = server->residentBytes();
    QVERIFY2(rssAfter - rssBefore < 8 * 1024 * 1024, qPrintable(QString::number(rssAfter - rssBefore)));
}

// Tried: three connections from 127.0.0.1 with --max-connections-per-ip 2.
// Must hold: the third gets retry_later then close 4030; the first two keep working.
void TestServerLimits::connectionsPerAddress4030()
{
    auto server = ServerProcess::launch({ QStringLiteral("--max-connections-per-ip"), QStringLiteral("2") });
    QVERIFY(server);
    WsTestClient a, b, c;
    QVERIFY(a.open(server->url(), "t") && b.open(server->url(), "t"));
    c.open(server->url(), "t");
    QVERIFY(c.waitForClosed());
    QCOMPARE(c.closeCode(), quint16(4030));
    QVERIFY(c.countOf(SignalType::RetryLater) == 1);
    QVERIFY(c.received().first().metadata.retryAfterMs.value_or(0) > 0);
    QVERIFY(a.joinAndSettle(QStringLiteral("r")) && b.joinAndSettle(QStringLiteral("r")));
    a.send(WsTestClient::make(SignalType::DataChanged, QStringLiteral("r"), 1));
    QVERIFY(b.waitFor(SignalType::DataChanged));
}

// Tried: a third TCP connection with --max-connections 2. Must hold: it is closed at once
// without a response, counted as refused; the first two are untouched.
void TestServerLimits::totalConnectionLimit()
{
    auto server = ServerProcess::launch({ QStringLiteral("--max-connections"), QStringLiteral("2") });
    QVERIFY(server);
    WsTestClient a, b;
    QVERIFY(a.open(server->url(), "t") && b.open(server->url(), "t"));
    QTcpSocket third;
    third.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(third.waitForConnected(5000));
    QTRY_VERIFY_WITH_TIMEOUT(third.state() == QAbstractSocket::UnconnectedState || !third.waitForReadyRead(50), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(third.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(third.readAll().isEmpty());
    QVERIFY(a.joinAndSettle(QStringLiteral("r")));
    b.socket()->close(); // frees a slot for the metrics probe
    QVERIFY(b.waitForClosed());
    QTRY_VERIFY_WITH_TIMEOUT(metric(*server, R"(vv_refused_total{reason="max_connections"})") >= 1, 5000);
}

// Tried: a client that never joins, with --join-timeout-ms 300. Must hold: close 4000; a joined
// client is not affected by the join timeout.
void TestServerLimits::joinTimeout4000()
{
    auto server = ServerProcess::launch({ QStringLiteral("--join-timeout-ms"), QStringLiteral("300") });
    QVERIFY(server);
    WsTestClient member;
    QVERIFY(member.open(server->url(), "t") && member.joinAndSettle(QStringLiteral("r")));
    WsTestClient lurker;
    QVERIFY(lurker.open(server->url(), "t"));
    QVERIFY(lurker.waitForClosed(5000));
    QCOMPARE(lurker.closeCode(), quint16(4000));
    QVERIFY(stillServed(member));
}

// Tried: --idle-timeout-ms 600; one client pings every 100 ms, one stays silent. Must hold:
// the silent one is closed with 4008, the pinging one stays open.
void TestServerLimits::idleTimeout()
{
    auto server = ServerProcess::launch({ QStringLiteral("--idle-timeout-ms"), QStringLiteral("600") });
    QVERIFY(server);
    WsTestClient talker, silent;
    QVERIFY(talker.open(server->url(), "t") && talker.joinAndSettle(QStringLiteral("r")));
    QVERIFY(silent.open(server->url(), "t") && silent.joinAndSettle(QStringLiteral("r")));
    for (int i = 0; i < 100 && !silent.isClosed(); ++i) { // bounded: ~10 s at most
        QVERIFY(stillServed(talker));
        static_cast<void>(QTest::qWaitFor([&] { return silent.isClosed(); }, 100));
    }
    QVERIFY(silent.isClosed());
    QCOMPARE(silent.closeCode(), quint16(4008));
    QVERIFY(stillServed(talker));
}

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
