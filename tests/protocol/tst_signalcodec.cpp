// Offline tests of the one signal codec shared by client and server (privacy invariant P1).
#include "protocol/CloseCodes.h"
#include "protocol/SignalCodec.h"

#include <QTest>

using namespace vv::protocol;

class TestSignalCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeAccepts_data();
    void decodeAccepts();
    void decodeRefuses_data();
    void decodeRefuses();
    void roundTrip_data();
    void roundTrip();
    void encodeRefuses_data();
    void encodeRefuses();
    void metadataWhitelist_data();
    void metadataWhitelist();
    void frameSizeLimitIsExact();
    void errorsNeverEchoInput();
    void typeNames();
    void closeCodes();
};

// Frames taken from the reference document (and our own additions) must decode.
void TestSignalCodec::decodeAccepts_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("budgetId");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QVariantMap>("metadata");

    const QVariantMap v2 { { QStringLiteral("version"), QStringLiteral("2.0") } };
    QTest::newRow("reference connected") << QByteArray(
        R"({"type":"connected","budgetId":"abc123","timestamp":1234567890,"metadata":{"version":"2.0"}})")
                                         << int(SignalType::Connected) << QStringLiteral("abc123") << qint64(1234567890)
                                         << v2;
    QTest::newRow("reference data_changed")
        << QByteArray(
               R"({"type":"data_changed","budgetId":"abc123","timestamp":1234567890,"metadata":{"version":"2.0"}})")
        << int(SignalType::DataChanged) << QStringLiteral("abc123") << qint64(1234567890) << v2;
    QTest::newRow("reference sync_required")
        << QByteArray(R"({"type":"sync_required","budgetId":"abc123","timestamp":1234567890})")
        << int(SignalType::SyncRequired) << QStringLiteral("abc123") << qint64(1234567890) << QVariantMap();
    QTest::newRow("reference ping") << QByteArray(R"({"type":"ping","timestamp":1234567890})") << int(SignalType::Ping)
                                    << QString() << qint64(1234567890) << QVariantMap();
    QTest::newRow("node pong") << QByteArray(R"({"type":"pong","timestamp":1732780000000})") << int(SignalType::Pong)
                               << QString() << qint64(1732780000000) << QVariantMap();
    QTest::newRow("seq and device") << QByteArray(
        R"({"type":"data_changed","budgetId":"R-_.~9","timestamp":0,"metadata":{"seq":42,"deviceId":"dev_1-A"}})")
                                    << int(SignalType::DataChanged) << QStringLiteral("R-_.~9") << qint64(0)
                                    << QVariantMap { { QStringLiteral("seq"), qint64(42) },
                                           { QStringLiteral("deviceId"), QStringLiteral("dev_1-A") } };
    QTest::newRow("retry_later") << QByteArray(
        R"({"type":"retry_later","timestamp":5,"metadata":{"retryAfterMs":2500}})")
                                 << int(SignalType::RetryLater) << QString() << qint64(5)
                                 << QVariantMap { { QStringLiteral("retryAfterMs"), qint64(2500) } };
    QTest::newRow("error code") << QByteArray(R"({"type":"error","timestamp":5,"metadata":{"code":"rate_limited"}})")
                                << int(SignalType::Error) << QString() << qint64(5)
                                << QVariantMap { { QStringLiteral("code"), QStringLiteral("rate_limited") } };
    QTest::newRow("null metadata") << QByteArray(R"({"type":"ping","timestamp":1,"metadata":null})")
                                   << int(SignalType::Ping) << QString() << qint64(1) << QVariantMap();
    QTest::newRow("max safe timestamp") << QByteArray(R"({"type":"ping","timestamp":9007199254740992})")
                                        << int(SignalType::Ping) << QString() << qint64(9007199254740992LL)
                                        << QVariantMap();
}

void TestSignalCodec::decodeAccepts()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, type);
    QFETCH(QString, budgetId);
    QFETCH(qint64, timestamp);
    QFETCH(QVariantMap, metadata);

    const auto r = SignalCodec::decode(frame);
    QVERIFY2(r.isValid(), qPrintable(r.errorString));
    QCOMPARE(r.error, SignalCodec::Error::NoError);
    QCOMPARE(int(r.signal->type), type);
    QCOMPARE(r.signal->budgetId, budgetId);
    QCOMPARE(r.signal->timestamp, timestamp);
    QCOMPARE(r.signal->metadata.toVariantMap(), metadata);
}

