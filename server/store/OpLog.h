#pragma once

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace vv::server::store {

// The durable per-room operation log in SQLite (WAL, synchronous=FULL): opaque blobs, each with
// the room's next sequence number. One append is one transaction; when append() returns ok, the
// batch is on disk (fsync done), so it may be acknowledged. Not thread-safe: one thread only.
class OpLog
{
public:
    struct NewOp {
        std::string id;
        QByteArray blob;
    };
    struct Ack {
        std::string id;
        std::int64_t seq = 0;
    };
    struct AppendResult {
        bool ok = false;
        bool replayed = false; // the idempotency key was seen before: the original acks
        int inserted = 0; // ops new to the room (stored by this call)
        std::vector<Ack> acks;
        std::int64_t lastSeq = 0;
    };
    struct StoredOp {
        std::string id;
        std::int64_t seq = 0;
        QByteArray blob;
    };
    struct ReadResult {
        bool ok = false;
        std::vector<StoredOp> ops;
        std::int64_t lastSeq = 0; // the room's head
        bool hasMore = false;
    };

    ~OpLog();
    OpLog(const OpLog&) = delete;
    OpLog& operator=(const OpLog&) = delete;

    // Opens or creates the database file; nullptr and *error (no path details) on failure.
    [[nodiscard]] static std::unique_ptr<OpLog> open(const std::string& path, std::string* error);

    // idempotencyKeyTtlSeconds: keys older than this are forgotten (their ops stay, and re-uploads
    // of the same op ids still dedupe by id).
    [[nodiscard]] AppendResult append(const std::string& roomId, const std::string& idempotencyKey,
        const std::vector<NewOp>& ops, std::int64_t nowSeconds, std::int64_t idempotencyKeyTtlSeconds);
    // At most limit ops, and the page ends early (hasMore) once its blobs pass maxBytes; it
    // always holds at least one op when one exists, so a reader always makes progress.
    [[nodiscard]] ReadResult read(
        const std::string& roomId, std::int64_t after, int limit, std::int64_t maxBytes = 4 * 1024 * 1024);
    [[nodiscard]] std::int64_t lastSeq(const std::string& roomId);

    // Group commit: appends between beginBatch() and commitBatch() run as savepoints of one
    // transaction, so one fsync covers them all. Their results are durable only once
    // commitBatch() returned true; on false, none of them is.
    [[nodiscard]] bool beginBatch();
    [[nodiscard]] bool commitBatch();
    [[nodiscard]] bool inBatch() const { return m_inBatch; }

    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    OpLog() = default;
    bool prepareAll();
    bool exec(const char* sql);
    sqlite3_stmt* prepared(int index);

    sqlite3* m_db = nullptr;
    std::vector<sqlite3_stmt*> m_statements;
    std::int64_t m_appendsSincePrune = 0;
    bool m_inBatch = false;
};

} // namespace vv::server::store
