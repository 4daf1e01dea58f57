// Offline tests of the relay's pure parsers: HTTP request heads, RFC 6455 frames, UTF-8,
// the handshake accept key, the timer heap and the configuration layering. No sockets.
#include "net/HttpParser.h"
#include "net/TimerQueue.h"
#include "net/Utf8Validator.h"
#include "net/WebSocketHandshake.h"
#include "net/WsFrame.h"
#include "net/WsFrameParser.h"
#include "relay/ServerConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vv::server::net;
using vv::server::ServerConfig;

namespace {

std::string_view sv(const QByteArray& b)
{
    return { b.constData(), std::size_t(b.size()) };
}

QByteArray qb(const std::string& s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

QByteArray clientFrame(quint8 opcode, const QByteArray& payload, bool fin = true, quint8 rsv = 0)
{
    return qb(WsFrame::clientFrame(opcode, sv(payload), fin, 0x11223344, rsv));
}

// A frame header claiming `length` bytes, with no payload after it.
QByteArray headerOnly(quint8 first, quint64 length, bool masked = true)
{
    QByteArray h;
    h.append(char(first));
    const char mask = masked ? char(0x80) : char(0);
    if (length < 126) {
        h.append(char(mask | char(length)));
    } else if (length <= 0xffff) {
        h.append(char(mask | 126));
        h.append(char(length >> 8));
        h.append(char(length & 0xff));
    } else {
        h.append(char(mask | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            h.append(char((length >> shift) & 0xff));
    }
    if (masked)
        h.append("\x01\x02\x03\x04", 4);
    return h;
}

QByteArray describe(const WsFrameParser::Event& e, const std::string& payload)
{
    using K = WsFrameParser::Kind;
    const QByteArray data(payload.data(), qsizetype(payload.size()));
    switch (e.kind) {
    case K::NeedMore:
        return "needmore";
    case K::Partial:
        return "partial";
    case K::Message:
        return (e.opcode == WsOpcode::Text ? "text:" : "binary:") + data;
    case K::Ping:
        return "ping:" + data;
    case K::Pong:
        return "pong";
    case K::Close:
        return "close:" + QByteArray::number(e.closeCode);
    case K::Error:
        return "error:" + QByteArray::number(e.closeCode);
    }
    return {};
}

} // namespace

class TestServerParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void httpHead_data();
    void httpHead();
    void httpPipelined();
    void wsFrames_data();
    void wsFrames();
    void wsOversizeRefusedFromHeader();
    void utf8_data();
    void utf8();
    void acceptKey();
    void handshakeValidation_data();
    void handshakeValidation();
    void timerQueueOrder();
    void configPrecedence();
    void configErrors_data();
    void configErrors();
};

// Each row: raw bytes in; the parser's verdict, the HTTP status on error, and what it parsed.
void TestServerParsers::httpHead_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status"); // 0 incomplete, 1 complete, 2 error
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("simple get") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 1 << 0
                                << QByteArray("/healthz") << true << QByteArray();
    QTest::newRow("query split") << QByteArray("GET /a/b?c=d HTTP/1.1\r\nHost: x\r\n\r\n") << 1 << 0
                                 << QByteArray("/a/b") << true << QByteArray();
    QTest::newRow("connection close") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") << 1 << 0
                                      << QByteArray("/") << false << QByteArray();
    QTest::newRow("http/1.0 closes by default")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << 0 << QByteArray("/") << false << QByteArray();
    QTest::newRow("http/1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << 1 << 0
                                         << QByteArray("/") << true << QByteArray();
    QTest::newRow("body complete") << QByteArray("POST /v1/x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
                                   << 1 << 0 << QByteArray("/v1/x") << true << QByteArray("hello");
    QTest::newRow("body incomplete") << QByteArray("POST /v1/x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhel")
                                     << 0 << 0 << QByteArray() << true << QByteArray();
    QTest::newRow("head incomplete") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << 0 << 0 << QByteArray() << true
                                     << QByteArray();
    QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n") << 2
                                    << 413 << QByteArray() << true << QByteArray();
    QTest::newRow("conflicting lengths") << QByteArray(
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                         << 2 << 400 << QByteArray() << true << QByteArray();
    QTest::newRow("bad length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\n") << 2 << 400
                                << QByteArray() << true << QByteArray();
    QTest::newRow("chunked refused") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                                     << 2 << 501 << QByteArray() << true << QByteArray();
    QTest::newRow("missing host 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 2 << 400 << QByteArray() << true
                                      << QByteArray();
    QTest::newRow("http/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 2 << 505 << QByteArray() << true
                              << QByteArray();
    QTest::newRow("not http") << QByteArray("GET / FTP/1.1\r\nHost: x\r\n\r\n") << 2 << 400 << QByteArray() << true
                              << QByteArray();
    QTest::newRow("extra space") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 2 << 400 << QByteArray() << true
                                 << QByteArray();
    QTest::newRow("relative target") << QByteArray("GET x HTTP/1.1\r\nHost: x\r\n\r\n") << 2 << 400 << QByteArray()
                                     << true << QByteArray();
    QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n") << 2 << 400
                              << QByteArray() << true << QByteArray();
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 2 << 400 << QByteArray()
                                        << true << QByteArray();
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n") << 2 << 400 << QByteArray() << true
                              << QByteArray();
    QTest::newRow("control char in value")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\x01z\r\n\r\n") << 2 << 400 << QByteArray() << true << QByteArray();
    QTest::newRow("head over 8 KiB, unterminated") << (QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(9000, 'a')) << 2
                                                   << 431 << QByteArray() << true << QByteArray();
    QTest::newRow("head over 8 KiB, terminated")
        << (QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: ") + QByteArray(9000, 'a') + "\r\n\r\n") << 2 << 431
        << QByteArray() << true << QByteArray();
}

void TestServerParsers::httpHead()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, path);
    QFETCH(bool, keepAlive);
    QFETCH(QByteArray, body);
    HttpRequest request;
    const HttpParser::Result r = HttpParser::parse(sv(input), &request, HttpParser::Limits {});
    QCOMPARE(int(r.status), status);
    if (r.status == HttpParser::Status::Error)
        QCOMPARE(r.httpStatus, httpStatus);
    if (r.status == HttpParser::Status::Complete) {
        QCOMPARE(r.consumed, std::size_t(input.size()));
        QCOMPARE(QByteArray::fromStdString(request.path), path);
        QCOMPARE(request.keepAlive, keepAlive);
        QCOMPARE(QByteArray::fromStdString(request.body), body);
    }
}

// Two requests in one read: the parser consumes exactly the first; headers are lower-cased.
void TestServerParsers::httpPipelined()
{
    const QByteArray first = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: Keep-Alive, Upgrade\r\n\r\n";
    const QByteArray both = first + "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n";
    HttpRequest request;
    const HttpParser::Result r = HttpParser::parse(sv(both), &request, HttpParser::Limits {});
    QCOMPARE(r.status, HttpParser::Status::Complete);
    QCOMPARE(r.consumed, std::size_t(first.size()));
    QVERIFY(request.headerHasToken("connection", "upgrade"));
    QVERIFY(request.header("host"));
    QCOMPARE(*request.header("host"), std::string("x"));
}

// Each row: client bytes in, the events the parser yields in order until it needs more.
void TestServerParsers::wsFrames_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QList<QByteArray>>("events");

    const auto T = WsOpcode::Text;
    QTest::newRow("masked text") << clientFrame(T, "hello") << 1024 << QList<QByteArray> { "text:hello" };
    QTest::newRow("empty text") << clientFrame(T, "") << 1024 << QList<QByteArray> { "text:" };
    QTest::newRow("unmasked text") << (QByteArray("\x81\x05", 2) + "hello") << 1024
                                   << QList<QByteArray> { "error:1002" };
    QTest::newRow("125 bytes, 7-bit length") << clientFrame(T, QByteArray(125, 'a')) << 1024
                                             << QList<QByteArray> { QByteArray("text:") + QByteArray(125, 'a') };
    QTest::newRow("126 bytes, 16-bit length") << clientFrame(T, QByteArray(126, 'b')) << 1024
                                              << QList<QByteArray> { QByteArray("text:") + QByteArray(126, 'b') };
    QTest::newRow("65536 bytes, 64-bit length") << clientFrame(T, QByteArray(65536, 'c')) << 70000
                                                << QList<QByteArray> { QByteArray("text:") + QByteArray(65536, 'c') };
    QTest::newRow("16-bit form for a short length")
        << (headerOnly(0x81, 126).left(2) + QByteArray("\x00\x64", 2)) << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("64-bit form for a short length") << (QByteArray("\x81\xff", 2) + QByteArray("\0\0\0\0\0\0\0\xc8", 8))
                                                    << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("64-bit length with MSB set") << (QByteArray("\x81\xff", 2) + QByteArray("\x80\0\0\0\0\0\0\0", 8))
                                                << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("over the limit") << clientFrame(T, QByteArray(1025, 'x')) << 1024
                                    << QList<QByteArray> { "error:1009" };
    QTest::newRow("exactly the limit") << clientFrame(T, QByteArray(1024, 'x')) << 1024
                                       << QList<QByteArray> { QByteArray("text:") + QByteArray(1024, 'x') };
    QTest::newRow("binary") << clientFrame(WsOpcode::Binary, "ab") << 1024 << QList<QByteArray> { "binary:ab" };
    QTest::newRow("ping") << clientFrame(WsOpcode::Ping, "hi") << 1024 << QList<QByteArray> { "ping:hi" };
    QTest::newRow("pong") << clientFrame(WsOpcode::Pong, "") << 1024 << QList<QByteArray> { "pong" };
    QTest::newRow("close 1000") << clientFrame(WsOpcode::Close, QByteArray("\x03\xe8", 2)) << 1024
                                << QList<QByteArray> { "close:1000" };
    QTest::newRow("close 4001 with reason")
        << clientFrame(WsOpcode::Close, QByteArray("\x0f\xa1") + "bye") << 1024 << QList<QByteArray> { "close:4001" };
    QTest::newRow("close without code") << clientFrame(WsOpcode::Close, "") << 1024
                                        << QList<QByteArray> { "close:1005" };
    QTest::newRow("close with 1 byte") << clientFrame(WsOpcode::Close, "x") << 1024
                                       << QList<QByteArray> { "error:1002" };
    QTest::newRow("close with reserved code 1005")
        << clientFrame(WsOpcode::Close, QByteArray("\x03\xed", 2)) << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("close reason not utf-8")
        << clientFrame(WsOpcode::Close, QByteArray("\x03\xe8\xff", 3)) << 1024 << QList<QByteArray> { "error:1007" };
    QTest::newRow("control frame too long")
        << clientFrame(WsOpcode::Ping, QByteArray(126, 'p')) << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("fragmented control frame")
        << clientFrame(WsOpcode::Ping, "x", false) << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("rsv1 without extension")
        << clientFrame(T, "x", true, 4) << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("rsv3") << clientFrame(T, "x", true, 1) << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("reserved opcode 3") << clientFrame(3, "x") << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("reserved opcode 0xB") << clientFrame(0xB, "x") << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("continuation without start")
        << clientFrame(WsOpcode::Continuation, "x") << 1024 << QList<QByteArray> { "error:1002" };
    QTest::newRow("fragmented text") << (clientFrame(T, "hel", false) + clientFrame(WsOpcode::Continuation, "lo"))
                                     << 1024 << QList<QByteArray> { "partial", "text:hello" };
    QTest::newRow("three fragments with a ping between")
        << (clientFrame(T, "a", false) + clientFrame(WsOpcode::Continuation, "b", false)
               + clientFrame(WsOpcode::Ping, "p") + clientFrame(WsOpcode::Continuation, "c"))
        << 1024 << QList<QByteArray> { "partial", "partial", "ping:p", "text:abc" };
    QTest::newRow("new message inside a fragmented one")
        << (clientFrame(T, "a", false) + clientFrame(T, "b")) << 1024 << QList<QByteArray> { "partial", "error:1002" };
    QTest::newRow("fragments over the limit together")
        << (clientFrame(T, QByteArray(600, 'a'), false) + clientFrame(WsOpcode::Continuation, QByteArray(600, 'a')))
        << 1024 << QList<QByteArray> { "partial", "error:1009" };
    QTest::newRow("utf-8 split across fragments")
        << (clientFrame(T, "\xe2\x82", false) + clientFrame(WsOpcode::Continuation, "\xac")) << 1024
        << QList<QByteArray> { "partial", QByteArray("text:\xe2\x82\xac") };
    QTest::newRow("text not utf-8") << clientFrame(T, "\xc3\x28") << 1024 << QList<QByteArray> { "error:1007" };
    QTest::newRow("two frames in one read")
        << (clientFrame(T, "a") + clientFrame(T, "b")) << 1024 << QList<QByteArray> { "text:a", "text:b" };
    QTest::newRow("half a header") << QByteArray("\x81", 1) << 1024 << QList<QByteArray> {};
    QTest::newRow("header without payload") << headerOnly(0x81, 10) << 1024 << QList<QByteArray> {};
    QTest::newRow("16-bit header cut") << QByteArray("\x81\xfe\x01", 3) << 1024 << QList<QByteArray> {};
}

void TestServerParsers::wsFrames()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxBytes);
    QFETCH(QList<QByteArray>, events);
    WsFrameParser::State state;
    std::string payload;
    QList<QByteArray> got;
    std::string_view rest = sv(input);
    for (int i = 0; i < 100; ++i) { // bounded: every test input has far fewer frames
        const WsFrameParser::Event e = WsFrameParser::next(rest, &state, std::size_t(maxBytes), &payload);
        if (e.kind == WsFrameParser::Kind::NeedMore)
            break;
        got << describe(e, payload);
        if (e.kind == WsFrameParser::Kind::Error)
            break;
        rest.remove_prefix(e.consumed);
    }
    QCOMPARE(got, events);
}

// The size verdict comes from the header alone: a 1 MiB frame is refused with only 14 bytes read.
void TestServerParsers::wsOversizeRefusedFromHeader()
{
    WsFrameParser::State state;
    std::string payload;
    const QByteArray header = headerOnly(0x81, 1 << 20);
    const auto e = WsFrameParser::next(sv(header), &state, 1024, &payload);
    QCOMPARE(e.kind, WsFrameParser::Kind::Error);
    QCOMPARE(e.closeCode, quint16(1009));
    QVERIFY(payload.empty());
}

void TestServerParsers::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("{\"type\":\"ping\"}") << true;
    QTest::newRow("2-byte") << QByteArray("caf\xc3\xa9") << true;
    QTest::newRow("3-byte euro") << QByteArray("\xe2\x82\xac") << true;
    QTest::newRow("4-byte emoji") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("max code point") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("overlong slash C0") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong C1") << QByteArray("\xc1\xbf") << false;
    QTest::newRow("overlong 3-byte") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("overlong 4-byte") << QByteArray("\xf0\x80\x80\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("F5 lead") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("FF") << QByteArray("\xff") << false;
    QTest::newRow("truncated 3-byte") << QByteArray("\xe2\x82") << false;
    QTest::newRow("bad second continuation") << QByteArray("\xe2\x82\x41") << false;
}

void TestServerParsers::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Utf8Validator::isValid(sv(bytes)), valid);
}

