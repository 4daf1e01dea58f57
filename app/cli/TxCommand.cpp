#include "TxCommand.h"

#include "BudgetCliSession.h"
#include "CliBudget.h"
#include "CliOutput.h"
#include "TxImport.h"
#include "budget/Budget.h"
#include "budget/BudgetIndex.h"
#include "budget/Money.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vv::cli {

namespace {

const QString Command = QStringLiteral("tx");

QString helpText()
{
    return QStringLiteral(
               "Usage: violetvault-cli tx add --profile DIR --amount -12.50 --payee PAYEE [--envelope ENV]\n"
               "                              [--date yyyy-MM-dd] [--note NOTE] [--cleared] [--split ENV=AMOUNT ...]\n"
               "       violetvault-cli tx list --profile DIR [--envelope ENV] [--from D] [--to D] [--text T]\n"
               "                              [--limit N] [--json]\n"
               "       violetvault-cli tx edit ID --profile DIR [--amount A] [--payee P] [--envelope ENV] [--date D]\n"
               "                              [--note N] [--cleared | --uncleared] [--split ENV=AMOUNT ... | "
               "--unsplit]\n"
               "       violetvault-cli tx delete ID --profile DIR\n"
               "       violetvault-cli tx clear ID --profile DIR [--uncleared]\n"
               "       violetvault-cli tx import FILE --profile DIR [options, below]\n"
               "\n"
               "add     records a transaction (negative = expense, positive = income) and prints its id.\n"
               "        --envelope takes an envelope id or name; an unknown name creates the envelope\n"
               "        (a name matching several envelopes is refused). The date defaults to today.\n"
               "        --split ENV=AMOUNT (at least two) splits it across envelopes; the lines must add\n"
               "        up to --amount exactly, e.g. --amount -30 --split Food=-20 --split Home=-10.\n"
               "list    the live transactions, oldest first, filtered by envelope (split lines count),\n"
               "        date range (inclusive), text (in payee or note, case-insensitive); --limit N keeps\n"
               "        the N most recent. Text, or one JSON document with --json.\n"
               "edit    changes only the given fields; --split replaces the split lines, --unsplit removes\n"
               "        them. A split transaction's amount changes only together with new --split lines.\n"
               "delete  deletes the transaction (and its split lines).\n"
               "clear   marks it cleared (--uncleared: not cleared).\n"
               "\n")
        + TxImport::helpText()
        + QStringLiteral("\n"
                         "Amounts use '.' as the decimal separator and at most the currency's minor-unit digits.\n"
                         "An ID (or a negative amount) starting with '-' goes after '--', behind the options:\n"
                         "  violetvault-cli tx delete --profile DIR -- -Xy3...\n"
                         "Every change is stored encrypted in the profile; 'violetvault-cli sync' uploads it.\n"
                         "Exit codes: 0 done, 1 bad command line, 2 refused (unknown envelope, bad amount, ...).\n");
}

QJsonObject txObject(const budget::Transaction& t, const CliBudget& cli)
{
    QJsonArray splits;
    for (const budget::SplitLine& l : t.splits) {
        splits.append(QJsonObject { { QStringLiteral("envelope"), l.envelopeId },
            { QStringLiteral("envelopeName"), cli.envelopeName(l.envelopeId) }, { QStringLiteral("amount"), l.amount },
            { QStringLiteral("amountText"), cli.plain(l.amount) } });
    }
    return { { QStringLiteral("id"), t.id }, { QStringLiteral("date"), t.date.toString(Qt::ISODate) },
        { QStringLiteral("payee"), t.payee }, { QStringLiteral("amount"), t.amount },
        { QStringLiteral("amountText"), cli.plain(t.amount) }, { QStringLiteral("envelope"), t.envelopeId },
        { QStringLiteral("envelopeName"), cli.envelopeName(t.envelopeId) }, { QStringLiteral("note"), t.note },
        { QStringLiteral("cleared"), t.cleared }, { QStringLiteral("splits"), splits } };
}

// --split ENV=AMOUNT lines; nullopt after printing when one is invalid (*code: its exit code).
std::optional<QList<budget::SplitLine>> splitOptions(const QCommandLineParser& parser, const CliBudget& cli, int* code)
{
    *code = ExitCode::Failed;
    QList<budget::SplitLine> lines;
    const QStringList values = parser.values(QStringLiteral("split"));
    for (const QString& v : values) {
        const qsizetype eq = v.lastIndexOf(u'=');
        if (eq <= 0) {
            *code = cli.usage(QStringLiteral("--split '%1' must be ENV=AMOUNT").arg(v));
            return std::nullopt;
        }
        budget::SplitLine line;
        line.envelopeId = cli.envelopeOrFail(v.left(eq));
        if (line.envelopeId.isEmpty())
            return std::nullopt;
        const auto amount = cli.amountOrFail(v.mid(eq + 1), QStringLiteral("--split"));
        if (!amount)
            return std::nullopt;
        line.amount = *amount;
        lines.append(line);
    }
    return lines;
}

// Why split lines cannot be used (empty if fine), naming both sums in the budget's currency.
QString splitSumError(const QList<budget::SplitLine>& lines, qint64 total, const CliBudget& cli)
{
    if (lines.isEmpty())
        return {};
    if (lines.size() < 2)
        return QStringLiteral("a split needs at least two --split lines");
    qint64 sum = 0;
    for (const budget::SplitLine& l : lines)
        sum += l.amount;
    if (sum == total)
        return {};
    return QStringLiteral("the split lines add up to %1 but the amount is %2 %3: nothing was recorded")
        .arg(cli.plain(sum), cli.plain(total), cli.currency());
}

// --envelope for add/edit: an existing envelope, or (add only) a new one with that name.
std::optional<QString> envelopeForAdd(const QString& wanted, CliBudget& cli, bool mayCreate)
{
    QString error;
    const QString id = cli.findEnvelope(wanted, &error);
    if (!id.isEmpty())
        return id;
    const bool unknown = error.startsWith(QStringLiteral("no envelope"));
    if (!mayCreate || !unknown || wanted.trimmed().isEmpty()) {
        cli.failed(error);
        return std::nullopt;
    }
    budget::Envelope e;
    e.name = wanted.trimmed();
    const budget::Change created = cli.budget().createEnvelope(e);
    if (!cli.commit(created))
        return std::nullopt;
    CliOutput::err(QStringLiteral("Created envelope '%1'.\n").arg(e.name));
    return created.createdId;
}

int list(const QCommandLineParser& parser, CliBudget& cli)
{
    budget::LedgerFilter filter;
    filter.text = parser.value(QStringLiteral("text"));
    if (parser.isSet(QStringLiteral("envelope"))) {
        const QString id = cli.envelopeOrFail(parser.value(QStringLiteral("envelope")));
        if (id.isEmpty())
            return ExitCode::Failed;
        filter.envelopeId = id;
    }
    filter.from = *CliBudget::dateOption(parser, QStringLiteral("from"), {}, Command);
    filter.to = *CliBudget::dateOption(parser, QStringLiteral("to"), {}, Command);
    const budget::BudgetIndex& index = cli.budget().index();
    QList<qsizetype> positions = index.filter(filter);
    if (parser.isSet(QStringLiteral("limit"))) {
        const qsizetype limit = parser.value(QStringLiteral("limit")).toLongLong();
        if (positions.size() > limit)
            positions = positions.mid(positions.size() - limit);
    }
    QJsonArray array;
    QString text;
    for (const qsizetype pos : positions) {
        const auto t = cli.budget().transaction(index.row(pos).id);
        if (!t)
            continue;
        const QJsonObject o = txObject(*t, cli);
        array.append(o);
        QString where = cli.envelopeName(t->envelopeId);
        if (t->isSplit()) {
            QStringList parts;
            for (const budget::SplitLine& l : t->splits)
                parts.append(cli.envelopeName(l.envelopeId) + u'=' + cli.plain(l.amount));
            where = QStringLiteral("split: ") + parts.join(QStringLiteral(", "));
        }
        text += QStringLiteral("%1  %2  %3  %4  %5%6%7\n")
                    .arg(t->date.toString(Qt::ISODate))
                    .arg(cli.plain(t->amount), 12)
                    .arg(t->payee, -24)
                    .arg(where, -16)
                    .arg(t->id, t->cleared ? QStringLiteral("  cleared") : QString(),
                        t->note.isEmpty() ? QString() : QStringLiteral("  ") + t->note);
    }
    if (parser.isSet(QStringLiteral("json")))
        CliOutput::jsonLine(
            { { QStringLiteral("currency"), cli.currency() }, { QStringLiteral("transactions"), array } });
    else
        CliOutput::out(text);
    return ExitCode::Ok;
}

// add and edit: the fields the options give, applied to `t`.
int addOrEdit(const QCommandLineParser& parser, const QString& action, const QString& id, CliBudget& cli)
{
    const bool add = action == u"add";
    budget::Transaction t;
    if (add) {
        t.date = QDate::currentDate();
    } else {
        const auto existing = cli.budget().transaction(id);
        if (!existing)
            return cli.failed(QStringLiteral("no transaction '%1' (see 'tx list')").arg(id));
        t = *existing;
    }
    t.date = *CliBudget::dateOption(parser, QStringLiteral("date"), t.date, Command);
    if (parser.isSet(QStringLiteral("payee")))
        t.payee = parser.value(QStringLiteral("payee")).trimmed();
    if (parser.isSet(QStringLiteral("note")))
        t.note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("cleared")))
        t.cleared = true;
    if (parser.isSet(QStringLiteral("uncleared")))
        t.cleared = false;
    if (parser.isSet(QStringLiteral("amount"))) {
        const auto amount = cli.amountOrFail(parser.value(QStringLiteral("amount")), QStringLiteral("--amount"));
        if (!amount)
            return ExitCode::Failed;
        t.amount = *amount;
    }
    // Everything is checked before the first write: a refused command leaves the budget as it was.
    int code = ExitCode::Ok;
    const auto lines = splitOptions(parser, cli, &code);
    if (!lines)
        return code;
    if (!lines->isEmpty() || parser.isSet(QStringLiteral("unsplit")))
        t.splits = *lines;
    if (const QString why = splitSumError(t.splits, t.amount, cli); !why.isEmpty())
        return cli.failed(why);
    if (parser.isSet(QStringLiteral("envelope"))) {
        const auto envelope = envelopeForAdd(parser.value(QStringLiteral("envelope")), cli, add);
        if (!envelope)
            return ExitCode::Failed;
        t.envelopeId = *envelope;
    }
    const budget::Change change = add ? cli.budget().addTransaction(t) : cli.budget().updateTransaction(t);
    if (!cli.commit(change))
        return ExitCode::Failed;
    const QString done = add ? change.createdId : t.id;
    if (parser.isSet(QStringLiteral("json")))
        CliOutput::jsonLine({ { QStringLiteral("id"), done } });
    else
        CliOutput::out(done + u'\n');
    return ExitCode::Ok;
}

} // namespace

