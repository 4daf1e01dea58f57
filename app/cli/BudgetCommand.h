#pragma once

#include "CliCommand.h"

namespace vv::cli {

// `violetvault-cli budget init|join|share-code|show --profile DIR`: a device's synced,
// end-to-end encrypted budget (core/sync BudgetProfile) from a terminal. The budget key lives in
// the system keychain only. The share code is read from VIOLETVAULT_SHARE_CODE, --share-code-file
// or stdin (never argv, which other local users can read) and printed only by `share-code`.
class BudgetCommand : public CliCommand
{
public:
    BudgetCommand() = default;
    ~BudgetCommand() override = default;

    [[nodiscard]] QString name() const override { return QStringLiteral("budget"); }
    [[nodiscard]] QString summary() const override
    {
        return QStringLiteral("create, join, share and inspect an encrypted synced budget");
    }
    int run(const QStringList& arguments) override;
};

} // namespace vv::cli
