#include "RecoveryRun.h"

#include "ClientFleet.h"
#include "OpPusher.h"
#include "RecoveryServer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace vv::bench {

namespace {

// Nearest-rank percentile of sorted values.
// The most values (sorted) within any `width` ms: a thundering herd would put them all there.
std::size_t mostWithin(const std::vector<qint64>& sorted, qint64 width)
{
    std::size_t most = 0;
    for (std::size_t i = 0, j = 0; i < sorted.size(); ++i) {
        while (sorted[i] - sorted[j] >= width)
            ++j;
        most = std::max(most, i - j + 1);
    }
    return most;
}

double percentile(const std::vector<qint64>& sorted, double p)
{
    if (sorted.empty())
        return std::nan("");
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return static_cast<double>(sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)]);
}

const char* verdict(bool ok)
{
    return ok ? "PASS" : "FAIL";
}

// Every op id in the pusher's room, pulled page by page from the (restarted) server.
std::optional<QStringList> pullIds(
    const OpPusher& pusher, const std::function<bool(const std::function<bool()>&, int)>& spin)
{
    sync::StoreClient client;
    client.setBaseUrl(pusher.baseUrl());
    client.setRoomId(pusher.roomId());
    client.setToken(pusher.token());
    QStringList ids;
    qint64 after = 0;
    for (int page = 0; page < 1000; ++page) { // bounded: 500k ops
        sync::StoreReply* reply = client.pull(after);
        bool done = false;
        QObject::connect(reply, &sync::StoreReply::finished, reply, [&done] { done = true; });
        if (!spin([&done] { return done; }, 10000) || reply->error() != sync::StoreReply::Error::NoError) {
            std::fprintf(stderr, "pull failed: %s\n", qPrintable(reply->errorString()));
            reply->deleteLater();
            return std::nullopt;
        }
        const sync::PullPage pageData = reply->pullPage();
        reply->deleteLater();
        for (const sync::RemoteOp& op : pageData.ops) {
            ids.append(op.id);
            after = op.seq;
        }
        if (!pageData.hasMore)
            return ids;
    }
    return std::nullopt;
}

} // namespace

RecoveryRun::RecoveryRun(RecoveryOptions options)
    : m_opt(std::move(options))
{ }

bool RecoveryRun::spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    tick.start();
    loop.exec();
    return done();
}

void RecoveryRun::figure(const char* key, double value) const
{
    std::printf("RESULT recovery.%s %.6g\n", key, value);
}

