// The state snapshot (StateSnapshot + LocalStore's snapshot table): a deserialized state is
// the fold byte for byte (canonicalJson) and keeps merging like it, hostile or damaged bytes
// are rejected without a crash, the stored blob is encrypted and bound to its position, and
// a schema 1 store migrates. Random op sets print their seed (VV_SEED replays one).
#include "store/BudgetState.h"
#include "store/LocalStore.h"
#include "store/StateSnapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vv::store;
using vv::crypto::Aead;
using vv::crypto::SecureBytes;

namespace {

const QString kRoom = QStringLiteral("room-snapshot-test");
const QString kMarker = QStringLiteral("PlaintextMarkerPayee");

Aead testAead(char k = '\x22')
{
    return Aead(SecureBytes(QByteArray(32, k)), kRoom);
}

quint32 seedFor(const char* name)
{
    const QByteArray env = qgetenv("VV_SEED");
    const quint32 seed = env.isEmpty() ? QRandomGenerator::global()->generate() : env.toUInt();
    qInfo("%s: VV_SEED=%u", name, seed);
    return seed;
}

// Ops of several devices on a few entities: concurrent writes (equal wall ms, other device),
// every value type, deletes, and odd (non-hex) op ids.
QList<Operation> randomOps(QRandomGenerator& rng, int count, bool oddOpIds = false)
{
    static const QStringList types { QStringLiteral("transaction"), QStringLiteral("envelope") };
    static const QStringList fields { QStringLiteral("amount"), QStringLiteral("payee"), QStringLiteral("date"),
        QStringLiteral("note"), QStringLiteral("cleared") };
    static const QStringList devices { QStringLiteral("devA"), QStringLiteral("devB"), QStringLiteral("devC") };
    QList<Operation> ops;
    for (int i = 0; i < count; ++i) {
        const QString type = types.at(int(rng.bounded(types.size())));
        const QString id = QStringLiteral("e%1").arg(rng.bounded(40));
        const Stamp stamp { 1000 + qint64(rng.bounded(50)), rng.bounded(3u), devices.at(int(rng.bounded(3))) };
        if (rng.bounded(20) == 0) {
            ops.append(Operation::makeDelete(type, id, stamp));
            continue;
        }
        QJsonValue v;
        switch (rng.bounded(8)) {
        case 0:
            v = qint64(rng.bounded(100000)) - 50000;
            break;
        case 1:
            v = rng.generateDouble() * 1000;
            break;
        case 2:
            v = rng.bounded(2) == 0;
            break;
        case 3:
            v = QJsonValue(QJsonValue::Null);
            break;
        case 4:
            v = QJsonObject { { QStringLiteral("k"), QJsonArray { 1, QStringLiteral("x") } } };
            break;
        case 5:
            v = qint64(1) << 60; // an integer a double would print differently
            break;
        default:
            v = QStringLiteral("payee %1 \u00e9").arg(rng.bounded(10)); // shared strings
        }
        Operation op = Operation::makeWrite(type, id, fields.at(int(rng.bounded(fields.size()))), v, stamp);
        if (oddOpIds && rng.bounded(10) == 0) // only BudgetState keeps these; LocalStore rejects them
            op.opId = QStringLiteral("odd-id-%1").arg(i);
        ops.append(op);
    }
    return ops;
}

QByteArray fileBytes(const QString& dir)
{
    QByteArray all;
    for (const QString& name : QDir(dir).entryList(QDir::Files)) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("small") << 30;
        QTest::newRow("medium") << 500;
        QTest::newRow("large") << 5000;
    }
    // Tried: serialize the fold of random ops, deserialize, then apply MORE random ops (old and
    // new stamps, deletes) to both. Must hold: canonicalJson, maxStamp and appliedCount equal
    // at both points, so a snapshot merges exactly like the full fold.
    void roundTrip()
    {
        QFETCH(int, count);
        QRandomGenerator rng(seedFor(QTest::currentDataTag()));
        const QList<Operation> ops = randomOps(rng, count, true);
        const BudgetState folded = BudgetState::fold(ops);
        const QByteArray bytes = StateSnapshot::serialize(folded, 42);
        std::optional<BudgetState> loaded = StateSnapshot::deserialize(bytes, 42);
        QVERIFY(loaded);
        QCOMPARE(loaded->canonicalJson(), folded.canonicalJson());
        QCOMPARE(loaded->maxStamp(), folded.maxStamp());
        QCOMPARE(loaded->appliedCount(), folded.appliedCount());
        QCOMPARE(StateSnapshot::serialize(*loaded, 42).size(), bytes.size());

        BudgetState more = folded;
        const QList<Operation> later = randomOps(rng, 300, true);
        for (const Operation& op : later)
            QCOMPARE(loaded->apply(op), more.apply(op)); // same "changed" answers too
        QCOMPARE(loaded->canonicalJson(), more.canonicalJson());
        QCOMPARE(loaded->canonicalJson(), BudgetState::fold(ops + later).canonicalJson());
    }

