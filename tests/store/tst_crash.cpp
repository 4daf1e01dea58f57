// Crash safety: a child process appends ops (single and batched) and acknowledgements and is
// killed with SIGKILL at an arbitrary moment, three times on the same store. After each kill:
// the database passes integrity_check, every op whose append had returned is present and
// decrypts, every batch is all-or-nothing, and every acknowledgement that returned stuck.
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vv::store;

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedMidWrite_data()
    {
        QTest::addColumn<int>("killAfterLines");
        QTest::newRow("early") << 40;
        QTest::newRow("later") << 150;
        QTest::newRow("odd") << 97;
    }
    void killedMidWrite()
    {
        QFETCH(int, killAfterLines);
        static QTemporaryDir dir; // shared by the rows: each round reopens the survivor
        QVERIFY(dir.isValid());
        static int round = 0;
        ++round;

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/vv_store_crash_child"),
            { dir.path(), QString::number(round) });
        QVERIFY(child.waitForStarted(10000));
        QByteArray out;
        // Read until enough steps were reported, then kill without warning.
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).count('\n') >= killAfterLines
                || child.state() == QProcess::NotRunning,
            30000);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        out += child.readAllStandardOutput();
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        QSet<QString> singles;
        QSet<QString> batches;
        QSet<QString> acked;
        for (const QByteArray& line : out.split('\n')) {
            if (line.size() < 3)
                continue; // the empty tail, or a line cut by the kill
            const QString arg = QString::fromLatin1(line.mid(2));
            if (line.startsWith("A "))
                singles.insert(arg);
            else if (line.startsWith("B "))
                batches.insert(arg);
            else if (line.startsWith("K "))
                acked.insert(arg);
        }
        QVERIFY(singles.size() > 10);

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(dir.filePath(QStringLiteral("store.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        LocalStore store(vv::crypto::Aead(vv::crypto::SecureBytes(QByteArray(32, '\x5a')), QStringLiteral("room")));
        QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
        QHash<QString, int> perBatch;
        QSet<QString> present;
        int undecryptable = -1;
        QVERIFY(store.forEachOperation(
            [&](const Operation& op) {
                present.insert(op.opId);
                if (op.entityId.startsWith(QStringLiteral("batch")))
                    ++perBatch[op.entityId];
                return true;
            },
            &undecryptable));
        QCOMPARE(undecryptable, 0);
        for (const QString& id : std::as_const(singles))
            QVERIFY2(present.contains(id), "an acknowledged append was lost");
        for (auto it = perBatch.constBegin(); it != perBatch.constEnd(); ++it)
            QVERIFY2(it.value() == 10, "a batch was torn");
        for (const QString& b : std::as_const(batches))
            QCOMPARE(perBatch.value(b), 10);
        QSet<QString> pending;
        for (const LocalStore::PendingOp& p : store.pendingOps())
            pending.insert(p.opId);
        for (const QString& id : std::as_const(acked))
            QVERIFY2(!pending.contains(id), "an acknowledgement was lost");
        qInfo("round %d: %lld singles, %lld batches, %lld acks reported; %lld ops on disk", round,
            qint64(singles.size()), qint64(batches.size()), qint64(acked.size()), qint64(present.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
