#pragma once

#include <QString>

namespace vv::bench {

struct GeneratorConfig {
    int transactions = 100000;
    int envelopes = 200;
    int months = 36; // ending with the current month
    quint32 seed = 20261128;
};

struct GeneratorResult {
    bool ok = false;
    QString error;
    QString roomId;
    QByteArray masterKey; // handed to the measuring child on its stdin only; never written
    qint64 operations = 0;
    int transactions = 0;
    int splitTransactions = 0;
    int allocations = 0;
    int bills = 0;
    double seconds = 0;
};

// Writes a realistic budget into a fresh profile directory through the real code path:
// BudgetProfile::create (MemorySecretStore, no server), Budget commands planning every edit,
// and the ops appended to the encrypted LocalStore in large batches (one SQLite transaction
// per batch; one per edit would mean 100k fsyncs). Closes the profile before returning.
GeneratorResult generateBudget(const QString& profileDir, const GeneratorConfig& config);

} // namespace vv::bench
