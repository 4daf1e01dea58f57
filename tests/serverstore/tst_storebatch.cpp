// StoreService group commit (beginBatch/commitBatch), as violetvault-server's store worker uses
// it: several pushes share one transaction and one fsync; nothing counts until the commit.
#include "StoreService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vv::server::store;

namespace {

Request makeRequest(const std::string& method, const std::string& body = {}, const std::string& query = {})
{
    Request r;
    r.method = method;
    r.path = "/v1/rooms/batch-room/ops";
    r.query = query;
    r.headers.emplace_back("authorization", "Bearer batch-token-0123");
    r.body = body;
    return r;
}

std::string pushBody(const std::string& key, const std::string& id)
{
    return R"({"idempotencyKey":")" + key + R"(","ops":[{"id":")" + id + R"(","blob":"AAEC"}]})";
}

QJsonObject json(const Response& r)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
}

} // namespace

class TestStoreBatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreService> open(std::int64_t maxPageBytes = 4 * 1024 * 1024)
    {
        StoreService::Options options;
        options.databasePath = StoreService::databasePathFor(m_dir->path().toStdString());
        options.limits.requestsPerSecond = 0;
        options.limits.maxPageBytes = maxPageBytes;
        std::string error;
        return StoreService::open(options, &error);
    }
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // Tried: in one batch, two good pushes, a malformed one, and the first one again (same key).
    // Must hold: seqs 1 and 2, a 400 that does not spoil the others, a replay of the first
    // push's acks from inside the same transaction, and all of it readable after the commit and
    // after reopening the database.
    void pushesShareOneCommit()
    {
        auto service = open();
        QVERIFY(service);
        QVERIFY(service->beginBatch());
        const Response a = service->handle(makeRequest("POST", pushBody("batch-key-000000001", "a")));
        const Response b = service->handle(makeRequest("POST", pushBody("batch-key-000000002", "b")));
        const Response bad = service->handle(makeRequest("POST", "{nope"));
        const Response again = service->handle(makeRequest("POST", pushBody("batch-key-000000001", "a")));
        QVERIFY(service->commitBatch());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.opsStored, 1);
        QCOMPARE(json(b).value(QStringLiteral("lastSeq")).toInteger(), 2);
        QCOMPARE(bad.status, 400);
        QCOMPARE(json(again).value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(again.opsStored, 0);
        QCOMPARE(json(again).value(QStringLiteral("lastSeq")).toInteger(), 1);

        service.reset();
        service = open();
        QVERIFY(service);
        const Response pulled = service->handle(makeRequest("GET", {}, "after=0"));
        QCOMPARE(pulled.status, 200);
        QCOMPARE(json(pulled).value(QStringLiteral("lastSeq")).toInteger(), 2);
    }

    // Tried: a batch that is never committed (the process ends first). Must hold: none of its
    // pushes exists afterwards (they were never acknowledged), not even the room binding, and
    // the next push starts at seq 1.
    void uncommittedBatchLeavesNothing()
    {
        auto service = open();
        QVERIFY(service);
        QVERIFY(service->beginBatch());
        QCOMPARE(service->handle(makeRequest("POST", pushBody("batch-key-000000003", "c"))).status, 200);
        service.reset(); // closing the connection rolls the open transaction back
        service = open();
        QVERIFY(service);
        QCOMPARE(service->handle(makeRequest("GET")).status, 404);
        const Response next = service->handle(makeRequest("POST", pushBody("batch-key-000000004", "d")));
        QCOMPARE(json(next).value(QStringLiteral("lastSeq")).toInteger(), 1);
    }

    // Tried: three 3-byte ops pulled with a page budget of 7 bytes, then of 1 byte. Must hold:
    // the page ends before the budget is passed (2 ops, hasMore), and a page always carries at
    // least one op, so a reader never stalls on a big blob.
    void pullPageEndsAtByteBudget()
    {
        auto service = open(7);
        QVERIFY(service);
        const std::string body = R"({"idempotencyKey":"batch-key-000000009","ops":[{"id":"x","blob":"AAEC"},)"
                                 R"({"id":"y","blob":"AAEC"},{"id":"z","blob":"AAEC"}]})";
        QCOMPARE(service->handle(makeRequest("POST", body)).status, 200);
        const Response page = service->handle(makeRequest("GET", {}, "after=0"));
        QCOMPARE(json(page).value(QStringLiteral("ops")).toArray().size(), 2);
        QCOMPARE(json(page).value(QStringLiteral("hasMore")).toBool(), true);
        service.reset();
        service = open(1);
        const Response tiny = service->handle(makeRequest("GET", {}, "after=1"));
        QCOMPARE(json(tiny).value(QStringLiteral("ops")).toArray().size(), 1);
        QCOMPARE(json(tiny).value(QStringLiteral("hasMore")).toBool(), true);
    }

    // Tried: classify requests for routing/metrics. Must hold: only the ops route's POST/GET
    // are push/pull; everything else is "other".
    void routeOf()
    {
        using R = StoreService::Route;
        QCOMPARE(StoreService::routeOf("POST", "/v1/rooms/x/ops"), R::Push);
        QCOMPARE(StoreService::routeOf("GET", "/v1/rooms/x/ops"), R::Pull);
        QCOMPARE(StoreService::routeOf("PUT", "/v1/rooms/x/ops"), R::Other);
        QCOMPARE(StoreService::routeOf("GET", "/v1/rooms//ops"), R::Other); // an empty room id
        QCOMPARE(StoreService::routeOf("GET", "/v1/rooms/ops"), R::Other);
        QCOMPARE(StoreService::routeOf("GET", "/v1/other"), R::Other);
        QCOMPARE(QByteArray(StoreService::routeName(R::Push)), QByteArray("push"));
    }
};

QTEST_GUILESS_MAIN(TestStoreBatch)
#include "tst_storebatch.moc"
