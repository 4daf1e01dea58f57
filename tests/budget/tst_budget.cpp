// The budgeting rules: balances, allocation, fill-to-targets, transfers, splits, bills, goals,
// reports and the ledger index, on an in-memory BudgetState through the Budget facade.
#include "BudgetFixture.h"
#include "budget/BudgetIndex.h"
#include "budget/Reports.h"
#include "budget/Schema.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace vv::budget;
using vv::budget::test::Device;
using vv::budget::test::Script;
using vv::store::Operation;

class TestBudget : public QObject
{
    Q_OBJECT

private slots:
    void balances_data();
    void balances();
    void refusedCommands_data();
    void refusedCommands();
    void splitValidation_data();
    void splitValidation();
    void splitRemainderAfterConcurrentEdit();
    void editSplitLines();
    void envelopeMonth();
    void goalDrivesMonthlyTarget();
    void billPayAndDueList();
    void incrementalIndexEqualsRebuild();
    void remoteOpsUpdateBalances();
    void ledgerFilter();
    void reports();
    void envelopeViews();
};

void TestBudget::balances_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");
    QTest::newRow("income is unassigned") << "income 100000"
                                          << "_=100000";
    QTest::newRow("allocate") << "env Food; income 100000; alloc Food 30000"
                              << "Food=30000 _=70000";
    QTest::newRow("spend from envelope") << "env Food; income 100000; alloc Food 30000; tx Food -4550"
                                         << "Food=25450 _=70000";
    QTest::newRow("overspend goes negative, not clamped") << "env Food; income 1000; alloc Food 500; tx Food -800"
                                                          << "Food=-300 _=500";
    QTest::newRow("over-allocation leaves unassigned negative") << "env Food; income 1000; alloc Food 1500"
                                                                << "Food=1500 _=-500";
    QTest::newRow("negative allocation returns money") << "env Food; income 1000; alloc Food 600; alloc Food -200"
                                                       << "Food=400 _=600";
    QTest::newRow("transfer between envelopes") << "env Food; env Fun; income 1000; alloc Food 600; move Food Fun 250"
                                                << "Food=350 Fun=250 _=400";
    QTest::newRow("transfer back to unassigned") << "env Food; income 1000; alloc Food 600; move Food - 100"
                                                 << "Food=500 _=500";
    QTest::newRow("refund into envelope") << "env Food; income 1000; alloc Food 100; tx Food 40"
                                          << "Food=140 _=900";
    QTest::newRow("unassigned expense") << "income 1000; income -300"
                                        << "_=700";
    QTest::newRow("split across envelopes")
        << "env Food; env Home; income 10000; alloc Food 5000; alloc Home 5000; split -3000 Food:-1000,Home:-2000"
        << "Food=4000 Home=3000 _=0";
    QTest::newRow("split with unassigned line") << "env Food; income 10000; split -3000 Food:-1000,-:-2000"
                                                << "Food=-1000 _=8000";
    QTest::newRow("fill to targets in priority order")
        << "env Rent 80000 1; env Food 30000 2; env Fun 10000 3; income 100000; fill"
        << "Rent=80000 Food=20000 Fun=0 _=0";
    QTest::newRow("fill tops up partly funded")
        << "env Rent 80000 1; env Food 30000 2; income 200000; alloc Food 10000; fill"
        << "Rent=80000 Food=30000 _=90000";
    QTest::newRow("fill with nothing unassigned") << "env Rent 80000 1; fill"
                                                  << "Rent=0 _=0";
    QTest::newRow("fill ignores envelopes without target") << "env Misc 0 0; env Rent 500 1; income 1000; fill"
                                                           << "Misc=0 Rent=500 _=500";
    QTest::newRow("fill counts only this month's funding")
        << "env Rent 500 1; income 2000; alloc Rent 500 2025-12; fill 2026-01"
        << "Rent=1000 _=1000";
    QTest::newRow("fill does not count spending as funding")
        << "env Food 500 1; income 2000; alloc Food 500; tx Food -500; fill"
        << "Food=0 _=1500";
}

