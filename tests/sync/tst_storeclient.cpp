// StoreClient against a real HTTP server running the real StoreService.
#include "TestStoreServer.h"
#include "sync/StoreClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace vv::sync;
using vv::test::TestStoreServer;

namespace {

const QString Room = QStringLiteral("client-room");
const QString Token = QStringLiteral("client-token-0123456789");

// Waits for a reply to finish (bounded) and hands it back for inspection.
bool waitFor(StoreReply* reply, int ms = 10000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &StoreReply::finished);
    return spy.wait(ms);
}

} // namespace

class TestStoreClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStoreServer> m_server;
    std::unique_ptr<StoreClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestStoreServer>();
        QVERIFY(m_server->start() != 0);
        m_client = std::make_unique<StoreClient>();
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setRoomId(Room);
        m_client->setToken(Token);
        m_client->setTimeout(5000);
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // Tried: signaling URLs of each scheme. Must hold: the store URL is the same host and port
    // with the matching HTTP scheme; anything else gives an invalid URL.
    void baseUrlFromSignaling_data()
    {
        QTest::addColumn<QString>("signaling");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ws") << QStringLiteral("ws://example.org:8080") << QStringLiteral("http://example.org:8080");
        QTest::newRow("wss") << QStringLiteral("wss://example.org") << QStringLiteral("https://example.org");
        QTest::newRow("wss port path") << QStringLiteral("wss://h.example:9443/ws?x=1")
                                       << QStringLiteral("https://h.example:9443");
        QTest::newRow("ipv6") << QStringLiteral("ws://[::1]:81") << QStringLiteral("http://[::1]:81");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void baseUrlFromSignaling()
    {
        QFETCH(QString, signaling);
        QFETCH(QString, expected);
        const QUrl url = StoreClient::baseUrlFromSignalingUrl(QUrl(signaling));
        QCOMPARE(url.isValid() && !url.isEmpty() ? url.toString() : QString(), expected);
    }

    // Tried: a push, then a pull of the same ops. Must hold: seqs ascend from 1, blobs come
    // back byte-identical (binary, opaque), lastSeq is the head.
    void pushThenPull()
    {
        const QList<OutgoingOp> ops { { QStringLiteral("a1"), QByteArray("\x00\x01\xff", 3) },
            { QStringLiteral("a2"), QByteArray(1000, '\x7f') } };
        StoreReply* push = m_client->push(StoreClient::idempotencyKeyFor(ops), ops);
        QVERIFY(waitFor(push));
        QCOMPARE(push->error(), StoreReply::Error::NoError);
        QCOMPARE(push->pushResult().lastSeq, 2);
        QCOMPARE(
            push->pushResult().acks, (QList<PushAck> { { QStringLiteral("a1"), 1 }, { QStringLiteral("a2"), 2 } }));
        QVERIFY(!push->pushResult().replayed);

        StoreReply* pull = m_client->pull(0);
        QVERIFY(waitFor(pull));
        QCOMPARE(pull->error(), StoreReply::Error::NoError);
        QCOMPARE(pull->pullPage().lastSeq, 2);
        QCOMPARE(pull->pullPage().ops.size(), 2);
        QCOMPARE(pull->pullPage().ops.at(0).blob, ops.at(0).blob);
        QCOMPARE(pull->pullPage().ops.at(1).blob, ops.at(1).blob);

        // The same batch again: the deterministic key makes it a replay.
        StoreReply* again = m_client->push(StoreClient::idempotencyKeyFor(ops), ops);
        QVERIFY(waitFor(again));
        QVERIFY(again->pushResult().replayed);
        QCOMPARE(again->pushResult().lastSeq, 2);
    }

    // Tried: a pull of a room nobody has written yet. Must hold: success, empty, head 0.
    void pullOfNewRoomIsEmpty()
    {
        StoreReply* pull = m_client->pull(0);
        QVERIFY(waitFor(pull));
        QCOMPARE(pull->error(), StoreReply::Error::NoError);
        QVERIFY(pull->pullPage().ops.isEmpty());
        QCOMPARE(pull->pullPage().lastSeq, 0);
    }

    // Tried: another token on a bound room, and no token. Must hold: TokenRefused and
    // Unauthorized/InvalidConfig, both fatal; the error text never contains the token.
    void authErrorsAreFatal()
    {
        const QList<OutgoingOp> ops { { QStringLiteral("x"), QByteArray("ct") } };
        QVERIFY(waitFor(m_client->push(StoreClient::idempotencyKeyFor(ops), ops)));

        StoreClient other;
        other.setBaseUrl(m_server->baseUrl());
        other.setRoomId(Room);
        other.setToken(QStringLiteral("wrong-token-secret-XYZ"));
        QSignalSpy errors(&other, &StoreClient::errorOccurred);
        StoreReply* pull = other.pull(0);
        QVERIFY(waitFor(pull));
        QCOMPARE(pull->error(), StoreReply::Error::TokenRefused);
        QCOMPARE(pull->httpStatus(), 403);
        QVERIFY(StoreReply::isFatal(pull->error()));
        QVERIFY(!pull->errorString().contains(QLatin1StringView("wrong-token-secret-XYZ")));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(other.error(), StoreReply::Error::TokenRefused);

        StoreClient anonymous;
        anonymous.setBaseUrl(m_server->baseUrl());
        anonymous.setRoomId(Room);
        StoreReply* noToken = anonymous.pull(0);
        QVERIFY(waitFor(noToken));
        QCOMPARE(noToken->error(), StoreReply::Error::InvalidConfig);
        QVERIFY(StoreReply::isFatal(noToken->error()));
    }

    // Tried: a server that is not listening. Must hold: NetworkError, retryable.
    void serverDownIsRetryable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl url = m_server->baseUrl();
        url.setPort(port);
        m_client->setBaseUrl(url);
        StoreReply* pull = m_client->pull(0);
        QVERIFY(waitFor(pull));
        QCOMPARE(pull->error(), StoreReply::Error::NetworkError);
        QVERIFY(StoreReply::isRetryable(pull->error()));
        QVERIFY(!pull->errorString().contains(Token));
    }

    // Tried: an upload whose response is lost after commit, then retried. Must hold: the retry
    // is a replay with the same seqs; the log holds the ops once.
    void lostResponseRetryReplays()
    {
        const QList<OutgoingOp> ops { { QStringLiteral("r1"), QByteArray("c1") },
            { QStringLiteral("r2"), QByteArray("c2") } };
        m_server->dropPushResponses(1);
        StoreReply* first = m_client->push(StoreClient::idempotencyKeyFor(ops), ops);
        QVERIFY(waitFor(first));
        QCOMPARE(m_server->droppedResponses(), 1);
        // QNetworkAccessManager may itself resend a request whose connection closed without an
        // answer; then the server recognised the key and the first reply is already a replay.
        if (first->error() == StoreReply::Error::NoError)
            QVERIFY(first->pushResult().replayed);
        else
            QCOMPARE(first->error(), StoreReply::Error::NetworkError);
        StoreReply* retry = m_client->push(StoreClient::idempotencyKeyFor(ops), ops);
        QVERIFY(waitFor(retry));
        QCOMPARE(retry->error(), StoreReply::Error::NoError);
        QVERIFY(retry->pushResult().replayed);
        QCOMPARE(retry->pushResult().lastSeq, 2);
        StoreReply* pull = m_client->pull(0);
        QVERIFY(waitFor(pull));
        QCOMPARE(pull->pullPage().ops.size(), 2);
    }

    // Tried: two requests against a limit of one per two seconds. Must hold: the second is
    // RateLimited (retryable) with the server's Retry-After in milliseconds.
    void rateLimitHonoursRetryAfter()
    {
        vv::server::store::StoreLimits limits;
        limits.requestsPerSecond = 0.5;
        limits.requestBurst = 1;
        TestStoreServer limited(limits);
        QVERIFY(limited.start() != 0);
        m_client->setBaseUrl(limited.baseUrl());
        StoreReply* first = m_client->pull(0);
        QVERIFY(waitFor(first));
        QCOMPARE(first->error(), StoreReply::Error::NoError);
        StoreReply* second = m_client->pull(0);
        QVERIFY(waitFor(second));
        QCOMPARE(second->error(), StoreReply::Error::RateLimited);
        QCOMPARE(second->httpStatus(), 429);
        QCOMPARE(second->retryAfterMs(), 2000);
        QVERIFY(StoreReply::isRetryable(second->error()));
    }

    // Tried: abortAll() with a request in flight. Must hold: finished() once, error Aborted.
    void abortFinishesOnce()
    {
        StoreReply* pull = m_client->pull(0);
        QSignalSpy finished(pull, &StoreReply::finished);
        m_client->abortAll();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(pull->error(), StoreReply::Error::Aborted);
        QTest::qWait(50); // a late network event must not finish it twice
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreClient)
#include "tst_storeclient.moc"
