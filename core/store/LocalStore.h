#pragma once

#include "crypto/Aead.h"
#include "store/BudgetState.h"
#include "store/Operation.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace vv::store {

// The device's durable operation log for one budget: <profileDir>/store.sqlite (SQLite,
// WAL, synchronous=FULL, so a call that returned true survives a crash or power loss).
// Privacy (P4): the database holds only AES-GCM blobs plus routing metadata (op id, server
// sequence number, pending flag, local insertion time). No plaintext, no keys: the Aead is
// handed in and kept in memory only.
//
// Lifecycle of a local edit: appendLocal() (pending) -> pendingOps() is uploaded with the
// op id as idempotency key -> markAcknowledged() once the server durably stored it.
// Remote ops arrive through applyRemote() with their server sequence numbers; the op id makes
// that idempotent, and a pulled copy of one of our own pending ops acknowledges it.
// Synchronous and single-threaded; each instance has its own connection, so several stores
// (devices) can live in one process.
class LocalStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 3; // 2: snapshot table; 3: snapshot in its own file
    static constexpr char FileName[] = "store.sqlite";
    // The encrypted state snapshot, next to the database (see writeSnapshot()).
    static constexpr char SnapshotFileName[] = "state.snapshot";

    enum class Error {
        NoError,
        NotOpen,
        OpenFailed, // cannot create the directory or open the database
        SchemaTooNew, // written by a newer VioletVault
        Sql, // SQLite failed (disk full, I/O error, ...)
        Crypto, // no valid Aead, or encryption failed
        InvalidOperation,
    };

    struct PendingOp {
        QString opId;
        QByteArray blob;
    };
    struct Ack {
        QString opId;
        qint64 serverSeq = 0;
    };
    struct RemoteOp {
        qint64 serverSeq = 0;
        QByteArray blob;
        QString opId; // as the server knows it; if set it must match the decrypted op
    };
    struct ApplyResult {
        bool ok = false; // false: nothing was written (see errorString())
        QList<Operation> newOps; // ops not seen before, in input order: fold these
        int duplicates = 0; // already present (ours or pulled before)
        int acknowledged = 0; // our own pending ops that came back from the server
        int rejected = 0; // could not be decrypted/parsed, or op id mismatch: skipped
    };

    explicit LocalStore(vv::crypto::Aead aead, QObject* parent = nullptr);
    ~LocalStore() override;
    Q_DISABLE_COPY(LocalStore)

    // Creates the directory and database if needed and migrates the schema.
    bool open(const QString& profileDir);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString filePath() const { return m_filePath; }

    // Encrypts and stores local edits as pending, in one transaction (all or none).
    // Returns true only once they are durable.
    bool appendLocal(const Operation& op);
    bool appendLocal(const QList<Operation>& ops);

    // Oldest first (insertion order, so causal order is kept on upload). limit <= 0: all.
    [[nodiscard]] QList<PendingOp> pendingOps(int limit = 0);
    [[nodiscard]] qsizetype pendingCount();
    // The server stored these; unknown op ids are ignored. Returns false on a database error.
    bool markAcknowledged(const QList<Ack>& acks);

    // Stores pulled ops and raises serverSeq() to `serverSeq` (never lowers it), atomically.
    [[nodiscard]] ApplyResult applyRemote(const QList<RemoteOp>& ops, qint64 serverSeq);
    // Highest server sequence number this device has pulled up to (0 = nothing yet).
    [[nodiscard]] qint64 serverSeq();

    [[nodiscard]] qsizetype operationCount();
    [[nodiscard]] bool contains(const QString& opId);
    // Decrypts every stored op in insertion order and calls visit; stop by returning false.
    // Blobs that fail to decrypt are counted in *undecryptable and skipped.
    bool forEachOperation(const std::function<bool(const Operation&)>& visit, int* undecryptable = nullptr);
    [[nodiscard]] QList<Operation> allOperations();

    // ---- sequence and snapshot ----
    // Ops are numbered by insertion (SQLite rowid: ops are never deleted, and the table is
    // never VACUUMed, so the numbers only grow). Sync delivers ops out of stamp order, so a
    // snapshot's position is this sequence, never a stamp.
    [[nodiscard]] qint64 lastSequence(); // 0 = no ops
    [[nodiscard]] qsizetype operationCountAfter(qint64 sequence);
    // As forEachOperation(), only ops with after < sequence <= upTo.
    bool forEachOperationInRange(
        qint64 after, qint64 upTo, const std::function<bool(const Operation&)>& visit, int* undecryptable = nullptr);
    // How many ops the last appendLocal() stored (duplicates of stored ops are ignored).
    [[nodiscard]] int lastAppendInserted() const { return m_lastAppendInserted; }

    struct Snapshot {
        BudgetState state;
        qint64 covers = 0; // the state is the fold of exactly the ops with sequence <= covers
    };
    // Encrypts `state` (the fold of the ops with sequence <= covers) into SnapshotFileName,
    // piece by piece (memory: one piece, not the tens of MB of a large budget twice), replaced
    // atomically (QSaveFile, 0600); then the database's snapshot_file row records `covers` and
    // the file's GCM tag. A file whose tag is not the row's (a crash between the two steps, a
    // file from another store) is ignored. Failure loses nothing: the ops stay the truth.
    bool writeSnapshot(const BudgetState& state, qint64 covers);
    [[nodiscard]] QString snapshotFilePath() const;
    // nullopt when there is none, or (with a warning) when it does not decrypt, parse or fit
    // this store: the caller then replays every op.
    [[nodiscard]] std::optional<Snapshot> loadSnapshot();
    [[nodiscard]] qint64 snapshotCovers(); // 0 = no snapshot

    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

signals:
    void localOpsAppended(int count); // debounce a push on this
    void remoteOpsApplied(int newCount); // refresh the view on this
    void errorOccurred(vv::store::LocalStore::Error error, const QString& errorString);

private:
    bool fail(Error error, const QString& why);
    void clearError();
    bool exec(const QString& sql);
    bool migrate();
    [[nodiscard]] bool requireOpen();

    vv::crypto::Aead m_aead;
    int m_lastAppendInserted = 0;
    QString m_connectionName;
    QString m_filePath;
    QSqlDatabase m_db;
    Error m_error = Error::NoError;
    QString m_errorString;
};

} // namespace vv::store