void TestBudget::balances()
{
    // Running the script must leave exactly these balances, and the money must add up:
    // unassigned + all envelopes == sum of all transactions.
    QFETCH(QString, script);
    QFETCH(QString, expected);
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY2(s.run(script), qPrintable(s.lastError));
    const QString mismatch = s.balancesMismatch(expected);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    qint64 sum = dev.budget.unassigned();
    for (const Envelope& e : dev.budget.envelopes())
        sum += dev.budget.envelopeBalance(e.id);
    QCOMPARE(sum, dev.budget.index().totalOfTransactions());
}

void TestBudget::refusedCommands_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("allocate zero") << "env Food; alloc Food 0";
    QTest::newRow("allocate to unknown envelope") << "alloc Nope 10";
    QTest::newRow("move to itself") << "env Food; move Food Food 10";
    QTest::newRow("split does not add up") << "env Food; split -3000 Food:-1000,-:-1999";
    QTest::newRow("split with one line") << "env Food; split -3000 Food:-3000";
    QTest::newRow("allocate to a bad month") << "env Food; alloc Food 10 2026-13";
}

void TestBudget::refusedCommands()
{
    // Invalid commands are refused with a message and write nothing.
    QFETCH(QString, script);
    Device dev;
    Script s { dev, {}, {} };
    const qsizetype before = script.count(QLatin1Char(';'));
    QVERIFY(!s.run(script));
    QVERIFY(!s.lastError.isEmpty());
    const qsizetype envelopesCreated = before; // every command before the last one succeeded
    QCOMPARE(dev.budget.envelopes().size(), envelopesCreated);
    QCOMPARE(dev.budget.index().rowCount(), 0);
}

void TestBudget::splitValidation_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<bool>("ok");
    QTest::newRow("exact") << qint64(-3000) << QList<qint64> { -1000, -2000 } << true;
    QTest::newRow("mixed signs") << qint64(-3000) << QList<qint64> { -3500, 500 } << true;
    QTest::newRow("income split") << qint64(5000) << QList<qint64> { 2500, 2500 } << true;
    QTest::newRow("off by one cent") << qint64(-3000) << QList<qint64> { -1000, -1999 } << false;
    QTest::newRow("too much") << qint64(-3000) << QList<qint64> { -1000, -2001 } << false;
    QTest::newRow("single line") << qint64(-3000) << QList<qint64> { -3000 } << false;
    QTest::newRow("zero line") << qint64(-3000) << QList<qint64> { -3000, 0 } << false;
    QTest::newRow("no lines is unsplit") << qint64(-3000) << QList<qint64> {} << true;
}

void TestBudget::splitValidation()
{
    // Split lines must sum exactly to the transaction total (minor units, no tolerance).
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, lines);
    QFETCH(bool, ok);
    QList<SplitLine> split;
    for (const qint64 a : lines)
        split.append(SplitLine { {}, {}, {}, a, {} });
    QCOMPARE(Budget::validateSplits(total, split).isEmpty(), ok);
}

void TestBudget::splitRemainderAfterConcurrentEdit()
{
    // Another device changes one split line's amount; the lines no longer cover the total.
    // The uncovered rest stays with the transaction's own envelope, so no money disappears.
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env Food; env Home; income 10000")));
    Transaction t;
    t.date = QDate(2026, 1, 2);
    t.amount = -3000;
    t.envelopeId = s.id(QStringLiteral("Home"));
    t.splits = { SplitLine { {}, {}, s.id(QStringLiteral("Food")), -1000, {} },
        SplitLine { {}, {}, s.id(QStringLiteral("Home")), -2000, {} } };
    const Change c = dev.budget.addTransaction(t);
    QVERIFY(dev.budget.redo(c));
    const QList<SplitLine> lines = dev.budget.transaction(c.createdId)->splits;
    QCOMPARE(lines.size(), 2);
    const SplitLine food = lines.at(0).envelopeId == s.id(QStringLiteral("Food")) ? lines.at(0) : lines.at(1);
    vv::store::HybridLogicalClock other(QStringLiteral("devB"), [] { return 1'900'000'000'000LL; });
    const Operation remote = Operation::makeWrite(schema::Split, food.id, schema::Amount, -400, other.now());
    dev.state.apply(remote);
    dev.budget.operationsApplied({ remote });
    QCOMPARE(dev.budget.envelopeBalance(s.id(QStringLiteral("Food"))), -400);
    QCOMPARE(dev.budget.envelopeBalance(s.id(QStringLiteral("Home"))), -2600); // -2000 line + -600 rest
    QCOMPARE(dev.budget.unassigned(), 10000);
}

