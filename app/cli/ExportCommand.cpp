#include "ExportCommand.h"

#include "BudgetCliSession.h"
#include "CliBudget.h"
#include "CliOutput.h"
#include "budget/Exporter.h"

#include <QJsonObject>

#include <cstdio>

namespace vv::cli {

namespace {

const QString Command = QStringLiteral("export");

QString helpText()
{
    return QStringLiteral(
        "Usage: violetvault-cli export csv --profile DIR [--out FILE]\n"
        "       violetvault-cli export backup --profile DIR --out FILE\n"
        "       violetvault-cli restore FILE --profile DIR\n"
        "\n"
        "csv     the ledger as CSV (RFC 4180, header row, one row per transaction in date order; a\n"
        "        split transaction gives one row per line), on stdout without --out.\n"
        "backup  the whole budget (settings, envelopes, transactions, splits, allocations, bills) as\n"
        "        a versioned JSON document that 'violetvault-cli restore' reads back.\n"
        "\n"
        "These files hold your budget data in PLAINTEXT, outside the encrypted store: they are\n"
        "written readable by you only (mode 0600). Keep them somewhere safe and delete them when\n"
        "you no longer need them. Neither contains the budget key or the share code.\n"
        "Exit codes: 0 done, 1 bad command line, 2 failed (cannot write the file, ...).\n");
}

} // namespace

int ExportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ BudgetCliSession::valueOption("profile", "DIR"), BudgetCliSession::valueOption("out", "FILE"),
        QCommandLineOption(QStringLiteral("json")) });
    if (const auto code = BudgetCliSession::parse(parser, arguments, Command, helpText()))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 1 || (action != u"csv" && action != u"backup")) {
        CliOutput::err(QStringLiteral("violetvault-cli export: expected csv or backup\n\n") + helpText());
        return ExitCode::Usage;
    }
    CliBudget cli(Command + u' ' + action);
    const QString dir = BudgetCliSession::profileDir(parser, Command);
    if (dir.isEmpty())
        return ExitCode::Usage;
    const QString out = parser.value(QStringLiteral("out"));
    if (action == u"backup" && out.isEmpty())
        return cli.usage(QStringLiteral("--out FILE is required (a backup is not written to a terminal)"));
    if (!cli.open(dir))
        return ExitCode::Failed;
    const QByteArray bytes = action == u"csv" ? budget::Exporter::ledgerCsv(cli.budget())
                                              : budget::Exporter::backupJson(cli.profile().state());
    if (out.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitCode::Ok;
    }
    QString error;
    if (!CliBudget::writePrivateFile(out, bytes, &error))
        return cli.failed(error);
    if (parser.isSet(QStringLiteral("json")))
        CliOutput::jsonLine({ { QStringLiteral("file"), out }, { QStringLiteral("bytes"), qint64(bytes.size()) } });
    else
        CliOutput::err(QStringLiteral("Wrote %1 (%2 bytes, plaintext, mode 0600).\n").arg(out).arg(bytes.size()));
    return ExitCode::Ok;
}

} // namespace vv::cli
