// TcpProxy on its own: an in-process TCP target (and a QWebSocketServer) on 127.0.0.1:0, a
// client through the proxy. Checks forwarding, recording and each fault it can inject.
#include "TcpProxy.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>
#include <vector>

using vv::testsupport::TcpProxy;

namespace {

// The far end: accepts connections, keeps what each one sent, can answer.
class Target : public QObject
{
    Q_OBJECT
public:
    explicit Target(QObject* parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                const int index = static_cast<int>(m_sockets.size());
                m_sockets.push_back(s);
                m_received.append(QByteArray());
                m_closed.append(false);
                connect(s, &QTcpSocket::readyRead, this, [this, s, index] {
                    m_received[index] += s->readAll();
                    Q_EMIT received();
                });
                connect(s, &QTcpSocket::disconnected, this, [this, s, index] {
                    if (s->bytesAvailable() > 0)
                        m_received[index] += s->readAll();
                    m_closed[index] = true;
                    Q_EMIT closed();
                });
                Q_EMIT accepted();
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] int count() const { return static_cast<int>(m_sockets.size()); }
    [[nodiscard]] QByteArray bytes(int i) const { return m_received.value(i); }
    [[nodiscard]] bool isClosed(int i) const { return m_closed.value(i); }
    [[nodiscard]] QTcpSocket* socket(int i) const { return m_sockets.at(static_cast<size_t>(i)); }
    void close() { m_server.close(); }

Q_SIGNALS:
    void accepted();
    void received();
    void closed();

private:
    std::vector<QTcpSocket*> m_sockets;
    QList<QByteArray> m_received;
    QList<bool> m_closed;
    // Last, so it is destroyed first: its sockets may still signal into the lists above.
    QTcpServer m_server;
};

QByteArray pattern(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = static_cast<char>('a' + (i * 7) % 26);
    return bytes;
}

} // namespace

class TestTcpProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Target> m_target;
    std::unique_ptr<TcpProxy> m_proxy;

    std::unique_ptr<QTcpSocket> connectClient()
    {
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(QHostAddress::LocalHost, m_proxy->port());
        if (!client->waitForConnected(5000))
            return nullptr;
        return client;
    }