void TestBudget::editSplitLines()
{
    // Editing a split keeps line ids (per-field merge), adds new lines, removes dropped ones.
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env A; env B; env C; split -900 A:-300,B:-600")));
    const QString txId = dev.budget.index().row(0).id;
    const QList<SplitLine> old = dev.budget.transaction(txId)->splits;
    const SplitLine lineA = old[0].envelopeId == s.id(QStringLiteral("A")) ? old[0] : old[1];
    const SplitLine lineB = old[0].envelopeId == s.id(QStringLiteral("A")) ? old[1] : old[0];
    SplitLine changedA = lineA;
    changedA.amount = -400;
    const QString keptId = lineA.id;
    const QString droppedId = lineB.id;
    const QList<SplitLine> lines { changedA, SplitLine { {}, {}, s.id(QStringLiteral("B")), -600, {} },
        SplitLine { {}, {}, s.id(QStringLiteral("C")), 100, {} } };
    QVERIFY(dev.run(dev.budget.setSplits(txId, lines)));
    const QList<SplitLine> now = dev.budget.transaction(txId)->splits;
    QCOMPARE(now.size(), 3);
    QVERIFY(std::any_of(now.begin(), now.end(), [&](const SplitLine& l) { return l.id == keptId; }));
    QVERIFY(std::none_of(now.begin(), now.end(), [&](const SplitLine& l) { return l.id == droppedId; }));
    QVERIFY(dev.state.isDeleted(schema::Split, droppedId));
    const QString mismatch = s.balancesMismatch(QStringLiteral("A=-400 B=-600 C=100 _=0"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(dev.budget.index().row(0).splitCount, 3);
    // Unsplitting puts the whole amount back on the transaction's envelope (here: none).
    QVERIFY(dev.run(dev.budget.setSplits(txId, {})));
    QCOMPARE(dev.budget.unassigned(), -900);
}

void TestBudget::envelopeMonth()
{
    // The month view: funded this month vs target, spent this month, end-of-month balance.
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env Food 40000 1; income 100000 2025-12-01; alloc Food 10000 2025-12; "
                                 "tx Food -3000 2025-12-20; income 100000 2026-01-01; alloc Food 25000 2026-01; "
                                 "tx Food -5000 2026-01-03; tx Food -1000 2026-01-20; tx Food 200 2026-01-21; "
                                 "tx Food -700 2026-02-01")));
    const EnvelopeMonth m = dev.budget.envelopeMonth(s.id(QStringLiteral("Food")), Month(2026, 1));
    QCOMPARE(m.target, 40000);
    QCOMPARE(m.funded, 25000);
    QCOMPARE(m.need, 15000);
    QCOMPARE(m.spent, 6000);
    QCOMPARE(m.inflow, 200);
    QCOMPARE(m.available, 10000 - 3000 + 25000 - 6000 + 200);
    QCOMPARE(dev.budget.envelopeBalance(s.id(QStringLiteral("Food"))), 26200 - 700);
}