// Everything outside the schema is dropped: the listener gets nothing from such a frame.
void TestSignalCodec::decodeRefuses_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("error");

    using E = SignalCodec::Error;
    QTest::newRow("empty") << QByteArray() << int(E::NotJson);
    QTest::newRow("garbage") << QByteArray("not json {") << int(E::NotJson);
    QTest::newRow("truncated") << QByteArray(R"({"type":"ping","timestamp":1)") << int(E::NotJson);
    QTest::newRow("array") << QByteArray(R"([{"type":"ping","timestamp":1}])") << int(E::NotObject);
    // Qt versions differ on top-level scalars (parse error or non-object): refused either way.
    QTest::newRow("string") << QByteArray(R"("ping")") << -1;
    QTest::newRow("data payload field") << QByteArray(
        R"({"type":"data_changed","budgetId":"b","timestamp":1,"data":{"amount":1200}})")
                                        << int(E::UnknownField);
    QTest::newRow("encrypted blob field")
        << QByteArray(R"({"type":"data_changed","budgetId":"b","timestamp":1,"payload":"AAECAwQ="})")
        << int(E::UnknownField);
    QTest::newRow("missing type") << QByteArray(R"({"budgetId":"b","timestamp":1})") << int(E::BadType);
    QTest::newRow("unknown type") << QByteArray(R"({"type":"transactions","budgetId":"b","timestamp":1})")
                                  << int(E::BadType);
    QTest::newRow("type not string") << QByteArray(R"({"type":3,"timestamp":1})") << int(E::BadType);
    QTest::newRow("missing budget") << QByteArray(R"({"type":"data_changed","timestamp":1})") << int(E::BadBudgetId);
    QTest::newRow("budget with space") << QByteArray(R"({"type":"data_changed","budgetId":"a b","timestamp":1})")
                                       << int(E::BadBudgetId);
    QTest::newRow("budget not string") << QByteArray(R"({"type":"data_changed","budgetId":7,"timestamp":1})")
                                       << int(E::BadBudgetId);
    QTest::newRow("budget too long") << (QByteArray(R"({"type":"data_changed","budgetId":")") + QByteArray(129, 'a')
        + QByteArray(R"(","timestamp":1})"))
                                     << int(E::BadBudgetId);
    QTest::newRow("missing timestamp") << QByteArray(R"({"type":"ping"})") << int(E::BadTimestamp);
    QTest::newRow("negative timestamp") << QByteArray(R"({"type":"ping","timestamp":-1})") << int(E::BadTimestamp);
    QTest::newRow("fractional timestamp") << QByteArray(R"({"type":"ping","timestamp":1.5})") << int(E::BadTimestamp);
    QTest::newRow("string timestamp") << QByteArray(R"({"type":"ping","timestamp":"1"})") << int(E::BadTimestamp);
    QTest::newRow("huge timestamp") << QByteArray(R"({"type":"ping","timestamp":1e300})") << int(E::BadTimestamp);
    QTest::newRow("metadata array") << QByteArray(R"({"type":"ping","timestamp":1,"metadata":[1]})")
                                    << int(E::BadMetadata);
    QTest::newRow("metadata amount") << QByteArray(
        R"({"type":"data_changed","budgetId":"b","timestamp":1,"metadata":{"amount":1200}})")
                                     << int(E::BadMetadata);
    QTest::newRow("metadata payee") << QByteArray(
        R"({"type":"data_changed","budgetId":"b","timestamp":1,"metadata":{"payee":"Grocer"}})")
                                    << int(E::BadMetadata);
    QTest::newRow("metadata nested") << QByteArray(
        R"({"type":"data_changed","budgetId":"b","timestamp":1,"metadata":{"version":{"x":1}}})")
                                     << int(E::BadMetadata);
    QTest::newRow("seq as string") << QByteArray(
        R"({"type":"data_changed","budgetId":"b","timestamp":1,"metadata":{"seq":"4"}})")
                                   << int(E::BadMetadata);
    QTest::newRow("seq negative") << QByteArray(
        R"({"type":"data_changed","budgetId":"b","timestamp":1,"metadata":{"seq":-4}})")
                                  << int(E::BadMetadata);
    QTest::newRow("device id with slash")
        << QByteArray(R"({"type":"data_changed","budgetId":"b","timestamp":1,"metadata":{"deviceId":"a/b"}})")
        << int(E::BadMetadata);
    QTest::newRow("version too long") << QByteArray(
        R"({"type":"ping","timestamp":1,"metadata":{"version":"123456789012345678901234567890123"}})")
                                      << int(E::BadMetadata);
    QTest::newRow("version non-ascii") << QByteArray(
        "{\"type\":\"ping\",\"timestamp\":1,\"metadata\":{\"version\":\"\xc3\xa9\"}}")
                                       << int(E::BadMetadata);
    QTest::newRow("code uppercase") << QByteArray(R"({"type":"error","timestamp":1,"metadata":{"code":"BAD"}})")
                                    << int(E::BadMetadata);
    QTest::newRow("retry too long") << QByteArray(
        R"({"type":"retry_later","timestamp":1,"metadata":{"retryAfterMs":3600001}})")
                                    << int(E::BadMetadata);
    QTest::newRow("bool metadata") << QByteArray(R"({"type":"ping","timestamp":1,"metadata":{"seq":true}})")
                                   << int(E::BadMetadata);
    QTest::newRow("oversized") << (QByteArray(R"({"type":"ping","timestamp":1,"pad":")") + QByteArray(1100, 'x')
        + QByteArray(R"("})")) << int(E::TooLarge);
}

