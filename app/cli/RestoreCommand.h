#pragma once

#include "CliCommand.h"

namespace vv::cli {

// `violetvault-cli restore FILE --profile DIR`: writes every entity of a JSON backup
// (Budget::restoreBackup) into a budget that holds nothing yet but its settings, e.g. one just
// made with `budget init`. The restore is ordinary encrypted ops: `sync` uploads them.
class RestoreCommand : public CliCommand
{
public:
    RestoreCommand() = default;
    ~RestoreCommand() override = default;

    [[nodiscard]] QString name() const override { return QStringLiteral("restore"); }
    [[nodiscard]] QString summary() const override
    {
        return QStringLiteral("restore a JSON backup into an empty budget");
    }
    int run(const QStringList& arguments) override;
};

} // namespace vv::cli
