#pragma once

#include "OpLog.h"
#include "RateLimiter.h"
#include "StoreHttp.h"
#include "TokenVerifier.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace vv::server::store {

struct StoreLimits {
    std::int64_t maxBlobBytes = 64 * 1024; // decoded bytes of one op blob
    int maxOpsPerBatch = 500;
    std::int64_t maxBodyBytes = 2 * 1024 * 1024; // the server core may refuse bigger bodies early
    int defaultPageSize = 500;
    int maxPageSize = 1000;
    std::int64_t maxPageBytes = 4 * 1024 * 1024; // blob bytes per pull page (bounds a response)
    double requestsPerSecond = 20; // per token; 0 = no rate limit
    double requestBurst = 60;
    std::int64_t idempotencyKeyTtlSeconds = 7 * 24 * 3600;
};

// The encrypted operation store's HTTP API (docs/api.md): pure logic on SQLite, no sockets.
// The server's event loop hands it parsed requests and writes back the responses.
// Blobs are opaque AEAD ciphertext; the service never sees plaintext (P2) and never logs or
// echoes tokens or request content.
//
// Threading: not thread-safe; call it from one thread. handle() blocks for the fsync of a write
// (WAL commit with synchronous=FULL) before it returns the acknowledgement, so violetvault-server
// runs it on a worker thread (relay/StoreWorker), never on the event loop.
class StoreService
{
public:
    struct Options {
        std::string databasePath; // e.g. <data-dir>/store.sqlite
        StoreLimits limits;
        // Shared room-token registry; when null the service keeps its own room_tokens table
        // in its database (SqliteTokenVerifier).
        TokenVerifier* tokenVerifier = nullptr;
        RateLimiter::Clock monotonicClockMs; // test seam; steady_clock when empty
        std::function<std::int64_t()> wallClockSeconds; // test seam; system_clock when empty
    };

    ~StoreService();
    StoreService(const StoreService&) = delete;
    StoreService& operator=(const StoreService&) = delete;

    // nullptr and *error (never containing a secret) when the database cannot be opened.
    [[nodiscard]] static std::unique_ptr<StoreService> open(Options options, std::string* error);
    [[nodiscard]] static std::string databasePathFor(const std::string& dataDir);

    [[nodiscard]] Response handle(const Request& request);

    // Group commit: pushes handled between beginBatch() and commitBatch() share one transaction
    // and one fsync. Their 200 answers may be sent only once commitBatch() returned true; on
    // false nothing of the batch is stored. Do not handle pulls inside a batch (they would see
    // uncommitted ops).
    [[nodiscard]] bool beginBatch() { return m_log->beginBatch(); }
    [[nodiscard]] bool commitBatch() { return m_log->commitBatch(); }

    enum class Route { Push, Pull, Other };
    // Cheap classification for routing and metrics, without validating anything.
    [[nodiscard]] static Route routeOf(std::string_view method, std::string_view path);
    [[nodiscard]] static const char* routeName(Route route); // "push", "pull", "other" (metrics labels)
    // The answer for a push whose batch could not be committed (nothing acknowledged).
    [[nodiscard]] static Response internalError();

    [[nodiscard]] const StoreLimits& limits() const { return m_options.limits; }
    [[nodiscard]] TokenVerifier* tokenVerifier() const { return m_verifier; }
    // The store's own connection, e.g. to share with SqliteTokenVerifier in the relay.
    [[nodiscard]] sqlite3* database() const { return m_log->handle(); }
    // Path prefix the router should hand to handle().
    static constexpr const char* PathPrefix = "/v1/";

private:
    explicit StoreService(Options options);
    Response handlePush(const std::string& roomId, const std::string& token, const Request& request);
    Response handlePull(const std::string& roomId, const std::string& token, const Request& request);

    Options m_options;
    std::unique_ptr<OpLog> m_log;
    std::unique_ptr<TokenVerifier> m_ownVerifier;
    TokenVerifier* m_verifier = nullptr;
    RateLimiter m_rateLimiter;
};

} // namespace vv::server::store
