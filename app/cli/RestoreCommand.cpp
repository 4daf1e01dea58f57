#include "RestoreCommand.h"

#include "BudgetCliSession.h"
#include "CliBudget.h"
#include "CliOutput.h"
#include "budget/Schema.h"
#include "store/BudgetState.h"

#include <QFile>
#include <QJsonObject>

namespace vv::cli {

namespace {

const QString Command = QStringLiteral("restore");

QString helpText()
{
    return QStringLiteral("Usage: violetvault-cli restore FILE --profile DIR\n"
                          "\n"
                          "Writes every envelope, transaction, split, allocation and bill of a backup made with\n"
                          "'violetvault-cli export backup' (or the desktop app) into the budget of DIR, and its name\n"
                          "and currency. Refused unless that budget is still empty (nothing but its settings, as\n"
                          "after 'budget init'): a restore never merges into or overwrites an existing budget.\n"
                          "The restored data is stored encrypted like any edit; 'violetvault-cli sync' uploads it.\n"
                          "The backup file itself is plaintext: delete it when you no longer need it.\n"
                          "Exit codes: 0 done, 1 bad command line, 2 refused (not a backup, budget not empty, ...).\n");
}

} // namespace

int RestoreCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ BudgetCliSession::valueOption("profile", "DIR"), QCommandLineOption(QStringLiteral("json")) });
    if (const auto code = BudgetCliSession::parse(parser, arguments, Command, helpText()))
        return *code;
    const QStringList pos = parser.positionalArguments();
    CliBudget cli(Command);
    if (pos.size() != 1)
        return cli.usage(QStringLiteral("expected the backup FILE (see --help)"));
    const QString dir = BudgetCliSession::profileDir(parser, Command);
    if (dir.isEmpty())
        return ExitCode::Usage;
    QFile file(pos.first());
    if (!file.open(QIODevice::ReadOnly))
        return cli.failed(QStringLiteral("cannot read '%1': %2").arg(pos.first(), file.errorString()));
    constexpr qint64 maxBytes = 512 * 1024 * 1024;
    if (file.size() > maxBytes)
        return cli.failed(QStringLiteral("'%1' is larger than 512 MiB").arg(pos.first()));
    const QByteArray json = file.readAll();
    if (!cli.open(dir))
        return ExitCode::Failed;

    namespace s = budget::schema;
    const store::BudgetState& state = cli.profile().state();
    // A fresh profile already holds its settings entity (name, currency); the backup's replace them.
    const qsizetype settings = state.entity(s::Budget, s::BudgetId).isEmpty() ? 0 : 1;
    if (state.liveEntityCount() > settings)
        return cli.failed(QStringLiteral("this budget is not empty: a backup is only restored into a new budget "
                                         "(violetvault-cli budget init --profile NEW_DIR ...)"));
    const budget::Change change = cli.budget().restoreBackup(json);
    if (!change.isValid())
        return cli.failed(
            QStringLiteral("'%1' is not a backup this version can read: %2").arg(pos.first(), change.error));
    if (!cli.budget().commit(change.ops))
        return cli.failed(cli.profile().errorString());
    const qsizetype entities = state.liveEntityCount();
    if (parser.isSet(QStringLiteral("json")))
        CliOutput::jsonLine({ { QStringLiteral("entities"), qint64(entities) } });
    else
        CliOutput::out(QStringLiteral("Restored %1 entities into %2. Run 'violetvault-cli sync --profile %2' to "
                                      "upload them.\n")
                           .arg(entities)
                           .arg(dir));
    return ExitCode::Ok;
}

} // namespace vv::cli
