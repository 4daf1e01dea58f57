#pragma once

#include "CliCommand.h"

namespace vv::cli {

// `violetvault-cli report spending|income --profile DIR --from yyyy-MM --to yyyy-MM`: the
// numbers behind the desktop app's report charts (vv::budget::Reports), as a table or JSON.
class ReportCommand : public CliCommand
{
public:
    ReportCommand() = default;
    ~ReportCommand() override = default;

    [[nodiscard]] QString name() const override { return QStringLiteral("report"); }
    [[nodiscard]] QString summary() const override
    {
        return QStringLiteral("spending per envelope and income vs spending per month");
    }
    int run(const QStringList& arguments) override;
};

} // namespace vv::cli
