#pragma once

#include "CliCommand.h"

namespace vv::cli {

// `violetvault-cli bill list|add|edit|delete|pay --profile DIR`: recurring bills tied to an
// envelope; `pay` records the expense and moves the next due date along the schedule.
class BillCommand : public CliCommand
{
public:
    BillCommand() = default;
    ~BillCommand() override = default;

    [[nodiscard]] QString name() const override { return QStringLiteral("bill"); }
    [[nodiscard]] QString summary() const override
    {
        return QStringLiteral("recurring bills: list what is due, add, edit, delete, pay");
    }
    int run(const QStringList& arguments) override;
};

} // namespace vv::cli
