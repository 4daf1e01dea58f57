#include "EnvelopeCommand.h"

#include "BudgetCliSession.h"
#include "CliBudget.h"
#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace vv::cli {

namespace {

const QString Command = QStringLiteral("envelope");

QString helpText()
{
    return QStringLiteral(
        "Usage: violetvault-cli envelope list --profile DIR [--month yyyy-MM] [--archived] [--json]\n"
        "       violetvault-cli envelope add NAME --profile DIR [--category C] [--target AMOUNT]\n"
        "                                [--color #rrggbb] [--priority N] [--goal AMOUNT --goal-date yyyy-MM-dd]\n"
        "       violetvault-cli envelope edit ENV --profile DIR [--name N] [--category C] [--target AMOUNT]\n"
        "                                [--color #rrggbb] [--priority N] [--goal AMOUNT] [--goal-date D]\n"
        "                                [--archive | --unarchive]\n"
        "       violetvault-cli envelope allocate ENV AMOUNT --profile DIR [--month yyyy-MM]\n"
        "       violetvault-cli envelope move FROM TO AMOUNT --profile DIR [--month yyyy-MM]\n"
        "       violetvault-cli envelope fill --profile DIR [--month yyyy-MM]\n"
        "       violetvault-cli envelope unassigned --profile DIR [--json]   (also: violetvault-cli unassigned)\n"
        "\n"
        "list        per envelope: id, name, category, monthly target, funded, spent and available for\n"
        "            the month (default: this month), and the savings goal's status. Archived\n"
        "            envelopes only with --archived. --json prints one JSON document (amounts in\n"
        "            minor units, e.g. cents).\n"
        "add         creates an envelope and prints its id. Names must be unique (case-insensitive).\n"
        "edit        changes only the given fields; --goal 0 removes the goal, --target 0 the target.\n"
        "allocate    moves AMOUNT of unassigned cash into the envelope for the month (a negative\n"
        "            amount gives it back: write it after '--', e.g. 'allocate Food -- -5').\n"
        "move        moves AMOUNT from one envelope to another for the month.\n"
        "fill        fills envelopes to their targets in priority order with what is unassigned.\n"
        "unassigned  prints unassigned cash; a negative amount (more assigned than received) as it is.\n"
        "\n"
        "ENV, FROM and TO are an envelope id or its name (case-insensitive); an id starting with '-'\n"
        "goes after '--', behind the options. Amounts use '.' as the\n"
        "decimal separator, no grouping, at most the currency's decimals (12.50). --today yyyy-MM-dd\n"
        "sets the date taken as today (default month, goal status). Every change is stored encrypted\n"
        "in the profile; 'violetvault-cli sync' uploads it.\n"
        "Exit codes: 0 done, 1 bad command line, 2 refused (unknown envelope, bad amount, ...).\n");
}

struct Args {
    QCommandLineParser& parser;
    QStringList pos; // without the action
    CliBudget& cli;
    QDate today;
    budget::Month month;
    bool json = false;
};

QString goalText(const budget::GoalStatus& g, const CliBudget& cli)
{
    if (g.goalAmount <= 0 || !g.goalDate.isValid())
        return QStringLiteral("-");
    const QString goal
        = QStringLiteral("%1 by %2").arg(cli.plain(g.goalAmount), g.goalDate.toString(QStringLiteral("yyyy-MM-dd")));
    if (g.reached)
        return goal + QStringLiteral(": reached");
    if (g.overdue)
        return goal + QStringLiteral(": overdue, %1 short").arg(cli.plain(g.monthlyNeeded));
    return goal + QStringLiteral(": %1/month").arg(cli.plain(g.monthlyNeeded));
}

QJsonObject goalJson(const budget::GoalStatus& g)
{
    if (g.goalAmount <= 0 || !g.goalDate.isValid())
        return {};
    return { { QStringLiteral("amount"), g.goalAmount },
        { QStringLiteral("date"), g.goalDate.toString(QStringLiteral("yyyy-MM-dd")) },
        { QStringLiteral("monthlyNeeded"), g.monthlyNeeded }, { QStringLiteral("monthsRemaining"), g.monthsRemaining },
        { QStringLiteral("reached"), g.reached }, { QStringLiteral("overdue"), g.overdue } };
}

int list(Args& a)
{
    budget::Budget& b = a.cli.budget();
    const bool archived = a.parser.isSet(QStringLiteral("archived"));
    QJsonArray array;
    QList<QStringList> rows;
    for (const budget::Envelope& e : b.envelopes(archived)) {
        const budget::EnvelopeMonth m = b.envelopeMonth(e.id, a.month);
        const budget::GoalStatus g = b.goalStatus(e.id, a.today);
        array.append(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("name"), e.name },
            { QStringLiteral("category"), e.category }, { QStringLiteral("color"), e.color },
            { QStringLiteral("priority"), e.priority }, { QStringLiteral("archived"), e.archived },
            { QStringLiteral("monthlyTarget"), e.monthlyTarget }, { QStringLiteral("target"), m.target },
            { QStringLiteral("funded"), m.funded }, { QStringLiteral("spent"), m.spent },
            { QStringLiteral("inflow"), m.inflow }, { QStringLiteral("available"), m.available },
            { QStringLiteral("balance"), b.envelopeBalance(e.id) }, { QStringLiteral("goal"), goalJson(g) } });
        rows.append(
            { e.id, e.archived ? e.name + QStringLiteral(" (archived)") : e.name, e.category, a.cli.plain(m.target),
                a.cli.plain(m.funded), a.cli.plain(m.spent), a.cli.plain(m.available), goalText(g, a.cli) });
    }
    if (a.json) {
        CliOutput::jsonLine({ { QStringLiteral("currency"), a.cli.currency() },
            { QStringLiteral("decimals"), a.cli.decimals() }, { QStringLiteral("month"), a.month.toString() },
            { QStringLiteral("unassigned"), b.unassigned() }, { QStringLiteral("envelopes"), array } });
        return ExitCode::Ok;
    }
    CliOutput::out(CliBudget::table({ QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("CATEGORY"),
                                        QStringLiteral("TARGET"), QStringLiteral("FUNDED"), QStringLiteral("SPENT"),
                                        QStringLiteral("AVAILABLE"), QStringLiteral("GOAL") },
                       rows, { 3, 4, 5, 6 })
        + QStringLiteral("%1: %2 %3 unassigned\n")
              .arg(a.month.toString(), a.cli.plain(b.unassigned()), a.cli.currency()));
    return ExitCode::Ok;
}

