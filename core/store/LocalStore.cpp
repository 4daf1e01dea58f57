#include "store/LocalStore.h"

#include "store/StateSnapshot.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <limits>
#include <optional>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcStore, "vv.store")

namespace vv::store {

namespace {

std::atomic<quint64> g_connectionCounter { 0 };

// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db)
        : m_db(db)
        , m_active(db.transaction())
    { }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Q_DISABLE_COPY(Transaction)
    [[nodiscard]] bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

private:
    QSqlDatabase& m_db;
    bool m_active = false;
};

QString sqlError(const QSqlError& e)
{
    // SQLite messages describe the statement failure, not our data (blobs are bound values).
    return e.text();
}

} // namespace

LocalStore::LocalStore(vv::crypto::Aead aead, QObject* parent)
    : QObject(parent)
    , m_aead(std::move(aead))
{
    m_connectionName = QStringLiteral("vv.store.%1").arg(++g_connectionCounter);
}

LocalStore::~LocalStore()
{
    close();
}

bool LocalStore::fail(Error error, const QString& why)
{
    m_error = error;
    m_errorString = why;
    qCWarning(lcStore, "%s", qUtf8Printable(why));
    emit errorOccurred(error, why);
    return false;
}

void LocalStore::clearError()
{
    m_error = Error::NoError;
    m_errorString.clear();
}

bool LocalStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool LocalStore::requireOpen()
{
    if (isOpen())
        return true;
    return fail(Error::NotOpen, tr("The local store is not open."));
}

bool LocalStore::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return fail(Error::Sql, tr("Local store error: %1").arg(sqlError(q.lastError())));
    return true;
}

bool LocalStore::open(const QString& profileDir)
{
    close();
    clearError();
    if (!m_aead.isValid())
        return fail(Error::Crypto, tr("The local store needs a valid data key."));
    if (!QDir().mkpath(profileDir))
        return fail(Error::OpenFailed, tr("Cannot create the profile directory %1.").arg(profileDir));
    m_filePath = QDir(profileDir).filePath(QLatin1StringView(FileName));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_filePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString why = sqlError(m_db.lastError());
        close();
        return fail(Error::OpenFailed, tr("Cannot open the local store: %1").arg(why));
    }
    // WAL: readers do not block the writer and a commit is one append; synchronous=FULL
    // fsyncs the WAL on every commit, so an acknowledged write survives power loss.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1StringView("wal"), Qt::CaseInsensitive) != 0) {
        close();
        return fail(Error::OpenFailed, tr("The local store cannot use write-ahead logging."));
    }
    q.finish(); // an unfinished statement would block the migration's COMMIT
    if (!exec(QStringLiteral("PRAGMA synchronous=FULL")) || !migrate()) {
        close(); // the error is already set and reported
        return false;
    }
    return true;
}

bool LocalStore::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(Error::Sql, tr("Cannot read the local store version: %1").arg(sqlError(q.lastError())));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion)
        return fail(
            Error::SchemaTooNew, tr("The local store was written by a newer VioletVault (schema %1).").arg(version));
    if (version == SchemaVersion)
        return true;

    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(Error::Sql, tr("Cannot start a transaction: %1").arg(sqlError(m_db.lastError())));
    // Version 0 -> 1. Later versions add steps here, each inside this one transaction.
    if (version < 1) {
        const bool ok = exec(QStringLiteral("CREATE TABLE ops ("
                                            " op_id TEXT PRIMARY KEY NOT NULL,"
                                            " blob BLOB NOT NULL,"
                                            " server_seq INTEGER,"
                                            " pending INTEGER NOT NULL DEFAULT 0,"
                                            " created INTEGER NOT NULL)"))
            && exec(QStringLiteral("CREATE INDEX ops_pending ON ops(pending) WHERE pending = 1"))
            && exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"));
        if (!ok)
            return false;
    }
    // 1 -> 2 added a `snapshot` table holding the encrypted snapshot as a blob; 2 -> 3 moves it
    // to a file of its own (SQLite copied the tens of MB twice on each read and write) and keeps
    // one row saying what the file covers and which file it is (its GCM tag). A schema-2
    // snapshot is dropped: the next open replays the ops once and close writes the file.
    if (version < 3) {
        if (!exec(QStringLiteral("DROP TABLE IF EXISTS snapshot"))
            || !exec(QStringLiteral("CREATE TABLE snapshot_file (id INTEGER PRIMARY KEY CHECK(id = 1),"
                                    " covers INTEGER NOT NULL, tag BLOB NOT NULL)")))
            return false;
    }
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
        return false;
    if (!tx.commit())
        return fail(Error::Sql, tr("Cannot create the local store: %1").arg(sqlError(m_db.lastError())));
    return true;
}

void LocalStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool LocalStore::appendLocal(const Operation& op)
{
    return appendLocal(QList<Operation> { op });
}

bool LocalStore::appendLocal(const QList<Operation>& ops)
{
    m_lastAppendInserted = 0;
    if (!requireOpen())
        return false;
    clearError();
    // Encrypt everything first: nothing touches the database unless every op is sound.
    QList<QByteArray> blobs;
    blobs.reserve(ops.size());
    for (const Operation& op : ops) {
        const QString why = op.validate();
        if (!why.isEmpty())
            return fail(Error::InvalidOperation, tr("Invalid operation: %1").arg(why));
        std::optional<QByteArray> blob = op.encrypt(m_aead);
        if (!blob)
            return fail(Error::Crypto, tr("Could not encrypt an operation."));
        blobs.append(std::move(*blob));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(Error::Sql, tr("Cannot start a transaction: %1").arg(sqlError(m_db.lastError())));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO ops (op_id, blob, server_seq, pending, created) "
                             "VALUES (?, ?, NULL, 1, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int inserted = 0;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        q.addBindValue(ops.at(i).opId);
        q.addBindValue(blobs.at(i));
        q.addBindValue(now);
        if (!q.exec())
            return fail(Error::Sql, tr("Could not store an operation: %1").arg(sqlError(q.lastError())));
        inserted += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!tx.commit())
        return fail(Error::Sql, tr("Could not commit operations: %1").arg(sqlError(m_db.lastError())));
    m_lastAppendInserted = inserted;
    if (inserted > 0)
        emit localOpsAppended(inserted);
    return true;
}

QList<LocalStore::PendingOp> LocalStore::pendingOps(int limit)
{
    QList<PendingOp> out;
    if (!requireOpen())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT op_id, blob FROM ops WHERE pending = 1 ORDER BY rowid");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!q.exec(sql)) {
        fail(Error::Sql, tr("Could not read pending operations: %1").arg(sqlError(q.lastError())));
        return out;
    }
    while (q.next())
        out.append(PendingOp { q.value(0).toString(), q.value(1).toByteArray() });
    return out;
}