std::optional<qint64> TxCommand::parseAmount(const QString& text, int decimals)
{
    return CliBudget::parseAmount(text, decimals);
}

int TxCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ BudgetCliSession::valueOption("profile", "DIR"), BudgetCliSession::valueOption("amount", "A"),
        BudgetCliSession::valueOption("payee", "P"), BudgetCliSession::valueOption("envelope", "E"),
        BudgetCliSession::valueOption("date", "yyyy-MM-dd"), BudgetCliSession::valueOption("note", "N"),
        BudgetCliSession::valueOption("split", "ENV=AMOUNT"), BudgetCliSession::valueOption("from", "D"),
        BudgetCliSession::valueOption("to", "D"), BudgetCliSession::valueOption("text", "T"),
        BudgetCliSession::valueOption("limit", "N"), QCommandLineOption(QStringLiteral("cleared")),
        QCommandLineOption(QStringLiteral("uncleared")), QCommandLineOption(QStringLiteral("unsplit")),
        QCommandLineOption(QStringLiteral("json")) });
    parser.addOptions(TxImport::options());
    if (const auto code = BudgetCliSession::parse(parser, arguments, Command, helpText()))
        return *code;
    QString action;
    QStringList pos;
    if (const auto code = CliBudget::takeAction(parser.positionalArguments(),
            { { QStringLiteral("add"), 0 }, { QStringLiteral("list"), 0 }, { QStringLiteral("edit"), 1 },
                { QStringLiteral("delete"), 1 }, { QStringLiteral("clear"), 1 }, { QStringLiteral("import"), 1 } },
            Command, helpText(), &action, &pos))
        return *code;
    CliBudget cli(Command + u' ' + action);
    const QString dir = BudgetCliSession::profileDir(parser, Command);
    if (dir.isEmpty())
        return ExitCode::Usage;
    // Command-line checks first: a usage error never opens the keychain.
    if (action == u"add"
        && (!parser.isSet(QStringLiteral("amount")) || parser.value(QStringLiteral("payee")).trimmed().isEmpty()))
        return cli.usage(QStringLiteral("--amount and --payee are required"));
    for (const QString& option : { QStringLiteral("date"), QStringLiteral("from"), QStringLiteral("to") }) {
        if (!CliBudget::dateOption(parser, option, {}, Command + u' ' + action))
            return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("cleared")) && parser.isSet(QStringLiteral("uncleared")))
        return cli.usage(QStringLiteral("--cleared and --uncleared exclude each other"));
    if (parser.isSet(QStringLiteral("split")) && parser.isSet(QStringLiteral("unsplit")))
        return cli.usage(QStringLiteral("--split and --unsplit exclude each other"));
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        if (parser.value(QStringLiteral("limit")).toInt(&ok) < 0 || !ok)
            return cli.usage(QStringLiteral("--limit must be a number >= 0"));
    }
    if (!cli.open(dir))
        return ExitCode::Failed;

    if (action == u"list")
        return list(parser, cli);
    if (action == u"import")
        return TxImport::run(parser, pos, cli);
    if (action == u"add" || action == u"edit")
        return addOrEdit(parser, action, pos.value(0), cli);
    const QString id = pos.value(0).trimmed();
    if (!cli.budget().transaction(id))
        return cli.failed(QStringLiteral("no transaction '%1' (see 'tx list')").arg(id));
    const budget::Change change = action == u"delete"
        ? cli.budget().deleteTransaction(id)
        : cli.budget().setCleared(id, !parser.isSet(QStringLiteral("uncleared")));
    if (!cli.commit(change))
        return ExitCode::Failed;
    if (parser.isSet(QStringLiteral("json")))
        CliOutput::jsonLine({ { QStringLiteral("id"), id } });
    else
        CliOutput::out(id + u'\n');
    return ExitCode::Ok;
}

} // namespace vv::cli
