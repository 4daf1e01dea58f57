// The fold: last-writer-wins per field, delete wins and sticks, and above all convergence:
// every permutation (with duplicates) of the same op set gives identical state, and applying
// ops incrementally equals a full refold. Random orders print their seed (VV_SEED replays).
#include "store/BudgetState.h"
#include "store/HybridLogicalClock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
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

// Ops with fixed ids and stamps covering every value type, LWW (older, newer, same stamp with
// a greater op id), a tombstone over fields, a tombstone of a never-written entity, and
// several types: their canonicalJson was recorded from the fold before the performance
// work, so any change to the bytes (and thus to convergence with older builds) shows here.
QList<Operation> goldenOps()
{
    const auto op = [](const char* opId, const char* type, const char* id, const char* field, const QJsonValue& v,
                        const Stamp& s) {
        Operation o = Operation::makeWrite(
            QString::fromLatin1(type), QString::fromLatin1(id), QString::fromLatin1(field), v, s);
        o.opId = QString::fromLatin1(opId);
        return o;
    };
    const auto del = [](const char* opId, const char* type, const char* id, const Stamp& s) {
        Operation o = Operation::makeDelete(QString::fromLatin1(type), QString::fromLatin1(id), s);
        o.opId = QString::fromLatin1(opId);
        return o;
    };
    QJsonObject nested { { QStringLiteral("x"), QJsonArray { 1, QStringLiteral("y"), true } } };
    return {
        op("00000000000000000000000000000001", "transaction", "a", "amount", qint64(-1250), st(1000, 0, "devA")),
        op("00000000000000000000000000000002", "transaction", "a", "payee", QStringLiteral("Earlier"),
            st(1000, 1, "devA")),
        op("00000000000000000000000000000003", "transaction", "a", "note", QString(), st(1000, 2, "devA")),
        op("00000000000000000000000000000004", "transaction", "a", "cleared", true, st(1000, 3, "devA")),
        op("00000000000000000000000000000005", "transaction", "a", "rate", 1.5, st(1000, 4, "devA")),
        op("00000000000000000000000000000006", "transaction", "a", "fitId", QJsonValue(QJsonValue::Null),
            st(1000, 5, "devA")),
        op("00000000000000000000000000000007", "transaction", "a", "extra", nested, st(1000, 6, "devA")),
        op("00000000000000000000000000000008", "transaction", "a", "amount", qint64(-99), st(999, 0, "devB")), // older
        op("00000000000000000000000000000009", "transaction", "a", "payee", QString::fromUtf8("Caf\xc3\xa9 \"\u2615\""),
            st(1001, 0, "devB")),
        op("0000000000000000000000000000000f", "transaction", "a", "cleared", false,
            st(1000, 3, "devA")), // same stamp, greater id
        op("0000000000000000000000000000000a", "transaction", "b", "amount", qint64(5), st(1000, 0, "devB")),
        del("0000000000000000000000000000000b", "transaction", "b", st(900, 0, "devA")),
        op("0000000000000000000000000000000c", "envelope", "e1", "name", QStringLiteral("Groceries"),
            st(1002, 0, "devA")),
        del("0000000000000000000000000000000d", "envelope", "zz", st(1003, 0, "devB")),
        op("0000000000000000000000000000000e", "allocation", "m1", "amount", qint64(9007199254740993LL),
            st(1004, 0, "devA")),
    };
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

    // canonicalJson bytes are pinned (see goldenOps), in any order of the ops.
    void canonicalJsonGolden()
    {
        QList<Operation> ops = goldenOps();
        const QByteArray expected(
            "[[\"allocation\",\"m1\",false,{\"amount\":[9007199254740993,\"000000000000001004-000000-"
            "devA\",\"0000000000000000000000000000000e\"]}],[\"envelope\",\"e1\",false,{\"name\":[\"G"
            "roceries\",\"000000000000001002-000000-devA\",\"0000000000000000000000000000000c\"]}],[\""
            "envelope\",\"zz\",true,{}],[\"transaction\",\"a\",false,{\"amount\":[-1250,\"00000000000"
            "0001000-000000-devA\",\"00000000000000000000000000000001\"],\"cleared\":[false,\"0000000"
            "00000001000-000003-devA\",\"0000000000000000000000000000000f\"],\"extra\":[{\"x\":[1,\"y"
            "\",true]},\"000000000000001000-000006-devA\",\"00000000000000000000000000000007\"],\"fit"
            "Id\":[null,\"000000000000001000-000005-devA\",\"00000000000000000000000000000006\"],\"no"
            "te\":[\"\",\"000000000000001000-000002-devA\",\"00000000000000000000000000000003\"],\"pa"
            "yee\":[\"Caf\303\251 \\\"\342\230\225\\\"\",\"000000000000001001-000000-devB\",\"0000000"
            "0000000000000000000000009\"],\"rate\":[1.5,\"000000000000001000-000004-devA\",\"00000000"
            "000000000000000000000005\"]}],[\"transaction\",\"b\",true,{}]]");
        QCOMPARE(BudgetState::fold(ops).canonicalJson(), expected);
        std::reverse(ops.begin(), ops.end());
        QCOMPARE(BudgetState::fold(ops).canonicalJson(), expected);
    }

    // Typed reads: over random ops of three types (with deletes, and ids written in random
    // order), entityIds(type) equals a brute-force scan of what the ops leave live, sorted;
    // forEachEntity visits exactly those ids in that order with the fields entity() gives;
    // find() and entityCount() agree; a copy keeps answering after the original changes.
    void typedIteration()
    {
        QRandomGenerator rng(seedFromEnv());
        const QStringList types { QStringLiteral("envelope"), T, QStringLiteral("split") };
        QList<Operation> ops;
        for (int i = 0; i < 2000; ++i) {
            const QString type = types.at(rng.bounded(3));
            const QString id = QStringLiteral("id%1").arg(rng.bounded(300), 3, 10, QLatin1Char('0'));
            const Stamp stamp = st(1000 + i, 0, rng.bounded(2) ? "a" : "b");
            if (rng.bounded(15) == 0)
                ops << Operation::makeDelete(type, id, stamp);
            else
                ops << Operation::makeWrite(type, id, QStringLiteral("f%1").arg(rng.bounded(4)), i, stamp);
        }
        const BudgetState state = BudgetState::fold(ops);
        for (const QString& type : types) {
            QSet<QString> written;
            QSet<QString> deleted;
            for (const Operation& op : std::as_const(ops)) {
                if (op.entityType != type)
                    continue;
                (op.deleted ? deleted : written).insert(op.entityId);
            }
            QStringList expected;
            for (const QString& id : std::as_const(written)) {
                if (!deleted.contains(id))
                    expected << id;
            }
            expected.sort();
            QVERIFY(!expected.isEmpty());
            QCOMPARE(state.entityIds(type), expected);
            QCOMPARE(state.entityCount(type), expected.size());
            QStringList visited;
            state.forEachEntity(type, [&](const QString& id, const BudgetState::EntityView& e) {
                visited << id;
                QCOMPARE(e.toObject(), state.entity(type, id));
                QCOMPARE(e.value(QStringLiteral("f0")), state.value(type, id, QStringLiteral("f0")));
                QVERIFY(e.value(QStringLiteral("nope")).isUndefined());
            });
            QCOMPARE(visited, expected);
            for (const QString& id : std::as_const(deleted)) {
                QVERIFY(!state.find(type, id));
                QVERIFY(state.isDeleted(type, id));
            }
            QVERIFY(state.find(type, expected.first()));
        }
        QCOMPARE(state.entityIds(QStringLiteral("nothing")), QStringList());
        qsizetype live = 0;
        for (const QString& type : types)
            live += state.entityCount(type);
        QCOMPARE(state.liveEntityCount(), live);

        // A copy has its own id order: adding ids to the original must not disturb it.
        BudgetState original = state;
        const BudgetState copy = original;
        const QStringList before = copy.entityIds(T);
        for (int i = 0; i < 50; ++i)
            original.apply(
                Operation::makeWrite(T, QStringLiteral("new%1").arg(i), QStringLiteral("f0"), i, st(9000 + i, 0, "c")));
        QCOMPARE(copy.entityIds(T), before);
        QCOMPARE(original.entityIds(T).size(), before.size() + 50);
        QCOMPARE(copy.canonicalJson(), state.canonicalJson());
    }

    // Op ids outside the 32-hex form (never written by newOpId, refused by validate, but
    // apply() takes any op) still break stamp ties by plain string order, and are kept as is.
    void oddOpIdsKeepStringOrder()
    {
        const Stamp same = st(10, 0, "a");
        Operation hex = write(QStringLiteral("t"), QStringLiteral("f"), 1, same);
        hex.opId = QStringLiteral("ffffffffffffffffffffffffffffffff");
        Operation odd = write(QStringLiteral("t"), QStringLiteral("f"), 2, same);
        odd.opId = QStringLiteral("g"); // 'g' > 'f'
        Operation shorter = write(QStringLiteral("t"), QStringLiteral("f"), 3, same);
        shorter.opId = QStringLiteral("0");
        for (const QList<Operation>& order : { QList<Operation> { hex, odd, shorter },
                 QList<Operation> { shorter, odd, hex }, QList<Operation> { odd, shorter, hex } }) {
            const BudgetState s = BudgetState::fold(order);
            QCOMPARE(s.value(T, QStringLiteral("t"), QStringLiteral("f")), QJsonValue(2));
            QVERIFY(s.canonicalJson().contains(R"(,"g"])"));
        }
        const BudgetState s = BudgetState::fold({ hex, shorter });
        QCOMPARE(s.value(T, QStringLiteral("t"), QStringLiteral("f")), QJsonValue(1));
        QVERIFY(s.canonicalJson().contains("ffffffffffffffffffffffffffffffff"));
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
