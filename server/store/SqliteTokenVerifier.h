#pragma once

#include "TokenVerifier.h"

#include <memory>
#include <string>

struct sqlite3;

namespace vv::server::store {

// TokenVerifier on the SQLite table room_tokens(room_id TEXT PRIMARY KEY, token_hash TEXT).
// token_hash is the lowercase hex SHA-256 of the token (the same as
// vv::crypto::KeyHierarchy::accessTokenHash), so the relay and the store can share one table:
// either both open the same database file, or both get one verifier object.
// Not thread-safe: use it from one thread (the server's loop).
class SqliteTokenVerifier final : public TokenVerifier
{
public:
    // Uses an open connection it does not own (e.g. the store's); creates the table if needed.
    // Check isValid() afterwards.
    explicit SqliteTokenVerifier(sqlite3* db);
    ~SqliteTokenVerifier() override;

    // Opens (or creates) its own database file; nullptr and *error on failure.
    [[nodiscard]] static std::unique_ptr<SqliteTokenVerifier> open(const std::string& path, std::string* error);

    [[nodiscard]] bool isValid() const { return m_ok; }
    [[nodiscard]] Verdict verifyOrRegister(std::string_view roomId, std::string_view token) override;
    [[nodiscard]] Verdict verify(std::string_view roomId, std::string_view token) override;

    // Lowercase hex SHA-256.
    [[nodiscard]] static std::string hashToken(std::string_view token);
    [[nodiscard]] static bool constantTimeEquals(std::string_view a, std::string_view b);

private:
    Verdict check(std::string_view roomId, std::string_view token, bool registerIfUnknown);

    sqlite3* m_db = nullptr;
    bool m_ownsDb = false;
    bool m_ok = false;
};

} // namespace vv::server::store