qsizetype LocalStore::pendingCount()
{
    if (!requireOpen())
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ops WHERE pending = 1")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool LocalStore::markAcknowledged(const QList<Ack>& acks)
{
    if (!requireOpen())
        return false;
    clearError();
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(Error::Sql, tr("Cannot start a transaction: %1").arg(sqlError(m_db.lastError())));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE ops SET pending = 0, server_seq = ? WHERE op_id = ?"));
    for (const Ack& ack : acks) {
        q.addBindValue(ack.serverSeq);
        q.addBindValue(ack.opId);
        if (!q.exec())
            return fail(Error::Sql, tr("Could not record an acknowledgement: %1").arg(sqlError(q.lastError())));
    }
    if (!tx.commit())
        return fail(Error::Sql, tr("Could not commit acknowledgements: %1").arg(sqlError(m_db.lastError())));
    return true;
}

LocalStore::ApplyResult LocalStore::applyRemote(const QList<RemoteOp>& ops, qint64 newServerSeq)
{
    ApplyResult result;
    if (!requireOpen())
        return result;
    clearError();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        fail(Error::Sql, tr("Cannot start a transaction: %1").arg(sqlError(m_db.lastError())));
        return result;
    }
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT pending, server_seq FROM ops WHERE op_id = ?"));
    QSqlQuery ack(m_db);
    ack.prepare(QStringLiteral("UPDATE ops SET pending = 0, server_seq = ? WHERE op_id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO ops (op_id, blob, server_seq, pending, created) VALUES (?, ?, ?, 0, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto sqlFailure = [this, &result](const QSqlQuery& q) {
        fail(Error::Sql, tr("Could not apply pulled operations: %1").arg(sqlError(q.lastError())));
        result = ApplyResult();
        return result;
    };

    for (const RemoteOp& remote : ops) {
        std::optional<Operation> op = Operation::decrypt(m_aead, remote.blob);
        if (!op || (!remote.opId.isEmpty() && remote.opId != op->opId)) {
            // Another key, corruption, or a server swapping blobs between ids: never store it.
            ++result.rejected;
            continue;
        }
        find.addBindValue(op->opId);
        if (!find.exec())
            return sqlFailure(find);
        if (find.next()) {
            const bool pending = find.value(0).toInt() != 0;
            const bool hasSeq = !find.value(1).isNull();
            find.finish();
            if (pending || !hasSeq) {
                ack.addBindValue(remote.serverSeq);
                ack.addBindValue(op->opId);
                if (!ack.exec())
                    return sqlFailure(ack);
            }
            if (pending)
                ++result.acknowledged;
            else
                ++result.duplicates;
            continue;
        }
        find.finish();
        insert.addBindValue(op->opId);
        insert.addBindValue(remote.blob);
        insert.addBindValue(remote.serverSeq);
        insert.addBindValue(now);
        if (!insert.exec())
            return sqlFailure(insert);
        result.newOps.append(std::move(*op));
    }

    QSqlQuery meta(m_db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('serverSeq', ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = "
                                "CASE WHEN CAST(excluded.value AS INTEGER) > CAST(value AS INTEGER) "
                                "THEN excluded.value ELSE value END"));
    meta.addBindValue(QString::number(qMax<qint64>(0, newServerSeq)));
    if (!meta.exec())
        return sqlFailure(meta);
    if (!tx.commit()) {
        fail(Error::Sql, tr("Could not commit pulled operations: %1").arg(sqlError(m_db.lastError())));
        return ApplyResult();
    }
    if (result.rejected > 0)
        qCWarning(lcStore, "skipped %d pulled operation(s) that did not decrypt", result.rejected);
    result.ok = true;
    if (!result.newOps.isEmpty())
        emit remoteOpsApplied(int(result.newOps.size()));
    return result;
}

qint64 LocalStore::serverSeq()
{
    if (!requireOpen())
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'serverSeq'")) || !q.next())
        return 0;
    return q.value(0).toString().toLongLong();
}

qsizetype LocalStore::operationCount()
{
    if (!requireOpen())
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ops")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool LocalStore::contains(const QString& opId)
{
    if (!requireOpen())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM ops WHERE op_id = ?"));
    q.addBindValue(opId);
    return q.exec() && q.next();
}

namespace {

// Decrypting and parsing is ~90% of opening a budget and independent per op: split a chunk
// over the cores (the caller's thread included). Aead::decrypt and Operation::fromJson touch
// no shared mutable state.
void decodeChunk(
    const vv::crypto::Aead& aead, const std::vector<QByteArray>& blobs, std::vector<std::optional<Operation>>& out)
{
    out.resize(blobs.size());
    const auto decodeRange = [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i)
            out[i] = Operation::decrypt(aead, blobs[i]);
    };
    const size_t n = blobs.size();
    const size_t threads = n < 512 ? 1 : std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<std::thread> helpers;
    const size_t per = (n + threads - 1) / threads;
    for (size_t t = 1; t < threads; ++t)
        helpers.emplace_back(decodeRange, std::min(n, t * per), std::min(n, (t + 1) * per));
    decodeRange(0, std::min(n, per));
    for (std::thread& h : helpers)
        h.join();
}

} // namespace

bool LocalStore::forEachOperation(const std::function<bool(const Operation&)>& visit, int* undecryptable)
{
    return forEachOperationInRange(0, std::numeric_limits<qint64>::max(), visit, undecryptable);
}

bool LocalStore::forEachOperationInRange(
    qint64 after, qint64 upTo, const std::function<bool(const Operation&)>& visit, int* undecryptable)
{
    if (undecryptable)
        *undecryptable = 0;
    if (!requireOpen())
        return false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT blob FROM ops WHERE rowid > ? AND rowid <= ? ORDER BY rowid"));
    q.addBindValue(after);
    q.addBindValue(upTo);
    if (!q.exec())
        return fail(Error::Sql, tr("Could not read operations: %1").arg(sqlError(q.lastError())));
    // In chunks: bounded memory whatever the log's size, and work for every core per chunk.
    constexpr size_t Chunk = 8192;
    std::vector<QByteArray> blobs;
    blobs.reserve(Chunk);
    std::vector<std::optional<Operation>> ops;
    bool more = true;
    while (more) {
        blobs.clear();
        while (blobs.size() < Chunk && (more = q.next()))
            blobs.push_back(q.value(0).toByteArray());
        decodeChunk(m_aead, blobs, ops);
        for (std::optional<Operation>& op : ops) {
            if (!op) {
                if (undecryptable)
                    ++*undecryptable;
                continue;
            }
            if (!visit(*op))
                return true;
        }
    }
    return true;
}

QList<Operation> LocalStore::allOperations()
{
    QList<Operation> out;
    forEachOperation([&out](const Operation& op) {
        out.append(op);
        return true;
    });
    return out;
}

} // namespace vv::store
