#include "sync/SyncOrchestrator.h"

#include "sync/SyncLog.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace vv::sync {

using signaling::SignalingService;

namespace {
// One cycle issues at most this many requests (pages and batches); the rest waits for the next.
constexpr int MaxStepsPerCycle = 1000;
constexpr int MaxBatchSize = 500;
} // namespace

SyncOrchestrator::SyncOrchestrator(StoreClient* client, SyncStore* store, SignalingService* signaling, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_signaling(signaling)
    , m_debounceTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_debounceTimer->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    connect(m_debounceTimer, &QTimer::timeout, this, [this] { requestSync(false); });
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        m_nextRetryAt = {};
        if (m_state == State::RetryScheduled)
            setState(State::Idle);
        requestSync(true);
    });
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        // A scheduled retry or a running sync already covers what a poll would do.
        if (m_state == State::Idle)
            requestSync(true);
    });
    // Connected once here, never per start(): restarting does not pile up connections.
    if (m_signaling) {
        connect(m_signaling, &SignalingService::signalReceived, this, &SyncOrchestrator::onSignal);
        connect(m_signaling, &SignalingService::stateChanged, this, &SyncOrchestrator::onSignalingState);
    }
}

SyncOrchestrator::~SyncOrchestrator()
{
    if (m_reply) {
        StoreReply* reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
}

void SyncOrchestrator::setDebounceInterval(int ms)
{
    m_debounceMs = std::max(0, ms);
}

void SyncOrchestrator::setPollInterval(int ms)
{
    m_pollMs = std::max(1, ms);
    updatePollTimer();
}

void SyncOrchestrator::setBackstopInterval(int ms)
{
    m_backstopMs = std::max(1, ms);
    updatePollTimer();
}

void SyncOrchestrator::setRetryInterval(int baseMs, int maxMs)
{
    m_retryBaseMs = std::max(1, baseMs);
    m_retryMaxMs = std::max(m_retryBaseMs, maxMs);
}

void SyncOrchestrator::setBatchSize(int ops)
{
    m_batchSize = std::clamp(ops, 1, MaxBatchSize);
}

void SyncOrchestrator::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void SyncOrchestrator::setRandom(Random random)
{
    m_random = std::move(random);
}

qint64 SyncOrchestrator::serverSeq() const
{
    return m_store ? m_store->serverSeq() : 0;
}

QDateTime SyncOrchestrator::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

bool SyncOrchestrator::signalingLive() const
{
    return m_signaling && m_signaling->state() == SignalingService::State::Connected;
}

void SyncOrchestrator::start()
{
    if (m_state != State::Stopped && m_state != State::Failed)
        return;
    if (!m_client || !m_store) {
        setError(Error::InvalidConfig, tr("Sync is not configured."));
        setState(State::Failed);
        return;
    }
    setError(Error::NoError, {});
    m_retryAttempt = 0;
    setState(State::Idle);
    refreshPendingCount();
    if (m_signaling)
        m_signaling->start();
    updatePollTimer();
    requestSync(true);
}

void SyncOrchestrator::stop()
{
    if (m_state == State::Stopped)
        return;
    const bool wasSyncing = m_state == State::Syncing;
    m_debounceTimer->stop();
    m_pollTimer->stop();
    m_retryTimer->stop();
    m_nextRetryAt = {};
    m_queuedPull = m_queuedPush = m_queuedWithoutHint = false;
    m_queuedSeqHint.reset();
    if (m_reply) {
        StoreReply* reply = m_reply;
        m_reply = nullptr; // its finished() is now stale and ignored
        reply->abort();
        reply->deleteLater();
    }
    if (m_signaling)
        m_signaling->stop();
    setState(State::Stopped);
    if (wasSyncing)
        Q_EMIT syncFinished(false);
}

void SyncOrchestrator::syncNow()
{
    if (m_state == State::Stopped)
        return;
    m_debounceTimer->stop();
    m_retryTimer->stop();
    m_nextRetryAt = {};
    if (m_state == State::Syncing) {
        m_queuedPull = true;
        m_queuedWithoutHint = true;
        return;
    }
    if (m_state == State::Failed)
        setError(Error::NoError, {});
    beginCycle(true);
}

void SyncOrchestrator::notifyLocalChange()
{
    refreshPendingCount();
    switch (m_state) {
    case State::Syncing:
        m_queuedPush = true;
        return;
    case State::Idle:
        // Not restarted on every change: a steady stream of edits still goes out every debounce.
        if (!m_debounceTimer->isActive())
            m_debounceTimer->start(m_debounceMs);
        return;
    default:
        return; // stopped, failed, or a retry (which pushes too) is already scheduled
    }
}

void SyncOrchestrator::onSignal(const protocol::Signal& signal)
{
    if (m_state == State::Stopped || m_state == State::Failed)
        return;
    if (signal.type != protocol::SignalType::DataChanged && signal.type != protocol::SignalType::SyncRequired)
        return;
    const std::optional<qint64> seq = signal.metadata.seq;
    if (seq && *seq <= serverSeq()) {
        qCDebug(lcSync) << "signal for seq" << *seq << "already applied; not pulling";
        return;
    }
    if (m_state == State::Syncing) {
        m_queuedPull = true;
        if (seq)
            m_queuedSeqHint = std::max(m_queuedSeqHint.value_or(0), *seq);
        else
            m_queuedWithoutHint = true;
        return;
    }
    requestSync(true);
}

void SyncOrchestrator::onSignalingState(SignalingService::State state)
{
    if (m_state == State::Stopped)
        return;
    updatePollTimer();
    // Signals sent while we were away are lost: catch up after every (re)connect.
    if (state == SignalingService::State::Connected)
        requestSync(true);
}

void SyncOrchestrator::requestSync(bool pull)
{
    switch (m_state) {
    case State::Stopped:
    case State::Failed:
        return;
    case State::Syncing:
        if (pull) {
            m_queuedPull = true;
            m_queuedWithoutHint = true;
        } else {
            m_queuedPush = true;
        }
        return;
    case State::RetryScheduled:
        return; // the retry does a full sync; hammering a failing server does not help
    case State::Idle:
        beginCycle(pull);
        return;
    }
}

void SyncOrchestrator::beginCycle(bool pull)
{
    m_debounceTimer->stop();
    m_needPull = pull;
    m_pushedAny = false;
    m_pushedLastSeq = 0;
    m_remoteApplied = 0;
    m_steps = 0;
    m_queuedPull = m_queuedPush = m_queuedWithoutHint = false;
    m_queuedSeqHint.reset();
    refreshPendingCount(); // ops may have been added without notifyLocalChange()
    setState(State::Syncing);
    Q_EMIT syncStarted();
    nextStep();
}

void SyncOrchestrator::nextStep()
{
    if (m_state != State::Syncing)
        return;
    if (++m_steps > MaxStepsPerCycle) {
        // Far behind or a huge backlog: finish this cycle and continue in a fresh one.
        m_queuedPull = m_queuedWithoutHint = true;
        finishCycle(true);
        return;
    }
    if (m_needPull) {
        startPull();
        return;
    }
    if (m_store->pendingCount() > 0) {
        startPush();
        return;
    }
    finishCycle(true);
}

void SyncOrchestrator::startPull()
{
    StoreReply* reply = m_client->pull(m_store->serverSeq());
    m_reply = reply;
    connect(reply, &StoreReply::finished, this, [this, reply] { onPullFinished(reply); });
}

void SyncOrchestrator::onPullFinished(StoreReply* reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return; // stale: stop() or a new cycle replaced it
    m_reply = nullptr;
    if (reply->error() != StoreReply::Error::NoError) {
        fail(reply);
        return;
    }
    const PullPage& page = reply->pullPage();
    const qint64 mark = m_store->serverSeq();
    qint64 newMark = mark;
    if (!page.ops.isEmpty())
        newMark = page.ops.constLast().seq;
    else if (!page.hasMore)
        newMark = std::max(mark, page.lastSeq);
    if (!page.ops.isEmpty() || newMark != mark) {
        QString why;
        if (!m_store->applyRemote(page.ops, newMark, &why)) {
            failLocal(why);
            return;
        }
        m_remoteApplied += static_cast<int>(page.ops.size());
    }
    m_needPull = page.hasMore && !page.ops.isEmpty();
    nextStep();
}

void SyncOrchestrator::startPush()
{
    const QList<OutgoingOp> ops = m_store->pendingOps(m_batchSize);
    if (ops.isEmpty()) {
        refreshPendingCount();
        finishCycle(true);
        return;
    }
    // The key depends only on the batch: a retry after a lost response replays, never duplicates.
    m_lastBatchCount = static_cast<int>(ops.size());
    StoreReply* reply = m_client->push(StoreClient::idempotencyKeyFor(ops), ops);
    m_reply = reply;
    connect(reply, &StoreReply::finished, this, [this, reply] { onPushFinished(reply); });
}

void SyncOrchestrator::onPushFinished(StoreReply* reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (reply->error() == StoreReply::Error::TooLarge && m_batchSize > 1
        && reply->serverErrorCode() != QLatin1StringView("blob_too_large")) {
        // The server takes smaller batches than we send: halve and go on at once (bounded by
        // the cycle's step limit; the size sticks for later cycles).
        m_batchSize = std::max(1, std::min(m_batchSize, m_lastBatchCount) / 2);
        qCInfo(lcSync) << "server refused the batch size; now" << m_batchSize << "ops per push";
        nextStep();
        return;
    }
    if (reply->error() != StoreReply::Error::NoError) {
        fail(reply);
        return;
    }
    const PushResult& result = reply->pushResult();
    QString why;
    if (!m_store->markAcknowledged(result.acks, &why)) {
        failLocal(why);
        return;
    }
    m_pushedAny = true;
    m_pushedLastSeq = std::max(m_pushedLastSeq, result.lastSeq);
    refreshPendingCount();

    // If every seq between our mark and the new head is one of ours, we already have them all and
    // can move the mark without downloading our own ops; otherwise someone else wrote in between.
    const qint64 mark = m_store->serverSeq();
    if (result.lastSeq > mark) {
        QSet<qint64> ours;
        for (const PushAck& ack : result.acks)
            ours.insert(ack.seq);
        bool contiguous = result.lastSeq - mark <= ours.size();
        for (qint64 seq = mark + 1; contiguous && seq <= result.lastSeq; ++seq)
            contiguous = ours.contains(seq);
        if (contiguous) {
            if (!m_store->applyRemote({}, result.lastSeq, &why)) {
                failLocal(why);
                return;
            }
        } else {
            m_needPull = true;
        }
    }
    nextStep();
}

void SyncOrchestrator::finishCycle(bool ok)
{
    m_reply = nullptr;
    // Announce what we stored, even if a later step of the cycle failed: it is on the server.
    if (m_pushedAny) {
        if (signalingLive()) {
            QString why;
            if (!m_signaling->sendSignal(protocol::SignalType::DataChanged,
                    { { QStringLiteral("seq"), QVariant::fromValue(m_pushedLastSeq) } }, &why))
                qCInfo(lcSync).noquote() << "could not send data_changed:" << why;
        }
        m_pushedAny = false;
    }
    if (m_remoteApplied > 0) {
        const int count = m_remoteApplied;
        m_remoteApplied = 0;
        Q_EMIT remoteChangesApplied(count);
    }
    if (ok) {
        m_lastSyncAt = now();
        m_retryAttempt = 0;
        setError(Error::NoError, {});
        setState(State::Idle);
    }
    Q_EMIT syncFinished(ok);
    if (!ok || m_state != State::Idle)
        return;

    const bool pullAgain
        = m_queuedPull && (m_queuedWithoutHint || !m_queuedSeqHint || *m_queuedSeqHint > m_store->serverSeq());
    const bool pushAgain = m_queuedPush || m_store->pendingCount() > 0;
    m_queuedPull = m_queuedPush = m_queuedWithoutHint = false;
    m_queuedSeqHint.reset();
    if (pullAgain)
        beginCycle(true); // the coalesced signals: one more pull for all of them
    else if (pushAgain)
        m_debounceTimer->start(m_debounceMs);
}

void SyncOrchestrator::fail(StoreReply* reply)
{
    const StoreReply::Error error = reply->error();
    if (error == StoreReply::Error::Aborted)
        return;
    switch (error) {
    case StoreReply::Error::Unauthorized:
        setError(Error::Unauthorized, reply->errorString());
        break;
    case StoreReply::Error::TokenRefused:
        setError(Error::TokenRefused, reply->errorString());
        break;
    case StoreReply::Error::InvalidConfig:
        setError(Error::InvalidConfig, reply->errorString());
        break;
    case StoreReply::Error::RateLimited:
        setError(Error::RateLimited, reply->errorString());
        break;
    case StoreReply::Error::BadRequest:
    case StoreReply::Error::TooLarge:
        setError(Error::Rejected, reply->errorString());
        break;
    default:
        setError(Error::ServerUnavailable, reply->errorString());
        break;
    }
    if (StoreReply::isFatal(error)) {
        // Retrying with the same token cannot succeed; wait for syncNow()/start().
        m_retryTimer->stop();
        setState(State::Failed);
    } else {
        scheduleRetry(error == StoreReply::Error::RateLimited ? reply->retryAfterMs() : -1);
    }
    finishCycle(false);
}

void SyncOrchestrator::failLocal(const QString& why)
{
    setError(Error::LocalStoreFailed, tr("The local store could not record the sync: %1").arg(why));
    scheduleRetry(-1);
    finishCycle(false);
}

void SyncOrchestrator::scheduleRetry(qint64 serverDelayMs)
{
    ++m_retryAttempt;
    const int shift = std::min(m_retryAttempt - 1, 20);
    const qint64 ceiling = std::min<qint64>(m_retryMaxMs, static_cast<qint64>(m_retryBaseMs) << shift);
    const double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    // Half fixed, half jitter: spreads devices out without ever retrying at once.
    qint64 delay = ceiling / 2 + static_cast<qint64>(r * static_cast<double>(ceiling - ceiling / 2));
    if (serverDelayMs >= 0)
        delay = std::max(delay, serverDelayMs);
    delay = std::max<qint64>(1, delay);
    m_nextRetryAt = now().addMSecs(delay);
    m_retryTimer->start(static_cast<int>(std::min<qint64>(delay, 24LL * 3600 * 1000)));
    qCInfo(lcSync) << "sync failed; retry" << m_retryAttempt << "in" << delay << "ms";
    setState(State::RetryScheduled);
}

void SyncOrchestrator::updatePollTimer()
{
    if (m_state == State::Stopped) {
        m_pollTimer->stop();
        return;
    }
    const int interval = signalingLive() ? m_backstopMs : m_pollMs;
    if (!m_pollTimer->isActive() || m_pollTimer->interval() != interval)
        m_pollTimer->start(interval);
}

void SyncOrchestrator::refreshPendingCount()
{
    const int count = m_store ? m_store->pendingCount() : 0;
    if (count == m_pendingCount)
        return;
    m_pendingCount = count;
    Q_EMIT pendingCountChanged(count);
}

void SyncOrchestrator::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Stopped)
        m_pollTimer->stop();
    Q_EMIT stateChanged(state);
}

void SyncOrchestrator::setError(Error error, const QString& text)
{
    m_error = error;
    m_errorString = text;
    if (error != Error::NoError) {
        qCInfo(lcSync).noquote() << "sync error:" << text;
        Q_EMIT errorOccurred(text);
    }
}

QString stateName(SyncOrchestrator::State state)
{
    switch (state) {
    case SyncOrchestrator::State::Stopped:
        return QStringLiteral("stopped");
    case SyncOrchestrator::State::Idle:
        return QStringLiteral("idle");
    case SyncOrchestrator::State::Syncing:
        return QStringLiteral("syncing");
    case SyncOrchestrator::State::RetryScheduled:
        return QStringLiteral("retry scheduled");
    case SyncOrchestrator::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace vv::sync
