// Dates and schedules: bill recurrence across month ends and leap years, goal arithmetic, months.
#include "budget/Budget.h"
#include "budget/Month.h"
#include "budget/Recurrence.h"

#include <QTest>

using namespace vv::budget;

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void occurrence_data();
    void occurrence();
    void nextAfter_data();
    void nextAfter();
    void monthEndSequence();
    void countBetween();
    void goal_data();
    void goal();
    void month();
};

static QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

void TestSchedule::occurrence_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    auto row = [](const char* name, const char* start, const char* f, int n, const char* exp) {
        QTest::newRow(name) << d(start) << QString::fromLatin1(f) << n << d(exp);
    };
    row("monthly 31 -> Feb common", "2026-01-31", "monthly", 1, "2026-02-28");
    row("monthly 31 -> Mar back to 31", "2026-01-31", "monthly", 2, "2026-03-31");
    row("monthly 31 -> Apr 30", "2026-01-31", "monthly", 3, "2026-04-30");
    row("monthly 31 -> May 31", "2026-01-31", "monthly", 4, "2026-05-31");
    row("monthly 31 -> Feb leap", "2028-01-31", "monthly", 1, "2028-02-29");
    row("monthly 31 -> Mar after leap Feb", "2028-01-31", "monthly", 2, "2028-03-31");
    row("monthly 30 -> Feb", "2026-01-30", "monthly", 1, "2026-02-28");
    row("monthly 30 -> Mar 30", "2026-01-30", "monthly", 2, "2026-03-30");
    row("monthly 29 -> Feb common", "2026-01-29", "monthly", 1, "2026-02-28");
    row("monthly 29 -> Feb leap", "2028-01-29", "monthly", 1, "2028-02-29");
    row("monthly 28 stays 28", "2026-01-28", "monthly", 1, "2026-02-28");
    row("monthly 31 across year", "2026-12-31", "monthly", 2, "2027-02-28");
    row("monthly 31 two years on", "2026-01-31", "monthly", 25, "2028-02-29");
    row("monthly 15", "2026-01-15", "monthly", 11, "2026-12-15");
    row("monthly n=0 is start", "2026-01-31", "monthly", 0, "2026-01-31");
    row("yearly Feb 29 -> common", "2024-02-29", "yearly", 1, "2025-02-28");
    row("yearly Feb 29 -> common 2", "2024-02-29", "yearly", 3, "2027-02-28");
    row("yearly Feb 29 -> leap again", "2024-02-29", "yearly", 4, "2028-02-29");
    row("yearly Feb 29 -> 2100 not leap", "2096-02-29", "yearly", 4, "2100-02-28");
    row("yearly Feb 29 -> 2000-style leap 2400", "2396-02-29", "yearly", 4, "2400-02-29");
    row("yearly Feb 28 stays 28 in leap", "2027-02-28", "yearly", 1, "2028-02-28");
    row("yearly Dec 31", "2026-12-31", "yearly", 1, "2027-12-31");
    row("weekly", "2026-01-01", "weekly", 1, "2026-01-08");
    row("weekly across month", "2026-01-29", "weekly", 1, "2026-02-05");
    row("weekly across leap day", "2028-02-26", "weekly", 1, "2028-03-04");
    row("weekly across year", "2026-12-28", "weekly", 1, "2027-01-04");
    row("biweekly", "2026-01-01", "biweekly", 1, "2026-01-15");
    row("biweekly across Feb", "2026-02-20", "biweekly", 1, "2026-03-06");
    row("biweekly across leap Feb", "2028-02-20", "biweekly", 1, "2028-03-05");
    row("biweekly 26 times is 364 days", "2026-01-01", "biweekly", 26, "2026-12-31");
    row("negative n invalid", "2026-01-01", "weekly", -1, "");
}

void TestSchedule::occurrence()
{
    // Occurrence n is computed from the anchor date, so month-end clamping never drifts.
    QFETCH(QDate, start);
    QFETCH(QString, frequency);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const std::optional<Frequency> f = Recurrence::fromString(frequency);
    QVERIFY(f);
    QCOMPARE(Recurrence::toString(*f), frequency);
    QCOMPARE(Recurrence::occurrence(start, *f, n), expected);
}

void TestSchedule::nextAfter_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("frequency");
    QTest::addColumn<QDate>("after");
    QTest::addColumn<QDate>("expected");
    auto row = [](const char* name, const char* start, const char* f, const char* after, const char* exp) {
        QTest::newRow(name) << d(start) << QString::fromLatin1(f) << d(after) << d(exp);
    };
    row("before start gives start", "2026-01-31", "monthly", "2026-01-01", "2026-01-31");
    row("on start gives next", "2026-01-31", "monthly", "2026-01-31", "2026-02-28");
    row("paid Feb 28 -> Mar 31", "2026-01-31", "monthly", "2026-02-28", "2026-03-31");
    row("paid Feb 29 leap -> Mar 31", "2028-01-31", "monthly", "2028-02-29", "2028-03-31");
    row("paid Apr 30 -> May 31", "2026-01-31", "monthly", "2026-04-30", "2026-05-31");
    row("mid month", "2026-01-31", "monthly", "2026-06-15", "2026-06-30");
    row("far future", "2026-01-31", "monthly", "2035-02-10", "2035-02-28");
    row("yearly leap paid 2024 -> 2025-02-28", "2024-02-29", "yearly", "2024-02-29", "2025-02-28");
    row("yearly leap paid 2027 -> 2028-02-29", "2024-02-29", "yearly", "2027-02-28", "2028-02-29");
    row("yearly leap from March", "2024-02-29", "yearly", "2026-03-01", "2027-02-28");
    row("weekly exact", "2026-01-01", "weekly", "2026-01-08", "2026-01-15");
    row("weekly between", "2026-01-01", "weekly", "2026-01-10", "2026-01-15");
    row("weekly years later", "2026-01-01", "weekly", "2030-06-01", "2030-06-06");
    row("biweekly between", "2026-01-01", "biweekly", "2026-01-16", "2026-01-29");
    row("biweekly exact", "2026-01-01", "biweekly", "2026-01-29", "2026-02-12");
}

