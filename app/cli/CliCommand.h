#pragma once

#include <QString>
#include <QStringList>

namespace vv::cli {

// Exit codes shared by every command.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Usage = 1; // bad command line
constexpr int Failed = 2; // the command could not do its job (refused, unreachable, invalid input)
} // namespace ExitCode

// One top-level command of violetvault-cli ("signal", later "budget", "tx", "sync").
class CliCommand
{
public:
    CliCommand() = default;
    virtual ~CliCommand() = default;
    CliCommand(const CliCommand&) = delete;
    CliCommand& operator=(const CliCommand&) = delete;

    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    // arguments[0] is "violetvault-cli <name>", the rest are the command's own arguments.
    // Runs to completion (spinning an event loop if it needs one) and returns the exit code.
    virtual int run(const QStringList& arguments) = 0;
};

} // namespace vv::cli