int RecoveryRun::run()
{
    m_clock.start();
    const auto spin = [this](const std::function<bool()>& done, int ms) { return spinUntil(done, ms); };
    // Limits raised so that the recovery, not a limit, is measured: every client comes from
    // 127.0.0.1, and the pushers push as fast as the server acknowledges.
    RecoveryServer server(m_opt.serverBin,
        { QStringLiteral("--allow-anonymous"), QStringLiteral("--max-connections-per-ip"), QStringLiteral("100000"),
            QStringLiteral("--store-requests-per-sec"), QStringLiteral("0"), QStringLiteral("--max-signals-per-sec"),
            QStringLiteral("1000"), QStringLiteral("--signal-burst"), QStringLiteral("1000") });
    if (!server.isValid()) {
        std::fprintf(stderr, "recovery: no temporary data dir\n");
        return 2;
    }
    qint64 upAt = -1;
    QString startError;
    QObject::connect(&server, &RecoveryServer::listening, &server, [&] { upAt = m_clock.elapsed(); });
    QObject::connect(&server, &RecoveryServer::failed, &server, [&](const QString& why) { startError = why; });
    server.start();
    if (!spinUntil([&] { return upAt >= 0 || !startError.isEmpty(); }, 10000) || upAt < 0) {
        std::fprintf(stderr, "recovery: the server did not start: %s\n", qPrintable(startError));
        return 2;
    }
    const quint16 port = server.port();
    const QUrl wsUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    const QUrl storeUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    std::printf("recovery: violetvault-server on port %u, data dir %s; %d clients in rooms of %d, %d pushers; "
                "backoff base %d ms, cap %d ms, full jitter\n",
        port, qPrintable(server.dataDir()), m_opt.clients, m_opt.roomSize, m_opt.pushers, m_opt.reconnectBaseMs,
        m_opt.reconnectCapMs);

    FleetOptions fo;
    fo.url = wsUrl;
    fo.clients = m_opt.clients;
    fo.roomSize = m_opt.roomSize;
    fo.reconnectBaseMs = m_opt.reconnectBaseMs;
    fo.reconnectCapMs = m_opt.reconnectCapMs;
    ClientFleet fleet(fo, &m_clock);
    fleet.start();
    const qint64 joinStart = m_clock.elapsed();
    if (!spinUntil([&] { return fleet.joinedCount() == m_opt.clients; }, 60000)) {
        std::fprintf(stderr, "recovery: only %d of %d clients joined\n", fleet.joinedCount(), m_opt.clients);
        return 2;
    }
    std::printf("recovery: all %d clients joined in %lld ms\n", m_opt.clients,
        static_cast<long long>(m_clock.elapsed() - joinStart));

    std::vector<std::unique_ptr<OpPusher>> pushers;
    for (int i = 0; i < m_opt.pushers; ++i) {
        pushers.push_back(std::make_unique<OpPusher>(i, storeUrl, &m_clock));
        pushers.back()->start();
    }
    QTimer signalTimer;
    signalTimer.setInterval(std::max(1, 1000 / std::max(1, m_opt.signalsPerSec)));
    QObject::connect(&signalTimer, &QTimer::timeout, &signalTimer, [&fleet] { fleet.sendOne(); });
    signalTimer.start();

    // Under load for a while, then SIGKILL: no drain, no close frames, pushes cut mid-flight.
    spinUntil([] { return false; }, m_opt.loadMs);
    fleet.beginOutage();
    int pendingAtKill = 0;
    int ackedBeforeKillCount = 0;
    for (const auto& p : pushers) {
        pendingAtKill += p->pendingOps();
        ackedBeforeKillCount += static_cast<int>(p->ackedAt().size());
    }
    const qint64 killAt = m_clock.elapsed();
    server.kill9();
    std::printf("recovery: SIGKILL at %.3f s with %d ops acknowledged and %d ops of open batches not yet "
                "acknowledged; restart in %d ms\n",
        static_cast<double>(killAt) / 1000, ackedBeforeKillCount, pendingAtKill, m_opt.downMs);
    upAt = -1;
    spinUntil([] { return false; }, m_opt.downMs);
    server.start(); // same port, same data dir
    if (!spinUntil([&] { return upAt >= 0 || !startError.isEmpty(); }, 10000) || upAt < 0) {
        std::fprintf(stderr, "recovery: the server did not restart on port %u: %s\n", port, qPrintable(startError));
        return 2;
    }
    const bool sameFleetLost = spinUntil(
        [&] {
            const auto lost = fleet.lostAtMs();
            return std::all_of(lost.begin(), lost.end(), [](qint64 t) { return t >= 0; });
        },
        1);
    // The window: a client waiting for its next attempt fires within its current ceiling, at most
    // the cap, after the server is back; plus the connect and join on loopback.
    const qint64 windowMs = m_opt.reconnectCapMs + m_opt.joinAllowanceMs;
    const bool allBack = spinUntil([&] { return fleet.joinedCount() == m_opt.clients; }, windowMs + 10000);
    spinUntil([] { return false; }, m_opt.afterMs);
    signalTimer.stop();
    for (const auto& p : pushers)
        p->finish();
    const bool pushersIdle = spinUntil(
        [&] { return std::all_of(pushers.begin(), pushers.end(), [](const auto& p) { return p->isIdle(); }); }, 15000);

    // Reconnect times, from the moment the server listened again.
    const auto lost = fleet.lostAtMs();
    const auto back = fleet.backAtMs();
    const auto attempts = fleet.attemptsToReturn();
    std::vector<qint64> sinceUp;
    std::vector<qint64> detect;
    int notBack = 0;
    int maxAttempt = 0;
    for (std::size_t i = 0; i < back.size(); ++i) {
        if (lost[i] >= 0)
            detect.push_back(lost[i] - killAt);
        if (back[i] < 0) {
            ++notBack;
            continue;
        }
        sinceUp.push_back(back[i] - upAt);
        maxAttempt = std::max(maxAttempt, attempts[i]);
    }
    std::sort(sinceUp.begin(), sinceUp.end());
    std::sort(detect.begin(), detect.end());
    const double minMs = sinceUp.empty() ? std::nan("") : static_cast<double>(sinceUp.front());
    const double maxMs = sinceUp.empty() ? std::nan("") : static_cast<double>(sinceUp.back());
    const double spread = maxMs - minMs;
    const std::size_t crowd = mostWithin(sinceUp, 10);
    // When each client's successful attempt started: the jitter itself, before the server's
    // accept backlog (connections that arrived while it was starting) adds its own grouping.
    std::vector<qint64> attemptSinceUp;
    const auto attemptAt = fleet.returnAttemptAtMs();
    for (qint64 t : attemptAt) {
        if (t >= 0)
            attemptSinceUp.push_back(t - upAt);
    }
    std::sort(attemptSinceUp.begin(), attemptSinceUp.end());
    if (!m_opt.csvPath.isEmpty()) {
        if (std::FILE* f = std::fopen(qPrintable(m_opt.csvPath), "we")) {
            std::fprintf(f, "client,lost_ms,attempt_started_ms,back_ms,attempt\n");
            for (std::size_t i = 0; i < back.size(); ++i) {
                std::fprintf(f, "%zu,%lld,%lld,%lld,%d\n", i, static_cast<long long>(lost[i] < 0 ? -1 : lost[i] - upAt),
                    static_cast<long long>(attemptAt[i] < 0 ? -1 : attemptAt[i] - upAt),
                    static_cast<long long>(back[i] < 0 ? -1 : back[i] - upAt), attempts[i]);
            }
            std::fclose(f);
        }
    }

    std::printf("\nrecovery: reconnect time after the restart (server listening again at %.3f s, %lld ms after "
                "the kill):\n",
        static_cast<double>(upAt) / 1000, static_cast<long long>(upAt - killAt));
    std::printf("  clients back %zu/%d; min %.0f ms, p50 %.0f ms, p90 %.0f ms, max %.0f ms, spread (max-min) %.0f ms; "
                "most within any 10 ms: %zu; highest attempt number needed: %d\n",
        sinceUp.size(), m_opt.clients, minMs, percentile(sinceUp, 50), percentile(sinceUp, 90), maxMs, spread, crowd,
        maxAttempt);
    std::printf("  the successful attempts started (from the restart): min %lld ms, p50 %.0f ms, p90 %.0f ms, max "
                "%lld ms; most within any 10 ms: %zu\n",
        static_cast<long long>(attemptSinceUp.empty() ? -1 : attemptSinceUp.front()), percentile(attemptSinceUp, 50),
        percentile(attemptSinceUp, 90), static_cast<long long>(attemptSinceUp.empty() ? -1 : attemptSinceUp.back()),
        mostWithin(attemptSinceUp, 10));
    std::printf("  loss noticed after the kill: median %.0f ms, max %.0f ms (all noticed: %s)\n",
        percentile(detect, 50), detect.empty() ? std::nan("") : static_cast<double>(detect.back()),
        sameFleetLost ? "yes" : "no");
    std::printf("  histogram (100 ms buckets after the restart):\n");
    if (!sinceUp.empty()) {
        const qint64 buckets = sinceUp.back() / 100 + 1;
        std::vector<int> hist(static_cast<std::size_t>(buckets), 0);
        for (qint64 t : sinceUp)
            ++hist[static_cast<std::size_t>(std::max<qint64>(0, t) / 100)];
        const int peak = *std::max_element(hist.begin(), hist.end());
        for (qint64 b = 0; b < buckets; ++b) {
            const int n = hist[static_cast<std::size_t>(b)];
            std::printf("  %5lld-%5lld ms %4d %s\n", static_cast<long long>(b * 100),
                static_cast<long long>(b * 100 + 99), n,
                std::string(static_cast<std::size_t>(peak ? n * 50 / peak : 0), '#').c_str());
        }
    }

    // Acknowledged ops: each must be on the restarted server; and the final state must be the
    // union of everything the pushers made (the unacknowledged ones re-pushed).
    int ackedBeforeKill = 0;
    int lostAcked = 0;
    int generated = 0;
    int missing = 0;
    int unexpected = 0;
    int duplicates = 0;
    int repushed = 0;
    int replayed = 0;
    int failedPushes = 0;
    int ackedTotal = 0;
    bool pulled = true;
    for (const auto& p : pushers) {
        const auto ids = pullIds(*p, spin);
        if (!ids) {
            pulled = false;
            continue;
        }
        const QSet<QString> onServer(ids->cbegin(), ids->cend());
        duplicates += static_cast<int>(ids->size() - onServer.size());
        const QSet<QString> made(p->generated().cbegin(), p->generated().cend());
        generated += static_cast<int>(made.size());
        for (auto it = p->ackedAt().cbegin(); it != p->ackedAt().cend(); ++it) {
            if (it.value() <= killAt) {
                ++ackedBeforeKill;
                if (!onServer.contains(it.key()))
                    ++lostAcked;
            }
        }
        ackedTotal += static_cast<int>(p->ackedAt().size());
        for (const QString& id : made)
            missing += onServer.contains(id) ? 0 : 1;
        for (const QString& id : onServer)
            unexpected += made.contains(id) ? 0 : 1;
        repushed += p->repushedOps();
        replayed += p->replayedBatches();
        failedPushes += p->failedPushes();
        if (!p->fatalError().isEmpty())
            std::fprintf(stderr, "pusher %s: %s\n", qPrintable(p->roomId()), qPrintable(p->fatalError()));
    }
    std::printf(
        "\nrecovery: ops: %d made, %d acknowledged (%d before the kill); %d failed pushes retried, %d ops "
        "acknowledged only on a retry (%d retries answered as replays: committed before the kill, answer lost)\n",
        generated, ackedTotal, ackedBeforeKill, failedPushes, repushed, replayed);
    std::printf("  on the restarted server: acknowledged before the kill but missing %d; made but missing %d; "
                "unknown %d; duplicated %d\n",
        lostAcked, missing, unexpected, duplicates);

    const bool backOk = allBack && notBack == 0 && maxMs <= static_cast<double>(windowMs);
    const bool spreadOk = sinceUp.size() > 1 && spread > 0 && crowd * 10 <= sinceUp.size();
    const bool opsOk = pulled && pushersIdle && lostAcked == 0 && missing == 0 && unexpected == 0 && duplicates == 0
        && ackedTotal == generated;
    std::printf("\n%s  every client back within the backoff window: all back %lld ms after the restart (%lld ms "
                "after the kill); window = cap %d ms + %d ms connect/join = %lld ms\n",
        verdict(backOk), static_cast<long long>(sinceUp.empty() ? -1 : sinceUp.back()),
        static_cast<long long>(sinceUp.empty() ? -1 : sinceUp.back() + (upAt - killAt)), m_opt.reconnectCapMs,
        m_opt.joinAllowanceMs, static_cast<long long>(windowMs));
    std::printf("%s  reconnects spread by the jitter: spread %.0f ms, at most %zu of %zu clients (%.1f %%) within "
                "any 10 ms (target: spread > 0 and at most 10 %%)\n",
        verdict(spreadOk), spread, crowd, sinceUp.size(),
        sinceUp.empty() ? 0.0 : 100.0 * static_cast<double>(crowd) / static_cast<double>(sinceUp.size()));
    std::printf("%s  no acknowledged op lost (%d acknowledged before the kill, %d missing); final server state = "
                "union of all ops made (%d)\n",
        verdict(opsOk), ackedBeforeKill, lostAcked, generated);

    figure("clients", m_opt.clients);
    figure("pushers", m_opt.pushers);
    figure("backoff_base_ms", m_opt.reconnectBaseMs);
    figure("backoff_cap_ms", m_opt.reconnectCapMs);
    figure("down_ms", static_cast<double>(upAt - killAt));
    figure("back_min_ms", minMs);
    figure("back_p50_ms", percentile(sinceUp, 50));
    figure("back_p90_ms", percentile(sinceUp, 90));
    figure("back_max_ms", maxMs);
    figure("spread_ms", spread);
    figure("max_in_10ms", static_cast<double>(crowd));
    figure("window_ms", static_cast<double>(windowMs));
    figure("not_back", notBack);
    figure("acked_before_kill", ackedBeforeKill);
    figure("acked_lost", lostAcked);
    figure("ops_made", generated);
    figure("ops_missing", missing);
    figure("ops_repushed", repushed);
    figure("pass", backOk && spreadOk && opsOk ? 1 : 0);
    std::fflush(stdout);
    fleet.stop();
    return backOk && spreadOk && opsOk ? 0 : 1;
}

} // namespace vv::bench
