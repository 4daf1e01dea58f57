#pragma once

#include "CliCommand.h"

#include <QString>

#include <optional>

namespace vv::cli {

// `violetvault-cli tx add|list|edit|delete|clear|import --profile DIR`: transactions of the
// profile's budget through the budgeting domain (vv::budget::Budget), stored as encrypted
// operations; `sync` uploads them. Amounts are parsed exactly into minor units ("-12.50" ->
// -1250 for EUR): no floating point. `import` lives in TxImport.cpp.
class TxCommand : public CliCommand
{
public:
    TxCommand() = default;
    ~TxCommand() override = default;

    [[nodiscard]] QString name() const override { return QStringLiteral("tx"); }
    [[nodiscard]] QString summary() const override
    {
        return QStringLiteral("add, list, edit, split, clear, delete and import transactions");
    }
    int run(const QStringList& arguments) override;

    // CliBudget::parseAmount: "-12.50", "+3", "1234.5" with '.' as the only decimal separator
    // and no grouping; at most `decimals` fraction digits (extra zeros allowed). nullopt otherwise.
    [[nodiscard]] static std::optional<qint64> parseAmount(const QString& text, int decimals);
};

} // namespace vv::cli
