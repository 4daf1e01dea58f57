#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace vv::budget {
class Budget;
}
namespace vv::secrets {
class MemorySecretStore;
}
namespace vv::sync {
class BudgetProfile;
}

namespace vv::bench {

// An opened budget as the app holds it: keychain, profile (store + folded state), Budget.
struct OpenedBudget {
    OpenedBudget();
    ~OpenedBudget();
    std::unique_ptr<vv::secrets::MemorySecretStore> secrets;
    std::unique_ptr<vv::sync::BudgetProfile> profile;
    std::unique_ptr<vv::budget::Budget> budget;
};

// The core stages of "start -> interactive", each in ms.
struct CoreTimes {
    double keyMs = 0; // master key into the (in-memory) keychain: bench plumbing
    double openMs = 0; // BudgetProfile::open: profile.json, keychain read, store open, decrypt + fold
    double budgetMs = 0; // Budget construction: BudgetIndex rebuild (balances, ledger rows)
    double firstRowsMs = 0; // ledger order + the first screen of rows (what a model's data() asks)
    double openCpuMs = 0; // the same stages in CPU time of this process
    double budgetCpuMs = 0;
    double firstRowsCpuMs = 0;
    qint64 operations = 0;
    qsizetype ledgerRows = 0;
};

// Opens the profile in `dir` with the master key `key` and builds the Budget, timing each stage.
bool openCore(const QString& dir, const QByteArray& key, OpenedBudget& out, CoreTimes& times, QString* error);

// ---- The window stage plugs in here. ----
// Given the opened Budget: construct the main window / vv::ui::BudgetWorkspace over it, show()
// it (QT_QPA_PLATFORM=offscreen), process events until the ledger model reports its rowCount,
// and return the ms that took (or a negative number and *error). vv-budget-bench has no
// window stage (core only); vv-budget-ui-bench (bench/budget/ui, linking vv_ui) passes one.
using WindowStage = std::function<double(vv::budget::Budget& budget, QString* error)>;

struct MeasureOptions {
    QString dir;
    QByteArray key;
    qint64 spawnedAtNs = 0; // monotonic time the parent started this process; 0 = unknown
    int filterRuns = 15;
    bool baseline = true;
    bool startOnly = false; // print "START <ms> <peak MB>" after the start-up and stop (the baseline child)
    WindowStage window; // empty: core stages only
};

// Runs every measurement, prints the table; returns the process exit code (1 if a target fails).
int runMeasure(const MeasureOptions& options);

} // namespace vv::bench
