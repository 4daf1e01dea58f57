#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vv::store {
class BudgetState;
}

namespace vv::budget {

class Budget;

struct BackupEntity {
    QString type;
    QString id;
    QJsonObject fields;
};

class Exporter
{
public:
    static constexpr int BackupVersion = 1;

    // RFC 4180 CSV (CRLF, quoted when needed), header row, one row per transaction in ledger
    // order; a split transaction gives one row per line (same id), so per-envelope sums hold.
    // Amounts are plain "-12.50" in the budget currency's minor-unit precision.
    [[nodiscard]] static QByteArray ledgerCsv(const Budget& budget);

    // Every live entity's fields (values only, no stamps), versioned:
    // {"format":"violetvault-backup","version":1,"entities":{type:{id:{field:value}}}}.
    [[nodiscard]] static QByteArray backupJson(const vv::store::BudgetState& state);
    [[nodiscard]] static std::optional<QList<BackupEntity>> parseBackup(const QByteArray& json, QString* error);
    // The entity types a backup contains.
    [[nodiscard]] static QStringList entityTypes();
};

} // namespace vv::budget