void TestSignalCodec::decodeRefuses()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, error);
    const auto r = SignalCodec::decode(frame);
    QVERIFY(!r.isValid());
    QVERIFY(r.error != SignalCodec::Error::NoError);
    if (error >= 0)
        QCOMPARE(int(r.error), error);
    QVERIFY(!r.errorString.isEmpty());
}

void TestSignalCodec::roundTrip_data()
{
    QTest::addColumn<Signal>("signal");
    Signal s;
    s.type = SignalType::DataChanged;
    s.budgetId = QStringLiteral("room-1");
    s.timestamp = 1732780000123;
    s.metadata.version = QStringLiteral("2.0");
    s.metadata.deviceId = QStringLiteral("laptop");
    s.metadata.seq = 9007199254740992LL;
    QTest::newRow("data_changed full") << s;
    Signal ping;
    ping.type = SignalType::Ping;
    ping.timestamp = 1;
    QTest::newRow("bare ping") << ping;
    Signal retry;
    retry.type = SignalType::RetryLater;
    retry.timestamp = 2;
    retry.metadata.retryAfterMs = 1500;
    retry.metadata.code = QStringLiteral("shutting_down");
    QTest::newRow("retry_later") << retry;
}

void TestSignalCodec::roundTrip()
{
    QFETCH(Signal, signal);
    QString error;
    const auto bytes = SignalCodec::encode(signal, &error);
    QVERIFY2(bytes.has_value(), qPrintable(error));
    QVERIFY(bytes->size() <= SignalCodec::MaxFrameBytes);
    const auto decoded = SignalCodec::decode(*bytes);
    QVERIFY2(decoded.isValid(), qPrintable(decoded.errorString));
    QCOMPARE(*decoded.signal, signal);
}

// The sending side refuses what the receiving side would drop.
void TestSignalCodec::encodeRefuses_data()
{
    QTest::addColumn<Signal>("signal");
    Signal noRoom;
    noRoom.type = SignalType::DataChanged;
    QTest::newRow("data_changed without room") << noRoom;
    Signal badRoom;
    badRoom.type = SignalType::SyncRequired;
    badRoom.budgetId = QStringLiteral("my budget");
    QTest::newRow("room with space") << badRoom;
    Signal badDevice;
    badDevice.type = SignalType::Ping;
    badDevice.metadata.deviceId = QStringLiteral("x/y");
    QTest::newRow("bad device id") << badDevice;
    Signal negative;
    negative.type = SignalType::Ping;
    negative.timestamp = -5;
    QTest::newRow("negative timestamp") << negative;
    Signal bigSeq;
    bigSeq.type = SignalType::Ping;
    bigSeq.metadata.seq = (qint64(1) << 53) + 1;
    QTest::newRow("seq beyond 2^53") << bigSeq;
}

