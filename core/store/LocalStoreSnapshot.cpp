// LocalStore: the insertion sequence and the encrypted state snapshot (kept apart from
// LocalStore.cpp, which holds the op log itself).
#include "store/LocalStore.h"
#include "store/StateSnapshot.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace vv::store {

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
    if (!q.exec(QStringLiteral("SELECT covers FROM snapshot WHERE id = 1")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool LocalStore::writeSnapshot(const BudgetState& state, qint64 covers)
{
    if (!requireOpen())
        return false;
    clearError();
    // Sealed like an op blob (same data key, room id as associated data); `covers` is inside
    // the authenticated plaintext, so the row's column cannot be changed to point elsewhere.
    std::optional<QByteArray> blob = m_aead.encrypt(StateSnapshot::serialize(state, covers));
    if (!blob)
        return fail(Error::Crypto, tr("Could not encrypt the state snapshot."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO snapshot (id, covers, blob) VALUES (1, ?, ?)"));
    q.addBindValue(covers);
    q.addBindValue(*blob);
    if (!q.exec())
        return fail(Error::Sql, tr("Could not store the state snapshot: %1").arg(q.lastError().text()));
    return true;
}

std::optional<LocalStore::Snapshot> LocalStore::loadSnapshot()
{
    if (!requireOpen())
        return std::nullopt;
    qint64 covers = 0;
    QByteArray blob;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT covers, blob FROM snapshot WHERE id = 1")) || !q.next())
            return std::nullopt; // none yet
        covers = q.value(0).toLongLong();
        blob = q.value(1).toByteArray();
    }
    // Warnings name the failure only: no key, no blob bytes, no budget data.
    if (covers < 0 || covers > lastSequence()) {
        qCWarning(lcStore, "ignoring the state snapshot: it covers ops this store does not hold; replaying all ops");
        return std::nullopt;
    }
    const vv::crypto::Aead::Result plain = m_aead.decryptInPlace(std::move(blob));
    if (!plain.isOk()) {
        qCWarning(lcStore, "ignoring the state snapshot: %s; replaying all ops",
            qUtf8Printable(vv::crypto::Aead::errorName(plain.error)));
        return std::nullopt;
    }
    std::optional<BudgetState> state = StateSnapshot::deserialize(plain.plaintext, covers);
    if (!state) {
        qCWarning(lcStore, "ignoring the state snapshot: it does not parse; replaying all ops");
        return std::nullopt;
    }
    return Snapshot { std::move(*state), covers };
}

} // namespace vv::store
