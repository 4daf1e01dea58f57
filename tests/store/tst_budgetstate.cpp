// The fold: last-writer-wins per field, delete wins and sticks, and above all convergence:
// every permutation (with duplicates) of the same op set gives identical state, and applying
// ops incrementally equals a full refold. Random orders print their seed (VV_SEED replays).
#include "store/BudgetState.h"
#include "store/HybridLogicalClock.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace vv::store;

namespace {
const QString T = QStringLiteral("transaction");

Stamp st(qint64 wall, quint32 counter, const char* device)
{
    return Stamp { wall, counter, QString::fromLatin1(device) };
}
Operation write(const QString& id, const QString& field, const QJsonValue& v, const Stamp& s)
{
    return Operation::makeWrite(T, id, field, v, s);
}

quint32 seedFromEnv()
{
    const quint32 seed = qEnvironmentVariableIsSet("VV_SEED") ? quint32(qEnvironmentVariableIntValue("VV_SEED"))
                                                              : QRandomGenerator::global()->generate();
    qInfo("VV_SEED=%u", seed);
    return seed;
}
} // namespace

class TestBudgetState : public QObject
{
    Q_OBJECT

private slots:
    // Each row: ops applied in the given order, and the resulting value of tx "t" field "f"
    // (undefined = entity absent or deleted). Every row is also checked in reverse order.
    void rules_data()
    {
        QTest::addColumn<QList<Operation>>("ops");
        QTest::addColumn<QJsonValue>("expected");
        QTest::addColumn<bool>("deleted");
        const QString t = QStringLiteral("t");
        const QString f = QStringLiteral("f");
        QTest::newRow("single write") << QList<Operation> { write(t, f, 1, st(10, 0, "a")) } << QJsonValue(1) << false;
        QTest::newRow("later wall wins") << QList<Operation> { write(t, f, 1, st(10, 0, "a")),
            write(t, f, 2, st(11, 0, "a")) }
                                         << QJsonValue(2) << false;
        QTest::newRow("counter breaks wall tie")
            << QList<Operation> { write(t, f, 2, st(10, 1, "a")), write(t, f, 1, st(10, 0, "b")) } << QJsonValue(2)
            << false;
        QTest::newRow("device breaks full tie")
            << QList<Operation> { write(t, f, 1, st(10, 0, "a")), write(t, f, 2, st(10, 0, "b")) } << QJsonValue(2)
            << false;
        QTest::newRow("delete after write")
            << QList<Operation> { write(t, f, 1, st(10, 0, "a")), Operation::makeDelete(T, t, st(11, 0, "b")) }
            << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("delete wins over newer write")
            << QList<Operation> { Operation::makeDelete(T, t, st(10, 0, "b")), write(t, f, 1, st(99, 0, "a")) }
            << QJsonValue(QJsonValue::Undefined) << true;
        QTest::newRow("null is a value") << QList<Operation> { write(t, f, 1, st(10, 0, "a")),
            write(t, f, QJsonValue(QJsonValue::Null), st(11, 0, "a")) }
                                         << QJsonValue(QJsonValue::Null) << false;
    }
    void rules()
    {
        QFETCH(QList<Operation>, ops);
        QFETCH(QJsonValue, expected);
        QFETCH(bool, deleted);
        for (int pass = 0; pass < 2; ++pass) {
            const BudgetState s = BudgetState::fold(ops);
            QCOMPARE(s.value(T, QStringLiteral("t"), QStringLiteral("f")), expected);
            QCOMPARE(s.isDeleted(T, QStringLiteral("t")), deleted);
            QCOMPARE(s.contains(T, QStringLiteral("t")), !deleted);
            std::reverse(ops.begin(), ops.end());
        }
    }

    // apply() reports visible changes only.
    void applyReportsChanges()
    {
        BudgetState s;
        const Operation w1 = write(QStringLiteral("t"), QStringLiteral("f"), 1, st(10, 0, "a"));
        QVERIFY(s.apply(w1));
        QVERIFY(!s.apply(w1)); // duplicate
        QVERIFY(!s.apply(write(QStringLiteral("t"), QStringLiteral("f"), 0, st(9, 0, "a")))); // older
        QVERIFY(!s.apply(write(QStringLiteral("t"), QStringLiteral("f"), 1, st(11, 0, "a")))); // same value
        QVERIFY(s.apply(write(QStringLiteral("t"), QStringLiteral("g"), 1, st(11, 0, "a"))));
        QVERIFY(s.apply(Operation::makeDelete(T, QStringLiteral("t"), st(12, 0, "a"))));
        QVERIFY(!s.apply(write(QStringLiteral("t"), QStringLiteral("f"), 5, st(13, 0, "a"))));
        QVERIFY(s.entity(T, QStringLiteral("t")).isEmpty());
        QCOMPARE(s.maxStamp().wallMs, qint64(13));
        QCOMPARE(s.entityIds(T), QStringList());
    }

    // Random ops from 3 devices over few entities/fields (many conflicts, some deletes, some
    // duplicates): 200 shuffled orders all fold to the same bytes, and incremental apply in
    // random chunks equals the full fold.
    void convergesUnderPermutation()
    {
        QRandomGenerator rng(seedFromEnv());
        qint64 wall = 1000;
        const QStringList devices { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
        QList<HybridLogicalClock> owned;
        for (const QString& d : devices)
            owned.append(HybridLogicalClock(d, [&wall, &rng] { return wall - qint64(rng.bounded(50)); }));
        QList<Operation> ops;
        for (int i = 0; i < 300; ++i) {
            wall += rng.bounded(3);
            HybridLogicalClock& clock = owned[rng.bounded(int(owned.size()))];
            const QString id = QStringLiteral("e%1").arg(rng.bounded(12));
            if (rng.bounded(25) == 0) {
                ops << Operation::makeDelete(T, id, clock.now());
            } else {
                ops << write(
                    id, QStringLiteral("f%1").arg(rng.bounded(3)), QJsonValue(qint64(rng.bounded(1000))), clock.now());
            }
            if (rng.bounded(10) == 0)
                ops << ops.at(rng.bounded(int(ops.size()))); // a duplicate delivery
        }
        const BudgetState reference = BudgetState::fold(ops);
        const QByteArray expected = reference.canonicalJson();
        QVERIFY(reference.liveEntityCount() > 0);
        for (int round = 0; round < 200; ++round) {
            QList<Operation> shuffled = ops;
            for (qsizetype i = shuffled.size() - 1; i > 0; --i)
                shuffled.swapItemsAt(i, rng.bounded(int(i + 1)));
            if (round % 2 == 0) {
                QCOMPARE(BudgetState::fold(shuffled).canonicalJson(), expected);
            } else {
                BudgetState incremental;
                qsizetype pos = 0;
                while (pos < shuffled.size()) {
                    const qsizetype n = 1 + rng.bounded(40);
                    incremental.applyAll(shuffled.mid(pos, n));
                    pos += n;
                    // At every step the incremental state equals a refold of the prefix.
                    if (round < 10)
                        QCOMPARE(incremental.canonicalJson(),
                            BudgetState::fold(shuffled.first(qMin(pos, shuffled.size()))).canonicalJson());
                }
                QCOMPARE(incremental.canonicalJson(), expected);
                QVERIFY(incremental == reference);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBudgetState)
#include "tst_budgetstate.moc"
