// AES-256-GCM blobs: NIST vector, a pinned blob, round trips, and clean failures for every
// kind of damage (each region of the blob flipped, truncation, wrong key, wrong room, version).
#include "crypto/Aead.h"
#include "crypto/MasterKey.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

using namespace vv::crypto;

namespace {
Aead makeAead(const QByteArray& key, const QString& room)
{
    return Aead(SecureBytes(key), room);
}
const QByteArray kKey = QByteArray::fromHex("9ea71b8fed6df49ee8cc0dc333716eb9392bbd011981ca47a56ee34b95d7ffe0");
const QString kRoom = QStringLiteral("zATLAwfdsDlpFoM0WahT47KxlA2P9xC3ZwK5VTX2kLo");
} // namespace

class TestAead : public QObject
{
    Q_OBJECT

private slots:
    // NIST GCM spec test case 16 (AES-256, 60-byte plaintext, 20-byte AAD).
    void nistVector()
    {
        const QByteArray key = QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        const QByteArray iv = QByteArray::fromHex("cafebabefacedbaddecaf888");
        const QByteArray pt = QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c"
                                                  "0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
        const QByteArray aad = QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        const QByteArray expected = QByteArray::fromHex(
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e"
            "6393ba7a0abcc9f66276fc6ece0f4e1768cddf8853bb2d551b");
        QCOMPARE(Aead::gcmSeal(key, iv, aad, pt).value_or(QByteArray()), expected);
        QCOMPARE(Aead::gcmOpen(key, iv, aad, expected).value_or(QByteArray()), pt);
    }

