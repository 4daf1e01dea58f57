// handleHttp(): StoreService behind the relay's own HTTP types (server/net), as the server wires it.
#include "StoreHttpBridge.h"
#include "net/HttpRequest.h"
#include "net/HttpResponse.h"

#include <QTemporaryDir>
#include <QTest>

using namespace vv::server;

class TestStoreBridge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Tried: a push, a read, a 429 and a 401 through net::HttpRequest/HttpResponse.
    // Must hold: statuses, JSON bodies and extra headers (Retry-After) survive the bridge, and
    // the serialised response is valid HTTP with the JSON content type.
    void roundTripThroughRelayTypes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        store::StoreService::Options options;
        options.databasePath = store::StoreService::databasePathFor(dir.path().toStdString());
        options.limits.requestsPerSecond = 0.001;
        options.limits.requestBurst = 2;
        std::string error;
        auto service = store::StoreService::open(options, &error);
        QVERIFY(service);

        net::HttpRequest push;
        push.method = "POST";
        push.path = "/v1/rooms/bridge-room/ops";
        push.target = push.path;
        push.headers = { { "authorization", "Bearer bridge-token" }, { "content-type", "application/json" } };
        push.body = R"({"idempotencyKey":"bridge-key-0000001","ops":[{"id":"a","blob":"AAEC"}]})";
        const net::HttpResponse pushed = store::handleHttp<net::HttpResponse>(*service, push);
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.contentType, std::string("application/json"));
        QVERIFY(pushed.body.find("\"lastSeq\":1") != std::string::npos);
        QVERIFY(pushed.serialize(true).rfind("HTTP/1.1 200", 0) == 0);

        net::HttpRequest pull;
        pull.method = "GET";
        pull.path = "/v1/rooms/bridge-room/ops";
        pull.query = "after=0";
        pull.headers = { { "authorization", "Bearer bridge-token" } };
        const net::HttpResponse pulled = store::handleHttp<net::HttpResponse>(*service, pull);
        QCOMPARE(pulled.status, 200);
        QVERIFY(pulled.body.find("\"blob\":\"AAEC\"") != std::string::npos);

        const net::HttpResponse limited = store::handleHttp<net::HttpResponse>(*service, pull);
        QCOMPARE(limited.status, 429);
        bool retryAfter = false;
        for (const auto& [name, value] : limited.headers)
            retryAfter = retryAfter || (name == "Retry-After" && !value.empty());
        QVERIFY(retryAfter);
        QVERIFY(limited.serialize(true).find("Retry-After: ") != std::string::npos);

        net::HttpRequest anonymous = pull;
        anonymous.headers.clear();
        QCOMPARE(store::handleHttp<net::HttpResponse>(*service, anonymous).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestStoreBridge)
#include "tst_storebridge.moc"
