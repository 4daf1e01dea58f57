// Privacy end to end (DESIGN.md P1, P2, P4): two in-process devices sync a budget through the
// real violetvault-server process, with every byte either way recorded by a TcpProxy in front
// of it (HTTP store and WebSocket signaling alike). Afterwards the recording, the server's data
// dir and the devices' profile dirs are searched for the budget's plaintext and its secrets.
#include "E2eDevice.h"
#include "FileBytes.h"
#include "ServerProcess.h"
#include "TcpProxy.h"
#include "WireScan.h"
#include "crypto/Aead.h"
#include "crypto/ShareCode.h"
#include "protocol/SignalCodec.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace vv;
using e2e::E2eDevice;
using testsupport::ServerProcess;
using testsupport::TcpProxy;

namespace {

// Plaintext that only exists inside the budget: if any of it reaches the server, P2 is broken.
const QString BudgetName = QStringLiteral("Marigold Household Budget Zq7");
const QString EnvelopeName = QStringLiteral("Groceries Zq7 envelope");
const QString EnvelopeRename = QStringLiteral("Food and Drink Zq7");
const QString Payee = QStringLiteral("Acme Supermarket Zq7");
const QString Payee2 = QStringLiteral("Corner Bakery Zq7");
const QString Note = QStringLiteral("birthday cake for grandma Zq7");
const qint64 Amount = 987654321;
const qint64 Amount2 = 555444333;
const qint64 Allocation = 123456789;
const QString EnvelopeId = QStringLiteral("envGroceriesZq7");

// Every file under dir, concatenated (SQLite main files, WAL and SHM alike).
using vv::testsupport::allBytesUnder;

const QSet<QString> TopLevelKeys
    = { QStringLiteral("type"), QStringLiteral("budgetId"), QStringLiteral("timestamp"), QStringLiteral("metadata") };
const QSet<QString> ClientMetadataKeys
    = { QStringLiteral("version"), QStringLiteral("deviceId"), QStringLiteral("seq") };
const QSet<QString> ServerMetadataKeys = { QStringLiteral("version"), QStringLiteral("deviceId"), QStringLiteral("seq"),
    QStringLiteral("code"), QStringLiteral("retryAfterMs") };

// Empty if the text frame is a whitelisted signal, else why not.
QString checkSignal(const QByteArray& text, const QSet<QString>& metadataKeys, const QString& roomId)
{
    if (text.size() > protocol::SignalCodec::MaxFrameBytes)
        return QStringLiteral("a signal of %1 bytes").arg(text.size());
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject())
        return QStringLiteral("not a JSON object");
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!TopLevelKeys.contains(it.key()))
            return QStringLiteral("top-level key %1").arg(it.key());
    }
    const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (!metadataKeys.contains(it.key()))
            return QStringLiteral("metadata key %1").arg(it.key());
    }
    if (o.contains(QStringLiteral("budgetId")) && o.value(QStringLiteral("budgetId")).toString() != roomId)
        return QStringLiteral("a budgetId other than the room id");
    if (!protocol::SignalCodec::decode(text).signal)
        return QStringLiteral("refused by the shared codec");
    return {};
}

} // namespace

class TestE2ePrivacy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TcpProxy> m_proxy;

    e2e::DeviceOptions options(const QString& id) const
    {
        e2e::DeviceOptions o;
        o.deviceId = id;
        o.storeUrl = m_proxy->url(QStringLiteral("http"));
        o.signalingUrl = m_proxy->url(QStringLiteral("ws"), QStringLiteral("/"));
        return o;
    }

