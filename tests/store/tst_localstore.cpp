// LocalStore on real SQLite files: schema and pragmas, the pending -> acknowledged cycle,
// idempotent pulls, serverSeq monotonicity, rejection of foreign blobs, reopening, and
// two devices in one process converging through a minimal in-memory server log.
#include "store/BudgetState.h"
#include "store/HybridLogicalClock.h"
#include "store/LocalStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vv::store;
using vv::crypto::Aead;
using vv::crypto::SecureBytes;

namespace {
const QString kRoom = QStringLiteral("zATLAwfdsDlpFoM0WahT47KxlA2P9xC3ZwK5VTX2kLo");
Aead testAead(char k = '\x11', const QString& room = kRoom)
{
    return Aead(SecureBytes(QByteArray(32, k)), room);
}

// Stands in for the server store: an append-only log with sequence numbers, idempotent by op id.
struct FakeServer {
    QList<LocalStore::RemoteOp> log;
    QList<LocalStore::Ack> upload(const QList<LocalStore::PendingOp>& ops)
    {
        QList<LocalStore::Ack> acks;
        for (const auto& p : ops) {
            qint64 seq = 0;
            for (const auto& r : std::as_const(log)) {
                if (r.opId == p.opId)
                    seq = r.serverSeq;
            }
            if (seq == 0) {
                seq = log.size() + 1;
                log.append(LocalStore::RemoteOp { seq, p.blob, p.opId });
            }
            acks.append(LocalStore::Ack { p.opId, seq });
        }
        return acks;
    }
    QList<LocalStore::RemoteOp> since(qint64 seq) const { return log.mid(qsizetype(seq)); }
};

// push then pull, as the SyncOrchestrator will.
void sync(LocalStore& store, FakeServer& server)
{
    QVERIFY(store.markAcknowledged(server.upload(store.pendingOps())));
    const LocalStore::ApplyResult r = store.applyRemote(server.since(store.serverSeq()), server.log.size());
    QVERIFY(r.ok);
}
} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    // A fresh store has the v1 schema, WAL, and nothing in it.
    void schemaAndPragmas()
    {
        QTemporaryDir dir;
        LocalStore store(testAead());
        QVERIFY2(store.open(dir.filePath(QStringLiteral("profile"))), qPrintable(store.errorString()));
        QVERIFY(store.isOpen());
        QCOMPARE(store.serverSeq(), qint64(0));
        QCOMPARE(store.operationCount(), 0);
        QCOMPARE(store.pendingCount(), 0);
        store.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(dir.filePath(QStringLiteral("profile/store.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), LocalStore::SchemaVersion);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")));
            QStringList tables;
            while (q.next())
                tables << q.value(0).toString();
            QCOMPARE(tables,
                (QStringList { QStringLiteral("meta"), QStringLiteral("ops"), QStringLiteral("snapshot_file") }));
            // A future schema must be refused, not silently used.
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        QSignalSpy errors(&store, &LocalStore::errorOccurred);
        QVERIFY(!store.open(dir.filePath(QStringLiteral("profile"))));
        QCOMPARE(store.error(), LocalStore::Error::SchemaTooNew);
        QCOMPARE(errors.size(), 1);
    }

    void refusesWithoutKey()
    {
        QTemporaryDir dir;
        LocalStore store { Aead() };
        QVERIFY(!store.open(dir.path()));
        QCOMPARE(store.error(), LocalStore::Error::Crypto);
        QVERIFY(!store.appendLocal(Operation()));
        QCOMPARE(store.error(), LocalStore::Error::NotOpen);
    }

    // append -> pending (in order) -> acknowledged; invalid ops are refused atomically.
    void pendingCycle()
    {
        QTemporaryDir dir;
        LocalStore store(testAead());
        QVERIFY(store.open(dir.path()));
        HybridLogicalClock clock(QStringLiteral("devA"));
        QSignalSpy appended(&store, &LocalStore::localOpsAppended);
        QList<Operation> ops;
        for (int i = 0; i < 5; ++i)
            ops << Operation::makeWrite(
                QStringLiteral("envelope"), QStringLiteral("e1"), QStringLiteral("f%1").arg(i), i, clock.now());
        QVERIFY(store.appendLocal(ops.first()));
        QVERIFY(store.appendLocal(ops.mid(1)));
        QCOMPARE(appended.size(), 2);
        QCOMPARE(store.pendingCount(), 5);
        const QList<LocalStore::PendingOp> pending = store.pendingOps();
        QCOMPARE(pending.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(pending.at(i).opId, ops.at(i).opId);
        QCOMPARE(store.pendingOps(2).size(), 2);
        // The same op again is a no-op, not a duplicate.
        QVERIFY(store.appendLocal(ops.first()));
        QCOMPARE(store.operationCount(), 5);

        // A batch with one invalid op stores nothing.
        Operation bad = ops.first();
        bad.opId = QStringLiteral("nope");
        QVERIFY(!store.appendLocal(QList<Operation> {
            Operation::makeWrite(QStringLiteral("envelope"), QStringLiteral("e2"), QStringLiteral("x"), 1, clock.now()),
            bad }));
        QCOMPARE(store.error(), LocalStore::Error::InvalidOperation);
        QCOMPARE(store.operationCount(), 5);

        QVERIFY(
            store.markAcknowledged({ { ops.at(0).opId, 1 }, { ops.at(1).opId, 2 }, { QStringLiteral("unknown"), 3 } }));
        QCOMPARE(store.pendingCount(), 3);
        QCOMPARE(store.pendingOps().first().opId, ops.at(2).opId);
        // Acknowledging does not mean "pulled up to": serverSeq moves only with applyRemote.
        QCOMPARE(store.serverSeq(), qint64(0));
        QCOMPARE(store.allOperations(), ops);
    }

    // Pulls: new ops are returned once, repeats are duplicates, our own pending op coming
    // back acknowledges it, foreign/tampered/mismatched blobs are skipped, serverSeq never
    // goes backwards.
    void applyRemote()
    {
        QTemporaryDir dir;
        LocalStore store(testAead());
        QVERIFY(store.open(dir.path()));
        HybridLogicalClock other(QStringLiteral("devB"));
        HybridLogicalClock mine(QStringLiteral("devA"));
        const Operation remote1 = Operation::makeWrite(
            QStringLiteral("bill"), QStringLiteral("b"), QStringLiteral("name"), QStringLiteral("Rent"), other.now());
        const Operation remote2 = Operation::makeDelete(QStringLiteral("bill"), QStringLiteral("c"), other.now());
        const Operation own
            = Operation::makeWrite(QStringLiteral("bill"), QStringLiteral("b"), QStringLiteral("due"), 15, mine.now());
        QVERIFY(store.appendLocal(own));
        const Aead aead = testAead();
        const QByteArray blob1 = remote1.encrypt(aead).value();
        const QByteArray blob2 = remote2.encrypt(aead).value();
        const QByteArray ownBlob = store.pendingOps().first().blob;
        const QByteArray foreign = remote1.encrypt(testAead('\x22')).value();
        const QByteArray otherRoom = remote1.encrypt(testAead('\x11', QStringLiteral("other-room"))).value();

        QSignalSpy applied(&store, &LocalStore::remoteOpsApplied);
        LocalStore::ApplyResult r = store.applyRemote(
            { { 1, blob1, remote1.opId }, { 2, ownBlob, own.opId }, { 3, foreign, QString() },
                { 4, otherRoom, QString() }, { 5, blob2, remote1.opId }, // id does not match content
                { 6, blob1, remote1.opId } },
            6);
        QVERIFY(r.ok);
        QCOMPARE(r.newOps, QList<Operation> { remote1 });
        QCOMPARE(r.acknowledged, 1);
        QCOMPARE(r.rejected, 3);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(store.serverSeq(), qint64(6));
        QCOMPARE(store.pendingCount(), 0);
        QVERIFY(!store.contains(remote2.opId));

        // The same pull again changes nothing; a stale pull does not lower serverSeq.
        r = store.applyRemote({ { 1, blob1, remote1.opId } }, 1);
        QVERIFY(r.ok);
        QVERIFY(r.newOps.isEmpty());
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(store.serverSeq(), qint64(6));
        r = store.applyRemote({ { 7, blob2, remote2.opId } }, 7);
        QCOMPARE(r.newOps.size(), 1);
        QCOMPARE(store.serverSeq(), qint64(7));
        QCOMPARE(store.operationCount(), 3);
    }

    // Everything survives close/reopen; with the wrong key the blobs are unreadable, not wrong.
    void reopen()
    {
        QTemporaryDir dir;
        HybridLogicalClock clock(QStringLiteral("devA"));
        QList<Operation> ops;
        {
            LocalStore store(testAead());
            QVERIFY(store.open(dir.path()));
            for (int i = 0; i < 20; ++i)
                ops << Operation::makeWrite(QStringLiteral("transaction"), Operation::newEntityId(),
                    QStringLiteral("amount"), i * 100, clock.now());
            QVERIFY(store.appendLocal(ops));
            QVERIFY(store.markAcknowledged({ { ops.at(0).opId, 1 } }));
            QVERIFY(store.applyRemote({}, 1).ok);
        }
        {
            LocalStore store(testAead());
            QVERIFY(store.open(dir.path()));
            QCOMPARE(store.allOperations(), ops);
            QCOMPARE(store.pendingCount(), 19);
            QCOMPARE(store.serverSeq(), qint64(1));
        }
        LocalStore wrong(testAead('\x33'));
        QVERIFY(wrong.open(dir.path()));
        int undecryptable = 0;
        int seen = 0;
        QVERIFY(wrong.forEachOperation(
            [&seen](const Operation&) {
                ++seen;
                return true;
            },
            &undecryptable));
        QCOMPARE(seen, 0);
        QCOMPARE(undecryptable, 20);
    }

    // Two devices, each with its own store in this process, edit concurrently (including a
    // conflict on one field and a delete) and sync through the fake server: same state.
    void twoDevicesConverge()
    {
        QTemporaryDir dirA;
        QTemporaryDir dirB;
        LocalStore a(testAead());
        LocalStore b(testAead());
        QVERIFY(a.open(dirA.path()));
        QVERIFY(b.open(dirB.path()));
        qint64 wall = 1000;
        HybridLogicalClock clockA(QStringLiteral("A"), [&wall] { return wall; });
        HybridLogicalClock clockB(QStringLiteral("B"), [&wall] { return wall - 500; }); // B's clock lags
        FakeServer server;

        QVERIFY(a.appendLocal(Operation::makeWrite(
            QStringLiteral("envelope"), QStringLiteral("groceries"), QStringLiteral("budgeted"), 40000, clockA.now())));
        sync(a, server);
        sync(b, server);
        BudgetState stateB = BudgetState::fold(b.allOperations());
        clockB.observe(stateB.maxStamp());
        wall += 10;
        // Concurrent edits of the same field; B's later edit (causally after observing A) wins.
        QVERIFY(a.appendLocal(Operation::makeWrite(
            QStringLiteral("envelope"), QStringLiteral("groceries"), QStringLiteral("budgeted"), 45000, clockA.now())));
        QVERIFY(b.appendLocal(Operation::makeWrite(QStringLiteral("envelope"), QStringLiteral("groceries"),
            QStringLiteral("name"), QStringLiteral("Food"), clockB.now())));
        QVERIFY(b.appendLocal(Operation::makeDelete(QStringLiteral("envelope"), QStringLiteral("old"), clockB.now())));
        QVERIFY(a.appendLocal(Operation::makeWrite(QStringLiteral("envelope"), QStringLiteral("old"),
            QStringLiteral("name"), QStringLiteral("Old"), clockA.now())));
        for (int round = 0; round < 2; ++round) {
            sync(b, server);
            sync(a, server);
        }
        QCOMPARE(a.pendingCount(), 0);
        QCOMPARE(b.pendingCount(), 0);
        QCOMPARE(a.serverSeq(), qint64(server.log.size()));
        QCOMPARE(b.serverSeq(), qint64(server.log.size()));
        const BudgetState sa = BudgetState::fold(a.allOperations());
        const BudgetState sb = BudgetState::fold(b.allOperations());
        QCOMPARE(sa.canonicalJson(), sb.canonicalJson());
        QCOMPARE(
            sa.value(QStringLiteral("envelope"), QStringLiteral("groceries"), QStringLiteral("budgeted")).toInteger(),
            45000);
        QCOMPARE(sa.value(QStringLiteral("envelope"), QStringLiteral("groceries"), QStringLiteral("name")).toString(),
            QStringLiteral("Food"));
        QVERIFY(sa.isDeleted(QStringLiteral("envelope"), QStringLiteral("old")));
        QCOMPARE(server.log.size(), 5); // retried uploads never duplicated
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