int unassigned(Args& a)
{
    const qint64 u = a.cli.budget().unassigned();
    if (a.json) {
        CliOutput::jsonLine({ { QStringLiteral("currency"), a.cli.currency() }, { QStringLiteral("unassigned"), u },
            { QStringLiteral("unassignedText"), a.cli.plain(u) } });
        return ExitCode::Ok;
    }
    CliOutput::out(QStringLiteral("Unassigned: %1 %2%3\n")
                       .arg(a.cli.plain(u), a.cli.currency(),
                           u < 0 ? QStringLiteral(" (more assigned than received)") : QString()));
    return ExitCode::Ok;
}

// Another envelope (not `self`) already named `name`?
bool nameTaken(const budget::Budget& b, const QString& name, const QString& self)
{
    const QList<budget::Envelope> all = b.envelopes(true);
    for (const budget::Envelope& e : all) {
        if (e.id != self && e.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The field options of add/edit applied to `e`; ExitCode::Ok, else the code after printing why.
int applyFields(Args& a, budget::Envelope& e)
{
    const QCommandLineParser& p = a.parser;
    if (p.isSet(QStringLiteral("name")))
        e.name = p.value(QStringLiteral("name")).trimmed();
    if (p.isSet(QStringLiteral("category")))
        e.category = p.value(QStringLiteral("category")).trimmed();
    if (p.isSet(QStringLiteral("color"))) {
        static const QRegularExpression rgb(QStringLiteral("^(#[0-9a-fA-F]{6})?$"));
        const QString c = p.value(QStringLiteral("color")).trimmed();
        if (!rgb.match(c).hasMatch())
            return a.cli.usage(QStringLiteral("--color must be #rrggbb (or empty for the default)"));
        e.color = c.toLower();
    }
    if (p.isSet(QStringLiteral("priority"))) {
        bool ok = false;
        e.priority = p.value(QStringLiteral("priority")).toInt(&ok);
        if (!ok)
            return a.cli.usage(QStringLiteral("--priority must be a whole number"));
    }
    if (p.isSet(QStringLiteral("target"))) {
        const auto t = a.cli.amountOrFail(p.value(QStringLiteral("target")), QStringLiteral("--target"));
        if (!t)
            return ExitCode::Failed;
        if (*t < 0)
            return a.cli.failed(QStringLiteral("--target cannot be negative"));
        e.monthlyTarget = *t;
    }
    if (p.isSet(QStringLiteral("goal"))) {
        const auto g = a.cli.amountOrFail(p.value(QStringLiteral("goal")), QStringLiteral("--goal"));
        if (!g)
            return ExitCode::Failed;
        if (*g < 0)
            return a.cli.failed(QStringLiteral("--goal cannot be negative"));
        e.goalAmount = *g;
        if (*g == 0)
            e.goalDate = {};
    }
    if (p.isSet(QStringLiteral("goal-date"))) {
        e.goalDate = CliBudget::parseDate(p.value(QStringLiteral("goal-date")));
        if (!e.goalDate.isValid())
            return a.cli.usage(QStringLiteral("--goal-date must be a date as yyyy-MM-dd"));
    }
    if (e.goalAmount > 0 && !e.goalDate.isValid())
        return a.cli.usage(QStringLiteral("a goal needs --goal AMOUNT and --goal-date yyyy-MM-dd"));
    if (p.isSet(QStringLiteral("archive")))
        e.archived = true;
    if (p.isSet(QStringLiteral("unarchive")))
        e.archived = false;
    if (e.name.isEmpty())
        return a.cli.usage(QStringLiteral("an envelope needs a name"));
    if (nameTaken(a.cli.budget(), e.name, e.id))
        return a.cli.failed(QStringLiteral("an envelope named '%1' exists already").arg(e.name));
    return ExitCode::Ok;
}

int printDone(Args& a, const QString& text, const QString& id)
{
    const qint64 u = a.cli.budget().unassigned();
    if (a.json) {
        CliOutput::jsonLine({ { QStringLiteral("id"), id }, { QStringLiteral("unassigned"), u } });
        return ExitCode::Ok;
    }
    CliOutput::out(text + QStringLiteral(" Unassigned: %1 %2.\n").arg(a.cli.plain(u), a.cli.currency()));
    return ExitCode::Ok;
}

int add(Args& a)
{
    budget::Envelope e;
    e.name = a.pos.value(0).trimmed();
    if (const int code = applyFields(a, e); code != ExitCode::Ok)
        return code;
    const budget::Change c = a.cli.budget().createEnvelope(e);
    if (!a.cli.commit(c))
        return ExitCode::Failed;
    if (a.json)
        CliOutput::jsonLine({ { QStringLiteral("id"), c.createdId }, { QStringLiteral("name"), e.name } });
    else
        CliOutput::out(c.createdId + u'\n');
    return ExitCode::Ok;
}

int edit(Args& a)
{
    const QString id = a.cli.envelopeOrFail(a.pos.value(0));
    if (id.isEmpty())
        return ExitCode::Failed;
    budget::Envelope e = *a.cli.budget().envelope(id);
    if (const int code = applyFields(a, e); code != ExitCode::Ok)
        return code;
    if (!a.cli.commit(a.cli.budget().updateEnvelope(e)))
        return ExitCode::Failed;
    return printDone(a, QStringLiteral("Updated envelope %1.").arg(e.name), id);
}

int allocateOrMove(Args& a, bool move)
{
    const QString from = move ? a.cli.envelopeOrFail(a.pos.value(0)) : QString();
    if (move && from.isEmpty())
        return ExitCode::Failed;
    const QString to = a.cli.envelopeOrFail(a.pos.value(move ? 1 : 0));
    if (to.isEmpty())
        return ExitCode::Failed;
    const auto amount = a.cli.amountOrFail(a.pos.value(move ? 2 : 1), QStringLiteral("AMOUNT"));
    if (!amount)
        return ExitCode::Failed;
    budget::Budget& b = a.cli.budget();
    const budget::Change c = move ? b.moveMoney(from, to, *amount, a.month) : b.allocate(to, *amount, a.month);
    if (!a.cli.commit(c))
        return ExitCode::Failed;
    const QString what = move
        ? QStringLiteral("Moved %1 %2 from %3 to %4 for %5.")
              .arg(a.cli.plain(*amount), a.cli.currency(), a.cli.envelopeName(from), a.cli.envelopeName(to),
                  a.month.toString())
        : QStringLiteral("Allocated %1 %2 to %3 for %4.")
              .arg(a.cli.plain(*amount), a.cli.currency(), a.cli.envelopeName(to), a.month.toString());
    return printDone(a, what, c.createdId);
}

int fill(Args& a)
{
    budget::Budget& b = a.cli.budget();
    const qint64 before = b.unassigned();
    const budget::Change c = b.fillToTargets(a.month);
    if (!a.cli.commit(c))
        return ExitCode::Failed;
    const qint64 given = before - b.unassigned();
    if (a.json) {
        CliOutput::jsonLine({ { QStringLiteral("month"), a.month.toString() }, { QStringLiteral("allocated"), given },
            { QStringLiteral("unassigned"), b.unassigned() } });
        return ExitCode::Ok;
    }
    return printDone(a,
        QStringLiteral("Filled to targets for %1: %2 %3 allocated.")
            .arg(a.month.toString(), a.cli.plain(given), a.cli.currency()),
        {});
}

} // namespace

EnvelopeCommand::EnvelopeCommand(QString alias)
    : m_alias(std::move(alias))
{ }

QString EnvelopeCommand::name() const
{
    return m_alias.isEmpty() ? Command : m_alias;
}

QString EnvelopeCommand::summary() const
{
    return m_alias.isEmpty() ? QStringLiteral("list, add, edit, fund and move money between envelopes")
                             : QStringLiteral("print unassigned cash (same as 'envelope unassigned')");
}

int EnvelopeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ BudgetCliSession::valueOption("profile", "DIR"), BudgetCliSession::valueOption("month", "M"),
        BudgetCliSession::valueOption("today", "D"), BudgetCliSession::valueOption("name", "N"),
        BudgetCliSession::valueOption("category", "C"), BudgetCliSession::valueOption("target", "A"),
        BudgetCliSession::valueOption("color", "C"), BudgetCliSession::valueOption("priority", "N"),
        BudgetCliSession::valueOption("goal", "A"), BudgetCliSession::valueOption("goal-date", "D"),
        QCommandLineOption(QStringLiteral("archived")), QCommandLineOption(QStringLiteral("archive")),
        QCommandLineOption(QStringLiteral("unarchive")), QCommandLineOption(QStringLiteral("json")) });
    if (const auto code = BudgetCliSession::parse(parser, arguments, name(), helpText()))
        return *code;
    QStringList pos = parser.positionalArguments();
    if (!m_alias.isEmpty())
        pos.prepend(QStringLiteral("unassigned"));
    // Positional arguments each action takes.
    QString action;
    if (const auto code = CliBudget::takeAction(pos,
            { { QStringLiteral("list"), 0 }, { QStringLiteral("add"), 1 }, { QStringLiteral("edit"), 1 },
                { QStringLiteral("allocate"), 2 }, { QStringLiteral("move"), 3 }, { QStringLiteral("fill"), 0 },
                { QStringLiteral("unassigned"), 0 } },
            Command, helpText(), &action, &pos))
        return *code;
    CliBudget cli(Command + u' ' + action);
    if (parser.isSet(QStringLiteral("archive")) && parser.isSet(QStringLiteral("unarchive")))
        return cli.usage(QStringLiteral("--archive and --unarchive exclude each other"));
    const QString dir = BudgetCliSession::profileDir(parser, name());
    if (dir.isEmpty())
        return ExitCode::Usage;
    const auto today = CliBudget::dateOption(parser, QStringLiteral("today"), QDate::currentDate(), name());
    if (!today)
        return ExitCode::Usage;
    const auto month = CliBudget::monthOption(parser, QStringLiteral("month"), *today, name());
    if (!month)
        return ExitCode::Usage;
    if (!cli.open(dir))
        return ExitCode::Failed;
    Args a { parser, pos, cli, *today, *month, parser.isSet(QStringLiteral("json")) };
    if (action == u"list")
        return list(a);
    if (action == u"unassigned")
        return unassigned(a);
    if (action == u"add")
        return add(a);
    if (action == u"edit")
        return edit(a);
    if (action == u"fill")
        return fill(a);
    return allocateOrMove(a, action == u"move");
}

} // namespace vv::cli
