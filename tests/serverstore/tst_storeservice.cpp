// StoreService: the encrypted op store's HTTP API on a real SQLite file (docs/api.md).
#include "SqliteTokenVerifier.h"
#include "StoreService.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sqlite3.h>

using namespace vv::server::store;

namespace {

const std::string Room = "room-abc";
const std::string TokenA = "token-a-0123456789";
const std::string TokenB = "token-b-9876543210";

Request makeRequest(const std::string& method, const std::string& path, const std::string& token,
    const std::string& body = {}, const std::string& query = {})
{
    Request r;
    r.method = method;
    r.path = path;
    r.query = query;
    if (!token.empty())
        r.headers.emplace_back("authorization", "Bearer " + token);
    r.body = body;
    return r;
}

std::string opsPath(const std::string& room = Room)
{
    return "/v1/rooms/" + room + "/ops";
}

QByteArray blobOf(const QByteArray& bytes)
{
    return bytes.toBase64();
}

// A push body with ops named prefix0..prefix(n-1).
std::string pushBody(const std::string& key, const QStringList& ids)
{
    QJsonArray ops;
    for (const QString& id : ids)
        ops.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("blob"), QString::fromLatin1(blobOf(id.toUtf8() + "-ct")) } });
    return QJsonDocument(QJsonObject { { QStringLiteral("idempotencyKey"), QString::fromStdString(key) },
                             { QStringLiteral("ops"), ops } })
        .toJson(QJsonDocument::Compact)
        .toStdString();
}

QJsonObject json(const Response& r)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
}

QString errorOf(const Response& r)
{
    return json(r).value(QStringLiteral("error")).toString();
}

} // namespace

