// vv-sync-latency: how long an edit on one device takes to show in another device's budget,
// through a real violetvault-server on loopback. See bench/README.md ("Sync latency").
#include "BenchServer.h"
#include "LatencyRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cmath>
#include <cstdio>

using namespace vv::bench;

namespace {

constexpr double TargetP50Ms = 50;
constexpr double TargetP99Ms = 150;
constexpr int AppDebounceMs = 300; // SyncOrchestrator defaults: what the app runs with
constexpr int AppPollMs = 30000;

void print(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString ms(double v)
{
    return std::isnan(v) ? QStringLiteral("n/a") : QString::number(v, 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vv-sync-latency"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Edit on device A -> visible in device B's BudgetState, p50/p99, through a real violetvault-server."));
    parser.addHelpOption();
    const QCommandLineOption serverBin(QStringLiteral("server-bin"),
        QStringLiteral("violetvault-server binary (default: next to this program)."), QStringLiteral("path"));
    const QCommandLineOption edits(QStringLiteral("edits"), QStringLiteral("Edits per scenario (default 200)."),
        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"),
        QStringLiteral("Pause between edits (default 50)."), QStringLiteral("ms"), QStringLiteral("50"));
    const QCommandLineOption quick(QStringLiteral("quick"),
        QStringLiteral("Skip the polling scenario at the app's default 30 s interval (about 65 s)."));
    parser.addOptions({ serverBin, edits, interval, quick });
    parser.process(app);
    // The library's state-change chatter would interleave with the table (QT_LOGGING_RULES still wins).
    QLoggingCategory::setFilterRules(QStringLiteral("vv.*.info=false"));

    const int n = std::clamp(parser.value(edits).toInt(), 10, 10000);
    const int gap = std::clamp(parser.value(interval).toInt(), 1, 10000);
    QString program = parser.value(serverBin);
    if (program.isEmpty())
        program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("violetvault-server"));
    if (!QFileInfo(program).isExecutable()) {
        std::fprintf(stderr, "vv-sync-latency: %s is not an executable (use --server-bin)\n", qPrintable(program));
        return 2;
    }

    // Store and signal rate limits are raised: this measures the sync path at a pace (20
    // edits/s) far above a person's; with the defaults (20 store requests/s per budget) the
    // two devices together would be throttled and the figure would be the limiter's.
    BenchServer server(program);
    const QStringList flags { QStringLiteral("--store-requests-per-sec"), QStringLiteral("0"),
        QStringLiteral("--max-signals-per-sec"), QStringLiteral("1000"), QStringLiteral("--signal-burst"),
        QStringLiteral("2000") };
    if (!server.start(flags)) {
        std::fprintf(stderr, "vv-sync-latency: %s\n", qPrintable(server.errorString()));
        return 2;
    }

    QList<LatencyScenario> scenarios;
    LatencyScenario live;
    live.label = QStringLiteral("signaling on, push debounce 0 ms");
    live.key = QStringLiteral("signaling_debounce0");
    live.debounceMs = 0;
    live.pollMs = AppPollMs;
    live.edits = n;
    live.intervalMs = gap;
    live.hasTarget = true;
    scenarios << live;
    LatencyScenario liveDefault = live;
    liveDefault.label = QStringLiteral("signaling on, push debounce %1 ms (app default)").arg(AppDebounceMs);
    liveDefault.key = QStringLiteral("signaling_debounce%1").arg(AppDebounceMs);
    liveDefault.debounceMs = AppDebounceMs;
    liveDefault.hasTarget = false;
    scenarios << liveDefault;
    LatencyScenario poll1 = live;
    poll1.label = QStringLiteral("polling only, poll 1000 ms, debounce 0 ms");
    poll1.key = QStringLiteral("poll1000");
    poll1.signaling = false;
    poll1.pollMs = 1000;
    poll1.settleMs = 1000 + 5000;
    poll1.hasTarget = false;
    scenarios << poll1;
    if (!parser.isSet(quick)) {
        LatencyScenario pollDefault = poll1;
        pollDefault.label = QStringLiteral("polling only, poll %1 ms (app default), debounce 0 ms").arg(AppPollMs);
        pollDefault.key = QStringLiteral("poll%1").arg(AppPollMs);
        pollDefault.pollMs = AppPollMs;
        // Edits spread over one whole poll period, so every phase of the poll is sampled.
        pollDefault.intervalMs = std::max(gap, AppPollMs / n);
        pollDefault.settleMs = AppPollMs + 5000;
        scenarios << pollDefault;
    }

    print(QStringLiteral("sync latency: edit on device A -> visible in device B's BudgetState; %1; "
                         "both devices in this process, one thread; loopback")
              .arg(server.version()));
    print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
              .arg(QStringLiteral("scenario"), -58)
              .arg(QStringLiteral("edits"), 6)
              .arg(QStringLiteral("lost"), 5)
              .arg(QStringLiteral("p50 ms"), 8)
              .arg(QStringLiteral("p99 ms"), 8)
              .arg(QStringLiteral("max ms"), 8)
              .arg(QStringLiteral("pace ms"), 8)
              .arg(QStringLiteral("target")));
    bool allHeld = true;
    bool failed = false;
    QStringList results;
    for (const LatencyScenario& s : std::as_const(scenarios)) {
        const LatencyResult r = runLatencyScenario(s, server.url());
        if (!r.error.isEmpty()) {
            print(QStringLiteral("%1 ERROR %2").arg(s.label, -58).arg(r.error));
            failed = true;
            continue;
        }
        const double p50 = r.percentile(50);
        const double p99 = r.percentile(99);
        const int lost = r.sent - r.received;
        QString target = QStringLiteral("-");
        if (s.hasTarget) {
            const bool held = lost == 0 && p50 < TargetP50Ms && p99 < TargetP99Ms;
            allHeld = allHeld && held;
            target = QStringLiteral("p50 < %1, p99 < %2: %3")
                         .arg(TargetP50Ms)
                         .arg(TargetP99Ms)
                         .arg(held ? QStringLiteral("holds") : QStringLiteral("DOES NOT HOLD"));
        }
        failed = failed || lost > 0;
        print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                  .arg(s.label, -58)
                  .arg(r.sent, 6)
                  .arg(lost, 5)
                  .arg(ms(p50), 8)
                  .arg(ms(p99), 8)
                  .arg(ms(r.latenciesMs.isEmpty() ? std::nan("") : r.latenciesMs.constLast()), 8)
                  .arg(s.intervalMs, 8)
                  .arg(target));
        results << QStringLiteral("RESULT %1.p50_ms %2").arg(s.key, ms(p50))
                << QStringLiteral("RESULT %1.p99_ms %2").arg(s.key, ms(p99))
                << QStringLiteral("RESULT %1.lost %2").arg(s.key).arg(lost)
                << QStringLiteral("RESULT %1.seconds %2").arg(s.key, QString::number(r.seconds, 'f', 1));
    }
    for (const QString& line : std::as_const(results))
        print(line);
    server.stop();
    return failed ? 2 : (allHeld ? 0 : 1);
}
