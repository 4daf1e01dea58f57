#pragma once

#include "CliCommand.h"

namespace vv::cli {

// `violetvault-cli export csv|backup --profile DIR`: the ledger as CSV (Exporter::ledgerCsv) and
// the whole budget as a JSON backup (Exporter::backupJson). Both are budget data in plaintext:
// files are written owner-only (0600). `restore` (RestoreCommand) reads a backup back.
class ExportCommand : public CliCommand
{
public:
    ExportCommand() = default;
    ~ExportCommand() override = default;

    [[nodiscard]] QString name() const override { return QStringLiteral("export"); }
    [[nodiscard]] QString summary() const override
    {
        return QStringLiteral("export the ledger as CSV or the budget as a JSON backup");
    }
    int run(const QStringList& arguments) override;
};

} // namespace vv::cli