void TestBudget::goalDrivesMonthlyTarget()
{
    // An envelope with a savings goal and no monthly target asks for the goal's monthly need,
    // and fill-to-targets funds exactly that.
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env Trip 0 1; income 500000")));
    const QString trip = s.id(QStringLiteral("Trip"));
    QVERIFY(dev.run(dev.budget.setEnvelopeGoal(trip, 120000, QDate(2026, 6, 30))));
    QCOMPARE(dev.budget.envelopeMonth(trip, Month(2026, 1)).target, 20000);
    QVERIFY(s.run(QStringLiteral("fill 2026-01")));
    QCOMPARE(dev.budget.envelopeBalance(trip), 20000);
    QCOMPARE(dev.budget.envelopeMonth(trip, Month(2026, 1)).need, 0);
    const GoalStatus g = dev.budget.goalStatus(trip, QDate(2026, 2, 1));
    QCOMPARE(g.monthsRemaining, 5);
    QCOMPARE(g.monthlyNeeded, 20000);
    QVERIFY(!dev.run(dev.budget.setEnvelopeGoal(trip, 100, QDate())));
}

void TestBudget::billPayAndDueList()
{
    // A bill on the 31st: paying records the expense in its envelope and moves the due date
    // to the end of February, then back to March 31; the due list sorts overdue first.
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env Rent; env Phone; income 500000")));
    Bill rent;
    rent.name = QStringLiteral("Rent");
    rent.amount = 95000;
    rent.envelopeId = s.id(QStringLiteral("Rent"));
    rent.startDate = QDate(2026, 1, 31);
    const Change created = dev.budget.createBill(rent);
    QVERIFY(dev.run(created));
    Bill phone;
    phone.name = QStringLiteral("Phone");
    phone.amount = 2999;
    phone.envelopeId = s.id(QStringLiteral("Phone"));
    phone.frequency = Frequency::Monthly;
    phone.startDate = QDate(2026, 1, 10);
    QVERIFY(dev.run(dev.budget.createBill(phone)));

    const QList<BillDue> due = dev.budget.billsDue(QDate(2026, 1, 25), 10);
    QCOMPARE(due.size(), 2);
    QCOMPARE(due[0].bill.name, QStringLiteral("Phone"));
    QCOMPARE(due[0].status, BillDue::Status::Overdue);
    QCOMPARE(due[0].daysUntil, -15);
    QCOMPARE(due[0].missedCount, 1);
    QCOMPARE(due[1].status, BillDue::Status::Upcoming);
    QCOMPARE(dev.budget.billsDue(QDate(2026, 1, 31), 0).size(), 2); // Rent due today + Phone overdue
    QCOMPARE(dev.budget.billsDue(QDate(2026, 1, 31), 0)[1].status, BillDue::Status::DueToday);
    QCOMPARE(dev.budget.billsDue(QDate(2026, 1, 5), 3).size(), 0); // neither within 3 days

    const Change pay = dev.budget.payBill(created.createdId);
    QVERIFY(dev.run(pay));
    QCOMPARE(dev.budget.bill(created.createdId)->nextDue, QDate(2026, 2, 28));
    const std::optional<Transaction> tx = dev.budget.transaction(pay.createdId);
    QVERIFY(tx);
    QCOMPARE(tx->amount, -95000);
    QCOMPARE(tx->date, QDate(2026, 1, 31));
    QCOMPARE(tx->payee, QStringLiteral("Rent"));
    QCOMPARE(dev.budget.envelopeBalance(s.id(QStringLiteral("Rent"))), -95000);
    QVERIFY(dev.run(dev.budget.payBill(created.createdId, QDate(2026, 2, 27))));
    QCOMPARE(dev.budget.bill(created.createdId)->nextDue, QDate(2026, 3, 31));

    // Undo of a payment removes the expense and restores the due date, as one step.
    const Change pay3 = dev.budget.payBill(created.createdId);
    QVERIFY(dev.run(pay3));
    QCOMPARE(dev.budget.bill(created.createdId)->nextDue, QDate(2026, 4, 30));
    QVERIFY(dev.budget.undo(pay3));
    QCOMPARE(dev.budget.bill(created.createdId)->nextDue, QDate(2026, 3, 31));
    QVERIFY(!dev.budget.transaction(pay3.createdId));
    QCOMPARE(dev.budget.envelopeBalance(s.id(QStringLiteral("Rent"))), -190000);
}

