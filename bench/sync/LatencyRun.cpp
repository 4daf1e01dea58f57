#include "LatencyRun.h"

#include "BenchDevice.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace vv::bench {

namespace {

// Runs the event loop until done() or the deadline; checks every 2 ms (a bench, not a test:
// the check cost is far below the figures measured, and the time-critical path is signal-driven).
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    if (done())
        return true;
    tick.start();
    loop.exec();
    return done();
}

const QString Entity = QStringLiteral("envelope");
const QString Field = QStringLiteral("v");

} // namespace

double LatencyResult::percentile(double p) const
{
    if (latenciesMs.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto n = latenciesMs.size();
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(n)));
    return latenciesMs.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
}

LatencyResult runLatencyScenario(const LatencyScenario& scenario, const QUrl& serverUrl)
{
    LatencyResult result;
    QElapsedTimer wall;
    wall.start();
    const auto key = crypto::MasterKey::generate(); // a fresh room per scenario
    if (!key) {
        result.error = QStringLiteral("no randomness for a master key");
        return result;
    }
    BenchDeviceOptions oa;
    oa.deviceId = QStringLiteral("benchA");
    oa.serverUrl = serverUrl;
    oa.signaling = scenario.signaling;
    oa.debounceMs = scenario.debounceMs;
    oa.pollMs = scenario.pollMs;
    BenchDeviceOptions ob = oa;
    ob.deviceId = QStringLiteral("benchB");
    BenchDevice a(*key, oa);
    BenchDevice b(*key, ob);
    if (!a.open() || !b.open()) {
        result.error = QStringLiteral("cannot open a local store: ") + a.errorString() + b.errorString();
        return result;
    }

    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt(scenario.edits, -1);
    QList<qint64> seenAt(scenario.edits, -1);
    int seen = 0;
    b.setFoldHandler([&](const QList<store::Operation>& ops) {
        const qint64 now = clock.nsecsElapsed();
        for (const store::Operation& op : ops) {
            if (op.entityType != Entity || !op.entityId.startsWith(u'e'))
                continue;
            bool ok = false;
            const int i = op.entityId.mid(1).toInt(&ok);
            if (!ok || i < 0 || i >= scenario.edits || seenAt.at(i) >= 0)
                continue;
            if (b.state().value(Entity, op.entityId, Field).toInt(-1) == i) { // visible in B's state
                seenAt[i] = now;
                ++seen;
            }
        }
    });

    a.start();
    b.start();
    // Ready: signaling joined (when on), then one warm-up edit has reached the server (and B,
    // when signaling is on), so connections are open and the room is bound before timing starts.
    if (scenario.signaling
        && !waitFor([&] { return a.signaling()->isConnected() && b.signaling()->isConnected(); }, 15000)) {
        result.error = QStringLiteral("signaling did not connect");
        return result;
    }
    a.write(Entity, QStringLiteral("warmup"), Field, 0);
    if (!waitFor([&] { return a.pendingCount() == 0; }, 15000)
        || (scenario.signaling
            && !waitFor([&] { return b.state().contains(Entity, QStringLiteral("warmup")); }, 15000))) {
        result.error = QStringLiteral("the warm-up edit did not sync");
        return result;
    }

    int next = 0;
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    pacer.setInterval(scenario.intervalMs);
    QObject::connect(&pacer, &QTimer::timeout, &pacer, [&] {
        if (next >= scenario.edits) {
            pacer.stop();
            return;
        }
        const int i = next++;
        sentAt[i] = clock.nsecsElapsed();
        a.write(Entity, QStringLiteral("e%1").arg(i), Field, i);
        ++result.sent;
    });
    pacer.start();
    const int budgetMs = scenario.edits * scenario.intervalMs + scenario.settleMs;
    waitFor([&] { return seen == scenario.edits; }, budgetMs);
    pacer.stop();

    result.received = seen;
    for (int i = 0; i < scenario.edits; ++i) {
        if (sentAt.at(i) >= 0 && seenAt.at(i) >= 0)
            result.latenciesMs.append(static_cast<double>(seenAt.at(i) - sentAt.at(i)) / 1e6);
    }
    std::sort(result.latenciesMs.begin(), result.latenciesMs.end());
    a.stop();
    b.stop();
    result.seconds = static_cast<double>(wall.elapsed()) / 1000.0;
    return result;
}

} // namespace vv::bench
