#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace vv::cli {

// Picks the command named by the first argument and runs it; prints usage otherwise.
class CliDispatcher
{
public:
    CliDispatcher() = default;
    ~CliDispatcher();
    CliDispatcher(const CliDispatcher&) = delete;
    CliDispatcher& operator=(const CliDispatcher&) = delete;

    void addCommand(std::unique_ptr<CliCommand> command);
    // arguments as from QCoreApplication::arguments() (program name first).
    int run(const QStringList& arguments);
    [[nodiscard]] QString usage() const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace vv::cli