    // Tried: every truncation of a snapshot, a wrong covers, wrong magic/version, trailing
    // bytes and random garbage. Must hold: rejected (nullopt), never a crash or a huge allocation.
    void damagedBytesAreRejected()
    {
        QRandomGenerator rng(seedFor("damaged"));
        const QByteArray bytes = StateSnapshot::serialize(BudgetState::fold(randomOps(rng, 60, true)), 7);
        QVERIFY(StateSnapshot::deserialize(bytes, 7));
        for (qsizetype n = 0; n < bytes.size(); ++n)
            QVERIFY2(!StateSnapshot::deserialize(bytes.left(n), 7), qPrintable(QString::number(n)));
        QVERIFY(!StateSnapshot::deserialize(bytes, 8));
        QVERIFY(!StateSnapshot::deserialize(QByteArray(bytes + QByteArray(1, '\0')), 7));
        QByteArray badMagic = bytes;
        badMagic[0] = 'X';
        QVERIFY(!StateSnapshot::deserialize(badMagic, 7));
        QByteArray badVersion = bytes;
        badVersion[4] = char(StateSnapshot::Version + 1);
        QVERIFY(!StateSnapshot::deserialize(badVersion, 7));
        for (int i = 0; i < 2000; ++i) {
            QByteArray flipped = bytes;
            flipped[qsizetype(rng.bounded(int(flipped.size())))] = char(rng.bounded(256));
            (void)StateSnapshot::deserialize(flipped, 7); // may parse or not: must not crash
            QByteArray garbage(qsizetype(rng.bounded(200)), Qt::Uninitialized);
            for (char& c : garbage)
                c = char(rng.bounded(256));
            (void)StateSnapshot::deserialize(QByteArray(QByteArray("VVSS\x01", 5) + garbage), 7);
        }
    }

    // Tried: store ops, snapshot at the last sequence, append more, reload. Must hold: the
    // snapshot + the ops after it fold to the full fold; the row says what it covers.
    void storeWriteAndLoad()
    {
        QTemporaryDir dir;
        QRandomGenerator rng(seedFor("store"));
        const QList<Operation> first = randomOps(rng, 400);
        const QList<Operation> second = randomOps(rng, 200);
        LocalStore store(testAead());
        QVERIFY(store.open(dir.path()));
        QVERIFY(!store.loadSnapshot()); // none yet, no warning
        QVERIFY(store.appendLocal(first));
        const qint64 covers = store.lastSequence();
        QCOMPARE(covers, first.size());
        QVERIFY(store.writeSnapshot(BudgetState::fold(store.allOperations()), covers));
        QCOMPARE(store.snapshotCovers(), covers);
        QVERIFY(store.appendLocal(second));
        QCOMPARE(store.operationCountAfter(covers), second.size());
        store.close();

        LocalStore reopened(testAead());
        QVERIFY(reopened.open(dir.path()));
        std::optional<LocalStore::Snapshot> snap = reopened.loadSnapshot();
        QVERIFY(snap);
        QCOMPARE(snap->covers, covers);
        int visited = 0;
        QVERIFY(reopened.forEachOperationInRange(snap->covers, reopened.lastSequence(), [&](const Operation& op) {
            snap->state.apply(op);
            ++visited;
            return true;
        }));
        QCOMPARE(visited, second.size());
        QCOMPARE(snap->state.canonicalJson(), BudgetState::fold(first + second).canonicalJson());
    }

