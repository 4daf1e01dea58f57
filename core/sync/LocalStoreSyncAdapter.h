#pragma once

#include "store/LocalStore.h"
#include "sync/SyncStore.h"

#include <QPointer>

#include <functional>

namespace vv::sync {

// Presents core/store's LocalStore (encrypted op log) as the SyncStore the orchestrator needs.
// Blobs pass through untouched: the adapter never decrypts; LocalStore does, when it applies.
// Hook local edits to the push debounce with
//   connect(store, &LocalStore::localOpsAppended, orchestrator, &SyncOrchestrator::notifyLocalChange);
class LocalStoreSyncAdapter final : public SyncStore
{
public:
    using NewOpsHandler = std::function<void(const QList<store::Operation>&)>;

    explicit LocalStoreSyncAdapter(store::LocalStore* store);
    ~LocalStoreSyncAdapter() override;

    // Called with the ops that were new to this device after each successful apply (fold them).
    void setNewOpsHandler(NewOpsHandler handler);
    // Blobs that could not be decrypted or did not match their id, since construction.
    [[nodiscard]] int rejectedCount() const { return m_rejected; }

    [[nodiscard]] QList<OutgoingOp> pendingOps(int max) override;
    [[nodiscard]] int pendingCount() override;
    bool markAcknowledged(const QList<PushAck>& acks, QString* error) override;
    bool applyRemote(const QList<RemoteOp>& ops, qint64 serverSeq, QString* error) override;
    [[nodiscard]] qint64 serverSeq() override;

private:
    QPointer<store::LocalStore> m_store;
    NewOpsHandler m_newOps;
    int m_rejected = 0;
};

} // namespace vv::sync
