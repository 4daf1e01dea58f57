#include "sync/LocalStoreSyncAdapter.h"

#include "sync/SyncLog.h"

namespace vv::sync {

LocalStoreSyncAdapter::LocalStoreSyncAdapter(store::LocalStore* store)
    : m_store(store)
{ }

LocalStoreSyncAdapter::~LocalStoreSyncAdapter() = default;

void LocalStoreSyncAdapter::setNewOpsHandler(NewOpsHandler handler)
{
    m_newOps = std::move(handler);
}

QList<OutgoingOp> LocalStoreSyncAdapter::pendingOps(int max)
{
    QList<OutgoingOp> out;
    if (!m_store)
        return out;
    const auto pending = m_store->pendingOps(max);
    out.reserve(pending.size());
    for (const auto& op : pending)
        out.append({ op.opId, op.blob });
    return out;
}

int LocalStoreSyncAdapter::pendingCount()
{
    return m_store ? static_cast<int>(m_store->pendingCount()) : 0;
}

bool LocalStoreSyncAdapter::markAcknowledged(const QList<PushAck>& acks, QString* error)
{
    if (!m_store) {
        if (error)
            *error = QStringLiteral("the local store is gone");
        return false;
    }
    QList<store::LocalStore::Ack> converted;
    converted.reserve(acks.size());
    for (const PushAck& ack : acks)
        converted.append({ ack.id, ack.seq });
    if (m_store->markAcknowledged(converted))
        return true;
    if (error)
        *error = m_store->errorString();
    return false;
}

bool LocalStoreSyncAdapter::applyRemote(const QList<RemoteOp>& ops, qint64 serverSeq, QString* error)
{
    if (!m_store) {
        if (error)
            *error = QStringLiteral("the local store is gone");
        return false;
    }
    QList<store::LocalStore::RemoteOp> converted;
    converted.reserve(ops.size());
    for (const RemoteOp& op : ops)
        converted.append({ op.seq, op.blob, op.id });
    const auto result = m_store->applyRemote(converted, serverSeq);
    if (!result.ok) {
        if (error)
            *error = m_store->errorString();
        return false;
    }
    if (result.rejected > 0) {
        // Not fatal: a blob we cannot open (another key, corruption) must not block the log.
        m_rejected += result.rejected;
        qCWarning(lcSync) << "skipped" << result.rejected << "remote ops that could not be opened";
    }
    if (m_newOps && !result.newOps.isEmpty())
        m_newOps(result.newOps);
    return true;
}

qint64 LocalStoreSyncAdapter::serverSeq()
{
    return m_store ? m_store->serverSeq() : 0;
}

} // namespace vv::sync
