#include "OpLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace vv::server::store {

namespace {

enum StatementIndex {
    FindKey,
    RoomHead,
    FindOp,
    InsertOp,
    UpsertRoom,
    InsertKey,
    PruneKeys,
    ReadOps,
    StatementCount,
};

const char* const StatementSql[StatementCount] = {
    "SELECT response FROM idempotency_keys WHERE room_id = ?1 AND idem_key = ?2",
    "SELECT last_seq FROM rooms WHERE room_id = ?1",
    "SELECT seq FROM ops WHERE room_id = ?1 AND op_id = ?2",
    "INSERT INTO ops(room_id, seq, op_id, blob) VALUES (?1, ?2, ?3, ?4)",
    "INSERT INTO rooms(room_id, last_seq) VALUES (?1, ?2) ON CONFLICT(room_id) DO UPDATE SET last_seq = excluded.last_seq",
    "INSERT INTO idempotency_keys(room_id, idem_key, response, created_at) VALUES (?1, ?2, ?3, ?4)",
    "DELETE FROM idempotency_keys WHERE created_at < ?1",
    "SELECT seq, op_id, blob FROM ops WHERE room_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
};

void bindText(sqlite3_stmt* stmt, int index, const std::string& text)
{
    sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

std::string columnText(sqlite3_stmt* stmt, int index)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, index));
    return text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, index))) : std::string();
}

// Resets a cached statement when the scope ends, whatever path we leave by.
struct Use {
    sqlite3_stmt* stmt;
    explicit Use(sqlite3_stmt* s)
        : stmt(s)
    { }
    ~Use()
    {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;
};

std::string encodeAcks(const std::vector<OpLog::Ack>& acks, std::int64_t lastSeq)
{
    QJsonArray ops;
    for (const auto& ack : acks) {
        ops.append(QJsonObject { { QStringLiteral("id"), QString::fromStdString(ack.id) },
            { QStringLiteral("seq"), static_cast<double>(ack.seq) } });
    }
    const QJsonObject root { { QStringLiteral("ops"), ops },
        { QStringLiteral("lastSeq"), static_cast<double>(lastSeq) } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact).toStdString();
}

bool decodeAcks(const std::string& text, std::vector<OpLog::Ack>* acks, std::int64_t* lastSeq)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text));
    if (!doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    *lastSeq = root.value(QStringLiteral("lastSeq")).toInteger();
    const QJsonArray ops = root.value(QStringLiteral("ops")).toArray();
    acks->clear();
    for (const auto& value : ops) {
        const QJsonObject op = value.toObject();
        acks->push_back(
            { op.value(QStringLiteral("id")).toString().toStdString(), op.value(QStringLiteral("seq")).toInteger() });
    }
    return true;
}

} // namespace

OpLog::~OpLog()
{
    for (sqlite3_stmt* stmt : m_statements)
        sqlite3_finalize(stmt);
    sqlite3_close(m_db);
}