    // A blob pinned from an independent implementation (Python "cryptography"): the v1 format,
    // nonce position and AAD (version byte + room id) must stay exactly this.
    void pinnedBlob()
    {
        const Aead aead = makeAead(kKey, kRoom);
        const QByteArray nonce = QByteArray::fromHex("6465666768696a6b6c6d6e6f");
        const QByteArray expected = QByteArray::fromHex(
            "016465666768696a6b6c6d6e6f2c949d58eaca58f2fccafd377b35ef1acf4f86777084831ebd59dc335775247121");
        QCOMPARE(aead.encryptWithNonce(QByteArray(R"({"hello":"world"})"), nonce).value_or(QByteArray()), expected);
        const Aead::Result r = aead.decrypt(expected);
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        QCOMPARE(r.plaintext, QByteArray(R"({"hello":"world"})"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray("x");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\x00", 4);
        QTest::newRow("64 KiB") << QByteArray(65536, 'q');
    }
    // Every plaintext comes back; the blob is version + nonce + ciphertext + tag long.
    void roundTrip()
    {
        QFETCH(QByteArray, plaintext);
        const Aead aead = makeAead(kKey, kRoom);
        const QByteArray blob = aead.encrypt(plaintext).value_or(QByteArray());
        QCOMPARE(blob.size(), plaintext.size() + Aead::Overhead);
        QCOMPARE(blob.at(0), Aead::Version);
        const Aead::Result r = aead.decrypt(blob);
        QVERIFY(r.isOk());
        QCOMPARE(r.plaintext, plaintext);
    }

    // Fresh random nonce per message: the same plaintext never gives the same blob.
    void noncesAreUnique()
    {
        const Aead aead = makeAead(kKey, kRoom);
        QSet<QByteArray> nonces;
        for (int i = 0; i < 200; ++i)
            nonces.insert(aead.encrypt("same").value().mid(1, Aead::NonceSize));
        QCOMPARE(nonces.size(), 200);
    }

    // Flip one bit in each region (version, nonce, ciphertext, tag): decrypt must fail with
    // the right error and return no plaintext.
    void tamper_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("error");
        const int ct = 1 + int(Aead::NonceSize);
        QTest::newRow("version") << 0 << int(Aead::Error::UnknownVersion);
        QTest::newRow("nonce first") << 1 << int(Aead::Error::AuthenticationFailed);
        QTest::newRow("nonce last") << 12 << int(Aead::Error::AuthenticationFailed);
        QTest::newRow("ciphertext first") << ct << int(Aead::Error::AuthenticationFailed);
        QTest::newRow("ciphertext last") << ct + 9 << int(Aead::Error::AuthenticationFailed);
        QTest::newRow("tag first") << ct + 10 << int(Aead::Error::AuthenticationFailed);
        QTest::newRow("tag last") << ct + 25 << int(Aead::Error::AuthenticationFailed);
    }
    void tamper()
    {
        QFETCH(int, offset);
        QFETCH(int, error);
        const Aead aead = makeAead(kKey, kRoom);
        QByteArray blob = aead.encrypt("0123456789").value(); // 10-byte ciphertext
        QCOMPARE(blob.size(), 10 + Aead::Overhead);
        blob[offset] = char(blob.at(offset) ^ 0x01);
        const Aead::Result r = aead.decrypt(blob);
        QCOMPARE(int(r.error), error);
        QVERIFY(r.plaintext.isEmpty());
        QVERIFY(!r.errorString.isEmpty());
    }

    // decryptInPlace gives what decrypt gives, for every size, within the blob's own buffer; a
    // copy the caller kept still holds the ciphertext (the buffer detaches when shared).
    void inPlaceRoundTrip_data() { roundTrip_data(); }
    void inPlaceRoundTrip()
    {
        QFETCH(QByteArray, plaintext);
        const Aead aead = makeAead(kKey, kRoom);
        const QByteArray blob = aead.encrypt(plaintext).value_or(QByteArray());
        QByteArray owned(blob.constData(), blob.size()); // unshared: decrypted where it lies
        const char* buffer = owned.constData();
        Aead::Result r = aead.decryptInPlace(std::move(owned));
        QVERIFY(r.isOk());
        QCOMPARE(r.plaintext, plaintext);
        if (!plaintext.isEmpty())
            QVERIFY(static_cast<const void*>(r.plaintext.constData()) == buffer); // no second allocation
        QByteArray shared = blob;
        r = aead.decryptInPlace(std::move(shared));
        QVERIFY(r.isOk());
        QCOMPARE(r.plaintext, plaintext);
        QCOMPARE(aead.decrypt(blob).plaintext, plaintext); // the kept copy is still the blob
    }

    // A tampered, truncated or foreign blob fails in place as it fails in decrypt(), and
    // returns no plaintext (the buffer it was handed is wiped and released).
    void inPlaceFailures()
    {
        const Aead aead = makeAead(kKey, kRoom);
        const QByteArray blob = aead.encrypt("0123456789").value();
        for (int offset = 0; offset < blob.size(); ++offset) {
            QByteArray bad(blob.constData(), blob.size());
            bad[offset] = char(bad.at(offset) ^ 0x01);
            const Aead::Result r = aead.decryptInPlace(std::move(bad));
            QCOMPARE(r.error,
                aead.decrypt(QByteArray(blob).replace(offset, 1, QByteArray(1, char(blob.at(offset) ^ 0x01)))).error);
            QVERIFY(!r.isOk());
            QVERIFY(r.plaintext.isEmpty());
        }
        QCOMPARE(aead.decryptInPlace(blob.left(Aead::Overhead - 1)).error, Aead::Error::Truncated);
        QCOMPARE(aead.decryptInPlace(QByteArray()).error, Aead::Error::Truncated);
        QCOMPARE(makeAead(kKey, kRoom + QLatin1Char('x')).decryptInPlace(QByteArray(blob)).error,
            Aead::Error::AuthenticationFailed);
        QCOMPARE(Aead().decryptInPlace(QByteArray(blob)).error, Aead::Error::InvalidKey);
    }

    // Tried: seal 0 B, 1 B and 300 KiB handed over in pieces of 1 B, 7 KiB and 64 KiB into a
    // QBuffer. Must hold: decrypt() opens each to the plaintext and the returned tag is the
    // blob's last 16 bytes (what LocalStore records for its snapshot file).
    void sealerInPieces_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("piece");
        QTest::newRow("empty") << 0 << 1024;
        QTest::newRow("one byte") << 1 << 1;
        QTest::newRow("300 KiB by 7 KiB") << 300 * 1024 << 7 * 1024;
        QTest::newRow("300 KiB by 64 KiB") << 300 * 1024 << 64 * 1024;
        QTest::newRow("3 KiB by 1 B") << 3 * 1024 << 1;
    }
    void sealerInPieces()
    {
        QFETCH(int, size);
        QFETCH(int, piece);
        QByteArray plaintext(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            plaintext[i] = char(i * 31 + 7);
        const Aead aead = makeAead(kKey, kRoom);
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        std::optional<QByteArray> tag;
        {
            Aead::Sealer sealer(aead, &out);
            for (int at = 0; at < size; at += piece)
                QVERIFY(sealer.add(QByteArrayView(plaintext).sliced(at, qMin(piece, size - at))));
            tag = sealer.finish();
        }
        QVERIFY(tag);
        const QByteArray blob = out.data();
        QCOMPARE(blob.size(), size + Aead::Overhead);
        QCOMPARE(blob.right(Aead::TagSize), *tag);
        const Aead::Result r = aead.decrypt(blob);
        QVERIFY(r.isOk());
        QCOMPARE(r.plaintext, plaintext);
    }

    // Tried: a device that refuses writes, an invalid Aead, finish() twice. Must hold: the
    // sealer reports failure (no tag), never a blob that looks complete.
    void sealerFailures()
    {
        const Aead aead = makeAead(kKey, kRoom);
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        Aead::Sealer refused(aead, &readOnly);
        QVERIFY(!refused.add("abc"));
        QVERIFY(!refused.finish());
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        Aead::Sealer invalid(Aead(), &out);
        QVERIFY(!invalid.add("abc"));
        QVERIFY(!invalid.finish());
        QCOMPARE(out.size(), 0);
        Aead::Sealer twice(aead, &out);
        QVERIFY(twice.add("abc"));
        QVERIFY(twice.finish());
        QVERIFY(!twice.finish());
        QVERIFY(!twice.add("more"));
    }

    // Every bit of a blob is protected: flip each bit in turn, none decrypts.
    void everyBitProtected()
    {
        const Aead aead = makeAead(kKey, kRoom);
        const QByteArray blob = aead.encrypt("abc").value();
        for (int i = 0; i < blob.size() * 8; ++i) {
            QByteArray bad = blob;
            bad[i / 8] = char(bad.at(i / 8) ^ (1 << (i % 8)));
            QVERIFY2(!aead.decrypt(bad).isOk(), qPrintable(QString::number(i)));
        }
    }

    // Every truncation of a blob fails cleanly (Truncated or AuthenticationFailed).
    void truncation()
    {
        const Aead aead = makeAead(kKey, kRoom);
        const QByteArray blob = aead.encrypt("payload").value();
        for (int n = 0; n < blob.size(); ++n) {
            const Aead::Result r = aead.decrypt(blob.left(n));
            QVERIFY(!r.isOk());
            if (n < Aead::Overhead)
                QCOMPARE(r.error, Aead::Error::Truncated);
            else
                QCOMPARE(r.error, Aead::Error::AuthenticationFailed);
        }
        QVERIFY(!aead.decrypt(QByteArray(blob).append(QByteArrayLiteral("x"))).isOk());
    }

    // Another key, or the right key in another room (AAD), cannot open the blob.
    void wrongKeyOrRoom()
    {
        const Aead aead = makeAead(kKey, kRoom);
        const QByteArray blob = aead.encrypt("secret").value();
        QByteArray otherKey = kKey;
        otherKey[31] = char(otherKey.at(31) ^ 0x80);
        QCOMPARE(makeAead(otherKey, kRoom).decrypt(blob).error, Aead::Error::AuthenticationFailed);
        QCOMPARE(makeAead(kKey, kRoom + QLatin1Char('x')).decrypt(blob).error, Aead::Error::AuthenticationFailed);
    }

    // An Aead without a proper key refuses to work instead of encrypting under a bad key.
    void invalidAead()
    {
        QVERIFY(!Aead().isValid());
        QVERIFY(!Aead().encrypt("x"));
        QCOMPARE(Aead().decrypt(QByteArray(40, '\x01')).error, Aead::Error::InvalidKey);
        QVERIFY(!makeAead(QByteArray(16, 'k'), kRoom).isValid());
        QVERIFY(!makeAead(kKey, QString()).isValid());
    }

    // Copies of an Aead are independent and work after the original is gone (deep key copy).
    void copySurvivesOriginal()
    {
        std::optional<Aead> original(makeAead(kKey, kRoom));
        const QByteArray blob = original->encrypt("x").value();
        const Aead copy = *original;
        original.reset();
        QVERIFY(copy.decrypt(blob).isOk());
    }
};

QTEST_GUILESS_MAIN(TestAead)
#include "tst_aead.moc"