    // Tried: damage the stored blob (truncate, flip a byte, move its covers, another key's
    // snapshot). Must hold: loadSnapshot() returns nullopt with a warning, the ops are intact.
    void corruptedBlobFallsBack_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << QStringLiteral("truncate");
        QTest::newRow("flipped") << QStringLiteral("flip");
        QTest::newRow("covers moved") << QStringLiteral("covers");
        QTest::newRow("other key") << QStringLiteral("key");
    }
    void corruptedBlobFallsBack()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        QRandomGenerator rng(seedFor("corrupt"));
        const QList<Operation> ops = randomOps(rng, 100);
        {
            LocalStore store(testAead());
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.appendLocal(ops));
            QVERIFY(store.writeSnapshot(BudgetState::fold(ops), damage == QStringLiteral("covers") ? 50 : 100));
        }
        if (damage == QStringLiteral("key")) { // the same store opened with another data key
            LocalStore store(testAead('\x33'));
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.writeSnapshot(BudgetState::fold(ops), 100));
        }
        if (damage != QStringLiteral("key")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(QDir(dir.path()).filePath(QLatin1StringView(LocalStore::FileName)));
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (damage == QStringLiteral("truncate"))
                QVERIFY(q.exec(QStringLiteral("UPDATE snapshot SET blob = substr(blob, 1, length(blob) / 2)")));
            else if (damage == QStringLiteral("flip"))
                QVERIFY(q.exec(QStringLiteral("UPDATE snapshot SET blob = substr(blob, 1, 40) || x'ff' || "
                                              "substr(blob, 42)")));
            else
                QVERIFY(q.exec(QStringLiteral("UPDATE snapshot SET covers = 100")));
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        }
        LocalStore store(testAead());
        QVERIFY(store.open(dir.path()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^ignoring the state snapshot")));
        QVERIFY(!store.loadSnapshot());
        QCOMPARE(BudgetState::fold(store.allOperations()).canonicalJson(), BudgetState::fold(ops).canonicalJson());
    }

    // Tried: a snapshot of a state whose payee is a marker string; read every byte of the
    // store's files (database and WAL). Must hold: the marker is nowhere, as UTF-8 or UTF-16 (P4).
    void noPlaintextOnDisk()
    {
        QTemporaryDir dir;
        BudgetState state;
        const Operation op = Operation::makeWrite(QStringLiteral("transaction"), QStringLiteral("t1"),
            QStringLiteral("payee"), kMarker, Stamp { 5, 0, QStringLiteral("devA") });
        state.apply(op);
        QVERIFY(StateSnapshot::serialize(state, 1).contains(QByteArray(reinterpret_cast<const char*>(kMarker.utf16()),
            kMarker.size() * 2))); // the check below would find it unencrypted
        LocalStore store(testAead());
        QVERIFY(store.open(dir.path()));
        QVERIFY(store.appendLocal(op));
        QVERIFY(store.writeSnapshot(state, store.lastSequence()));
        const QByteArray disk = fileBytes(dir.path());
        QVERIFY(disk.size() > 0);
        QVERIFY(!disk.contains(kMarker.toUtf8()));
        QVERIFY(!disk.contains(QByteArray(reinterpret_cast<const char*>(kMarker.utf16()), kMarker.size() * 2)));
        store.close();
        QVERIFY(!fileBytes(dir.path()).contains(kMarker.toUtf8()));
    }

    // Tried: a store written with schema 1 (no snapshot table). Must hold: it opens, migrates to
    // the current schema, keeps its ops, and can then hold a snapshot.
    void migratesSchemaOne()
    {
        QTemporaryDir dir;
        const Operation op = Operation::makeWrite(QStringLiteral("transaction"), QStringLiteral("t1"),
            QStringLiteral("amount"), 5, Stamp { 5, 0, QStringLiteral("devA") });
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(QDir(dir.path()).filePath(QLatin1StringView(LocalStore::FileName)));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE ops (op_id TEXT PRIMARY KEY NOT NULL, blob BLOB NOT NULL,"
                                          " server_seq INTEGER, pending INTEGER NOT NULL DEFAULT 0,"
                                          " created INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")));
            q.prepare(QStringLiteral("INSERT INTO ops VALUES (?, ?, NULL, 1, 0)"));
            q.addBindValue(op.opId);
            q.addBindValue(*op.encrypt(testAead()));
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        LocalStore store(testAead());
        QVERIFY(store.open(dir.path()));
        QCOMPARE(store.operationCount(), 1);
        QVERIFY(!store.loadSnapshot());
        QVERIFY(store.writeSnapshot(BudgetState::fold({ op }), 1));
        QVERIFY(store.loadSnapshot());
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
