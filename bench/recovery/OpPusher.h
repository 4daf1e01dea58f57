#pragma once

#include "sync/StoreClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace vv::bench {

// One client of the op store pushing continuously, as a device's sync does: a batch of opaque
// blobs under a stable idempotency key; the next batch only once this one is acknowledged; a
// failed push (server gone, connection refused) is retried with the SAME ops and key after a
// short backoff. An op is acknowledged when the push reply lists it (the server acknowledges
// after its fsync). Its own room and token.
class OpPusher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(OpPusher)
public:
    OpPusher(int index, const QUrl& storeBase, const QElapsedTimer* clock, QObject* parent = nullptr);
    ~OpPusher() override;

    void setBatchSize(int ops) { m_batchSize = ops; }
    void setPaceMs(int ms) { m_paceMs = ms; }
    void start();
    // No new batch after the current one; idle() once nothing is pending.
    void finish();
    [[nodiscard]] bool isIdle() const { return m_idle; }

    [[nodiscard]] QString roomId() const { return m_client.roomId(); }
    [[nodiscard]] QString token() const { return m_token; }
    [[nodiscard]] QUrl baseUrl() const { return m_client.baseUrl(); }
    // Every op id made so far, and when each was acknowledged (ms on the clock).
    [[nodiscard]] const QStringList& generated() const { return m_generated; }
    [[nodiscard]] const QHash<QString, qint64>& ackedAt() const { return m_ackedAt; }
    [[nodiscard]] int failedPushes() const { return m_failedPushes; }
    // Ops acknowledged only by a retry of a push that had failed (e.g. in flight at the kill).
    [[nodiscard]] int repushedOps() const { return m_repushedOps; }
    // Retries the server answered from its idempotency record: committed before, answer lost.
    [[nodiscard]] int replayedBatches() const { return m_replayedBatches; }
    [[nodiscard]] QString fatalError() const { return m_fatal; }
    // Ops of the batch not acknowledged yet (in flight or waiting for a retry).
    [[nodiscard]] int pendingOps() const { return static_cast<int>(m_current.size()); }

Q_SIGNALS:
    void idle();

private:
    void pushCurrent();
    void onFinished(sync::StoreReply* reply);

    int m_index;
    const QElapsedTimer* m_clock;
    sync::StoreClient m_client;
    QString m_token;
    QTimer m_timer; // the next push (pace or retry backoff); one timer, no connection per attempt
    int m_batchSize = 4;
    int m_paceMs = 5;
    int m_next = 0;
    int m_tries = 0; // pushes of the current batch
    bool m_finishing = false;
    bool m_idle = true;
    QList<sync::OutgoingOp> m_current;
    QStringList m_generated;
    QHash<QString, qint64> m_ackedAt;
    int m_failedPushes = 0;
    int m_repushedOps = 0;
    int m_replayedBatches = 0;
    QString m_fatal;
};

} // namespace vv::bench