// RFC 6455 section 1.3's worked example.
void TestServerParsers::acceptKey()
{
    QCOMPARE(WebSocketHandshake::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="), std::string("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

void TestServerParsers::handshakeValidation_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray ok = "Host: x\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
                          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    QTest::newRow("valid") << ("GET / HTTP/1.1\r\n" + ok + "Sec-WebSocket-Version: 13\r\n\r\n") << 0;
    QTest::newRow("post") << ("POST / HTTP/1.1\r\n" + ok + "Sec-WebSocket-Version: 13\r\n\r\n") << 405;
    QTest::newRow("version 8") << ("GET / HTTP/1.1\r\n" + ok + "Sec-WebSocket-Version: 8\r\n\r\n") << 426;
    QTest::newRow("bad key") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                           "Sec-WebSocket-Key: short\r\nSec-WebSocket-Version: 13\r\n\r\n")
                             << 400;
    QTest::newRow("no connection upgrade")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        << 400;
}

void TestServerParsers::handshakeValidation()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    HttpRequest parsed;
    QCOMPARE(HttpParser::parse(sv(request), &parsed, HttpParser::Limits {}).status, HttpParser::Status::Complete);
    QCOMPARE(WebSocketHandshake::validate(parsed), status);
}

// Entries fire in deadline order, only when due, and handlers may schedule more.
void TestServerParsers::timerQueueOrder()
{
    struct Recorder : TimerHandler {
        QList<quint64> fired;
        TimerQueue* queue = nullptr;
        void onTimer(std::uint64_t key, std::int64_t deadline) override
        {
            fired << key;
            if (key == 2)
                queue->schedule(deadline + 5, this, 9);
        }
    } rec;
    TimerQueue q;
    rec.queue = &q;
    q.schedule(30, &rec, 3);
    q.schedule(10, &rec, 1);
    q.schedule(20, &rec, 2);
    QCOMPARE(q.timeoutMs(0), 10);
    q.runExpired(9);
    QVERIFY(rec.fired.isEmpty());
    q.runExpired(25);
    QCOMPARE(rec.fired, (QList<quint64> { 1, 2, 9 }));
    q.runExpired(100);
    QCOMPARE(rec.fired, (QList<quint64> { 1, 2, 9, 3 }));
    QCOMPARE(q.timeoutMs(100), -1);
}