void TestBudget::incrementalIndexEqualsRebuild()
{
    // Random commands (seeded, seed printed): the incrementally updated balances must equal a
    // fresh one-pass rebuild of the same state after every step.
    // VV_TEST_SEED=<n> replays a printed seed.
    const quint32 seed = qEnvironmentVariableIsSet("VV_TEST_SEED") ? qEnvironmentVariable("VV_TEST_SEED").toUInt()
                                                                   : QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env A 1000 1; env B 2000 2; env C 0 3; income 100000")));
    const QStringList names { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("-") };
    QStringList txIds;
    for (int step = 0; step < 300; ++step) {
        const QString e1 = names.at(rng.bounded(4));
        const QString e2 = names.at(rng.bounded(3));
        const qint64 amount = rng.bounded(1, 5000);
        Change c;
        switch (rng.bounded(7)) {
        case 0:
            c = dev.budget.allocate(s.id(e2), amount, Month(2026, 1 + rng.bounded(3)));
            break;
        case 1: {
            Transaction t;
            t.date = QDate(2026, 1 + rng.bounded(3), 1 + rng.bounded(28));
            t.amount = -amount;
            t.envelopeId = s.id(e1);
            if (rng.bounded(3) == 0)
                t.splits = { SplitLine { {}, {}, s.id(e1), -amount + 1, {} }, SplitLine { {}, {}, s.id(e2), -1, {} } };
            c = dev.budget.addTransaction(t);
            break;
        }
        case 2:
            if (!txIds.isEmpty())
                c = dev.budget.deleteTransaction(txIds.takeAt(rng.bounded(txIds.size())));
            break;
        case 3:
            if (!txIds.isEmpty() && dev.budget.transaction(txIds.last())) {
                Transaction t = *dev.budget.transaction(txIds.last());
                t.envelopeId = s.id(e1);
                t.date = t.date.addDays(rng.bounded(40) - 20);
                c = dev.budget.updateTransaction(t);
            }
            break;
        case 4:
            c = dev.budget.fillToTargets(Month(2026, 1 + rng.bounded(3)));
            break;
        case 5:
            if (e1 != e2)
                c = dev.budget.moveMoney(s.id(e1), s.id(e2), amount, Month(2026, 2));
            break;
        default:
            if (!txIds.isEmpty())
                c = dev.budget.setCleared(txIds.at(rng.bounded(txIds.size())), true);
            break;
        }
        if (c.isEmpty())
            continue;
        QVERIFY2(c.isValid(), qPrintable(c.error));
        QVERIFY(dev.budget.redo(c));
        if (!c.createdId.isEmpty() && dev.budget.transaction(c.createdId))
            txIds.append(c.createdId);
        if (step % 10 == 0 && !c.inverse.isEmpty() && rng.bounded(2) == 0) {
            QVERIFY(dev.budget.undo(c));
            txIds.removeIf([&](const QString& id) { return !dev.budget.transaction(id); });
        }
        BudgetIndex fresh;
        fresh.rebuild(dev.state);
        for (const QString& n : names)
            QCOMPARE(dev.budget.envelopeBalance(s.id(n)), fresh.balance(s.id(n)));
        QCOMPARE(dev.budget.index().rowCount(), fresh.rowCount());
        for (int m = 1; m <= 3; ++m) {
            QCOMPARE(
                dev.budget.index().monthTotals(Month(2026, m)).spending, fresh.monthTotals(Month(2026, m)).spending);
            QCOMPARE(dev.budget.index().monthFlow(s.id(QStringLiteral("A")), Month(2026, m)).funded,
                fresh.monthFlow(s.id(QStringLiteral("A")), Month(2026, m)).funded);
        }
    }
    BudgetIndex fresh;
    fresh.rebuild(dev.state);
    for (qsizetype i = 0; i < fresh.rowCount(); ++i) {
        QCOMPARE(dev.budget.index().row(i).id, fresh.row(i).id);
        QCOMPARE(dev.budget.index().row(i).splitCount, fresh.row(i).splitCount);
        QCOMPARE(*dev.budget.index().position(fresh.row(i).id), i);
    }
}

