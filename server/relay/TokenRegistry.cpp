#include "relay/TokenRegistry.h"

#include <QDir>

#include <chrono>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <sqlite3.h>

namespace vv::server {

TokenRegistry::~TokenRegistry()
{
    sqlite3_finalize(m_select);
    sqlite3_finalize(m_insert);
    if (m_db)
        sqlite3_close(m_db);
}

bool TokenRegistry::open(const QString& dataDir)
{
    if (!QDir().mkpath(dataDir)) {
        m_error = QStringLiteral("cannot create data directory %1").arg(dataDir);
        return false;
    }
    const QByteArray path = QDir(dataDir).filePath(QStringLiteral("relay.sqlite3")).toUtf8();
    if (sqlite3_open_v2(
            path.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        m_error = QStringLiteral("cannot open token registry: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    // WAL + NORMAL: a registration is durable against process crashes and costs no fsync per join.
    const char* schema = "PRAGMA journal_mode=WAL;"
                         "PRAGMA synchronous=NORMAL;"
                         "PRAGMA busy_timeout=2000;"
                         "CREATE TABLE IF NOT EXISTS room_tokens ("
                         " room_id TEXT PRIMARY KEY NOT NULL,"
                         " token_sha256 BLOB NOT NULL CHECK (length(token_sha256) = 32),"
                         " created_ms INTEGER NOT NULL) WITHOUT ROWID;";
    char* err = nullptr;
    if (sqlite3_exec(m_db, schema, nullptr, nullptr, &err) != SQLITE_OK) {
        m_error = QStringLiteral("cannot prepare token registry: %1").arg(QString::fromUtf8(err ? err : "?"));
        sqlite3_free(err);
        return false;
    }
    if (sqlite3_prepare_v3(m_db, "SELECT token_sha256 FROM room_tokens WHERE room_id = ?1", -1,
            SQLITE_PREPARE_PERSISTENT, &m_select, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(m_db,
               "INSERT OR IGNORE INTO room_tokens (room_id, token_sha256, created_ms) VALUES (?1, ?2, ?3)", -1,
               SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr)
            != SQLITE_OK) {
        m_error = QStringLiteral("cannot prepare token registry: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    return true;
}

TokenRegistry::Lookup TokenRegistry::lookup(const std::string& roomId, TokenHash* hash)
{
    sqlite3_reset(m_select);
    sqlite3_bind_text(m_select, 1, roomId.data(), int(roomId.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_select);
    Lookup result = Lookup::Failed;
    if (rc == SQLITE_ROW) {
        const void* blob = sqlite3_column_blob(m_select, 0);
        if (blob && sqlite3_column_bytes(m_select, 0) == int(hash->size())) {
            std::memcpy(hash->data(), blob, hash->size());
            result = Lookup::Registered;
        }
    } else if (rc == SQLITE_DONE) {
        result = Lookup::NotRegistered;
    }
    sqlite3_reset(m_select);
    sqlite3_clear_bindings(m_select);
    return result;
}

std::optional<TokenHash> TokenRegistry::registerRoom(const std::string& roomId, const TokenHash& hash)
{
    const qint64 now
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    sqlite3_reset(m_insert);
    sqlite3_bind_text(m_insert, 1, roomId.data(), int(roomId.size()), SQLITE_STATIC);
    sqlite3_bind_blob(m_insert, 2, hash.data(), int(hash.size()), SQLITE_STATIC);
    sqlite3_bind_int64(m_insert, 3, now);
    const int rc = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    sqlite3_clear_bindings(m_insert);
    if (rc != SQLITE_DONE)
        return std::nullopt;
    TokenHash bound {};
    if (lookup(roomId, &bound) != Lookup::Registered)
        return std::nullopt;
    return bound;
}

TokenHash TokenRegistry::hashToken(std::string_view token)
{
    TokenHash out {};
    unsigned int n = 0;
    EVP_Digest(token.data(), token.size(), out.data(), &n, EVP_sha256(), nullptr);
    return out;
}

bool TokenRegistry::equal(const TokenHash& a, const TokenHash& b)
{
    return CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace vv::server
