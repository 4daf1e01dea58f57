// BudgetProfile's open/close with the encrypted state snapshot (MemorySecretStore, real
// SQLite, real OpenSSL, no server): an open from the snapshot folds only the ops stored after
// it and gives the same state as a full replay, whatever came after (local edits, remote ops
// with old stamps, deletes); a damaged snapshot falls back to the full replay with a warning.
#include "AwaitProfile.h"
#include "crypto/Aead.h"
#include "crypto/KeyHierarchy.h"
#include "crypto/MasterKey.h"
#include "crypto/ShareCode.h"
#include "secrets/MemorySecretStore.h"
#include "store/BudgetState.h"
#include "store/LocalStore.h"
#include "sync/BudgetProfile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using store::BudgetState;
using store::LocalStore;
using store::Operation;
using store::Stamp;
using sync::BudgetProfile;

namespace {

const QUrl kServer(QStringLiteral("ws://127.0.0.1:9")); // never started: no network in this test
const QString T = QStringLiteral("transaction");

const auto await = vv::testsupport::awaitProfile;

// The fold of every op in the store: what a full replay gives.
QByteArray fullReplay(const QString& dir, const crypto::Aead& aead)
{
    LocalStore raw(aead);
    if (!raw.open(dir))
        return {};
    return BudgetState::fold(raw.allOperations()).canonicalJson();
}

} // namespace

class TestProfileSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    secrets::MemorySecretStore m_keychain;
    std::optional<crypto::Aead> m_aead;

    void openProfile(BudgetProfile& p)
    {
        p.setProfileDir(m_dir.path());
        QVERIFY2(await([&](auto done) { p.open(done); }), qPrintable(p.errorString()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto key = crypto::MasterKey::generate();
        QVERIFY(key);
        const auto keys = crypto::KeyHierarchy::derive(*key);
        QVERIFY(keys);
        m_aead = crypto::Aead::fromKeys(*keys);
        BudgetProfile p(&m_keychain);
        p.setProfileDir(m_dir.path());
        QVERIFY2(await([&](auto done) { p.join(crypto::ShareCode::encode(*key), kServer, done); }),
            qPrintable(p.errorString()));
    }

    // Tried: edits through the profile, close, reopen. Must hold: close wrote a snapshot of
    // everything, the reopen folds no op and its state equals a full replay.
    void closeWritesSnapshot()
    {
        {
            BudgetProfile p(&m_keychain);
            openProfile(p);
            for (int i = 0; i < 50; ++i)
                QVERIFY(p.write(
                    T, QStringLiteral("t%1").arg(i % 10), QStringLiteral("payee"), QStringLiteral("Shop %1").arg(i)));
            QVERIFY(p.write(T, QStringLiteral("t1"), QStringLiteral("amount"), -1250));
            p.close();
        }
        BudgetProfile p(&m_keychain);
        openProfile(p);
        QCOMPARE(p.replayedAtOpen(), 0);
        QCOMPARE(p.localStore()->snapshotCovers(), p.localStore()->lastSequence());
        QCOMPARE(p.state().canonicalJson(), fullReplay(m_dir.path(), *m_aead));
    }

    // Tried: after the snapshot, another writer stores local edits and pulled remote ops, some
    // with stamps OLDER than the snapshot's winners, others newer, and a delete. Must hold: the
    // profile folds exactly those ops on top of the snapshot and equals the full replay (old
    // stamps lose, newer win, the delete sticks).
    void opsAfterSnapshotMergeByStamp()
    {
        {
            LocalStore raw(*m_aead);
            QVERIFY(raw.open(m_dir.path()));
            const Stamp old { 1, 0, QStringLiteral("oldDevice") };
            const Stamp future { 4'000'000'000'000, 0, QStringLiteral("newDevice") };
            const QList<Operation> remote { Operation::makeWrite(T, QStringLiteral("t2"), QStringLiteral("payee"),
                                                QStringLiteral("Old remote"), old),
                Operation::makeWrite(
                    T, QStringLiteral("t3"), QStringLiteral("payee"), QStringLiteral("New remote"), future),
                Operation::makeWrite(
                    T, QStringLiteral("t99"), QStringLiteral("payee"), QStringLiteral("Old new entity"), old),
                Operation::makeDelete(T, QStringLiteral("t4"), old) };
            QList<LocalStore::RemoteOp> pulled;
            qint64 seq = 100;
            for (const Operation& op : remote)
                pulled.append({ ++seq, *op.encrypt(*m_aead), op.opId });
            QVERIFY(raw.applyRemote(pulled, seq).ok);
            QVERIFY(raw.appendLocal(Operation::makeWrite(T, QStringLiteral("t5"), QStringLiteral("amount"), 7,
                Stamp { 3'000'000'000'000, 0, QStringLiteral("thisDevice") })));
        }
        const QByteArray expected = fullReplay(m_dir.path(), *m_aead);
        BudgetProfile p(&m_keychain);
        openProfile(p);
        QCOMPARE(p.replayedAtOpen(), 5);
        QCOMPARE(p.state().canonicalJson(), expected);
        QVERIFY(p.state().value(T, QStringLiteral("t2"), QStringLiteral("payee")).toString()
            != QStringLiteral("Old remote"));
        QCOMPARE(
            p.state().value(T, QStringLiteral("t3"), QStringLiteral("payee")).toString(), QStringLiteral("New remote"));
        QVERIFY(p.state().isDeleted(T, QStringLiteral("t4")));
        p.close(); // snapshots the 5 ops too
        BudgetProfile again(&m_keychain);
        openProfile(again);
        QCOMPARE(again.replayedAtOpen(), 0);
        QCOMPARE(again.state().canonicalJson(), expected);
    }

    // Tried: while the profile is open, ops are stored around it (straight into its LocalStore,
    // so its state lacks them). Must hold: close does not snapshot that state; the next open
    // still sees those ops.
    void opsAroundTheProfileAreNotLost()
    {
        {
            BudgetProfile p(&m_keychain);
            openProfile(p);
            const qint64 before = p.localStore()->snapshotCovers();
            QVERIFY(p.localStore()->appendLocal(Operation::makeWrite(
                T, QStringLiteral("around"), QStringLiteral("payee"), QStringLiteral("Around"), p.clock().now())));
            QVERIFY(p.write(T, QStringLiteral("t6"), QStringLiteral("amount"), 1));
            p.close();
            LocalStore raw(*m_aead);
            QVERIFY(raw.open(m_dir.path()));
            QCOMPARE(raw.snapshotCovers(), before);
        }
        BudgetProfile p(&m_keychain);
        openProfile(p);
        QCOMPARE(
            p.state().value(T, QStringLiteral("around"), QStringLiteral("payee")).toString(), QStringLiteral("Around"));
        QCOMPARE(p.state().canonicalJson(), fullReplay(m_dir.path(), *m_aead));
    }

    // Tried: a damaged snapshot file (cut to half). Must hold: the open succeeds by replaying
    // every op (a warning says so) and equals the full replay.
    void corruptedSnapshotFallsBack()
    {
        QFile file(QDir(m_dir.path()).filePath(QLatin1StringView(vv::store::LocalStore::SnapshotFileName)));
        QVERIFY(file.exists());
        QVERIFY(file.resize(file.size() / 2));
        const QByteArray expected = fullReplay(m_dir.path(), *m_aead);
        BudgetProfile p(&m_keychain);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^ignoring the state snapshot")));
        openProfile(p);
        QCOMPARE(p.replayedAtOpen(), p.localStore()->operationCount());
        QCOMPARE(p.state().canonicalJson(), expected);
    }

    // Tried: more than SnapshotThreshold ops in one edit. Must hold: a snapshot follows without
    // waiting for close (once the event loop runs), covering every op.
    void thresholdWritesSnapshot()
    {
        BudgetProfile p(&m_keychain);
        openProfile(p);
        QList<Operation> ops;
        for (qsizetype i = 0; i <= BudgetProfile::SnapshotThreshold; ++i)
            ops.append(
                Operation::makeWrite(T, QStringLiteral("bulk%1").arg(i), QStringLiteral("amount"), i, p.clock().now()));
        QVERIFY(p.appendOps(ops));
        QTRY_COMPARE_WITH_TIMEOUT(p.localStore()->snapshotCovers(), p.localStore()->lastSequence(), 10000);
        const QByteArray state = p.state().canonicalJson();
        p.close();
        BudgetProfile again(&m_keychain);
        openProfile(again);
        QCOMPARE(again.replayedAtOpen(), 0);
        QCOMPARE(again.state().canonicalJson(), state);
    }
};

QTEST_GUILESS_MAIN(TestProfileSnapshot)
#include "tst_profilesnapshot.moc"
