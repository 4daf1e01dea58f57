#pragma once

#include "CliCommand.h"

namespace vv::cli {

// `violetvault-cli envelope list|add|edit|allocate|move|fill|unassigned --profile DIR`:
// envelopes, their month (target, funded, spent, available, goal) and unassigned cash.
// Registered a second time as `unassigned` (the same as `envelope unassigned`).
class EnvelopeCommand : public CliCommand
{
public:
    // `alias` = "unassigned": the command that only prints unassigned cash.
    explicit EnvelopeCommand(QString alias = {});
    ~EnvelopeCommand() override = default;

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments) override;

private:
    QString m_alias;
};

} // namespace vv::cli
