#include "CliDispatcher.h"

#include "CliOutput.h"

#include <QCoreApplication>

namespace vv::cli {

CliDispatcher::~CliDispatcher() = default;

void CliDispatcher::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

QString CliDispatcher::usage() const
{
    QString text = QStringLiteral("Usage: violetvault-cli <command> [options]\n\nCommands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
    text += QStringLiteral("\nRun 'violetvault-cli <command> --help' for the options of a command.\n");
    return text;
}

int CliDispatcher::run(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"-h" || first == u"--help" || first == u"help") {
        CliOutput::out(usage());
        return first.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    if (first == u"--version" || first == u"-v") {
        CliOutput::out(QStringLiteral("violetvault-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitCode::Ok;
    }
    for (const auto& command : m_commands) {
        if (command->name() == first) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("violetvault-cli ") + first);
            return command->run(rest);
        }
    }
    CliOutput::err(QStringLiteral("violetvault-cli: unknown command '%1'\n\n").arg(first) + usage());
    return ExitCode::Usage;
}

} // namespace vv::cli