void TestBudget::remoteOpsUpdateBalances()
{
    // Ops made on another device and applied to our state (a sync pull) update balances and
    // the ledger once reported through operationsApplied().
    Device a(QStringLiteral("devA"));
    Device b(QStringLiteral("devB"));
    Script sa { a, {}, {} };
    QVERIFY(sa.run(QStringLiteral("env Food; income 5000; alloc Food 2000")));
    b.state.applyAll(a.log);
    b.budget.reload();
    QCOMPARE(b.budget.envelopeBalance(sa.id(QStringLiteral("Food"))), 2000);
    const qsizetype before = b.log.size();
    Transaction t;
    t.date = QDate(2026, 1, 5);
    t.amount = -700;
    t.envelopeId = sa.id(QStringLiteral("Food"));
    QVERIFY(b.run(b.budget.addTransaction(t)));
    const QList<Operation> fromB = b.log.mid(before);
    QSignalSpy spy(&a.budget, &Budget::changed);
    a.state.applyAll(fromB);
    a.budget.operationsApplied(fromB);
    QCOMPARE(spy.count(), 1);
    const AppliedChanges changes = spy.at(0).at(0).value<AppliedChanges>();
    QVERIFY(changes.ledgerStructureChanged);
    QVERIFY(changes.balancesChanged);
    QCOMPARE(changes.transactions.size(), 1);
    QCOMPARE(a.budget.envelopeBalance(sa.id(QStringLiteral("Food"))), 1300);
    QCOMPARE(a.budget.index().rowCount(), 2);
    // An envelope created remotely shows up in the envelope list, and disappears once deleted.
    Envelope fun;
    fun.name = QStringLiteral("Fun");
    const qsizetype mark = b.log.size();
    const Change created = b.budget.createEnvelope(fun);
    QVERIFY(b.run(created));
    QList<Operation> more = b.log.mid(mark);
    a.state.applyAll(more);
    a.budget.operationsApplied(more);
    QCOMPARE(a.budget.envelopes().size(), 2);
    QVERIFY(b.budget.undo(created));
    more = b.log.mid(mark + created.ops.size());
    a.state.applyAll(more);
    a.budget.operationsApplied(more);
    QCOMPARE(a.budget.envelopes().size(), 1);
}

void TestBudget::ledgerFilter()
{
    // Filtering by text, envelope (incl. split lines), date range and cleared state returns
    // ledger positions in (date, id) order.
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env Food; env Home; income 5000 2026-01-01; tx Food -100 2026-01-03; "
                                 "tx Home -200 2026-01-02; split -300 Food:-100,Home:-200")));
    const BudgetIndex& ix = dev.budget.index();
    QCOMPARE(ix.rowCount(), 4);
    QCOMPARE(ix.row(0).date, QDate(2026, 1, 1));
    QCOMPARE(ix.row(1).date, QDate(2026, 1, 2));
    LedgerFilter f;
    f.envelopeId = s.id(QStringLiteral("Food"));
    QCOMPARE(ix.filter(f).size(), 2); // the Food row and the split
    f.envelopeId = QString();
    QCOMPARE(ix.filter(f).size(), 1); // unassigned: the income
    f = LedgerFilter {};
    f.text = QStringLiteral("SPLIT");
    QCOMPARE(ix.filter(f).size(), 1);
    f = LedgerFilter {};
    f.from = QDate(2026, 1, 2);
    f.to = QDate(2026, 1, 3);
    QCOMPARE(ix.filter(f), (QList<qsizetype> { 1, 2 }));
    QVERIFY(dev.run(dev.budget.setCleared(ix.row(3).id, true)));
    f = LedgerFilter {};
    f.cleared = true;
    QCOMPARE(ix.filter(f).size(), 1);
}