private Q_SLOTS:
    void init()
    {
        const QString bin = qEnvironmentVariable("VV_SERVER_BIN");
        if (bin.isEmpty() || !QFileInfo(bin).isExecutable())
            QSKIP("violetvault-server is not built in this build dir (target violetvault-server)");
        m_server = std::make_unique<ServerProcess>();
        // Limits raised so a fast test is not throttled; the privacy rules do not depend on them.
        // The most talkative log level, so the log check below covers everything it can say.
        m_server->setExtraArguments({ QStringLiteral("--store-requests-per-sec"), QStringLiteral("0"),
            QStringLiteral("--max-signals-per-sec"), QStringLiteral("1000"), QStringLiteral("--signal-burst"),
            QStringLiteral("1000"), QStringLiteral("--log-level"), QStringLiteral("debug") });
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_proxy = std::make_unique<TcpProxy>();
        m_proxy->setTarget(QHostAddress::LocalHost, m_server->port());
        m_proxy->setRecordDownstream(true);
        QVERIFY(m_proxy->listen());
    }
    void cleanup()
    {
        m_proxy.reset();
        m_server.reset();
    }

    // Tried: device A creates a budget (name, envelope, transactions with payee, amount and
    // note); device B joins with the share code, catches up, edits; A edits again; both stop.
    // Every byte both devices sent to the server and every byte it answered went through the
    // recording proxy.
    // Must hold: the session worked (both states equal and hold the plaintext); the recording
    // demonstrably saw the traffic (room id, Authorization header, pushes, pulls, signals);
    // no plaintext marker, no master key, data key or share code in any encoding appears in
    // the raw bytes, in the unmasked WebSocket payloads or in the HTTP bodies; every pushed
    // blob is AEAD ciphertext that opens only with the data key; every WebSocket message is a
    // whitelisted signal; and the server's data dir (and the devices' stores, P4) hold none
    // of the plaintext or secrets either.
    void sessionLeaksNothing()
    {
        const auto key = crypto::MasterKey::generate();
        QVERIFY(key);
        const QString shareCode = crypto::ShareCode::encode(*key);
        QVERIFY(!shareCode.isEmpty());

        E2eDevice a(*key, options(QStringLiteral("laptop-A")));
        QVERIFY2(a.open(), qPrintable(a.errorString()));
        a.start();
        QVERIFY(a.write(QStringLiteral("budget"), QStringLiteral("main"), QStringLiteral("name"), BudgetName));
        QVERIFY(a.write(QStringLiteral("envelope"), EnvelopeId, QStringLiteral("name"), EnvelopeName));
        QVERIFY(a.write(QStringLiteral("envelope"), EnvelopeId, QStringLiteral("allocated"), Allocation));
        QVERIFY(a.write(QStringLiteral("transaction"), QStringLiteral("t1"), QStringLiteral("payee"), Payee));
        QVERIFY(a.write(QStringLiteral("transaction"), QStringLiteral("t1"), QStringLiteral("amount"), Amount));
        QVERIFY(a.write(QStringLiteral("transaction"), QStringLiteral("t1"), QStringLiteral("note"), Note));
        QTRY_COMPARE_WITH_TIMEOUT(a.pendingCount(), 0, 10000);

        // B joins the way a user does: from the share code, not from K directly.
        const auto joined = crypto::ShareCode::decode(shareCode);
        QVERIFY(joined.isOk());
        E2eDevice b(*joined.key, options(QStringLiteral("desktop-B")));
        QVERIFY2(b.open(), qPrintable(b.errorString()));
        QCOMPARE(b.keys().roomId, a.keys().roomId);
        b.start();
        QTRY_COMPARE_WITH_TIMEOUT(b.state(), a.state(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(a.signaling()->isConnected() && b.signaling()->isConnected(), 10000);

        // Live edits both ways, delivered by data_changed (polls are a minute apart here).
        QVERIFY(b.write(QStringLiteral("envelope"), EnvelopeId, QStringLiteral("name"), EnvelopeRename));
        QVERIFY(b.write(QStringLiteral("transaction"), QStringLiteral("t2"), QStringLiteral("payee"), Payee2));
        QVERIFY(b.write(QStringLiteral("transaction"), QStringLiteral("t2"), QStringLiteral("amount"), Amount2));
        QTRY_COMPARE_WITH_TIMEOUT(a.state(), b.state(), 10000);
        QVERIFY(a.write(QStringLiteral("transaction"), QStringLiteral("t1"), QStringLiteral("cleared"), true));
        QTRY_COMPARE_WITH_TIMEOUT(b.state(), a.state(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(a.pendingCount() == 0 && b.pendingCount() == 0, 10000);
        QCOMPARE(a.opIds(), b.opIds());
        // The plaintext really is in the budget (so its absence below means something).
        QCOMPARE(b.state().value(QStringLiteral("budget"), QStringLiteral("main"), QStringLiteral("name")).toString(),
            BudgetName);
        QCOMPARE(
            a.state().value(QStringLiteral("envelope"), EnvelopeId, QStringLiteral("name")).toString(), EnvelopeRename);
        QCOMPARE(
            a.state().value(QStringLiteral("transaction"), QStringLiteral("t2"), QStringLiteral("amount")).toInteger(),
            Amount2);

        a.shutdown(); // closes the HTTP keep-alive connections too
        b.shutdown();
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->activeCount(), 0, 10000); // everything is recorded
        QVERIFY(!m_proxy->isRecordingTruncated());

        const crypto::BudgetKeys& keys = a.keys();
        const QByteArray token = keys.accessToken.view().toByteArray();
        QList<QByteArray> markers;
        for (const QString& text : { BudgetName, EnvelopeName, EnvelopeRename, Payee, Payee2, Note, EnvelopeId })
            markers << text.toUtf8();
        for (const qint64 number : { Amount, Amount2, Allocation })
            markers << QByteArray::number(number);
        markers << QByteArrayLiteral("envelope") << QByteArrayLiteral("payee");
        QList<QByteArray> secrets = e2e::encodedForms(key->bytes().view());
        secrets += e2e::encodedForms(keys.dataKey.view());
        secrets << shareCode.toUtf8() << shareCode.toLower().toUtf8() << QString(shareCode).remove(u'-').toUtf8();

        // Take the recording apart: HTTP bodies and unmasked WebSocket payloads.
        QByteArray raw;
        QByteArray decoded;
        int websockets = 0;
        int pushes = 0;
        int pulls = 0;
        int signalsSent = 0;
        QSet<QString> pushedIds;
        const crypto::Aead aead = crypto::Aead::fromKeys(keys);
        const QByteArray opsPath = "/v1/rooms/" + keys.roomId.toUtf8() + "/ops";
        const auto records = m_proxy->records();
        for (const TcpProxy::Record& record : records) {
            raw += record.upstream;
            raw += record.downstream;
            const e2e::StreamScan up = e2e::scanUpstream(record.upstream);
            const e2e::StreamScan down = e2e::scanDownstream(record.downstream);
            QVERIFY2(up.error.isEmpty(), qPrintable(up.error));
            QVERIFY2(down.error.isEmpty(), qPrintable(down.error));
            for (const e2e::HttpMessage& m : up.http) {
                decoded += m.body;
                // Every request authenticates: the bearer token is what the server checks.
                QCOMPARE(m.header("Authorization"), QByteArray("Bearer " + token));
                if (up.websocket)
                    continue;
                QVERIFY2(m.target().startsWith(opsPath), m.startLine.constData());
                if (m.method() == "GET") {
                    ++pulls;
                    continue;
                }
                QCOMPARE(m.method(), QByteArray("POST"));
                ++pushes;
                const QJsonObject body = QJsonDocument::fromJson(m.body).object();
                QCOMPARE(body.keys(), (QStringList { QStringLiteral("idempotencyKey"), QStringLiteral("ops") }));
                const QJsonArray ops = body.value(QStringLiteral("ops")).toArray();
                for (const QJsonValue& v : ops) {
                    const QJsonObject op = v.toObject();
                    QCOMPARE(op.keys(), (QStringList { QStringLiteral("blob"), QStringLiteral("id") }));
                    const QByteArray blob
                        = QByteArray::fromBase64(op.value(QStringLiteral("blob")).toString().toLatin1());
                    decoded += blob;
                    // Opaque to the server, but really the budget's AEAD ciphertext.
                    QCOMPARE(blob.at(0), crypto::Aead::Version);
                    QVERIFY(aead.decrypt(blob).isOk());
                    pushedIds.insert(op.value(QStringLiteral("id")).toString());
                }
            }
            for (const e2e::HttpMessage& m : down.http)
                decoded += m.body;
            if (!up.websocket)
                continue;
            ++websockets;
            QVERIFY(up.maskedOk && down.maskedOk);
            for (const e2e::WsMessage& msg : up.ws) {
                decoded += msg.payload;
                QVERIFY2(msg.opcode == 1 || msg.opcode >= 8, "a non-text data frame from a client");
                if (msg.opcode != 1)
                    continue;
                const QString why = checkSignal(msg.payload, ClientMetadataKeys, keys.roomId);
                QVERIFY2(why.isEmpty(), qPrintable(why));
                signalsSent += msg.payload.contains("\"data_changed\"") ? 1 : 0;
            }
            for (const e2e::WsMessage& msg : down.ws) {
                decoded += msg.payload;
                QVERIFY2(msg.opcode == 1 || msg.opcode >= 8, "a non-text data frame from the server");
                if (msg.opcode == 1) {
                    const QString why = checkSignal(msg.payload, ServerMetadataKeys, keys.roomId);
                    QVERIFY2(why.isEmpty(), qPrintable(why));
                }
            }
        }

        // Positive control: the recorder saw the whole session, in clear where it is clear.
        QVERIFY(raw.contains(keys.roomId.toUtf8()));
        QVERIFY(raw.contains(QByteArray("Authorization: Bearer " + token)));
        QVERIFY2(websockets >= 2, "both devices' signaling went through the proxy");
        QVERIFY(pushes >= 2 && pulls >= 2);
        QVERIFY(signalsSent >= 2); // data_changed from both devices, decoded from masked frames
        QCOMPARE(pushedIds, a.opIds()); // every op of the budget crossed the recorder
        QVERIFY(decoded.contains("\"type\":\"data_changed\""));

        for (const QByteArray& marker : std::as_const(markers)) {
            QVERIFY2(!raw.contains(marker), marker.constData());
            QVERIFY2(!decoded.contains(marker), marker.constData());
        }
        for (int i = 0; i < secrets.size(); ++i) {
            QVERIFY2(!raw.contains(secrets.at(i)), qPrintable(QStringLiteral("secret form %1 on the wire").arg(i)));
            QVERIFY2(!decoded.contains(secrets.at(i)), qPrintable(QStringLiteral("secret form %1 decoded").arg(i)));
        }

        // The server's files: only the room id and the token's hash, never the plaintext,
        // the keys or the token itself. Checked live (WAL included) and after a clean stop.
        for (int pass = 0; pass < 2; ++pass) {
            if (pass == 1)
                QCOMPARE(m_server->stop(), 0);
            int files = 0;
            const QByteArray disk = allBytesUnder(m_server->dataDir(), &files);
            QVERIFY(files > 0);
            QVERIFY(disk.contains(keys.roomId.toUtf8()));
            QVERIFY(disk.contains(crypto::KeyHierarchy::accessTokenHash(token)));
            for (const QByteArray& marker : std::as_const(markers))
                QVERIFY2(!disk.contains(marker), marker.constData());
            for (const QByteArray& secret : std::as_const(secrets))
                QVERIFY(!disk.contains(secret));
            for (const QByteArray& form : e2e::encodedForms(token))
                QVERIFY2(!disk.contains(form), "the bearer token is stored, not only its hash");
        }

        // P3: the server's log (at debug level, the whole session) holds no secret and no data.
        const QByteArray log = m_server->standardError();
        QVERIFY2(!log.isEmpty(), "positive control: the debug log says something");
        for (const QByteArray& marker : std::as_const(markers))
            QVERIFY2(!log.contains(marker), marker.constData());
        for (const QByteArray& secret : std::as_const(secrets))
            QVERIFY(!log.contains(secret));
        for (const QByteArray& form : e2e::encodedForms(token))
            QVERIFY2(!log.contains(form), "the bearer token is in the server log");

        // P4: each device's store is ciphertext too.
        for (const E2eDevice* device : { &a, &b }) {
            int files = 0;
            const QByteArray disk = allBytesUnder(device->profileDir(), &files);
            QVERIFY(files > 0);
            for (const QByteArray& marker : std::as_const(markers))
                QVERIFY2(!disk.contains(marker), marker.constData());
            for (const QByteArray& secret : std::as_const(secrets))
                QVERIFY(!disk.contains(secret));
        }
    }
};

QTEST_GUILESS_MAIN(TestE2ePrivacy)
#include "tst_e2e_privacy.moc"
