// Share codes: pinned format, tolerant decoding, and guaranteed detection of every single
// wrong symbol and every swap of neighbours (exhaustive over all positions and symbols).
#include "crypto/ShareCode.h"

#include <QRandomGenerator>
#include <QTest>

using namespace vv::crypto;

namespace {
const QByteArray kKey = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const QString kCode = QStringLiteral("VV1-000G4-0R40M-30E20-9185G-R38E1-W8124-GK2GA-HC5RR-34D1P-70X3R-FGBQ");

// The 54 symbols of a formatted code.
QString symbolsOf(const QString& code)
{
    QString s = code.mid(4);
    s.remove(QLatin1Char('-'));
    return s;
}
} // namespace

class TestShareCode : public QObject
{
    Q_OBJECT

private slots:
    // Pinned v1 encodings (computed independently in Python): the format must not drift.
    void pinned_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("00..1f") << kKey << kCode;
        QTest::newRow("zeros") << QByteArray(
            32, '\0') << QStringLiteral("VV1-00000-00000-00000-00000-00000-00000-00000-00000-00000-00000-0000");
        QTest::newRow("ones") << QByteArray(32, '\xff')
                              << QStringLiteral("VV1-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZGBG");
    }
    void pinned()
    {
        QFETCH(QByteArray, key);
        QFETCH(QString, code);
        QCOMPARE(ShareCode::encode(*MasterKey::fromBytes(key)), code);
        const ShareCode::DecodeResult r = ShareCode::decode(code);
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        QCOMPARE(r.key->bytes().view().toByteArray(), key);
    }

    // How people actually type or paste a code: all of these mean the same key.
    void tolerantDecoding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("exact") << kCode;
        QTest::newRow("lowercase") << kCode.toLower();
        QTest::newRow("no dashes") << QString(kCode).remove(QLatin1Char('-'));
        QTest::newRow("spaces") << QString(kCode).replace(QLatin1Char('-'), QLatin1Char(' '));
        QTest::newRow("padding and newline") << QStringLiteral("  ") + kCode + QStringLiteral("\n");
        QTest::newRow("no prefix") << kCode.mid(4);
        QTest::newRow("O for 0") << QString(kCode).replace(QLatin1Char('0'), QLatin1Char('O'));
        QTest::newRow("I and l for 1") << QString(kCode)
                                              .replace(QStringLiteral("VV1"), QStringLiteral("VVI"))
                                              .replace(QLatin1Char('1'), QLatin1Char('l'));
        QTest::newRow("regrouped") << QStringLiteral("vv1 ") + symbolsOf(kCode).insert(27, QLatin1Char(' '));
    }
    void tolerantDecoding()
    {
        QFETCH(QString, input);
        const ShareCode::DecodeResult r = ShareCode::decode(input);
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        QCOMPARE(r.key->bytes().view().toByteArray(), kKey);
    }

    // Malformed input fails with the right error, and the message never repeats the code.
    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("error");
        QTest::newRow("empty") << QString() << int(ShareCode::Error::Empty);
        QTest::newRow("only dashes") << QStringLiteral(" - - ") << int(ShareCode::Error::Empty);
        QTest::newRow("U is not Crockford")
            << QString(kCode).replace(5, 1, QLatin1Char('U')) << int(ShareCode::Error::InvalidCharacter);
        QTest::newRow("punctuation") << kCode + QLatin1Char('!') << int(ShareCode::Error::InvalidCharacter);
        QTest::newRow("non-latin") << kCode + QChar(0x00e9) << int(ShareCode::Error::InvalidCharacter);
        QTest::newRow("short") << kCode.chopped(1) << int(ShareCode::Error::WrongLength);
        QTest::newRow("long") << kCode + QLatin1Char('0') << int(ShareCode::Error::WrongLength);
        QTest::newRow("version 2") << QString(kCode).replace(2, 1, QLatin1Char('2'))
                                   << int(ShareCode::Error::UnknownVersion);
        QTest::newRow("other prefix") << QString(kCode).replace(0, 2, QStringLiteral("XX"))
                                      << int(ShareCode::Error::UnknownVersion);
        QTest::newRow("typo") << QString(kCode).replace(5, 1, QLatin1Char('1'))
                              << int(ShareCode::Error::ChecksumMismatch);
    }
    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(int, error);
        const ShareCode::DecodeResult r = ShareCode::decode(input);
        QVERIFY(!r.isOk());
        QCOMPARE(int(r.error), error);
        QVERIFY(!r.errorString.isEmpty());
        QVERIFY(!r.errorString.contains(QStringLiteral("000G4")));
    }

    // Exhaustive: replace each of the 54 symbols by each of the 31 other symbols, and swap
    // each pair of differing neighbours, for several random keys. Not one may decode.
    void detectsEverySingleErrorAndSwap()
    {
        const quint32 seed = qEnvironmentVariableIsSet("VV_SEED") ? quint32(qEnvironmentVariableIntValue("VV_SEED"))
                                                                  : QRandomGenerator::global()->generate();
        qInfo("VV_SEED=%u", seed);
        QRandomGenerator rng(seed);
        QList<QByteArray> keys { kKey, QByteArray(32, '\0'), QByteArray(32, '\xff') };
        for (int i = 0; i < 5; ++i) {
            QByteArray k(32, Qt::Uninitialized);
            for (char& c : k)
                c = char(rng.bounded(256));
            keys.append(k);
        }
        const QString alphabet = QString::fromLatin1(ShareCode::Alphabet);
        int tried = 0;
        for (const QByteArray& key : std::as_const(keys)) {
            const QString symbols = symbolsOf(ShareCode::encode(*MasterKey::fromBytes(key)));
            QCOMPARE(symbols.size(), ShareCode::Symbols);
            QVERIFY(ShareCode::decode(symbols).isOk());
            for (int pos = 0; pos < symbols.size(); ++pos) {
                for (QChar c : alphabet) {
                    if (c == symbols.at(pos))
                        continue;
                    QString bad = symbols;
                    bad[pos] = c;
                    const ShareCode::DecodeResult r = ShareCode::decode(QString(QStringLiteral("VV1") + bad));
                    QVERIFY2(r.error == ShareCode::Error::ChecksumMismatch, qPrintable(QString::number(pos)));
                    ++tried;
                }
                if (pos + 1 < symbols.size() && symbols.at(pos) != symbols.at(pos + 1)) {
                    QString bad = symbols;
                    std::swap(bad[pos], bad[pos + 1]);
                    QVERIFY2(!ShareCode::decode(QString(QStringLiteral("VV1-") + bad)).isOk(),
                        qPrintable(QString::number(pos)));
                    ++tried;
                }
            }
        }
        QVERIFY(tried > 8 * 54 * 31);
    }

    // Random keys round-trip and the formatted code has the documented shape.
    void randomRoundTrip()
    {
        for (int i = 0; i < 200; ++i) {
            const MasterKey key = *MasterKey::generate();
            const QString code = ShareCode::encode(key);
            QCOMPARE(code.size(), 4 + 54 + 10);
            QVERIFY(code.startsWith(QStringLiteral("VV1-")));
            const ShareCode::DecodeResult r = ShareCode::decode(code);
            QVERIFY(r.isOk());
            QVERIFY(*r.key == key);
        }
        QVERIFY(ShareCode::encode(MasterKey()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestShareCode)
#include "tst_sharecode.moc"