void TestSignalCodec::encodeRefuses()
{
    QFETCH(Signal, signal);
    QString error;
    QVERIFY(!SignalCodec::encode(signal, &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY(!SignalCodec::validate(signal).isEmpty());
}

// fromVariantMap is the only door from loose input (e.g. sendSignal's QVariantMap).
void TestSignalCodec::metadataWhitelist_data()
{
    QTest::addColumn<QVariantMap>("map");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QVariantMap() << true;
    QTest::newRow("version") << QVariantMap { { QStringLiteral("version"), QStringLiteral("2.0") } } << true;
    QTest::newRow("seq int") << QVariantMap { { QStringLiteral("seq"), 12 } } << true;
    QTest::newRow("seq double integral") << QVariantMap { { QStringLiteral("seq"), 12.0 } } << true;
    QTest::newRow("seq double fractional") << QVariantMap { { QStringLiteral("seq"), 12.5 } } << false;
    QTest::newRow("transactions") << QVariantMap { { QStringLiteral("transactions"), QVariantList { 1, 2 } } } << false;
    QTest::newRow("encryptedData") << QVariantMap { { QStringLiteral("encryptedData"), QByteArray("\x01\x02") } }
                                   << false;
    QTest::newRow("version as number") << QVariantMap { { QStringLiteral("version"), 2 } } << false;
    QTest::newRow("empty version") << QVariantMap { { QStringLiteral("version"), QString() } } << false;
}

void TestSignalCodec::metadataWhitelist()
{
    QFETCH(QVariantMap, map);
    QFETCH(bool, accepted);
    QString error;
    const auto meta = SignalMetadata::fromVariantMap(map, &error);
    QCOMPARE(meta.has_value(), accepted);
    QCOMPARE(error.isEmpty(), accepted);
}

void TestSignalCodec::frameSizeLimitIsExact()
{
    // A frame of exactly MaxFrameBytes is fine; one byte more is refused before parsing.
    const QByteArray head = R"({"type":"ping","timestamp":1,"metadata":{"version":")";
    const QByteArray tail = R"("}})";
    QByteArray atLimit = head + QByteArray(30, 'v') + tail;
    atLimit.append(QByteArray(SignalCodec::MaxFrameBytes - atLimit.size(), ' ')); // JSON allows trailing space
    QCOMPARE(atLimit.size(), SignalCodec::MaxFrameBytes);
    QVERIFY(SignalCodec::decode(atLimit).isValid());
    QCOMPARE(SignalCodec::decode(QByteArray(atLimit + ' ')).error, SignalCodec::Error::TooLarge);
}

void TestSignalCodec::errorsNeverEchoInput()
{
    // A refused key or value may be budget data someone tried to send: never repeat it.
    const QByteArray frame
        = R"({"type":"data_changed","budgetId":"b","timestamp":1,"metadata":{"payeeSecretMarker":"Grocer-XYZ"}})";
    const auto r = SignalCodec::decode(frame);
    QVERIFY(!r.isValid());
    QVERIFY(!r.errorString.contains(QStringLiteral("payeeSecretMarker")));
    QVERIFY(!r.errorString.contains(QStringLiteral("Grocer-XYZ")));
}

void TestSignalCodec::typeNames()
{
    const SignalType all[] = { SignalType::Connected, SignalType::Disconnected, SignalType::DataChanged,
        SignalType::SyncRequired, SignalType::Ping, SignalType::Pong, SignalType::Error, SignalType::RetryLater };
    for (SignalType t : all)
        QCOMPARE(signalTypeFromName(signalTypeName(t)), std::optional<SignalType>(t));
    QVERIFY(!signalTypeFromName(u"DATA_CHANGED").has_value());
    QVERIFY(SignalCodec::clientMaySend(SignalType::DataChanged));
    QVERIFY(!SignalCodec::clientMaySend(SignalType::Error));
    QVERIFY(!SignalCodec::clientMaySend(SignalType::RetryLater));
}

void TestSignalCodec::closeCodes()
{
    QVERIFY(isFatalCloseCode(CloseCode::TokenRefused));
    QVERIFY(isFatalCloseCode(CloseCode::Unauthorized));
    QVERIFY(!isFatalCloseCode(CloseCode::GoingAway));
    QVERIFY(!isFatalCloseCode(CloseCode::RateLimited));
    QCOMPARE(closeCodeDescription(CloseCode::TokenRefused), QStringLiteral("access token refused"));
}

QTEST_GUILESS_MAIN(TestSignalCodec)
#include "tst_signalcodec.moc"