private Q_SLOTS:
    void init()
    {
        m_target = std::make_unique<Target>();
        QVERIFY(m_target->listen());
        m_proxy = std::make_unique<TcpProxy>();
        m_proxy->setTarget(QHostAddress::LocalHost, m_target->port());
        QVERIFY(m_proxy->listen());
        QVERIFY(m_proxy->port() != 0);
        QCOMPARE(
            m_proxy->url(QStringLiteral("ws")).toString(), QStringLiteral("ws://127.0.0.1:%1").arg(m_proxy->port()));
    }
    void cleanup()
    {
        m_proxy.reset();
        m_target.reset();
    }

    // Tried: 1 MiB up and 1 MiB down through the proxy, recording both directions.
    // Must hold: both ends get every byte in order, and the recordings equal what was sent.
    void forwardsAndRecordsBothWays()
    {
        m_proxy->setRecordDownstream(true);
        auto client = connectClient();
        QVERIFY(client);
        const QByteArray up = pattern(1 << 20);
        client->write(up);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(0).size(), up.size(), 10000);
        QCOMPARE(m_target->bytes(0), up);

        const QByteArray down = pattern((1 << 20) + 17).toUpper();
        m_target->socket(0)->write(down);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += client->readAll()).size() == down.size(), 10000);
        QCOMPARE(got, down);

        QCOMPARE(m_proxy->records().size(), 1);
        QCOMPARE(m_proxy->records().first().id, 1);
        QCOMPARE(m_proxy->recordedUpstream(), up);
        QCOMPARE(m_proxy->recordedDownstream(), down);
        QCOMPARE(m_proxy->forwardedUpstream(), up.size());
        QCOMPARE(m_proxy->forwardedDownstream(), down.size());
        QVERIFY(!m_proxy->isRecordingTruncated());
        QCOMPARE(m_proxy->acceptedCount(), 1);
    }

    // Tried: downstream recording off (the default), two connections.
    // Must hold: upstream is recorded per connection, downstream is not, and a client close is
    // mirrored to the target (it sees EOF) and the connection is forgotten.
    void recordsPerConnectionAndMirrorsClose()
    {
        auto a = connectClient();
        auto b = connectClient();
        QVERIFY(a && b);
        a->write("first");
        QTRY_COMPARE_WITH_TIMEOUT(m_target->count(), 2, 5000);
        b->write("second");
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->recordedUpstream().size(), 11, 5000);
        m_target->socket(0)->write("answer");
        QTRY_COMPARE_WITH_TIMEOUT(a->bytesAvailable(), qint64(6), 5000);
        const auto records = m_proxy->records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).upstream, QByteArray("first"));
        QCOMPARE(records.at(1).upstream, QByteArray("second"));
        QVERIFY(records.at(0).downstream.isEmpty());

        QSignalSpy closed(m_proxy.get(), &TcpProxy::connectionClosed);
        a->disconnectFromHost();
        QTRY_VERIFY_WITH_TIMEOUT(m_target->isClosed(0), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->activeCount(), 1, 5000);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(m_proxy->records().size(), 2); // recordings outlive their connection
        m_proxy->clearRecordings();
        QCOMPARE(m_proxy->records().size(), 1); // the open one records afresh
        QVERIFY(m_proxy->recordedUpstream().isEmpty());
    }

    void dropAfterUpstreamBytes_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("sent");
        QTest::newRow("before the first byte") << 0 << 100;
        QTest::newRow("mid-stream") << 37 << 100;
        QTest::newRow("in a later write") << 150 << 100;
        QTest::newRow("exactly all") << 100 << 100;
    }

    // Tried: a drop armed at `limit` upstream bytes; the client sends in two writes of `sent`.
    // Must hold: the target gets exactly the first `limit` bytes, then a clean EOF; the client
    // sees its connection end; the fault fires once, and the next connection is not cut.
    void dropAfterUpstreamBytes()
    {
        QFETCH(int, limit);
        QFETCH(int, sent);
        m_proxy->setDropAfterUpstreamBytes(limit);
        QSignalSpy dropped(m_proxy.get(), &TcpProxy::connectionDropped);
        auto client = connectClient();
        QVERIFY(client);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->count(), 1, 5000);
        const QByteArray bytes = pattern(2 * sent);
        client->write(bytes.left(sent));
        if (limit >= sent) {
            QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(0).size(), sent, 5000);
            client->write(bytes.mid(sent));
        }
        QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_target->isClosed(0), 5000);
        QCOMPARE(m_target->bytes(0), bytes.left(limit));
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(m_proxy->droppedCount(), 1);

        auto next = connectClient();
        QVERIFY(next);
        next->write(bytes);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(1).size(), bytes.size(), 5000);
        QCOMPARE(m_proxy->droppedCount(), 1);
    }

    // Tried: a drop armed for two connections, then disarmed.
    // Must hold: exactly two connections are cut, a third one carries everything.
    void dropCountsConnectionsAndDisarms()
    {
        m_proxy->setDropAfterUpstreamBytes(3, 2);
        for (int i = 0; i < 2; ++i) {
            auto c = connectClient();
            QVERIFY(c);
            c->write("0123456789");
            QTRY_VERIFY_WITH_TIMEOUT(c->state() == QAbstractSocket::UnconnectedState, 5000);
        }
        QCOMPARE(m_proxy->droppedCount(), 2);
        auto c = connectClient();
        QVERIFY(c);
        c->write("0123456789");
        QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(2), QByteArray("0123456789"), 5000);

        m_proxy->setDropAfterUpstreamBytes(1);
        m_proxy->setDropAfterUpstreamBytes(-1); // disarmed before anything flows
        c->write("more");
        QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(2), QByteArray("0123456789more"), 5000);
        QCOMPARE(m_proxy->droppedCount(), 2);
    }

    // Tried: a drop armed on the downstream side at 10 bytes, the target answers 50.
    // Must hold: the client gets exactly 10 bytes and then its connection ends.
    void dropAfterDownstreamBytes()
    {
        m_proxy->setDropAfterDownstreamBytes(10);
        auto client = connectClient();
        QVERIFY(client);
        client->write("request");
        QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(0), QByteArray("request"), 5000);
        const QByteArray answer = pattern(50);
        m_target->socket(0)->write(answer);
        QByteArray got;
        const auto drain = [&] {
            if (client->bytesAvailable() > 0)
                got += client->readAll();
            return client->state() == QAbstractSocket::UnconnectedState;
        };
        QTRY_VERIFY_WITH_TIMEOUT(drain(), 5000);
        drain();
        QCOMPARE(got, answer.left(10));
        QTRY_VERIFY_WITH_TIMEOUT(m_target->isClosed(0), 5000);
        QCOMPARE(m_proxy->droppedCount(), 1);
    }

    // Tried: pause, then send both ways and open a new connection; then unpause.
    // Must hold: nothing crosses while paused (checked over a bounded 300 ms window), and
    // everything held crosses in order afterwards, including the new connection's bytes.
    void pauseHoldsThenResumes()
    {
        auto client = connectClient();
        QVERIFY(client);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->count(), 1, 5000);
        m_proxy->setPaused(true);
        QVERIFY(m_proxy->isPaused());
        QSignalSpy targetGot(m_target.get(), &Target::received);
        client->write("held-");
        client->write("up");
        m_target->socket(0)->write("held-down");
        auto late = connectClient(); // accepted but not forwarded while paused
        QVERIFY(late);
        late->write("late");
        QVERIFY(!targetGot.wait(300));
        QVERIFY(m_target->bytes(0).isEmpty());
        QCOMPARE(client->bytesAvailable(), qint64(0));

        m_proxy->setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(0), QByteArray("held-up"), 5000);
        QByteArray down;
        QTRY_COMPARE_WITH_TIMEOUT(down += client->readAll(), QByteArray("held-down"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->count(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(1), QByteArray("late"), 5000);
    }

    // Tried: a client closes while the proxy is paused.
    // Must hold: the target sees the bytes and the close only after unpausing.
    void closeDuringPauseIsHeld()
    {
        auto client = connectClient();
        QVERIFY(client);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->count(), 1, 5000);
        m_proxy->setPaused(true);
        client->write("bye");
        client->disconnectFromHost();
        QSignalSpy targetClosed(m_target.get(), &Target::closed);
        QVERIFY(!targetClosed.wait(300));
        m_proxy->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_target->isClosed(0), 5000);
        QCOMPARE(m_target->bytes(0), QByteArray("bye"));
    }

    // Tried: cutAll() with two open connections.
    // Must hold: both clients and both target sockets see their connection end, and the proxy
    // keeps serving new connections.
    void cutAllAbortsEverything()
    {
        auto a = connectClient();
        auto b = connectClient();
        QVERIFY(a && b);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->count(), 2, 5000);
        QSignalSpy dropped(m_proxy.get(), &TcpProxy::connectionDropped);
        m_proxy->cutAll();
        QCOMPARE(dropped.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(a->state() == QAbstractSocket::UnconnectedState, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(b->state() == QAbstractSocket::UnconnectedState, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_target->isClosed(0) && m_target->isClosed(1), 5000);
        QCOMPARE(m_proxy->activeCount(), 0);
        auto c = connectClient();
        QVERIFY(c);
        c->write("alive");
        QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(2), QByteArray("alive"), 5000);
    }

    // Tried: refuse new connections while one is open, then accept again.
    // Must hold: the new client is reset without reaching the target, the open one still
    // works, and after setRefuseNew(false) connections go through.
    void refuseNewLeavesOpenOnes()
    {
        auto open = connectClient();
        QVERIFY(open);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->count(), 1, 5000);
        m_proxy->setRefuseNew(true);
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, m_proxy->port());
        QTRY_VERIFY_WITH_TIMEOUT(refused.state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(m_target->count(), 1);
        open->write("still");
        QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(0), QByteArray("still"), 5000);
        m_proxy->setRefuseNew(false);
        auto again = connectClient();
        QVERIFY(again);
        QTRY_COMPARE_WITH_TIMEOUT(m_target->count(), 2, 5000);
    }

    // Tried: a target that is not listening.
    // Must hold: the client's connection is ended (as if the server refused it).
    void targetDownEndsClient()
    {
        m_target->close();
        QTcpServer probe; // a port that surely refuses: bind, read the port, close
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 deadPort = probe.serverPort();
        probe.close();
        m_proxy->setTarget(QHostAddress::LocalHost, deadPort);
        auto client = connectClient();
        QVERIFY(client);
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->activeCount(), 0, 5000);
    }

    // Tried: a 100-byte record limit and 1,000 bytes sent.
    // Must hold: recording stops at the limit and says so; forwarding goes on in full.
    void recordLimitTruncatesRecordingOnly()
    {
        m_proxy->setRecordLimit(100);
        auto client = connectClient();
        QVERIFY(client);
        for (int i = 0; i < 10; ++i) {
            client->write(pattern(100));
            QTRY_COMPARE_WITH_TIMEOUT(m_target->bytes(0).size(), 100 * (i + 1), 5000);
        }
        QVERIFY(m_proxy->isRecordingTruncated());
        QVERIFY(m_proxy->recordedUpstream().size() <= 100);
        QCOMPARE(m_proxy->forwardedUpstream(), qint64(1000));
    }

    // Tried: a real WebSocket client and server (Qt) through the proxy, both directions.
    // Must hold: the upgrade and the messages cross; the recording holds the upgrade request
    // in clear and the masked client frames (so the text itself is not visible raw).
    void carriesWebSocket()
    {
        QWebSocketServer server(QStringLiteral("t"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QWebSocket*> peers;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            QWebSocket* peer = server.nextPendingConnection();
            peers.append(peer);
            connect(peer, &QWebSocket::textMessageReceived, peer,
                [peer](const QString& text) { peer->sendTextMessage(text + QStringLiteral("!")); });
        });
        m_proxy->setTarget(QHostAddress::LocalHost, server.serverPort());
        m_proxy->setRecordDownstream(true);
        QWebSocket ws;
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy message(&ws, &QWebSocket::textMessageReceived);
        ws.open(m_proxy->url(QStringLiteral("ws"), QStringLiteral("/")));
        QVERIFY(connected.wait(5000));
        ws.sendTextMessage(QStringLiteral("hello"));
        QVERIFY(message.wait(5000));
        QCOMPARE(message.first().first().toString(), QStringLiteral("hello!"));
        const QByteArray up = m_proxy->recordedUpstream();
        QVERIFY(up.startsWith("GET / HTTP/1.1\r\n"));
        QVERIFY(up.contains("Upgrade: websocket"));
        QVERIFY(m_proxy->recordedDownstream().contains("hello!")); // server frames are unmasked
        ws.close();
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->activeCount(), 0, 5000);
    }
};

QTEST_GUILESS_MAIN(TestTcpProxy)
#include "tst_tcpproxy.moc"
