// Operations: canonical JSON, validation and parsing (data tables), encryption round trip,
// and refusal of blobs from another room or with a different op inside.
#include "crypto/Aead.h"
#include "store/Operation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace vv::store;
using vv::crypto::Aead;
using vv::crypto::SecureBytes;

namespace {
const Stamp kStamp { 1732780800000, 3, QStringLiteral("dev-1") };
const QString kOpId = QStringLiteral("0123456789abcdef0123456789abcdef");

Operation sampleWrite()
{
    Operation op = Operation::makeWrite(QStringLiteral("transaction"), QStringLiteral("tx_1"), QStringLiteral("amount"),
        QJsonValue(qint64(-12345)), kStamp);
    op.opId = kOpId;
    return op;
}
Aead aeadFor(const QString& room)
{
    return Aead(SecureBytes(QByteArray(32, '\x42')), room);
}
} // namespace

class TestOperation : public QObject
{
    Q_OBJECT

private slots:
    // The exact canonical bytes are pinned: every device must serialise identically.
    void canonicalJson()
    {
        QCOMPARE(sampleWrite().toJson(),
            QByteArray(R"({"field":"amount","id":"tx_1","op":"0123456789abcdef0123456789abcdef",)"
                       R"("stamp":"000001732780800000-000003-dev-1","type":"transaction","v":1,"value":-12345})"));
        Operation del = Operation::makeDelete(QStringLiteral("bill"), QStringLiteral("b9"), kStamp);
        del.opId = kOpId;
        QCOMPARE(del.toJson(),
            QByteArray(R"({"deleted":true,"id":"b9","op":"0123456789abcdef0123456789abcdef",)"
                       R"("stamp":"000001732780800000-000003-dev-1","type":"bill","v":1})"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("int64 cents") << QJsonValue(qint64(9007199254740991LL));
        QTest::newRow("negative") << QJsonValue(-1);
        QTest::newRow("string") << QJsonValue(QStringLiteral("Caf\u00e9 \"quoted\" \n"));
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("bool") << QJsonValue(true);
        QTest::newRow("array") << QJsonValue(QJsonArray { 1, QStringLiteral("x") });
        QTest::newRow("object") << QJsonValue(QJsonObject { { QStringLiteral("k"), 2 } });
    }
    void roundTrip()
    {
        QFETCH(QJsonValue, value);
        Operation op = sampleWrite();
        op.value = value;
        QVERIFY(op.isValid());
        const std::optional<Operation> back = Operation::fromJson(op.toJson());
        QVERIFY(back);
        QVERIFY(*back == op);
        QCOMPARE(back->toJson(), op.toJson());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << QString() << true;
        QTest::newRow("opId uppercase") << QStringLiteral("opId") << false;
        QTest::newRow("type with capital") << QStringLiteral("type") << false;
        QTest::newRow("id with space") << QStringLiteral("id") << false;
        QTest::newRow("empty field") << QStringLiteral("field") << false;
        QTest::newRow("undefined value") << QStringLiteral("value") << false;
        QTest::newRow("null stamp") << QStringLiteral("stamp") << false;
        QTest::newRow("delete with field") << QStringLiteral("deleteField") << false;
    }
    void validation()
    {
        QFETCH(QString, what);
        QFETCH(bool, valid);
        Operation op = sampleWrite();
        if (what == QStringLiteral("opId"))
            op.opId = kOpId.toUpper();
        else if (what == QStringLiteral("type"))
            op.entityType = QStringLiteral("Bill");
        else if (what == QStringLiteral("id"))
            op.entityId = QStringLiteral("a b");
        else if (what == QStringLiteral("field"))
            op.field.clear();
        else if (what == QStringLiteral("value"))
            op.value = QJsonValue(QJsonValue::Undefined);
        else if (what == QStringLiteral("stamp"))
            op.stamp = Stamp();
        else if (what == QStringLiteral("deleteField"))
            op.deleted = true;
        QCOMPARE(op.isValid(), valid);
    }

    // Hostile or broken JSON never becomes an Operation.
    void fromJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = sampleWrite().toJson();
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no version") << QByteArray(good).replace(R"("v":1,)", "");
        QTest::newRow("version 2") << QByteArray(good).replace(R"("v":1)", R"("v":2)");
        QTest::newRow("extra key") << QByteArray(good).replace(R"("v":1)", R"("v":1,"x":0)");
        QTest::newRow("bad stamp") << QByteArray(good).replace("000003-dev-1", "3-dev-1");
        QTest::newRow("no value") << QByteArray(good).replace(R"(,"value":-12345)", "");
        QTest::newRow("deleted not bool") << QByteArray(good).replace(R"("field")", R"("deleted":1,"field")");
        QTest::newRow("delete with value") << QByteArray(good).replace(R"("field")", R"("deleted":true,"field")");
    }
    void fromJsonRejects()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!Operation::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    // fromJson reads the canonical form (what toJson writes) on a fast path. Each row's JSON
    // is parsed as is and with a space after '{' (not canonical: the full JSON parser): both
    // must give the same op (value type included) or the same error, and the op must
    // serialise back to the canonical bytes.
    void canonicalFastPathMatchesFullParser_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray w = sampleWrite().toJson();
        const auto withValue = [&w](const char* value) {
            return QByteArray(w).replace(R"("value":-12345)", QByteArray(QByteArray(R"("value":)") + value));
        };
        QTest::newRow("int") << w;
        QTest::newRow("zero") << withValue("0");
        QTest::newRow("minus zero") << withValue("-0");
        QTest::newRow("18 digits") << withValue("-999999999999999999");
        QTest::newRow("19 digits") << withValue("1234567890123456789");
        QTest::newRow("2^53+1") << withValue("9007199254740993");
        QTest::newRow("leading zero") << withValue("007");
        QTest::newRow("fraction") << withValue("1.5");
        QTest::newRow("exponent") << withValue("1e3");
        QTest::newRow("string") << withValue(R"("Lidl")");
        QTest::newRow("empty string") << withValue(R"("")");
        QTest::newRow("escaped string") << withValue("\"a\\\"b\\\\c\\n\"");
        QTest::newRow("utf-8 string") << withValue("\"Caf\xc3\xa9\"");
        QTest::newRow("true") << withValue("true");
        QTest::newRow("false") << withValue("false");
        QTest::newRow("null") << withValue("null");
        QTest::newRow("array") << withValue(R"([1,"x"])");
        QTest::newRow("object") << withValue(R"({"k":2})");
        QTest::newRow("truncated") << QByteArray(w).chopped(1);
        QTest::newRow("trailing bytes") << QByteArray(w + "x");
        QTest::newRow("version 10") << QByteArray(w).replace(R"("v":1)", R"("v":10)");
        QTest::newRow("invalid id") << QByteArray(w).replace("tx_1", "tx 1");
        QTest::newRow("upper-case op id")
            << QByteArray(w).replace("0123456789abcdef0123456789abcdef", "0123456789ABCDEF0123456789ABCDEF");
        QTest::newRow("bad stamp") << QByteArray(w).replace("000003-dev-1", "3-dev-1");
        Operation del = Operation::makeDelete(QStringLiteral("bill"), QStringLiteral("b9"), kStamp);
        del.opId = kOpId;
        QTest::newRow("delete") << del.toJson();
        QTest::newRow("delete, deleted false") << del.toJson().replace(R"("deleted":true)", R"("deleted":false)");
    }
    void canonicalFastPathMatchesFullParser()
    {
        QFETCH(QByteArray, json);
        QString fastError;
        QString fullError;
        const std::optional<Operation> fast = Operation::fromJson(json, &fastError);
        const std::optional<Operation> full = Operation::fromJson(QByteArray(json).insert(1, ' '), &fullError);
        QCOMPARE(fast.has_value(), full.has_value());
        QCOMPARE(fastError, fullError);
        if (!fast)
            return;
        QCOMPARE(*fast, *full);
        QCOMPARE(fast->value.type(), full->value.type());
        QCOMPARE(fast->value.toVariant().typeId(), full->value.toVariant().typeId());
        QCOMPARE(fast->toJson(), full->toJson());
    }

    // Encrypted op round-trips; another room's Aead or a tampered blob yields nothing.
    void encryption()
    {
        const Aead room = aeadFor(QStringLiteral("room-a"));
        const Operation op = sampleWrite();
        const QByteArray blob = op.encrypt(room).value();
        QVERIFY(!blob.contains("amount"));
        const std::optional<Operation> back = Operation::decrypt(room, blob);
        QVERIFY(back);
        QVERIFY(*back == op);
        QString error;
        QVERIFY(!Operation::decrypt(aeadFor(QStringLiteral("room-b")), blob, &error));
        QVERIFY(!error.isEmpty());
        QByteArray bad = blob;
        bad[20] = char(bad.at(20) ^ 1);
        QVERIFY(!Operation::decrypt(room, bad));
        Operation invalid = op;
        invalid.opId.clear();
        QVERIFY(!invalid.encrypt(room));
    }

    void ids()
    {
        const QString a = Operation::newOpId();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != Operation::newOpId());
        const QString e = Operation::newEntityId();
        QCOMPARE(e.size(), 22);
        Operation op = sampleWrite();
        op.entityId = e;
        op.opId = a;
        QVERIFY(op.isValid());
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"
