// The state snapshot (StateSnapshot + LocalStore's snapshot file and its row): a deserialized
// state is the fold byte for byte (canonicalJson) and keeps merging like it, hostile or damaged
// bytes are rejected without a crash, the file is encrypted (0600) and bound to its position
// and to its store, and schema 1 and 2 stores migrate. Random op sets print their seed (VV_SEED replays one).
#include "FileBytes.h"
#include "store/BudgetState.h"
#include "store/LocalStore.h"
#include "store/StateSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

void sql(const QString& dir, const QString& statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(QDir(dir).filePath(QLatin1StringView(LocalStore::FileName)));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
}

using vv::testsupport::allBytesUnder;

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

    // Tried: damage the snapshot or its record: truncate the file, flip a byte, move the row's
    // covers, another key's snapshot, delete the file, another store's file, the file of an
    // earlier write (a crash between writing the file and recording it), a changed tag.
    // Must hold: loadSnapshot() returns nullopt with a warning, the ops are intact.
    void corruptedSnapshotFallsBack_data()
    {
        QTest::addColumn<QString>("damage");
        for (const char* d : { "truncate", "flip", "covers", "key", "missing", "other store", "earlier file", "tag" })
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void corruptedSnapshotFallsBack()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        QRandomGenerator rng(seedFor("corrupt"));
        const QList<Operation> ops = randomOps(rng, 100);
        const QString path = QDir(dir.path()).filePath(QLatin1StringView(LocalStore::SnapshotFileName));
        QByteArray earlier;
        {
            LocalStore store(testAead());
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.appendLocal(ops));
            if (damage == QStringLiteral("earlier file")) {
                QVERIFY(store.writeSnapshot(BudgetState::fold(ops), 100));
                earlier = readAll(path);
            }
            QVERIFY(store.writeSnapshot(BudgetState::fold(ops), damage == QStringLiteral("covers") ? 50 : 100));
            QCOMPARE(store.snapshotFilePath(), path);
        }
        const QByteArray good = readAll(path);
        QVERIFY(good.size() > Aead::Overhead);
        if (damage == QStringLiteral("key")) { // the same store opened with another data key
            LocalStore store(testAead('\x33'));
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.writeSnapshot(BudgetState::fold(ops), 100));
        } else if (damage == QStringLiteral("truncate")) {
            writeAll(path, good.left(good.size() / 2));
        } else if (damage == QStringLiteral("flip")) {
            QByteArray bad = good;
            bad[40] = char(bad.at(40) ^ 0x01);
            writeAll(path, bad);
        } else if (damage == QStringLiteral("missing")) {
            QVERIFY(QFile::remove(path));
        } else if (damage == QStringLiteral("other store")) { // same key and room, other ops
            QTemporaryDir otherDir;
            LocalStore other(testAead());
            QVERIFY(other.open(otherDir.path()));
            QVERIFY(other.appendLocal(ops.mid(0, 100)));
            QVERIFY(other.writeSnapshot(BudgetState::fold(ops.mid(0, 60)), 100));
            writeAll(path, readAll(other.snapshotFilePath()));
        } else if (damage == QStringLiteral("earlier file")) {
            QVERIFY(earlier != good); // a fresh nonce per write
            writeAll(path, earlier);
        } else {
            sql(dir.path(),
                damage == QStringLiteral("covers") ? QStringLiteral("UPDATE snapshot_file SET covers = 100")
                                                   : QStringLiteral("UPDATE snapshot_file SET tag = zeroblob(16)"));
        }
        LocalStore store(testAead());
        QVERIFY(store.open(dir.path()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^ignoring the state snapshot")));
        QVERIFY(!store.loadSnapshot());
        QCOMPARE(BudgetState::fold(store.allOperations()).canonicalJson(), BudgetState::fold(ops).canonicalJson());
    }

    // Tried: write a snapshot, then another over it. Must hold: the file is the owner's only
    // (0600), the second replaces the first atomically (no temporary file left), and loads.
    void snapshotFileIsPrivateAndReplaced()
    {
        QTemporaryDir dir;
        QRandomGenerator rng(seedFor("private"));
        const QList<Operation> ops = randomOps(rng, 50);
        LocalStore store(testAead());
        QVERIFY(store.open(dir.path()));
        QVERIFY(store.appendLocal(ops));
        QVERIFY(store.writeSnapshot(BudgetState::fold(ops.mid(0, 20)), 20));
        QVERIFY(store.writeSnapshot(BudgetState::fold(ops), 50));
        const QFileInfo info(store.snapshotFilePath());
        QVERIFY(info.exists());
        QCOMPARE(info.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
                    | QFileDevice::ExeOwner),
            QFileDevice::Permissions());
        const QStringList names = QDir(dir.path()).entryList(QDir::Files);
        for (const QString& name : names)
            QVERIFY2(name.startsWith(QLatin1StringView(LocalStore::FileName))
                    || name == QLatin1StringView(LocalStore::SnapshotFileName),
                qPrintable(name));
        const std::optional<LocalStore::Snapshot> snap = store.loadSnapshot();
        QVERIFY(snap);
        QCOMPARE(snap->covers, 50);
        QCOMPARE(snap->state.canonicalJson(), BudgetState::fold(ops).canonicalJson());
    }

    // Tried: serializeTo() with pieces of 4 KiB up to more than the whole; a sink that fails on
    // its second piece. Must hold: the pieces join to serialize()'s bytes; a failing sink stops
    // the serialization with false.
    void serializeInPieces()
    {
        QRandomGenerator rng(seedFor("pieces"));
        BudgetState state = BudgetState::fold(randomOps(rng, 300));
        for (int i = 0; i < 2000; ++i) // many entities: flushes happen between entities
            state.apply(Operation::makeWrite(QStringLiteral("transaction"), QStringLiteral("many-%1").arg(i),
                QStringLiteral("payee"), QStringLiteral("payee %1").arg(i),
                Stamp { 2000 + i, 0, QStringLiteral("devA") }));
        const QByteArray whole = StateSnapshot::serialize(state, 9);
        QVERIFY(whole.size() > 3 * 4096);
        for (const qsizetype piece : { qsizetype(4096), qsizetype(10000), whole.size() * 2 }) {
            QByteArray joined;
            int pieces = 0;
            QVERIFY(StateSnapshot::serializeTo(
                state, 9,
                [&](QByteArrayView p) {
                    joined.append(p);
                    ++pieces;
                    return true;
                },
                piece));
            QCOMPARE(joined, whole);
            QVERIFY(piece > whole.size() ? pieces == 1 : pieces > 1);
        }
        int calls = 0;
        QVERIFY(!StateSnapshot::serializeTo(
            state, 9, [&](QByteArrayView) { return ++calls < 2; }, 4096));
        QCOMPARE(calls, 2);
    }

    // Tried: a snapshot of a state whose payee is a marker string; read every byte of the
    // store's files (database, WAL and snapshot file). Must hold: the marker is nowhere, as UTF-8 or UTF-16 (P4).
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
        const QByteArray disk = allBytesUnder(dir.path());
        QVERIFY(disk.size() > 0);
        QVERIFY(!disk.contains(kMarker.toUtf8()));
        QVERIFY(!disk.contains(QByteArray(reinterpret_cast<const char*>(kMarker.utf16()), kMarker.size() * 2)));
        store.close();
        QVERIFY(!allBytesUnder(dir.path()).contains(kMarker.toUtf8()));
    }

    // Tried: a schema 2 store (its snapshot a blob in a `snapshot` table). Must hold: it opens,
    // migrates to schema 3 (the table is gone, its pages free), keeps its ops, ignores the old
    // blob without a warning (there is no recorded file), and then holds a snapshot file.
    void migratesSchemaTwo()
    {
        QTemporaryDir dir;
        const Operation op = Operation::makeWrite(QStringLiteral("transaction"), QStringLiteral("t1"),
            QStringLiteral("amount"), 5, Stamp { 5, 0, QStringLiteral("devA") });
        {
            LocalStore store(testAead());
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.appendLocal(op));
        }
        sql(dir.path(), QStringLiteral("DROP TABLE snapshot_file"));
        sql(dir.path(),
            QStringLiteral("CREATE TABLE snapshot (id INTEGER PRIMARY KEY CHECK(id = 1), covers INTEGER NOT NULL,"
                           " blob BLOB NOT NULL)"));
        sql(dir.path(), QStringLiteral("INSERT INTO snapshot VALUES (1, 1, x'0102')"));
        sql(dir.path(), QStringLiteral("PRAGMA user_version = 2"));
        LocalStore store(testAead());
        QVERIFY(store.open(dir.path()));
        QCOMPARE(store.operationCount(), 1);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(!store.loadSnapshot());
        QCOMPARE(store.snapshotCovers(), 0);
        QVERIFY(store.writeSnapshot(BudgetState::fold({ op }), 1));
        QVERIFY(store.loadSnapshot());
        store.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(QDir(dir.path()).filePath(QLatin1StringView(LocalStore::FileName)));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), LocalStore::SchemaVersion);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'snapshot'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
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