std::unique_ptr<OpLog> OpLog::open(const std::string& path, std::string* error)
{
    std::unique_ptr<OpLog> log(new OpLog);
    if (sqlite3_open_v2(
            path.c_str(), &log->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = "cannot open the store database";
        return nullptr;
    }
    sqlite3_busy_timeout(log->m_db, 5000);
    // WAL + synchronous=FULL: a commit is fsynced before append() returns, so an acknowledged
    // batch survives a crash or power loss.
    const bool ok = log->exec("PRAGMA journal_mode=WAL") && log->exec("PRAGMA synchronous=FULL")
        && log->exec("PRAGMA foreign_keys=ON")
        && log->exec("CREATE TABLE IF NOT EXISTS rooms ("
                     " room_id TEXT PRIMARY KEY NOT NULL,"
                     " last_seq INTEGER NOT NULL)")
        && log->exec("CREATE TABLE IF NOT EXISTS ops ("
                     " room_id TEXT NOT NULL,"
                     " seq INTEGER NOT NULL,"
                     " op_id TEXT NOT NULL,"
                     " blob BLOB NOT NULL,"
                     " PRIMARY KEY (room_id, seq),"
                     " UNIQUE (room_id, op_id)) WITHOUT ROWID")
        && log->exec("CREATE TABLE IF NOT EXISTS idempotency_keys ("
                     " room_id TEXT NOT NULL,"
                     " idem_key TEXT NOT NULL,"
                     " response TEXT NOT NULL,"
                     " created_at INTEGER NOT NULL,"
                     " PRIMARY KEY (room_id, idem_key))")
        && log->exec("CREATE INDEX IF NOT EXISTS idempotency_keys_age ON idempotency_keys(created_at)")
        && log->prepareAll();
    if (!ok) {
        if (error)
            *error = "cannot initialise the store database";
        return nullptr;
    }
    return log;
}

bool OpLog::exec(const char* sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool OpLog::prepareAll()
{
    m_statements.assign(StatementCount, nullptr);
    for (int i = 0; i < StatementCount; ++i) {
        if (sqlite3_prepare_v3(m_db, StatementSql[i], -1, SQLITE_PREPARE_PERSISTENT,
                &m_statements[static_cast<std::size_t>(i)], nullptr)
            != SQLITE_OK)
            return false;
    }
    return true;
}

sqlite3_stmt* OpLog::prepared(int index)
{
    return m_statements[static_cast<std::size_t>(index)];
}

OpLog::AppendResult OpLog::append(const std::string& roomId, const std::string& idempotencyKey,
    const std::vector<NewOp>& ops, std::int64_t nowSeconds, std::int64_t idempotencyKeyTtlSeconds)
{
    AppendResult result;
    // IMMEDIATE: take the write lock up front so the head we read cannot move under us. In a
    // batch the lock is already held; a savepoint lets this append fail alone.
    if (!exec(m_inBatch ? "SAVEPOINT push" : "BEGIN IMMEDIATE"))
        return result;
    auto rollback = [this] { exec(m_inBatch ? "ROLLBACK TO push; RELEASE push" : "ROLLBACK"); };
    auto fail = [&rollback, &result] {
        rollback();
        result = AppendResult {};
        return result;
    };

    {
        Use q(prepared(FindKey));
        bindText(q.stmt, 1, roomId);
        bindText(q.stmt, 2, idempotencyKey);
        const int rc = sqlite3_step(q.stmt);
        if (rc == SQLITE_ROW) {
            const std::string stored = columnText(q.stmt, 0);
            rollback();
            result.ok = decodeAcks(stored, &result.acks, &result.lastSeq);
            result.replayed = true;
            return result;
        }
        if (rc != SQLITE_DONE)
            return fail();
    }

    std::int64_t head = 0;
    {
        Use q(prepared(RoomHead));
        bindText(q.stmt, 1, roomId);
        const int rc = sqlite3_step(q.stmt);
        if (rc == SQLITE_ROW)
            head = sqlite3_column_int64(q.stmt, 0);
        else if (rc != SQLITE_DONE)
            return fail();
    }

    result.acks.reserve(ops.size());
    for (const NewOp& op : ops) {
        std::int64_t existing = 0;
        {
            Use q(prepared(FindOp));
            bindText(q.stmt, 1, roomId);
            bindText(q.stmt, 2, op.id);
            const int rc = sqlite3_step(q.stmt);
            if (rc == SQLITE_ROW)
                existing = sqlite3_column_int64(q.stmt, 0);
            else if (rc != SQLITE_DONE)
                return fail();
        }
        if (existing > 0) {
            // Re-upload (another key, or twice in one batch): keep the original seq.
            result.acks.push_back({ op.id, existing });
            continue;
        }
        Use q(prepared(InsertOp));
        bindText(q.stmt, 1, roomId);
        sqlite3_bind_int64(q.stmt, 2, head + 1);
        bindText(q.stmt, 3, op.id);
        sqlite3_bind_blob(q.stmt, 4, op.blob.constData(), static_cast<int>(op.blob.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(q.stmt) != SQLITE_DONE)
            return fail();
        ++head;
        ++result.inserted;
        result.acks.push_back({ op.id, head });
    }

    {
        Use q(prepared(UpsertRoom));
        bindText(q.stmt, 1, roomId);
        sqlite3_bind_int64(q.stmt, 2, head);
        if (sqlite3_step(q.stmt) != SQLITE_DONE)
            return fail();
    }
    {
        Use q(prepared(InsertKey));
        bindText(q.stmt, 1, roomId);
        bindText(q.stmt, 2, idempotencyKey);
        bindText(q.stmt, 3, encodeAcks(result.acks, head));
        sqlite3_bind_int64(q.stmt, 4, nowSeconds);
        if (sqlite3_step(q.stmt) != SQLITE_DONE)
            return fail();
    }
    if (++m_appendsSincePrune >= 256) {
        // Amortised: forget old idempotency keys now and then, inside this same transaction.
        m_appendsSincePrune = 0;
        Use q(prepared(PruneKeys));
        sqlite3_bind_int64(q.stmt, 1, nowSeconds - idempotencyKeyTtlSeconds);
        if (sqlite3_step(q.stmt) != SQLITE_DONE)
            return fail();
    }
    // COMMIT returns after the WAL is fsynced (synchronous=FULL); in a batch, commitBatch() does.
    if (!exec(m_inBatch ? "RELEASE push" : "COMMIT"))
        return fail();
    result.ok = true;
    result.lastSeq = head;
    return result;
}

bool OpLog::beginBatch()
{
    if (m_inBatch || !exec("BEGIN IMMEDIATE"))
        return false;
    m_inBatch = true;
    return true;
}

bool OpLog::commitBatch()
{
    if (!m_inBatch)
        return false;
    m_inBatch = false;
    if (exec("COMMIT"))
        return true;
    exec("ROLLBACK");
    return false;
}

OpLog::ReadResult OpLog::read(const std::string& roomId, std::int64_t after, int limit, std::int64_t maxBytes)
{
    std::int64_t bytes = 0;
    ReadResult result;
    // One read transaction so the page and the head are consistent with each other.
    if (!exec("BEGIN"))
        return result;
    {
        Use q(prepared(ReadOps));
        bindText(q.stmt, 1, roomId);
        sqlite3_bind_int64(q.stmt, 2, after);
        sqlite3_bind_int(q.stmt, 3, limit + 1);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
            const std::int64_t size = sqlite3_column_bytes(q.stmt, 2);
            if (static_cast<int>(result.ops.size()) == limit || (!result.ops.empty() && bytes + size > maxBytes)) {
                result.hasMore = true;
                break;
            }
            bytes += size;
            StoredOp op;
            op.seq = sqlite3_column_int64(q.stmt, 0);
            op.id = columnText(q.stmt, 1);
            const void* blob = sqlite3_column_blob(q.stmt, 2);
            op.blob = QByteArray(static_cast<const char*>(blob), sqlite3_column_bytes(q.stmt, 2));
            result.ops.push_back(std::move(op));
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            exec("ROLLBACK");
            return ReadResult {};
        }
    }
    result.lastSeq = lastSeq(roomId);
    exec("COMMIT");
    result.ok = result.lastSeq >= 0;
    return result;
}

std::int64_t OpLog::lastSeq(const std::string& roomId)
{
    Use q(prepared(RoomHead));
    bindText(q.stmt, 1, roomId);
    const int rc = sqlite3_step(q.stmt);
    if (rc == SQLITE_ROW)
        return sqlite3_column_int64(q.stmt, 0);
    return rc == SQLITE_DONE ? 0 : -1;
}

} // namespace vv::server::store
