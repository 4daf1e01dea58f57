#pragma once

#include "signaling/SignalingService.h"
#include "sync/StoreClient.h"
#include "sync/SyncStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTimer;

namespace vv::sync {

// Drives sync of one budget (DESIGN.md, Sync): pushes local encrypted ops to the store and
// pulls remote ones, with WebSocket signaling as the "something changed" trigger.
//  - start(): brings signaling up and syncs at once.
//  - Local changes (notifyLocalChange()) are pushed after a debounce; a successful push is
//    followed by data_changed carrying the server's lastSeq. A pull-only sync never signals.
//  - data_changed / sync_required from another device pull at once; more while a pull runs are
//    coalesced into one more pull; a signal whose seq we already have is ignored.
//  - Every (re)connect of signaling pulls. While signaling is off or down it polls every
//    pollInterval; while live it keeps a slow backstop poll.
//  - Failures are retried with exponential backoff (Retry-After honoured); a refused token
//    stops retrying until syncNow() or start().
//  - stop() cancels everything and disconnects signaling.
// Ops are opaque ciphertext here: the orchestrator never decrypts (P2/P4).
class SyncOrchestrator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(SyncOrchestrator)
public:
    enum class State {
        Stopped, // not started, or stop()ped
        Idle, // started; waiting for a trigger
        Syncing, // a sync is running
        RetryScheduled, // the last sync failed; see nextRetryAt()
        Failed, // the server refused our token or the config is unusable: no automatic retry
    };
    Q_ENUM(State)

    enum class Error {
        NoError,
        ServerUnavailable, // network, timeout or 5xx: retried with backoff
        RateLimited, // 429: retried after Retry-After
        Unauthorized, // fatal
        TokenRefused, // fatal
        Rejected, // 400/413: the server refused the data; retried with backoff
        LocalStoreFailed, // the local store could not record acks or apply ops
        InvalidConfig, // fatal
    };
    Q_ENUM(Error)

    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    // None of the three is owned. `signaling` may be null (poll-only).
    SyncOrchestrator(
        StoreClient* client, SyncStore* store, signaling::SignalingService* signaling, QObject* parent = nullptr);
    ~SyncOrchestrator() override;

    // Intervals (ms). Defaults: debounce 300, poll 30 s, backstop 5 min, retry 2 s .. 5 min.
    void setDebounceInterval(int ms);
    [[nodiscard]] int debounceInterval() const { return m_debounceMs; }
    void setPollInterval(int ms);
    [[nodiscard]] int pollInterval() const { return m_pollMs; }
    void setBackstopInterval(int ms);
    [[nodiscard]] int backstopInterval() const { return m_backstopMs; }
    void setRetryInterval(int baseMs, int maxMs);
    void setBatchSize(int ops); // ops per push request (default 200, at most 500; halved on 413)
    [[nodiscard]] int batchSize() const { return m_batchSize; }
    void setClock(Clock clock);
    void setRandom(Random random);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state != State::Stopped; }
    [[nodiscard]] bool isSyncing() const { return m_state == State::Syncing; }
    [[nodiscard]] int pendingCount() const { return m_pendingCount; }
    [[nodiscard]] QDateTime lastSyncAt() const { return m_lastSyncAt; } // last successful sync
    [[nodiscard]] Error lastError() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_errorString; } // never contains a secret
    [[nodiscard]] int retryAttempt() const { return m_retryAttempt; }
    [[nodiscard]] QDateTime nextRetryAt() const { return m_nextRetryAt; }
    [[nodiscard]] qint64 serverSeq() const;

public Q_SLOTS:
    void start();
    void stop();
    // High-priority sync: skips the debounce and any pending retry wait; pulls and pushes now.
    void syncNow();
    // The local store has new pending ops: push them after the debounce.
    void notifyLocalChange();

Q_SIGNALS:
    void syncStarted();
    void syncFinished(bool ok);
    void stateChanged(vv::sync::SyncOrchestrator::State state);
    void pendingCountChanged(int count);
    void errorOccurred(const QString& message);
    // Ops from other devices were applied to the local store (count of ops received).
    void remoteChangesApplied(int count);

private:
    void onSignal(const protocol::Signal& signal);
    void onSignalingState(signaling::SignalingService::State state);
    void requestSync(bool pull);
    void beginCycle(bool pull);
    void nextStep();
    void startPull();
    void onPullFinished(StoreReply* reply);
    void startPush();
    void onPushFinished(StoreReply* reply);
    void finishCycle(bool ok);
    void fail(StoreReply* reply);
    void failLocal(const QString& why);
    void scheduleRetry(qint64 serverDelayMs);
    void updatePollTimer();
    void refreshPendingCount();
    void setState(State state);
    void setError(Error error, const QString& text);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] bool signalingLive() const;

    QPointer<StoreClient> m_client;
    SyncStore* m_store;
    QPointer<signaling::SignalingService> m_signaling;

    QTimer* m_debounceTimer;
    QTimer* m_pollTimer;
    QTimer* m_retryTimer;
    int m_debounceMs = 300;
    int m_pollMs = 30000;
    int m_backstopMs = 300000;
    int m_retryBaseMs = 2000;
    int m_retryMaxMs = 300000;
    int m_batchSize = 200;
    int m_lastBatchCount = 0; // ops in the push in flight
    Clock m_clock;
    Random m_random;

    State m_state = State::Stopped;
    Error m_error = Error::NoError;
    QString m_errorString;
    QDateTime m_lastSyncAt;
    QDateTime m_nextRetryAt;
    int m_retryAttempt = 0;
    int m_pendingCount = 0;

    // The running cycle.
    QPointer<StoreReply> m_reply;
    bool m_needPull = false; // this cycle still has to pull
    bool m_pushedAny = false; // this cycle stored ops on the server: signal at the end
    qint64 m_pushedLastSeq = 0;
    int m_remoteApplied = 0;
    int m_steps = 0; // bounds one cycle's requests
    // Triggers that arrived while a cycle was running (coalesced into one more cycle).
    bool m_queuedPull = false;
    bool m_queuedPush = false;
    std::optional<qint64> m_queuedSeqHint; // highest seq announced by those signals, if all had one
    bool m_queuedWithoutHint = false;
};

[[nodiscard]] QString stateName(SyncOrchestrator::State state);

} // namespace vv::sync
