#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace vv::server {

using TokenHash = std::array<std::uint8_t, 32>; // SHA-256 of the access token

// Which token hash owns which room, in SQLite under --data-dir, so a room stays bound to its
// first token across restarts. Only SHA-256 hashes are stored, never tokens (P2/P3).
// The file is shared with the store (server/store's SqliteTokenVerifier opens the same file on
// its worker thread), so a room bound by a signaling join is bound for HTTP too, and the reverse.
class TokenRegistry
{
public:
    TokenRegistry() = default;
    ~TokenRegistry();
    TokenRegistry(const TokenRegistry&) = delete;
    TokenRegistry& operator=(const TokenRegistry&) = delete;

    // Opens (creating if needed) dataDir/violetvault.sqlite3. Table room_tokens(room_id,
    // token_hash hex). Bindings found in an older dataDir/relay.sqlite3 are imported once.
    bool open(const QString& dataDir);
    [[nodiscard]] static QString databasePath(const QString& dataDir);
    [[nodiscard]] const QString& errorString() const { return m_error; }

    enum class Lookup { NotRegistered, Registered, Failed };
    // On Registered, *hash receives the stored hash.
    [[nodiscard]] Lookup lookup(const std::string& roomId, TokenHash* hash);
    // Binds roomId to hash if it is unbound; returns the hash now bound (which may be another
    // token's if the room was registered meanwhile), or nullopt on a database error.
    [[nodiscard]] std::optional<TokenHash> registerRoom(const std::string& roomId, const TokenHash& hash);

    [[nodiscard]] static TokenHash hashToken(std::string_view token);
    // Constant-time comparison (CRYPTO_memcmp).
    [[nodiscard]] static bool equal(const TokenHash& a, const TokenHash& b);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_select = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    QString m_error;
};

} // namespace vv::server
