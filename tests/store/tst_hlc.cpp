// HLC stamps: fixed-width strings that sort like stamps, strict monotonicity under a
// misbehaving wall clock (injected), observing remote stamps, and the drift guard.
#include "store/HybridLogicalClock.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace vv::store;

class TestHlc : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<qint64>("wall");
        QTest::addColumn<uint>("counter");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << 0u << QStringLiteral("a")
                              << QStringLiteral("000000000000000000-000000-a");
        QTest::newRow("typical") << qint64(1732780800000) << 42u << QStringLiteral("laptop-1_x")
                                 << QStringLiteral("000001732780800000-000042-laptop-1_x");
        QTest::newRow("max") << Stamp::MaxWallMs << Stamp::MaxCounter << QStringLiteral("Z")
                             << QStringLiteral("999999999999999999-999999-Z");
    }
    // toString is fixed width and fromString inverts it.
    void format()
    {
        QFETCH(qint64, wall);
        QFETCH(uint, counter);
        QFETCH(QString, device);
        QFETCH(QString, text);
        const Stamp s { wall, counter, device };
        QCOMPARE(s.toString(), text);
        const std::optional<Stamp> back = Stamp::fromString(text);
        QVERIFY(back);
        QVERIFY(*back == s);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no device") << QStringLiteral("000000000000000001-000000-");
        QTest::newRow("short wall") << QStringLiteral("1-000000-a");
        QTest::newRow("letters") << QStringLiteral("00000000000000000x-000000-a");
        QTest::newRow("sign") << QStringLiteral("-00000000000000001-000000-a");
        QTest::newRow("bad separator") << QStringLiteral("000000000000000001_000000-a");
        QTest::newRow("bad device") << QStringLiteral("000000000000000001-000000-a b");
        QTest::newRow("long device") << QStringLiteral("000000000000000001-000000-") + QString(65, QLatin1Char('d'));
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Stamp::fromString(text));
    }

    // Sorting the strings gives exactly the order of the stamps (what SQL ORDER BY would do).
    void stringOrderMatchesStampOrder()
    {
        const quint32 seed = qEnvironmentVariableIsSet("VV_SEED") ? quint32(qEnvironmentVariableIntValue("VV_SEED"))
                                                                  : QRandomGenerator::global()->generate();
        qInfo("VV_SEED=%u", seed);
        QRandomGenerator rng(seed);
        const QStringList devices { QStringLiteral("a"), QStringLiteral("a-b"), QStringLiteral("A"),
            QStringLiteral("b"), QStringLiteral("a_"), QStringLiteral("ab") };
        QList<Stamp> stamps;
        for (int i = 0; i < 500; ++i)
            stamps.append(Stamp { qint64(rng.bounded(5)) * 1000000000000LL + rng.bounded(3), quint32(rng.bounded(3)),
                devices.at(rng.bounded(int(devices.size()))) });
        QList<Stamp> byStamp = stamps;
        std::sort(byStamp.begin(), byStamp.end());
        QStringList byString;
        for (const Stamp& s : stamps)
            byString.append(s.toString());
        std::sort(byString.begin(), byString.end());
        for (int i = 0; i < stamps.size(); ++i)
            QCOMPARE(byString.at(i), byStamp.at(i).toString());
    }

    // The wall clock stalls, jumps back an hour, then recovers: every stamp is still greater
    // than the previous one, and stamps follow the wall clock again once it passes them.
    void monotonicWhenWallClockMisbehaves()
    {
        qint64 wall = 1'000'000;
        HybridLogicalClock clock(QStringLiteral("dev"), [&wall] { return wall; });
        Stamp prev = clock.now();
        QCOMPARE(prev.wallMs, wall);
        QCOMPARE(prev.counter, 0u);
        const QList<qint64> walls { 1'000'000, 1'000'000, 999'000, 1'000'000 - 3'600'000, 1'000'001, 1'000'005 };
        for (qint64 w : walls) {
            wall = w;
            for (int i = 0; i < 3; ++i) {
                const Stamp s = clock.now();
                QVERIFY2(s > prev, qPrintable(s.toString() + QStringLiteral(" after ") + prev.toString()));
                QCOMPARE(s.deviceId, QStringLiteral("dev"));
                prev = s;
            }
        }
        QCOMPARE(prev.wallMs, qint64(1'000'005));
        QCOMPARE(prev.counter, 2u);
    }

    // A million-plus events in one millisecond: the counter overflows into the next ms
    // instead of wrapping.
    void counterOverflowBorrowsNextMillisecond()
    {
        HybridLogicalClock clock(QStringLiteral("dev"), [] { return qint64(5000); });
        Stamp prev = clock.now();
        for (quint32 i = 0; i < Stamp::MaxCounter + 3; ++i) {
            const Stamp s = clock.now();
            if (!(s > prev))
                QFAIL("not monotonic");
            prev = s;
        }
        QCOMPARE(prev.wallMs, qint64(5001));
        QCOMPARE(prev.counter, 2u);
    }

    // After observing a remote stamp (even from a clock ahead of ours), our next stamp is
    // greater; a stamp beyond the drift limit is refused and does not move the clock.
    void observe()
    {
        qint64 wall = 10'000;
        HybridLogicalClock clock(QStringLiteral("a"), [&wall] { return wall; });
        clock.setMaxDrift(60'000);
        (void)clock.now();
        const Stamp remote { 50'000, 7, QStringLiteral("b") };
        QVERIFY(clock.observe(remote));
        const Stamp mine = clock.now();
        QVERIFY(mine > remote);
        QCOMPARE(mine.wallMs, qint64(50'000));
        QCOMPARE(mine.counter, 8u);
        // Same (wall, counter) from a device that sorts after ours: we still move past it.
        const Stamp sameTick { 50'000, 20, QStringLiteral("zzz") };
        QVERIFY(clock.observe(sameTick));
        QVERIFY(clock.now() > sameTick);
        // Far future: refused.
        const Stamp before = clock.last();
        const Stamp farFuture { 10'000 + 60'001, 0, QStringLiteral("evil") };
        QVERIFY(!clock.observe(farFuture));
        QVERIFY(clock.last() == before);
        // An older stamp changes nothing.
        const Stamp old { 1, 0, QStringLiteral("b") };
        QVERIFY(clock.observe(old));
        QVERIFY(clock.last() == before);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