void TestSchedule::nextAfter()
{
    // The next due date after a payment: the first occurrence strictly after it.
    QFETCH(QDate, start);
    QFETCH(QString, frequency);
    QFETCH(QDate, after);
    QFETCH(QDate, expected);
    QCOMPARE(Recurrence::nextAfter(start, *Recurrence::fromString(frequency), after), expected);
}

void TestSchedule::monthEndSequence()
{
    // Paying a 31st-of-month bill twelve times in a row walks every month end and returns to
    // the 31st whenever the month has one.
    const QDate start = d("2027-10-31");
    QDate due = start;
    QStringList seen;
    for (int i = 0; i < 6; ++i) {
        due = Recurrence::nextAfter(start, Frequency::Monthly, due);
        seen << due.toString(Qt::ISODate);
    }
    QCOMPARE(seen,
        QStringList({ QStringLiteral("2027-11-30"), QStringLiteral("2027-12-31"), QStringLiteral("2028-01-31"),
            QStringLiteral("2028-02-29"), QStringLiteral("2028-03-31"), QStringLiteral("2028-04-30") }));
}

void TestSchedule::countBetween()
{
    // Missed occurrences of an overdue bill are counted within [from, to].
    QCOMPARE(Recurrence::countBetween(d("2026-01-31"), Frequency::Monthly, d("2026-01-31"), d("2026-04-29")), 3);
    QCOMPARE(Recurrence::countBetween(d("2026-01-01"), Frequency::Weekly, d("2026-01-02"), d("2026-01-31")), 4);
    QCOMPARE(Recurrence::countBetween(d("2026-01-01"), Frequency::Weekly, d("2026-02-01"), d("2026-01-01")), 0);
}

void TestSchedule::goal_data()
{
    QTest::addColumn<qint64>("goal");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("months");
    QTest::addColumn<qint64>("monthly");
    QTest::addColumn<bool>("reached");
    QTest::addColumn<bool>("overdue");
    auto row = [](const char* name, qint64 goal, const char* date, qint64 bal, const char* asOf, int months,
                   qint64 monthly, bool reached, bool overdue) {
        QTest::newRow(name) << goal << d(date) << bal << d(asOf) << months << monthly << reached << overdue;
    };
    row("even split", 120000, "2026-12-31", 0, "2026-01-15", 12, 10000, false, false);
    row("ceil rounds up", 100000, "2026-03-01", 0, "2026-01-31", 3, 33334, false, false);
    row("current month counts", 5000, "2026-01-31", 1000, "2026-01-01", 1, 4000, false, false);
    row("partly saved", 120000, "2026-12-31", 60000, "2026-07-01", 6, 10000, false, false);
    row("reached", 50000, "2026-12-31", 50000, "2026-02-01", 11, 0, true, false);
    row("over-reached", 50000, "2026-12-31", 70000, "2026-02-01", 11, 0, true, false);
    row("past date: all now", 50000, "2025-12-31", 20000, "2026-02-01", -1, 30000, false, true);
    row("past but reached", 50000, "2025-12-31", 50000, "2026-02-01", -1, 0, true, false);
    row("negative balance", 10000, "2026-02-28", -2000, "2026-01-10", 2, 6000, false, false);
    row("one cent over months", 1, "2026-12-31", 0, "2026-01-01", 12, 1, false, false);
}

void TestSchedule::goal()
{
    // needed = ceil((goal - balance) / months remaining incl. this month); 0 once reached;
    // the whole shortfall when the date has passed.
    QFETCH(qint64, goal);
    QFETCH(QDate, date);
    QFETCH(qint64, balance);
    QFETCH(QDate, asOf);
    QFETCH(int, months);
    QFETCH(qint64, monthly);
    QFETCH(bool, reached);
    QFETCH(bool, overdue);
    const GoalStatus g = Budget::computeGoal(goal, date, balance, asOf);
    QCOMPARE(g.monthsRemaining, months);
    QCOMPARE(g.monthlyNeeded, monthly);
    QCOMPARE(g.reached, reached);
    QCOMPARE(g.overdue, overdue);
}

void TestSchedule::month()
{
    const Month m(2028, 2);
    QCOMPARE(m.toString(), QStringLiteral("2028-02"));
    QCOMPARE(m.lastDay(), d("2028-02-29"));
    QCOMPARE(m.addMonths(11).toString(), QStringLiteral("2029-01"));
    QCOMPARE(m.addMonths(-2).toString(), QStringLiteral("2027-12"));
    QCOMPARE(Month::fromString(u"2026-13"), std::nullopt);
    QCOMPARE(Month::fromString(u"2026-1"), std::nullopt);
    QCOMPARE(*Month::fromString(u"2026-01"), Month(2026, 1));
    QVERIFY(Month(2026, 1) < Month(2026, 2));
    QVERIFY(!Month().isValid());
    QVERIFY(m.contains(d("2028-02-29")));
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
