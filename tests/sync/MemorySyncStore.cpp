#include "MemorySyncStore.h"

namespace vv::test {

void MemorySyncStore::addLocal(const QString& id, const QByteArray& blob)
{
    m_pending.append({ id, blob });
    m_known.insert(id, blob);
}

QList<sync::OutgoingOp> MemorySyncStore::pendingOps(int max)
{
    return m_pending.mid(0, max);
}

bool MemorySyncStore::markAcknowledged(const QList<sync::PushAck>& acks, QString* /*error*/)
{
    for (const sync::PushAck& ack : acks) {
        m_acked.insert(ack.id, ack.seq);
        m_pending.removeIf([&ack](const sync::OutgoingOp& op) { return op.id == ack.id; });
    }
    return true;
}

bool MemorySyncStore::applyRemote(const QList<sync::RemoteOp>& ops, qint64 serverSeq, QString* error)
{
    if (m_failApply) {
        if (error)
            *error = QStringLiteral("disk full (simulated)");
        return false;
    }
    for (const sync::RemoteOp& op : ops) {
        if (!m_known.contains(op.id)) {
            m_known.insert(op.id, op.blob);
            ++m_remoteApplied;
        }
    }
    m_serverSeq = serverSeq;
    return true;
}

} // namespace vv::test
