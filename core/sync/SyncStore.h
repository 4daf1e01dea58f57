#pragma once

#include "sync/SyncTypes.h"

#include <QList>
#include <QString>

namespace vv::sync {

// What SyncOrchestrator needs from the local store, and nothing more: pending encrypted ops
// out, acknowledgements and remote encrypted ops in, and the server high-water mark. The
// orchestrator never decrypts; core/store's LocalStore is adapted to this (LocalStoreSyncAdapter).
// Calls are synchronous and on the orchestrator's thread.
class SyncStore
{
public:
    SyncStore() = default;
    virtual ~SyncStore();
    SyncStore(const SyncStore&) = delete;
    SyncStore& operator=(const SyncStore&) = delete;

    // Up to `max` ops not yet acknowledged, oldest first. The same ops come back until acknowledged.
    [[nodiscard]] virtual QList<OutgoingOp> pendingOps(int max) = 0;
    [[nodiscard]] virtual int pendingCount() = 0;
    // Records server seqs for uploaded ops (durably); they stop being pending.
    virtual bool markAcknowledged(const QList<PushAck>& acks, QString* error) = 0;
    // Applies ops from the server (ascending seq; ops already known by id must be ignored) and
    // sets serverSeq() to `serverSeq`, in one transaction. `ops` may be empty (only the mark moves).
    virtual bool applyRemote(const QList<RemoteOp>& ops, qint64 serverSeq, QString* error) = 0;
    // Everything with seq <= serverSeq() has been applied locally.
    [[nodiscard]] virtual qint64 serverSeq() = 0;
};

} // namespace vv::sync
