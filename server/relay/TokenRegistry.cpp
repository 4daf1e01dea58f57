#include "relay/TokenRegistry.h"

#include <QDir>
#include <QFileInfo>

#include <cstring>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <sqlite3.h>

namespace vv::server {
namespace {

constexpr char HexDigits[] = "0123456789abcdef";

std::string toHex(const TokenHash& hash)
{
    std::string out;
    out.reserve(hash.size() * 2);
    for (std::uint8_t b : hash) {
        out.push_back(HexDigits[b >> 4]);
        out.push_back(HexDigits[b & 0xf]);
    }
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool fromHex(std::string_view hex, TokenHash* out)
{
    if (hex.size() != out->size() * 2)
        return false;
    for (std::size_t i = 0; i < out->size(); ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        (*out)[i] = std::uint8_t((hi << 4) | lo);
    }
    return true;
}

} // namespace

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
    const QByteArray path = databasePath(dataDir).toUtf8();
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
                         // Same table as server/store's SqliteTokenVerifier (lowercase hex SHA-256), so the
                         // relay and the store can share one registry.
                         "CREATE TABLE IF NOT EXISTS room_tokens ("
                         " room_id TEXT PRIMARY KEY NOT NULL,"
                         " token_hash TEXT NOT NULL,"
                         " created_at INTEGER NOT NULL DEFAULT (strftime('%s','now')));";
    char* err = nullptr;
    if (sqlite3_exec(m_db, schema, nullptr, nullptr, &err) != SQLITE_OK) {
        m_error = QStringLiteral("cannot prepare token registry: %1").arg(QString::fromUtf8(err ? err : "?"));
        sqlite3_free(err);
        return false;
    }
    // Before the store and the relay shared one file, the relay kept relay.sqlite3: keep its
    // bindings (INSERT OR IGNORE: a binding already here wins; idempotent on every start).
    const QString legacy = QDir(dataDir).filePath(QStringLiteral("relay.sqlite3"));
    if (QFileInfo::exists(legacy)) {
        sqlite3_stmt* attach = nullptr;
        const QByteArray legacyPath = legacy.toUtf8();
        if (sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS legacy", -1, &attach, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(attach, 1, legacyPath.constData(), int(legacyPath.size()), SQLITE_TRANSIENT);
            const bool attached = sqlite3_step(attach) == SQLITE_DONE;
            sqlite3_finalize(attach);
            if (attached) {
                sqlite3_exec(m_db,
                    "INSERT OR IGNORE INTO main.room_tokens(room_id, token_hash, created_at)"
                    " SELECT room_id, token_hash, created_at FROM legacy.room_tokens",
                    nullptr, nullptr, nullptr);
                sqlite3_exec(m_db, "DETACH DATABASE legacy", nullptr, nullptr, nullptr);
            }
        }
    }
    if (sqlite3_prepare_v3(m_db, "SELECT token_hash FROM room_tokens WHERE room_id = ?1", -1, SQLITE_PREPARE_PERSISTENT,
            &m_select, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(m_db, "INSERT OR IGNORE INTO room_tokens (room_id, token_hash) VALUES (?1, ?2)", -1,
               SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr)
            != SQLITE_OK) {
        m_error = QStringLiteral("cannot prepare token registry: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    return true;
}

QString TokenRegistry::databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("violetvault.sqlite3"));
}

TokenRegistry::Lookup TokenRegistry::lookup(const std::string& roomId, TokenHash* hash)
{
    sqlite3_reset(m_select);
    sqlite3_bind_text(m_select, 1, roomId.data(), int(roomId.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_select);
    Lookup result = Lookup::Failed;
    if (rc == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_select, 0));
        const int n = sqlite3_column_bytes(m_select, 0);
        if (text && fromHex(std::string_view(text, std::size_t(n)), hash))
            result = Lookup::Registered;
    } else if (rc == SQLITE_DONE) {
        result = Lookup::NotRegistered;
    }
    sqlite3_reset(m_select);
    sqlite3_clear_bindings(m_select);
    return result;
}

std::optional<TokenHash> TokenRegistry::registerRoom(const std::string& roomId, const TokenHash& hash)
{
    sqlite3_reset(m_insert);
    sqlite3_bind_text(m_insert, 1, roomId.data(), int(roomId.size()), SQLITE_STATIC);
    const std::string hex = toHex(hash);
    sqlite3_bind_text(m_insert, 2, hex.data(), int(hex.size()), SQLITE_STATIC);
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