class TestStoreService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StoreService> openService(const StoreLimits& limits = {}, RateLimiter::Clock clock = {})
    {
        StoreService::Options options;
        options.databasePath = StoreService::databasePathFor(m_dir->path().toStdString());
        options.limits = limits;
        options.monotonicClockMs = std::move(clock);
        std::string error;
        auto service = StoreService::open(options, &error);
        if (!service)
            qWarning("open failed: %s", error.c_str());
        return service;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // Tried: malformed requests of every kind. Must hold: the documented status and error code,
    // and a message that names the rule without echoing the input.
    void requestValidation_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");

        const QByteArray path = QByteArray::fromStdString(opsPath());
        const QByteArray ok = R"({"idempotencyKey":"key-0123456789abcdef","ops":[{"id":"op1","blob":"AAEC"}]})";
        QTest::newRow("valid push") << QByteArray("POST") << path << QByteArray() << true << ok << 200 << QString();
        QTest::newRow("unknown route") << QByteArray("GET") << QByteArray("/v1/other") << QByteArray() << true
                                       << QByteArray() << 404 << QStringLiteral("not_found");
        QTest::newRow("nested room path") << QByteArray("GET") << QByteArray("/v1/rooms/a/b/ops") << QByteArray()
                                          << true << QByteArray() << 404 << QStringLiteral("not_found");
        QTest::newRow("wrong method") << QByteArray("DELETE") << path << QByteArray() << true << QByteArray() << 405
                                      << QStringLiteral("method_not_allowed");
        QTest::newRow("no token") << QByteArray("POST") << path << QByteArray() << false << ok << 401
                                  << QStringLiteral("unauthorized");
        QTest::newRow("bad room id") << QByteArray("POST") << QByteArray("/v1/rooms/b%20d/ops") << QByteArray() << true
                                     << ok << 400 << QStringLiteral("bad_request");
        QTest::newRow("not json") << QByteArray("POST") << path << QByteArray() << true << QByteArray("{nope") << 400
                                  << QStringLiteral("bad_request");
        QTest::newRow("json array") << QByteArray("POST") << path << QByteArray() << true << QByteArray("[]") << 400
                                    << QStringLiteral("bad_request");
        QTest::newRow("unknown field")
            << QByteArray("POST") << path << QByteArray() << true
            << QByteArray(R"({"idempotencyKey":"key-0123456789abcdef","ops":[{"id":"a","blob":"AAEC"}],"plain":"x"})")
            << 400 << QStringLiteral("bad_request");
        QTest::newRow("key too short") << QByteArray("POST") << path << QByteArray() << true
                                       << QByteArray(R"({"idempotencyKey":"short","ops":[{"id":"a","blob":"AAEC"}]})")
                                       << 400 << QStringLiteral("bad_request");
        QTest::newRow("key bad chars")
            << QByteArray("POST") << path << QByteArray() << true
            << QByteArray(R"({"idempotencyKey":"key 0123456789abcdef","ops":[{"id":"a","blob":"AAEC"}]})") << 400
            << QStringLiteral("bad_request");
        QTest::newRow("no ops") << QByteArray("POST") << path << QByteArray() << true
                                << QByteArray(R"({"idempotencyKey":"key-0123456789abcdef","ops":[]})") << 400
                                << QStringLiteral("bad_request");
        QTest::newRow("op id too long") << QByteArray("POST") << path << QByteArray() << true
                                        << QByteArray(R"({"idempotencyKey":"key-0123456789abcdef","ops":[{"id":")"
                                               + QByteArray(65, 'x') + R"(","blob":"AAEC"}]})")
                                        << 400 << QStringLiteral("bad_request");
        QTest::newRow("op id slash")
            << QByteArray("POST") << path << QByteArray() << true
            << QByteArray(R"({"idempotencyKey":"key-0123456789abcdef","ops":[{"id":"a/b","blob":"AAEC"}]})") << 400
            << QStringLiteral("bad_request");
        QTest::newRow("bad base64")
            << QByteArray("POST") << path << QByteArray() << true
            << QByteArray(R"({"idempotencyKey":"key-0123456789abcdef","ops":[{"id":"a","blob":"A*EC"}]})") << 400
            << QStringLiteral("bad_request");
        QTest::newRow("unpadded base64")
            << QByteArray("POST") << path << QByteArray() << true
            << QByteArray(R"({"idempotencyKey":"key-0123456789abcdef","ops":[{"id":"a","blob":"AAE"}]})") << 400
            << QStringLiteral("bad_request");
        QTest::newRow("empty blob") << QByteArray("POST") << path << QByteArray() << true
                                    << QByteArray(
                                           R"({"idempotencyKey":"key-0123456789abcdef","ops":[{"id":"a","blob":""}]})")
                                    << 400 << QStringLiteral("bad_request");
        QTest::newRow("extra op field")
            << QByteArray("POST") << path << QByteArray() << true
            << QByteArray(R"({"idempotencyKey":"key-0123456789abcdef","ops":[{"id":"a","blob":"AAEC","x":1}]})") << 400
            << QStringLiteral("bad_request");
        QTest::newRow("read bad after") << QByteArray("GET") << path << QByteArray("after=-1") << true << QByteArray()
                                        << 400 << QStringLiteral("bad_request");
        QTest::newRow("read bad limit") << QByteArray("GET") << path << QByteArray("limit=0") << true << QByteArray()
                                        << 400 << QStringLiteral("bad_request");
        QTest::newRow("read unknown param") << QByteArray("GET") << path << QByteArray("secret=1") << true
                                            << QByteArray() << 400 << QStringLiteral("bad_request");
        QTest::newRow("read unknown room") << QByteArray("GET") << path << QByteArray("after=0") << true << QByteArray()
                                           << 404 << QStringLiteral("not_found");
    }

    void requestValidation()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, query);
        QFETCH(bool, withToken);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);

        auto service = openService();
        QVERIFY(service);
        const Response r = service->handle(makeRequest(method.toStdString(), path.toStdString(),
            withToken ? TokenA : std::string(), body.toStdString(), query.toStdString()));
        QCOMPARE(r.status, status);
        QCOMPARE(errorOf(r), error);
        if (status == 400) {
            const QString message = json(r).value(QStringLiteral("message")).toString();
            QVERIFY(!message.isEmpty());
            QVERIFY(!message.contains(QLatin1StringView("A*EC")));
            QVERIFY(!message.contains(QLatin1StringView("plain")));
        }
        if (status == 405)
            QVERIFY(r.header("Allow"));
    }

    // Tried: the same batch posted twice under one idempotency key. Must hold: the same seqs,
    // replayed=true the second time, and the log holds each op once.
    void idempotentRetry()
    {
        auto service = openService();
        QVERIFY(service);
        const std::string body = pushBody("retry-key-000000001", { QStringLiteral("a"), QStringLiteral("b") });
        const Response first = service->handle(makeRequest("POST", opsPath(), TokenA, body));
        QCOMPARE(first.status, 200);
        QCOMPARE(json(first).value(QStringLiteral("replayed")).toBool(), false);
        QCOMPARE(json(first).value(QStringLiteral("lastSeq")).toInteger(), 2);
        const Response second = service->handle(makeRequest("POST", opsPath(), TokenA, body));
        QCOMPARE(second.status, 200);
        QCOMPARE(json(second).value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(json(second).value(QStringLiteral("ops")), json(first).value(QStringLiteral("ops")));
        QCOMPARE(json(second).value(QStringLiteral("lastSeq")).toInteger(), 2);

        const Response read = service->handle(makeRequest("GET", opsPath(), TokenA));
        QCOMPARE(read.status, 200);
        QCOMPARE(json(read).value(QStringLiteral("ops")).toArray().size(), 2);
    }

    // Tried: op ids re-uploaded under a new key, and twice inside one batch. Must hold: each id
    // keeps its first seq, new ids get the next seqs in request order, nothing is duplicated.
    void duplicateOpIds()
    {
        auto service = openService();
        QVERIFY(service);
        QCOMPARE(service
                     ->handle(makeRequest("POST", opsPath(), TokenA,
                         pushBody("dup-key-00000000001", { QStringLiteral("x"), QStringLiteral("y") })))
                     .status,
            200);
        const Response again = service->handle(makeRequest("POST", opsPath(), TokenA,
            pushBody("dup-key-00000000002", { QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("z") })));
        QCOMPARE(again.status, 200);
        const QJsonArray acks = json(again).value(QStringLiteral("ops")).toArray();
        QCOMPARE(acks.size(), 3);
        QCOMPARE(acks.at(0).toObject().value(QStringLiteral("seq")).toInteger(), 2); // y: original
        QCOMPARE(acks.at(1).toObject().value(QStringLiteral("seq")).toInteger(), 3); // z: new
        QCOMPARE(acks.at(2).toObject().value(QStringLiteral("seq")).toInteger(), 3); // z again: same
        QCOMPARE(json(again).value(QStringLiteral("lastSeq")).toInteger(), 3);
        QCOMPARE(
            json(service->handle(makeRequest("GET", opsPath(), TokenA))).value(QStringLiteral("ops")).toArray().size(),
            3);
    }

    // Tried: 25 ops read in pages. Must hold: after/limit select the right window, hasMore is
    // true until the last page, lastSeq is always the head, and blobs come back byte-identical.
    void paging_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("firstSeq");
        QTest::addColumn<bool>("hasMore");
        QTest::newRow("default") << QByteArray() << 25 << qint64(1) << false;
        QTest::newRow("first page") << QByteArray("limit=10") << 10 << qint64(1) << true;
        QTest::newRow("middle page") << QByteArray("after=10&limit=10") << 10 << qint64(11) << true;
        QTest::newRow("last page exact") << QByteArray("after=15&limit=10") << 10 << qint64(16) << false;
        QTest::newRow("partial page") << QByteArray("after=20&limit=10") << 5 << qint64(21) << false;
        QTest::newRow("past head") << QByteArray("after=99") << 0 << qint64(0) << false;
        QTest::newRow("limit clamped") << QByteArray("limit=5000") << 25 << qint64(1) << false;
    }

    void paging()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, count);
        QFETCH(qint64, firstSeq);
        QFETCH(bool, hasMore);
        auto service = openService();
        QVERIFY(service);
        QStringList ids;
        for (int i = 0; i < 25; ++i)
            ids << QStringLiteral("op%1").arg(i);
        QCOMPARE(
            service->handle(makeRequest("POST", opsPath(), TokenA, pushBody("page-key-0000000001", ids))).status, 200);

        const Response r = service->handle(makeRequest("GET", opsPath(), TokenA, {}, query.toStdString()));
        QCOMPARE(r.status, 200);
        const QJsonArray ops = json(r).value(QStringLiteral("ops")).toArray();
        QCOMPARE(ops.size(), count);
        QCOMPARE(json(r).value(QStringLiteral("hasMore")).toBool(), hasMore);
        QCOMPARE(json(r).value(QStringLiteral("lastSeq")).toInteger(), 25);
        for (int i = 0; i < ops.size(); ++i) {
            const QJsonObject op = ops.at(i).toObject();
            const qint64 seq = op.value(QStringLiteral("seq")).toInteger();
            QCOMPARE(seq, firstSeq + i);
            const QString id = QStringLiteral("op%1").arg(seq - 1);
            QCOMPARE(op.value(QStringLiteral("id")).toString(), id);
            QCOMPARE(op.value(QStringLiteral("blob")).toString(), QString::fromLatin1(blobOf(id.toUtf8() + "-ct")));
        }
    }

    // Tried: a room written with token A, then read and written with token B, and without one.
    // Must hold: 401 without, 403 for B on both, A still works; the registry keeps only a hash.
    void authentication()
    {
        auto service = openService();
        QVERIFY(service);
        QCOMPARE(service
                     ->handle(makeRequest(
                         "POST", opsPath(), TokenA, pushBody("auth-key-0000000001", { QStringLiteral("a") })))
                     .status,
            200);
        const Response noToken = service->handle(makeRequest("GET", opsPath(), {}));
        QCOMPARE(noToken.status, 401);
        QCOMPARE(errorOf(noToken), QStringLiteral("unauthorized"));
        Request badScheme = makeRequest("GET", opsPath(), {});
        badScheme.headers.emplace_back("authorization", "Basic " + TokenA);
        QCOMPARE(service->handle(badScheme).status, 401);

        const Response otherRead = service->handle(makeRequest("GET", opsPath(), TokenB));
        QCOMPARE(otherRead.status, 403);
        QCOMPARE(errorOf(otherRead), QStringLiteral("token_refused"));
        const Response otherWrite = service->handle(
            makeRequest("POST", opsPath(), TokenB, pushBody("auth-key-0000000002", { QStringLiteral("evil") })));
        QCOMPARE(otherWrite.status, 403);
        QCOMPARE(errorOf(otherWrite), QStringLiteral("token_refused"));
        // The refused write left nothing behind.
        QCOMPARE(
            json(service->handle(makeRequest("GET", opsPath(), TokenA))).value(QStringLiteral("lastSeq")).toInteger(),
            1);

        // The registry holds SHA-256(token), never the token.
        SqliteTokenVerifier shared(service->database());
        QVERIFY(shared.isValid());
        QCOMPARE(shared.verify(Room, TokenA), TokenVerifier::Verdict::Accepted);
        QCOMPARE(shared.verify(Room, TokenB), TokenVerifier::Verdict::Refused);
        QCOMPARE(shared.verify("other-room", TokenA), TokenVerifier::Verdict::Unknown);
        QCOMPARE(SqliteTokenVerifier::hashToken("abc"),
            std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    // Tried: a registry file created with the relay's schema (server/relay/TokenRegistry), where
    // the relay bound a room at join, shared with the store through SqliteTokenVerifier::open.
    // Must hold: the store honours the relay's binding, and a room the store binds is visible
    // to a lookup the way the relay does it.
    void sharedRegistryWithRelay()
    {
        const std::string registryPath = m_dir->filePath(QStringLiteral("violetvault.sqlite3")).toStdString();
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open(registryPath.c_str(), &db), SQLITE_OK);
            const std::string sql = "PRAGMA journal_mode=WAL;"
                                    "CREATE TABLE IF NOT EXISTS room_tokens ("
                                    " room_id TEXT PRIMARY KEY NOT NULL,"
                                    " token_hash TEXT NOT NULL,"
                                    " created_at INTEGER NOT NULL DEFAULT (strftime('%s','now')));"
                                    "INSERT INTO room_tokens(room_id, token_hash) VALUES ('joined-room', '"
                + SqliteTokenVerifier::hashToken(TokenA) + "');";
            QCOMPARE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        std::string error;
        auto registry = SqliteTokenVerifier::open(registryPath, &error);
        QVERIFY(registry);
        StoreService::Options options;
        options.databasePath = StoreService::databasePathFor(m_dir->path().toStdString());
        options.tokenVerifier = registry.get();
        auto service = StoreService::open(options, &error);
        QVERIFY(service);
        QCOMPARE(service->tokenVerifier(), registry.get());

        // Joined at the relay, never written: a read is allowed (empty), another token is refused.
        const Response empty = service->handle(makeRequest("GET", opsPath("joined-room"), TokenA));
        QCOMPARE(empty.status, 200);
        QCOMPARE(json(empty).value(QStringLiteral("lastSeq")).toInteger(), 0);
        QCOMPARE(service
                     ->handle(makeRequest("POST", opsPath("joined-room"), TokenB,
                         pushBody("shared-key-00000001", { QStringLiteral("a") })))
                     .status,
            403);
        // Bound by the store: the relay's lookup (same table) sees the hash.
        QCOMPARE(service
                     ->handle(makeRequest("POST", opsPath("store-room"), TokenB,
                         pushBody("shared-key-00000002", { QStringLiteral("a") })))
                     .status,
            200);
        auto relayView = SqliteTokenVerifier::open(registryPath, &error);
        QVERIFY(relayView);
        QCOMPARE(relayView->verify("store-room", TokenB), TokenVerifier::Verdict::Accepted);
        QCOMPARE(relayView->verify("store-room", TokenA), TokenVerifier::Verdict::Refused);
    }

    // Tried: oversized blob, batch and body. Must hold: 413 with the documented code, nothing stored.
    void sizeLimits()
    {
        StoreLimits limits;
        limits.maxBlobBytes = 100;
        limits.maxOpsPerBatch = 3;
        limits.maxBodyBytes = 1000;
        auto service = openService(limits);
        QVERIFY(service);
        const auto body = [](const QByteArray& blob, int count) {
            QJsonArray ops;
            for (int i = 0; i < count; ++i)
                ops.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("o%1").arg(i) },
                    { QStringLiteral("blob"), QString::fromLatin1(blob.toBase64()) } });
            return QJsonDocument(
                QJsonObject { { QStringLiteral("idempotencyKey"), QStringLiteral("limit-key-000000001") },
                    { QStringLiteral("ops"), ops } })
                .toJson(QJsonDocument::Compact)
                .toStdString();
        };
        QCOMPARE(service->handle(makeRequest("POST", opsPath(), TokenA, body(QByteArray(100, 'x'), 1))).status, 200);
        Response r = service->handle(makeRequest("POST", opsPath(), TokenA, body(QByteArray(101, 'x'), 1)));
        QCOMPARE(r.status, 413);
        QCOMPARE(errorOf(r), QStringLiteral("blob_too_large"));
        r = service->handle(makeRequest("POST", opsPath(), TokenA, body(QByteArray(4, 'x'), 4)));
        QCOMPARE(r.status, 413);
        QCOMPARE(errorOf(r), QStringLiteral("batch_too_large"));
        r = service->handle(makeRequest("POST", opsPath(), TokenA, std::string(1001, ' ')));
        QCOMPARE(r.status, 413);
        QCOMPARE(errorOf(r), QStringLiteral("body_too_large"));
        QCOMPARE(
            json(service->handle(makeRequest("GET", opsPath(), TokenA))).value(QStringLiteral("lastSeq")).toInteger(),
            1);
    }

    // Tried: requests beyond the per-token burst on an injected clock. Must hold: 429 with a
    // Retry-After in whole seconds; another token is not affected; time refills the bucket.
    void rateLimit()
    {
        StoreLimits limits;
        limits.requestsPerSecond = 1;
        limits.requestBurst = 3;
        qint64 now = 1000;
        auto service = openService(limits, [&now] { return now; });
        QVERIFY(service);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(service->handle(makeRequest("GET", opsPath(), TokenA)).status, 404);
        const Response limited = service->handle(makeRequest("GET", opsPath(), TokenA));
        QCOMPARE(limited.status, 429);
        QCOMPARE(errorOf(limited), QStringLiteral("rate_limited"));
        QVERIFY(limited.header("Retry-After"));
        QCOMPARE(*limited.header("Retry-After"), std::string("1"));
        QCOMPARE(service->handle(makeRequest("GET", opsPath("room-b"), TokenB)).status, 404);
        now += 1000;
        QCOMPARE(service->handle(makeRequest("GET", opsPath(), TokenA)).status, 404);
        QCOMPARE(service->handle(makeRequest("GET", opsPath(), TokenA)).status, 429);
    }

    // Tried: acknowledged writes, then the service closed and reopened on the same file.
    // Must hold: every acknowledged op is there with its seq; the token binding survives too.
    void reopenKeepsAcknowledged()
    {
        std::vector<std::pair<QString, qint64>> acked;
        {
            auto service = openService();
            QVERIFY(service);
            for (int batch = 0; batch < 10; ++batch) {
                QStringList ids;
                for (int i = 0; i < 5; ++i)
                    ids << QStringLiteral("b%1-%2").arg(batch).arg(i);
                const Response r = service->handle(makeRequest(
                    "POST", opsPath(), TokenA, pushBody("reopen-key-" + std::to_string(100000000 + batch), ids)));
                QCOMPARE(r.status, 200);
                for (const auto& ack : json(r).value(QStringLiteral("ops")).toArray())
                    acked.emplace_back(ack.toObject().value(QStringLiteral("id")).toString(),
                        ack.toObject().value(QStringLiteral("seq")).toInteger());
            }
        }
        auto service = openService();
        QVERIFY(service);
        const Response r = service->handle(makeRequest("GET", opsPath(), TokenA, {}, "limit=1000"));
        QCOMPARE(r.status, 200);
        const QJsonArray ops = json(r).value(QStringLiteral("ops")).toArray();
        QCOMPARE(ops.size(), 50);
        for (const auto& [id, seq] : acked) {
            const QJsonObject op = ops.at(static_cast<qsizetype>(seq - 1)).toObject();
            QCOMPARE(op.value(QStringLiteral("id")).toString(), id);
        }
        QCOMPARE(service->handle(makeRequest("GET", opsPath(), TokenB)).status, 403);
        // The idempotency record survived too: a retry after restart is still a replay.
        const Response replay = service->handle(makeRequest("POST", opsPath(), TokenA,
            pushBody("reopen-key-100000000",
                { QStringLiteral("b0-0"), QStringLiteral("b0-1"), QStringLiteral("b0-2"), QStringLiteral("b0-3"),
                    QStringLiteral("b0-4") })));
        QCOMPARE(json(replay).value(QStringLiteral("replayed")).toBool(), true);
    }

    // Tried: a child process appending in a loop, killed with SIGKILL mid-stream. Must hold:
    // every op it acknowledged (printed after handle() returned) is in the log with that seq.
    void killedWriterLosesNothingAcknowledged()
    {
        const QString dbPath = m_dir->filePath(QStringLiteral("crash.sqlite"));
        QProcess child;
        child.setProgram(QStringLiteral(VV_STORE_APPENDER));
        child.setArguments({ dbPath });
        child.start();
        QVERIFY(child.waitForStarted(5000));
        QMap<QString, qint64> acked;
        QByteArray pending;
        QDeadlineTimer deadline(20000);
        // Read acks until we have a good number, then kill without warning.
        while (acked.size() < 150 && !deadline.hasExpired() && child.state() == QProcess::Running) {
            child.waitForReadyRead(200);
            pending += child.readAllStandardOutput();
            qsizetype nl = -1;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(nl).split(' ');
                pending.remove(0, nl + 1);
                QCOMPARE(parts.size(), 2);
                acked.insert(QString::fromLatin1(parts.at(0)), parts.at(1).toLongLong());
            }
        }
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(acked.size() >= 150, "the child acknowledged too few ops before the deadline");

        StoreService::Options options;
        options.databasePath = dbPath.toStdString();
        options.limits.requestsPerSecond = 0;
        std::string error;
        auto service = StoreService::open(options, &error);
        QVERIFY(service);
        QMap<QString, qint64> stored;
        qint64 after = 0;
        for (int page = 0; page < 1000; ++page) {
            const Response r = service->handle(makeRequest(
                "GET", "/v1/rooms/crash-room/ops", "crash-token", {}, "limit=1000&after=" + std::to_string(after)));
            QCOMPARE(r.status, 200);
            const QJsonArray ops = json(r).value(QStringLiteral("ops")).toArray();
            for (const auto& v : ops) {
                stored.insert(v.toObject().value(QStringLiteral("id")).toString(),
                    v.toObject().value(QStringLiteral("seq")).toInteger());
                after = v.toObject().value(QStringLiteral("seq")).toInteger();
            }
            if (!json(r).value(QStringLiteral("hasMore")).toBool())
                break;
        }
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            QVERIFY2(stored.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(stored.value(it.key()), it.value());
        }
        QVERIFY(stored.size() >= acked.size());
    }
};

QTEST_GUILESS_MAIN(TestStoreService)
#include "tst_storeservice.moc"
