#include "signaling/ReconnectBackoff.h"

#include <QTest>

using vv::signaling::ReconnectBackoff;

// Pure arithmetic of the reconnect wait: exponential growth, the cap, full jitter and the floor.
class tst_SignalingBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delay_data();
    void delay();
    void foreverModeDoesNotOverflow();
};

void tst_SignalingBackoff::delay_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("cap");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expected");

    // Design defaults: 5 s base, 60 s cap.
    QTest::newRow("1st, top of window") << 1 << 5000 << 60000 << 0.999999 << 4999;
    QTest::newRow("1st, middle") << 1 << 5000 << 60000 << 0.5 << 2500;
    QTest::newRow("2nd doubles") << 2 << 5000 << 60000 << 0.5 << 5000;
    QTest::newRow("3rd doubles again") << 3 << 5000 << 60000 << 0.5 << 10000;
    QTest::newRow("5th reaches the cap") << 5 << 5000 << 60000 << 0.5 << 30000;
    QTest::newRow("6th is capped") << 6 << 5000 << 60000 << 0.5 << 30000;
    QTest::newRow("10th is capped") << 10 << 5000 << 60000 << 1.0 << 60000;
    // Full jitter: a draw of 0 would mean "now"; the floor (base/20, 10..250 ms) prevents a spin.
    QTest::newRow("zero draw hits the floor") << 1 << 5000 << 60000 << 0.0 << 250;
    QTest::newRow("small base floor is 10 ms") << 1 << 40 << 200 << 0.0 << 10;
    QTest::newRow("zero base still waits") << 3 << 0 << 0 << 0.7 << 10;
    QTest::newRow("cap below base means base") << 4 << 100 << 50 << 0.5 << 50;
    QTest::newRow("draw above 1 is clamped") << 1 << 1000 << 8000 << 7.0 << 1000;
    QTest::newRow("negative draw is clamped") << 2 << 1000 << 8000 << -1.0 << 50;
    QTest::newRow("NaN draw is clamped") << 2 << 1000 << 8000 << qQNaN() << 50;
}

void tst_SignalingBackoff::delay()
{
    // Tried: one attempt/base/cap/draw combination. Must hold: the exact wait the formula gives.
    QFETCH(int, attempt);
    QFETCH(int, base);
    QFETCH(int, cap);
    QFETCH(double, random);
    QFETCH(int, expected);
    QCOMPARE(ReconnectBackoff::delayMs(attempt, base, cap, random), expected);
}

void tst_SignalingBackoff::foreverModeDoesNotOverflow()
{
    // Tried: attempt numbers far beyond any real run (maxReconnectAttempts = 0 means forever).
    // Must hold: the window stays at the cap, never wraps negative.
    for (int attempt : { 31, 32, 64, 1000, 1 << 30 }) {
        QCOMPARE(ReconnectBackoff::ceilingMs(attempt, 5000, 60000), 60000);
        const int d = ReconnectBackoff::delayMs(attempt, 5000, 60000, 0.75);
        QCOMPARE(d, 45000);
    }
    QCOMPARE(ReconnectBackoff::ceilingMs(40, 1000, std::numeric_limits<int>::max()), std::numeric_limits<int>::max());
}

QTEST_GUILESS_MAIN(tst_SignalingBackoff)
#include "tst_signalingbackoff.moc"
