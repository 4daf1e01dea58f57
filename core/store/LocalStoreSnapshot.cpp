// LocalStore: the insertion sequence and the encrypted state snapshot (kept apart from
// LocalStore.cpp, which holds the op log itself).
#include "store/LocalStore.h"
#include "store/StateSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace vv::store {

namespace {
// A snapshot larger than this is not read (a budget's is ~30 MB at 100,000 transactions).
constexpr qint64 MaxSnapshotBytes = qint64(1) << 30;
} // namespace

qint64 LocalStore::lastSequence()
{
    if (!requireOpen())
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(rowid) FROM ops")) || !q.next())
        return 0;
    return q.value(0).toLongLong(); // NULL (no ops) -> 0
}

qsizetype LocalStore::operationCountAfter(qint64 sequence)
{
    if (!requireOpen())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ops WHERE rowid > ?"));
    q.addBindValue(sequence);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 LocalStore::snapshotCovers()
{
    if (!requireOpen())
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT covers FROM snapshot_file WHERE id = 1")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QString LocalStore::snapshotFilePath() const
{
    return m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).dir().filePath(QLatin1StringView(SnapshotFileName));
}

bool LocalStore::writeSnapshot(const BudgetState& state, qint64 covers)
{
    if (!requireOpen())
        return false;
    clearError();
    // Sealed like an op blob (same data key, room id as associated data); `covers` is inside
    // the authenticated plaintext, so the row cannot be changed to point elsewhere.
    QSaveFile file(snapshotFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::OpenFailed, tr("Cannot write the state snapshot: %1").arg(file.errorString()));
    // Owner only, set on the temporary file before any byte. A filesystem without modes
    // (FAT, some network mounts) refuses: write anyway, it is ciphertext, as the ops are.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        qCWarning(lcStore, "the state snapshot's file mode cannot be set to 0600 here; writing it anyway");
        file.unsetError(); // else QSaveFile turns the failed chmod into a failed write
    }
    vv::crypto::Aead::Sealer sealer(m_aead, &file);
    const bool sealed
        = StateSnapshot::serializeTo(state, covers, [&sealer](QByteArrayView piece) { return sealer.add(piece); });
    const std::optional<QByteArray> tag = sealed ? sealer.finish() : std::nullopt;
    if (!tag) {
        const bool ioError = file.error() != QFileDevice::NoError;
        const QString why = file.errorString(); // before cancelWriting() replaces it
        file.cancelWriting();
        if (ioError)
            return fail(Error::OpenFailed, tr("Could not write the state snapshot: %1").arg(why));
        return fail(Error::Crypto, tr("Could not encrypt the state snapshot."));
    }
    if (!file.commit())
        return fail(Error::OpenFailed, tr("Could not write the state snapshot: %1").arg(file.errorString()));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO snapshot_file (id, covers, tag) VALUES (1, ?, ?)"));
    q.addBindValue(covers);
    q.addBindValue(*tag);
    if (!q.exec()) // the file stays, but its tag is not the row's: it will be ignored
        return fail(Error::Sql, tr("Could not record the state snapshot: %1").arg(q.lastError().text()));
    return true;
}

std::optional<LocalStore::Snapshot> LocalStore::loadSnapshot()
{
    if (!requireOpen())
        return std::nullopt;
    qint64 covers = 0;
    QByteArray tag;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT covers, tag FROM snapshot_file WHERE id = 1")) || !q.next())
            return std::nullopt; // none yet
        covers = q.value(0).toLongLong();
        tag = q.value(1).toByteArray();
    }
    // Warnings name the failure only: no key, no file bytes, no budget data.
    const auto ignore = [](const char* why) {
        qCWarning(lcStore, "ignoring the state snapshot: %s; replaying all ops", why);
        return std::nullopt;
    };
    if (covers < 0 || covers > lastSequence())
        return ignore("it covers ops this store does not hold");
    QFile file(snapshotFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return ignore("its file cannot be read");
    const qint64 size = file.size();
    if (size < vv::crypto::Aead::Overhead || size > MaxSnapshotBytes)
        return ignore("its file has an impossible size");
    // One buffer: read into it, decrypt within it, parse from it.
    QByteArray blob(qsizetype(size), Qt::Uninitialized);
    if (file.read(blob.data(), size) != size)
        return ignore("its file cannot be read");
    file.close();
    if (tag.size() != vv::crypto::Aead::TagSize || !blob.endsWith(tag))
        return ignore("its file is not the one this store recorded");
    const vv::crypto::Aead::Result plain = m_aead.decryptInPlace(std::move(blob));
    if (!plain.isOk()) {
        qCWarning(lcStore, "ignoring the state snapshot: %s; replaying all ops",
            qUtf8Printable(vv::crypto::Aead::errorName(plain.error)));
        return std::nullopt;
    }
    std::optional<BudgetState> state = StateSnapshot::deserialize(plain.plaintext, covers);
    if (!state)
        return ignore("it does not parse");
    return Snapshot { std::move(*state), covers };
}

} // namespace vv::store
