#include "ReportCommand.h"

#include "BudgetCliSession.h"
#include "CliBudget.h"
#include "CliOutput.h"
#include "budget/Reports.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vv::cli {

namespace {

const QString Command = QStringLiteral("report");

QString helpText()
{
    return QStringLiteral(
        "Usage: violetvault-cli report spending --profile DIR [--from yyyy-MM] [--to yyyy-MM] [--json]\n"
        "       violetvault-cli report income --profile DIR [--from yyyy-MM] [--to yyyy-MM] [--json]\n"
        "\n"
        "spending  what each envelope spent per month (envelopes with spending in the range, largest\n"
        "          total first; '(unassigned)' for expenses without an envelope).\n"
        "income    income, spending and net per month.\n"
        "The range is inclusive; default: the last 6 months up to this month (--today yyyy-MM-dd\n"
        "sets the date taken as today). --json amounts are minor units (e.g. cents).\n"
        "Exit codes: 0 done, 1 bad command line, 2 failed.\n");
}

} // namespace

int ReportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ BudgetCliSession::valueOption("profile", "DIR"), BudgetCliSession::valueOption("from", "M"),
        BudgetCliSession::valueOption("to", "M"), BudgetCliSession::valueOption("today", "D"),
        QCommandLineOption(QStringLiteral("json")) });
    if (const auto code = BudgetCliSession::parse(parser, arguments, Command, helpText()))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 1 || (action != u"spending" && action != u"income")) {
        CliOutput::err(QStringLiteral("violetvault-cli report: expected spending or income\n\n") + helpText());
        return ExitCode::Usage;
    }
    CliBudget cli(Command + u' ' + action);
    const QString dir = BudgetCliSession::profileDir(parser, Command);
    if (dir.isEmpty())
        return ExitCode::Usage;
    const auto today = CliBudget::dateOption(parser, QStringLiteral("today"), QDate::currentDate(), Command);
    if (!today)
        return ExitCode::Usage;
    const auto to = CliBudget::monthOption(parser, QStringLiteral("to"), *today, Command);
    if (!to)
        return ExitCode::Usage;
    const auto from = CliBudget::monthOption(parser, QStringLiteral("from"), to->addMonths(-5).firstDay(), Command);
    if (!from)
        return ExitCode::Usage;
    if (*to < *from)
        return cli.usage(QStringLiteral("--from must not be after --to"));
    if (to->index() - from->index() > 1200)
        return cli.usage(QStringLiteral("the range is limited to 100 years"));
    if (!cli.open(dir))
        return ExitCode::Failed;
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonObject head { { QStringLiteral("currency"), cli.currency() }, { QStringLiteral("decimals"), cli.decimals() },
        { QStringLiteral("from"), from->toString() }, { QStringLiteral("to"), to->toString() } };

    if (action == u"spending") {
        const budget::SpendingReport r = budget::Reports::spendingByEnvelope(cli.budget(), *from, *to);
        QStringList header { QStringLiteral("ENVELOPE") };
        QList<int> right;
        for (const budget::Month& m : r.months) {
            right.append(int(header.size()));
            header.append(m.toString());
        }
        right.append(int(header.size()));
        header.append(QStringLiteral("TOTAL"));
        QJsonArray envelopes;
        QList<QStringList> rows;
        for (const budget::EnvelopeSpending& e : r.envelopes) {
            const QString name = e.envelopeId.isEmpty() ? QStringLiteral("(unassigned)") : e.name;
            QJsonArray perMonth;
            QStringList row { name };
            for (const qint64 v : e.perMonth) {
                perMonth.append(v);
                row.append(cli.plain(v));
            }
            row.append(cli.plain(e.total));
            rows.append(row);
            envelopes.append(
                QJsonObject { { QStringLiteral("envelope"), e.envelopeId }, { QStringLiteral("name"), name },
                    { QStringLiteral("perMonth"), perMonth }, { QStringLiteral("total"), e.total } });
        }
        if (json) {
            head.insert(QStringLiteral("envelopes"), envelopes);
            CliOutput::jsonLine(head);
        } else {
            CliOutput::out(CliBudget::table(header, rows, right));
        }
        return ExitCode::Ok;
    }
    const QList<budget::IncomeSpending> r = budget::Reports::incomeVsSpending(cli.budget(), *from, *to);
    QJsonArray months;
    QList<QStringList> rows;
    for (const budget::IncomeSpending& m : r) {
        months.append(
            QJsonObject { { QStringLiteral("month"), m.month.toString() }, { QStringLiteral("income"), m.income },
                { QStringLiteral("spending"), m.spending }, { QStringLiteral("net"), m.net() } });
        rows.append({ m.month.toString(), cli.plain(m.income), cli.plain(m.spending), cli.plain(m.net()) });
    }
    if (json) {
        head.insert(QStringLiteral("months"), months);
        CliOutput::jsonLine(head);
    } else {
        CliOutput::out(CliBudget::table(
            { QStringLiteral("MONTH"), QStringLiteral("INCOME"), QStringLiteral("SPENDING"), QStringLiteral("NET") },
            rows, { 1, 2, 3 }));
    }
    return ExitCode::Ok;
}

} // namespace vv::cli