void TestBudget::reports()
{
    // Spending per envelope per month and income vs spending per month, as plain data.
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env Food; env Home; income 300000 2026-01-01; income 310000 2026-02-01; "
                                 "tx Food -1000 2026-01-05; tx Food -2000 2026-02-05; tx Home -50000 2026-02-06; "
                                 "tx Food 500 2026-02-07; income -100 2026-03-01")));
    const SpendingReport r = Reports::spendingByEnvelope(dev.budget, Month(2026, 1), Month(2026, 3));
    QCOMPARE(r.months.size(), 3);
    QCOMPARE(r.envelopes.size(), 3);
    QCOMPARE(r.envelopes[0].name, QStringLiteral("Home"));
    QCOMPARE(r.envelopes[0].perMonth, (QList<qint64> { 0, 50000, 0 }));
    QCOMPARE(r.envelopes[1].name, QStringLiteral("Food"));
    QCOMPARE(r.envelopes[1].perMonth, (QList<qint64> { 1000, 2000, 0 }));
    QCOMPARE(r.envelopes[2].envelopeId, QString()); // unassigned spending
    const QList<IncomeSpending> io = Reports::incomeVsSpending(dev.budget, Month(2026, 1), Month(2026, 3));
    QCOMPARE(io.size(), 3);
    QCOMPARE(io[0].income, 300000);
    QCOMPARE(io[0].spending, 1000);
    QCOMPARE(io[1].income, 310500);
    QCOMPARE(io[1].spending, 52000);
    QCOMPARE(io[1].net(), 258500);
    QCOMPARE(io[2].spending, 100);
    QVERIFY(Reports::incomeVsSpending(dev.budget, Month(2026, 3), Month(2026, 1)).isEmpty());
}

void TestBudget::envelopeViews()
{
    // Envelope fields round-trip through ops; lists sort by priority then name; archived ones
    // can be hidden.
    Device dev;
    Envelope e;
    e.name = QStringLiteral("Groceries");
    e.color = QStringLiteral("#33aa55");
    e.category = QStringLiteral("Everyday");
    e.monthlyTarget = 40000;
    e.priority = 2;
    const Change c = dev.budget.createEnvelope(e);
    QVERIFY(dev.run(c));
    Envelope first;
    first.name = QStringLiteral("Rent");
    first.priority = 1;
    QVERIFY(dev.run(dev.budget.createEnvelope(first)));
    QCOMPARE(dev.budget.envelopes().at(0).name, QStringLiteral("Rent"));
    const Envelope back = *dev.budget.envelope(c.createdId);
    QCOMPARE(back.color, e.color);
    QCOMPARE(back.category, e.category);
    QCOMPARE(back.monthlyTarget, e.monthlyTarget);
    QVERIFY(dev.run(dev.budget.renameEnvelope(c.createdId, QStringLiteral("Food"))));
    QVERIFY(dev.run(dev.budget.setEnvelopeColor(c.createdId, QStringLiteral("#000000"))));
    QVERIFY(dev.run(dev.budget.setEnvelopeCategory(c.createdId, QStringLiteral("Needs"))));
    QVERIFY(dev.run(dev.budget.setEnvelopeArchived(c.createdId, true)));
    QCOMPARE(dev.budget.envelopes(false).size(), 1);
    QCOMPARE(dev.budget.envelopes(true).size(), 2);
    QCOMPARE(dev.budget.envelope(c.createdId)->name, QStringLiteral("Food"));
    QVERIFY(!dev.budget.renameEnvelope(c.createdId, QStringLiteral("  ")).isValid());
    QVERIFY(dev.budget.renameEnvelope(c.createdId, QStringLiteral("Food")).isEmpty()); // no-op
    QVERIFY(dev.run(dev.budget.setBudgetInfo(QStringLiteral("Home"), QStringLiteral("jpy"))));
    QCOMPARE(dev.budget.info().currency, QStringLiteral("JPY"));
    QCOMPARE(dev.budget.decimals(), 0);
}

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
