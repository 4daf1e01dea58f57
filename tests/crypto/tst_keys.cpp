// MasterKey generation and the HKDF key hierarchy: pinned vectors (computed once with an
// independent implementation, Python "cryptography"), RFC 5869, determinism and independence.
#include "crypto/KeyHierarchy.h"
#include "crypto/MasterKey.h"
#include "protocol/SignalCodec.h"

#include <QSet>
#include <QTest>

using namespace vv::crypto;

class TestKeys : public QObject
{
    Q_OBJECT

private slots:
    // Generated keys are 32 bytes and differ each time (a broken RNG would repeat).
    void generateIsRandom()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 64; ++i) {
            const std::optional<MasterKey> key = MasterKey::generate();
            QVERIFY(key);
            QVERIFY(key->isValid());
            QCOMPARE(key->bytes().size(), MasterKey::Size);
            seen.insert(key->bytes().view().toByteArray());
        }
        QCOMPARE(seen.size(), 64);
    }

    // Only exactly 32 bytes make a key; a default key is invalid and derives nothing.
    void fromBytesLength_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << 0 << false;
        QTest::newRow("31") << 31 << false;
        QTest::newRow("32") << 32 << true;
        QTest::newRow("33") << 33 << false;
        QTest::newRow("64") << 64 << false;
    }
    void fromBytesLength()
    {
        QFETCH(int, length);
        QFETCH(bool, valid);
        QCOMPARE(MasterKey::fromBytes(QByteArray(length, 'k')).has_value(), valid);
    }
    void invalidKeyDerivesNothing() { QVERIFY(!KeyHierarchy::derive(MasterKey()).has_value()); }

    // Copies are independent deep copies and compare equal (constant-time compare).
    void copiesAreEqualAndIndependent()
    {
        const MasterKey a = *MasterKey::generate();
        MasterKey b = a;
        QVERIFY(a == b);
        QVERIFY(a.bytes().data() != b.bytes().data());
        b = *MasterKey::generate();
        QVERIFY(!(a == b));
        QVERIFY(a.isValid());
    }

    // RFC 5869 test case 1 through our EVP_KDF wrapper.
    void rfc5869()
    {
        const SecureBytes okm = KeyHierarchy::hkdfSha256(QByteArray(22, '\x0b'),
            QByteArray::fromHex("000102030405060708090a0b0c"), QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QCOMPARE(okm.view().toByteArray().toHex(),
            QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
    }

    // Pinned v1 derivations: if one of these changes, existing budgets can no longer be found
    // or decrypted, so the labels and salt must never change.
    void pinnedVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("roomId");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("dataKey");
        QTest::addColumn<QByteArray>("tokenHash");
        QTest::newRow("00..1f") << QByteArray::fromHex(
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
                                << QStringLiteral("zATLAwfdsDlpFoM0WahT47KxlA2P9xC3ZwK5VTX2kLo")
                                << QByteArray("iEANQRNJkupm7E6CoyRoTRqahHGtyX6fY_RJCn92w5A")
                                << QByteArray("9ea71b8fed6df49ee8cc0dc333716eb9392bbd011981ca47a56ee34b95d7ffe0")
                                << QByteArray("2c96f0bb56965d3d9f9fa9e9a50bc61bcbb179418b7b2e122c08100933a2b342");
        QTest::newRow("a5*32") << QByteArray(32, '\xa5')
                               << QStringLiteral("tOchpDc3pe0XOgvlSadLQMS0ZY6xM2Il6XnHnb0NAaI")
                               << QByteArray("shsuWX3CzIoV2SIlOfsHVhMhcEsu20uzwQZWa_8XWDc")
                               << QByteArray("c3d3f586e3f001505a48854ddd012bf5f4297ad901807fb80aad8d3849b2bb02")
                               << QByteArray("5e7814121f25cd36b66ee0a4c56043429d909e5987be382e60e2937051b497fb");
    }
    void pinnedVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QString, roomId);
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, dataKey);
        QFETCH(QByteArray, tokenHash);
        const std::optional<BudgetKeys> keys = KeyHierarchy::derive(*MasterKey::fromBytes(key));
        QVERIFY(keys);
        QCOMPARE(keys->roomId, roomId);
        QCOMPARE(keys->accessToken.view().toByteArray(), token);
        QCOMPARE(keys->dataKey.view().toByteArray().toHex(), dataKey);
        QCOMPARE(KeyHierarchy::accessTokenHash(keys->accessToken.view()), tokenHash);
    }

    // Two "devices" with the same K agree; outputs have the documented shapes and are valid
    // room ids for the signal codec; the three outputs are independent of each other.
    void deterministicAndWellFormed()
    {
        for (int i = 0; i < 16; ++i) {
            const MasterKey k = *MasterKey::generate();
            const MasterKey copy = *MasterKey::fromBytes(k.bytes().view());
            const BudgetKeys a = *KeyHierarchy::derive(k);
            const BudgetKeys b = *KeyHierarchy::derive(copy);
            QCOMPARE(a.roomId, b.roomId);
            QVERIFY(a.accessToken == b.accessToken);
            QVERIFY(a.dataKey == b.dataKey);
            QCOMPARE(a.roomId.size(), 43);
            QCOMPARE(a.accessToken.size(), 43);
            QCOMPARE(a.dataKey.size(), 32);
            QVERIFY(vv::protocol::SignalCodec::isValidBudgetId(a.roomId));
            QVERIFY(a.roomId.toLatin1() != a.accessToken.view().toByteArray());
            const QByteArray roomRaw = QByteArray::fromBase64(a.roomId.toLatin1(), QByteArray::Base64UrlEncoding);
            QVERIFY(roomRaw != a.dataKey.view().toByteArray());
            QVERIFY(!a.roomId.contains(QString::fromLatin1(k.bytes().view().toByteArray().toHex())));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
