#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace vv::bench {

// One scenario of the sync latency benchmark: device A makes `edits` edits, one every
// `intervalMs`; each is timed from just before A's local write to the moment B's BudgetState
// shows it. B learns of an edit by data_changed (signaling) or by its poll.
struct LatencyScenario {
    QString label;
    QString key; // short machine name for RESULT lines
    bool signaling = true;
    int debounceMs = 300; // A's push debounce
    int pollMs = 30000; // B's poll interval (signaling off) / its backstop poll stays default
    int edits = 200;
    int intervalMs = 50;
    int settleMs = 5000; // how long to wait after the last edit for the rest to arrive
    bool hasTarget = false; // the p50/p99 targets apply to this scenario
};

struct LatencyResult {
    int sent = 0;
    int received = 0;
    QList<double> latenciesMs; // sorted
    double seconds = 0; // wall time of the scenario
    QString error; // set when it could not run
    [[nodiscard]] double percentile(double p) const; // nearest rank; NaN when empty
};

// Runs against a violetvault-server at serverUrl (ws://HOST:PORT/), in a fresh room.
// Bounded: setup 15 s, edits + settle.
[[nodiscard]] LatencyResult runLatencyScenario(const LatencyScenario& scenario, const QUrl& serverUrl);

} // namespace vv::bench
