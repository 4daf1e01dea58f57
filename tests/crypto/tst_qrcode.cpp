// QR matrices from libqrencode: deterministic, square, version-consistent size, the three
// finder patterns and timing patterns in place (we cannot decode here, so check structure).
#include "crypto/MasterKey.h"
#include "crypto/QrCode.h"
#include "crypto/ShareCode.h"

#include <QTest>

using namespace vv::crypto;

namespace {
// A 7x7 finder: dark ring, light ring, dark 3x3 core; plus the light separator around it.
bool hasFinderAt(const QrCode& qr, int x0, int y0)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (qr.isDark(x0 + x, y0 + y) != (ring || core))
                return false;
        }
    }
    return true;
}
} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void structure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short") << QStringLiteral("hello");
        QTest::newRow("share code") << ShareCode::encode(*MasterKey::generate());
        QTest::newRow("url") << QStringLiteral("https://example.invalid/join#VV1-ABCDE");
        QTest::newRow("unicode") << QStringLiteral("budget \u00e9\u20ac");
    }
    void structure()
    {
        QFETCH(QString, text);
        const QrCode qr = QrCode::encode(text);
        QVERIFY(!qr.isNull());
        QVERIFY(qr.version() >= 1 && qr.version() <= 40);
        QCOMPARE(qr.size(), 17 + 4 * qr.version());
        QCOMPARE(qsizetype(qr.modules().size()), qsizetype(qr.size()) * qr.size());
        const int n = qr.size();
        QVERIFY(hasFinderAt(qr, 0, 0));
        QVERIFY(hasFinderAt(qr, n - 7, 0));
        QVERIFY(hasFinderAt(qr, 0, n - 7));
        QVERIFY(!hasFinderAt(qr, n - 7, n - 7)); // only three corners have one
        // Timing patterns: alternating on row 6 and column 6 between the finders.
        for (int i = 8; i < n - 8; ++i) {
            QCOMPARE(qr.isDark(i, 6), i % 2 == 0);
            QCOMPARE(qr.isDark(6, i), i % 2 == 0);
        }
        // The "dark module" every symbol has next to the lower-left finder.
        QVERIFY(qr.isDark(8, n - 8));
        QVERIFY(!qr.isDark(-1, 0));
        QVERIFY(!qr.isDark(0, n));
        // Same input, same matrix.
        QCOMPARE(QrCode::encode(text), qr);
    }

    // A share code fits a small symbol (easy to scan from a screen) and higher error
    // correction needs a larger or equal version; different text gives a different matrix.
    void sizesAndDifferences()
    {
        const QString code = ShareCode::encode(*MasterKey::generate());
        const QrCode m = QrCode::encode(code);
        QVERIFY(m.version() <= 5);
        QVERIFY(QrCode::encode(code, QrCode::ErrorCorrection::High).version() >= m.version());
        QVERIFY(QrCode::encode(code, QrCode::ErrorCorrection::Low).version() <= m.version());
        QVERIFY(!(QrCode::encode(ShareCode::encode(*MasterKey::generate())) == m));
    }

    // Tried: wipe a matrix made from a code. Must hold: it is null afterwards, holds no modules,
    // and the object can be reused.
    void wipeClearsTheMatrix()
    {
        QrCode qr = QrCode::encode(QStringLiteral("VV1-04106-1050R-3GG28"), QrCode::ErrorCorrection::Medium);
        QVERIFY(!qr.isNull());
        qr.wipe();
        QVERIFY(qr.isNull());
        QCOMPARE(qr.size(), 0);
        QVERIFY(qr.modules().empty());
        qr = QrCode::encode(QStringLiteral("again"), QrCode::ErrorCorrection::Low);
        QVERIFY(!qr.isNull());
    }

    void emptyAndTooLong()
    {
        QVERIFY(QrCode::encode(QString()).isNull());
        QVERIFY(QrCode::encode(QString(8000, QLatin1Char('a'))).isNull());
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
