#pragma once

#include "sync/SyncStore.h"

#include <QMap>
#include <QSet>

namespace vv::test {

// Stand-in for core/store's LocalStore behind the SyncStore seam: keeps the set of op blobs a
// device knows (its "state"), the pending ones, and the server mark. Can be told to fail.
class MemorySyncStore final : public sync::SyncStore
{
public:
    // A local change: a new op, pending until acknowledged.
    void addLocal(const QString& id, const QByteArray& blob);

    [[nodiscard]] QList<sync::OutgoingOp> pendingOps(int max) override;
    [[nodiscard]] int pendingCount() override { return static_cast<int>(m_pending.size()); }
    bool markAcknowledged(const QList<sync::PushAck>& acks, QString* error) override;
    bool applyRemote(const QList<sync::RemoteOp>& ops, qint64 serverSeq, QString* error) override;
    [[nodiscard]] qint64 serverSeq() override { return m_serverSeq; }

    [[nodiscard]] const QMap<QString, QByteArray>& known() const { return m_known; }
    [[nodiscard]] int remoteApplied() const { return m_remoteApplied; }
    [[nodiscard]] QMap<QString, qint64> acked() const { return m_acked; }
    void setFailApply(bool fail) { m_failApply = fail; }

private:
    QList<sync::OutgoingOp> m_pending;
    QMap<QString, QByteArray> m_known;
    QMap<QString, qint64> m_acked;
    qint64 m_serverSeq = 0;
    int m_remoteApplied = 0;
    bool m_failApply = false;
};

} // namespace vv::test