// A setting given in all four places takes the flag's value; without the flag, the env's;
// without both, the file's; otherwise the default.
void TestServerParsers::configPrecedence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("server.conf"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("# comment\nport = 1111\nmax-frame-bytes = 2000\njoin-timeout-ms = 3000\nallow-anonymous = "
            "true\n");
    f.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("VIOLETVAULT_SERVER_PORT"), QStringLiteral("2222"));
    env.insert(QStringLiteral("VIOLETVAULT_SERVER_MAX_FRAME_BYTES"), QStringLiteral("900"));
    ServerConfig c;
    QString out;
    QCOMPARE(
        c.load({ QStringLiteral("vvs"), QStringLiteral("--config"), file, QStringLiteral("--port=3333") }, env, &out),
        ServerConfig::LoadResult::Run);
    QCOMPARE(c.port, quint16(3333)); // flag
    QCOMPARE(c.maxFrameBytes, qint64(900)); // env over file
    QCOMPARE(c.joinTimeoutMs, qint64(3000)); // file over default
    QVERIFY(c.allowAnonymous);
    QCOMPARE(c.idleTimeoutMs, qint64(120000)); // default
    QCOMPARE(c.host, QStringLiteral("127.0.0.1"));

    env.insert(QStringLiteral("VIOLETVAULT_SERVER_CONFIG"), file);
    ServerConfig d;
    QCOMPARE(d.load({ QStringLiteral("vvs") }, env, &out), ServerConfig::LoadResult::Run);
    QCOMPARE(d.port, quint16(2222)); // env over the file named by env
}

