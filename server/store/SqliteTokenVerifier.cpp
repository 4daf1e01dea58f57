#include "SqliteTokenVerifier.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sqlite3.h>

namespace vv::server::store {

TokenVerifier::~TokenVerifier() = default;

namespace {

struct Statement {
    sqlite3_stmt* stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

bool createTable(sqlite3* db)
{
    return sqlite3_exec(db,
               "CREATE TABLE IF NOT EXISTS room_tokens ("
               " room_id TEXT PRIMARY KEY NOT NULL,"
               " token_hash TEXT NOT NULL,"
               " created_at INTEGER NOT NULL DEFAULT (strftime('%s','now')))",
               nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace

SqliteTokenVerifier::SqliteTokenVerifier(sqlite3* db)
    : m_db(db)
    , m_ok(db != nullptr && createTable(db))
{ }

SqliteTokenVerifier::~SqliteTokenVerifier()
{
    if (m_ownsDb)
        sqlite3_close(m_db);
}

std::unique_ptr<SqliteTokenVerifier> SqliteTokenVerifier::open(const std::string& path, std::string* error)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = "cannot open the token database";
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr);
    auto verifier = std::make_unique<SqliteTokenVerifier>(db);
    verifier->m_ownsDb = true;
    if (!verifier->isValid()) {
        if (error)
            *error = "cannot create the room_tokens table";
        return nullptr;
    }
    return verifier;
}

std::string SqliteTokenVerifier::hashToken(std::string_view token)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(token.data(), static_cast<qsizetype>(token.size())), QCryptographicHash::Sha256);
    return digest.toHex().toStdString();
}

bool SqliteTokenVerifier::constantTimeEquals(std::string_view a, std::string_view b)
{
    // Both are fixed-length hashes; the length check leaks nothing secret.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

TokenVerifier::Verdict SqliteTokenVerifier::verifyOrRegister(std::string_view roomId, std::string_view token)
{
    return check(roomId, token, true);
}

TokenVerifier::Verdict SqliteTokenVerifier::verify(std::string_view roomId, std::string_view token)
{
    return check(roomId, token, false);
}

TokenVerifier::Verdict SqliteTokenVerifier::check(
    std::string_view roomId, std::string_view token, bool registerIfUnknown)
{
    if (!m_ok)
        return Verdict::Failed;
    const std::string hash = hashToken(token);
    Statement select;
    if (sqlite3_prepare_v2(m_db, "SELECT token_hash FROM room_tokens WHERE room_id = ?1", -1, &select.stmt, nullptr)
        != SQLITE_OK)
        return Verdict::Failed;
    sqlite3_bind_text(select.stmt, 1, roomId.data(), static_cast<int>(roomId.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(select.stmt);
    if (rc == SQLITE_ROW) {
        const auto* stored = reinterpret_cast<const char*>(sqlite3_column_text(select.stmt, 0));
        const int storedLen = sqlite3_column_bytes(select.stmt, 0);
        const std::string_view storedHash(stored ? stored : "", static_cast<std::size_t>(storedLen));
        return constantTimeEquals(storedHash, hash) ? Verdict::Accepted : Verdict::Refused;
    }
    if (rc != SQLITE_DONE)
        return Verdict::Failed;
    if (!registerIfUnknown)
        return Verdict::Unknown;

    // INSERT OR IGNORE + re-check: if another writer bound the room in between, compare with theirs.
    Statement insert;
    if (sqlite3_prepare_v2(
            m_db, "INSERT OR IGNORE INTO room_tokens(room_id, token_hash) VALUES (?1, ?2)", -1, &insert.stmt, nullptr)
        != SQLITE_OK)
        return Verdict::Failed;
    sqlite3_bind_text(insert.stmt, 1, roomId.data(), static_cast<int>(roomId.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(insert.stmt, 2, hash.data(), static_cast<int>(hash.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(insert.stmt) != SQLITE_DONE)
        return Verdict::Failed;
    if (sqlite3_changes(m_db) == 1)
        return Verdict::Registered;
    const Verdict again = check(roomId, token, false);
    return again == Verdict::Unknown ? Verdict::Failed : again;
}

} // namespace vv::server::store
