// P4: local data at rest is ciphertext. A session of edits with marker strings (payee, note,
// amount) is written, acknowledged, pulled from a second device and the stores are used and
// closed; then the raw bytes of store.sqlite, -wal and -shm are scanned (while open and after
// close) for the markers and for the master key, data key, access token and share code, in
// the encodings a careless implementation would use. None may appear.
#include "crypto/KeyHierarchy.h"
#include "crypto/ShareCode.h"
#include "store/HybridLogicalClock.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vv::store;
using namespace vv::crypto;

namespace {
const QString kPayee = QStringLiteral("MARKER-PAYEE-7731");
const QString kNote = QStringLiteral("MARKER-NOTE-5519 caf\u00e9");
constexpr qint64 kAmount = 987654321;
} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_needles;
    QStringList m_names;

    void addNeedle(const QString& name, const QByteArray& bytes)
    {
        m_names << name;
        m_needles << bytes;
    }

    // Scans every file of the profile directory (store.sqlite, -wal, -shm, anything else).
    void scan(const QString& dir, const char* when)
    {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo& info : files) {
            QFile f(info.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray raw = f.readAll();
            for (qsizetype i = 0; i < m_needles.size(); ++i) {
                QVERIFY2(!raw.contains(m_needles.at(i)),
                    qPrintable(QStringLiteral("%1 found in %2 (%3)")
                                   .arg(m_names.at(i), info.fileName(), QLatin1StringView(when))));
            }
        }
    }

    static bool dirContains(const QString& dir, const QByteArray& needle)
    {
        const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
        for (const QFileInfo& info : files) {
            QFile f(info.filePath());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                return true;
        }
        return false;
    }

private slots:
    void noPlaintextOrSecretsOnDisk()
    {
        const MasterKey key = *MasterKey::generate();
        const BudgetKeys keys = *KeyHierarchy::derive(key);
        const Aead aead = Aead::fromKeys(keys);
        const QString shareCode = ShareCode::encode(key);

        addNeedle(QStringLiteral("payee"), kPayee.toUtf8());
        addNeedle(QStringLiteral("payee utf16"),
            QByteArray(reinterpret_cast<const char*>(kPayee.utf16()), kPayee.size() * 2));
        addNeedle(QStringLiteral("note"), QByteArrayLiteral("MARKER-NOTE-5519"));
        addNeedle(QStringLiteral("amount"), QByteArray::number(kAmount));
        addNeedle(QStringLiteral("field name"), QByteArrayLiteral("\"payee\""));
        addNeedle(QStringLiteral("master key"), key.bytes().view().toByteArray());
        addNeedle(QStringLiteral("master key hex"), key.bytes().view().toByteArray().toHex());
        addNeedle(QStringLiteral("master key base64"), key.bytes().view().toByteArray().toBase64());
        addNeedle(QStringLiteral("data key"), keys.dataKey.view().toByteArray());
        addNeedle(QStringLiteral("data key hex"), keys.dataKey.view().toByteArray().toHex());
        addNeedle(QStringLiteral("access token"), keys.accessToken.view().toByteArray());
        addNeedle(QStringLiteral("share code"), shareCode.toLatin1());
        addNeedle(QStringLiteral("share code symbols"), shareCode.mid(4).remove(QLatin1Char('-')).toLatin1());

        QTemporaryDir root;
        const QString dirA = root.filePath(QStringLiteral("deviceA"));
        const QString dirB = root.filePath(QStringLiteral("deviceB"));
        LocalStore a(aead);
        LocalStore b(aead);
        QVERIFY(a.open(dirA));
        QVERIFY(b.open(dirB));
        HybridLogicalClock clock(QStringLiteral("deviceA"));
        QList<Operation> ops;
        for (int i = 0; i < 50; ++i) {
            const QString tx = Operation::newEntityId();
            ops << Operation::makeWrite(QStringLiteral("transaction"), tx, QStringLiteral("payee"), kPayee, clock.now())
                << Operation::makeWrite(QStringLiteral("transaction"), tx, QStringLiteral("note"), kNote, clock.now())
                << Operation::makeWrite(
                       QStringLiteral("transaction"), tx, QStringLiteral("amount"), kAmount, clock.now());
            if (i % 10 == 0)
                ops << Operation::makeDelete(QStringLiteral("transaction"), tx, clock.now());
        }
        QVERIFY(a.appendLocal(ops.mid(0, 60)));
        for (const Operation& op : ops.mid(60))
            QVERIFY(a.appendLocal(op));
        // "Upload": acknowledge, and let device B pull the same blobs.
        QList<LocalStore::Ack> acks;
        QList<LocalStore::RemoteOp> pulled;
        qint64 seq = 0;
        for (const LocalStore::PendingOp& p : a.pendingOps()) {
            acks << LocalStore::Ack { p.opId, ++seq };
            pulled << LocalStore::RemoteOp { seq, p.blob, p.opId };
        }
        QVERIFY(a.markAcknowledged(acks));
        QVERIFY(b.applyRemote(pulled, seq).ok);
        QCOMPARE(b.allOperations().size(), ops.size());

        // Positive control: the scanner does see what the store wrote (op ids are the one
        // plaintext routing field), so "not found" below means absent, not unread.
        QVERIFY(dirContains(dirA, ops.first().opId.toLatin1()));
        QVERIFY(dirContains(dirB, ops.last().opId.toLatin1()));
        scan(dirA, "while open");
        scan(dirB, "while open");
        a.close();
        b.close();
        scan(dirA, "after close");
        scan(dirB, "after close");
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