void TestServerParsers::configErrors_data()
{
    QTest::addColumn<QList<QByteArray>>("rawArgs");
    QTest::addColumn<int>("result");
    QTest::newRow("help") << QList<QByteArray> { "--help" } << int(ServerConfig::LoadResult::Exit);
    QTest::newRow("version") << QList<QByteArray> { "--version" } << int(ServerConfig::LoadResult::Exit);
    QTest::newRow("unknown flag") << QList<QByteArray> { "--nope" } << int(ServerConfig::LoadResult::Error);
    QTest::newRow("port out of range") << QList<QByteArray> { "--port", "70000" }
                                       << int(ServerConfig::LoadResult::Error);
    QTest::newRow("port not a number") << QList<QByteArray> { "--port", "x" } << int(ServerConfig::LoadResult::Error);
    QTest::newRow("missing value") << QList<QByteArray> { "--port" } << int(ServerConfig::LoadResult::Error);
    QTest::newRow("bad log level") << QList<QByteArray> { "--log-level", "loud" }
                                   << int(ServerConfig::LoadResult::Error);
    QTest::newRow("drain range inverted") << QList<QByteArray> { "--drain-retry-min-ms", "9", "--drain-retry-max-ms",
        "1" } << int(ServerConfig::LoadResult::Error);
    QTest::newRow("missing config file") << QList<QByteArray> { "--config", "/nonexistent/x.conf" }
                                         << int(ServerConfig::LoadResult::Error);
    QTest::newRow("fine") << QList<QByteArray> { "--port", "0", "--allow-anonymous" }
                          << int(ServerConfig::LoadResult::Run);
}

void TestServerParsers::configErrors()
{
    QFETCH(QList<QByteArray>, rawArgs);
    QFETCH(int, result);
    QStringList args { QStringLiteral("vvs") };
    for (const QByteArray& a : rawArgs)
        args << QString::fromUtf8(a);
    ServerConfig c;
    QString out;
    QCOMPARE(int(c.load(args, QProcessEnvironment(), &out)), result);
    if (result != int(ServerConfig::LoadResult::Run))
        QVERIFY(!out.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerParsers)
#include "tst_server_parsers.moc"
