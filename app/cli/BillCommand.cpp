#include "BillCommand.h"

#include "BudgetCliSession.h"
#include "CliBudget.h"
#include "CliOutput.h"
#include "budget/Recurrence.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vv::cli {

namespace {

const QString Command = QStringLiteral("bill");

QString helpText()
{
    return QStringLiteral(
        "Usage: violetvault-cli bill list --profile DIR [--due [--days N]] [--json]\n"
        "       violetvault-cli bill add NAME AMOUNT --profile DIR --envelope ENV\n"
        "                            --frequency weekly|biweekly|monthly|yearly --start yyyy-MM-dd [--payee P]\n"
        "       violetvault-cli bill edit BILL --profile DIR [--name N] [--amount A] [--envelope ENV]\n"
        "                            [--frequency F] [--start D] [--next-due D] [--payee P]\n"
        "       violetvault-cli bill delete BILL --profile DIR\n"
        "       violetvault-cli bill pay BILL --profile DIR [--date yyyy-MM-dd] [--amount A]\n"
        "\n"
        "list    every bill with its next due date; with --due only overdue bills and those due\n"
        "        within N days (default 14), soonest first, with their status.\n"
        "add     a bill paid from ENV every week, two weeks, month or year from --start (the first\n"
        "        due date). Month ends are kept: Jan 31 -> Feb 28/29 -> Mar 31. Prints its id.\n"
        "edit    changes only the given fields.\n"
        "pay     records the expense (payee, envelope and amount of the bill unless --amount; dated\n"
        "        --date, default the due date) and moves the next due date on. Prints the\n"
        "        transaction id and the new due date.\n"
        "\n"
        "BILL is a bill id or its name (case-insensitive), ENV an envelope id or name (an id\n"
        "starting with '-' goes after '--', behind the options). AMOUNT is\n"
        "positive, '.' decimals. --today yyyy-MM-dd sets the date taken as today for list.\n"
        "Exit codes: 0 done, 1 bad command line, 2 refused (unknown bill or envelope, bad amount, ...).\n");
}

QString statusName(budget::BillDue::Status s)
{
    switch (s) {
    case budget::BillDue::Status::Overdue:
        return QStringLiteral("overdue");
    case budget::BillDue::Status::DueToday:
        return QStringLiteral("due today");
    case budget::BillDue::Status::Upcoming:
        return QStringLiteral("upcoming");
    }
    return {};
}

QString iso(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

int list(const QCommandLineParser& p, CliBudget& cli, QDate today)
{
    budget::Budget& b = cli.budget();
    QList<budget::BillDue> due;
    if (p.isSet(QStringLiteral("due"))) {
        due = b.billsDue(today, p.isSet(QStringLiteral("days")) ? p.value(QStringLiteral("days")).toInt() : 14);
    } else {
        for (const budget::Bill& bill : b.bills()) {
            budget::BillDue d;
            d.bill = bill;
            d.daysUntil = int(today.daysTo(bill.nextDue));
            d.status = d.daysUntil < 0 ? budget::BillDue::Status::Overdue
                : d.daysUntil == 0     ? budget::BillDue::Status::DueToday
                                       : budget::BillDue::Status::Upcoming;
            due.append(d);
        }
    }
    QJsonArray array;
    QList<QStringList> rows;
    for (const budget::BillDue& d : due) {
        const budget::Bill& bill = d.bill;
        array.append(QJsonObject { { QStringLiteral("id"), bill.id }, { QStringLiteral("name"), bill.name },
            { QStringLiteral("payee"), bill.payee }, { QStringLiteral("amount"), bill.amount },
            { QStringLiteral("amountText"), cli.plain(bill.amount) }, { QStringLiteral("envelope"), bill.envelopeId },
            { QStringLiteral("envelopeName"), cli.envelopeName(bill.envelopeId) },
            { QStringLiteral("frequency"), budget::Recurrence::toString(bill.frequency) },
            { QStringLiteral("start"), iso(bill.startDate) }, { QStringLiteral("nextDue"), iso(bill.nextDue) },
            { QStringLiteral("status"), statusName(d.status) }, { QStringLiteral("daysUntil"), d.daysUntil },
            { QStringLiteral("missed"), d.missedCount } });
        QString status = statusName(d.status);
        if (d.status == budget::BillDue::Status::Overdue)
            status += QStringLiteral(" %1 day(s)").arg(-d.daysUntil);
        else if (d.status == budget::BillDue::Status::Upcoming)
            status += QStringLiteral(" in %1 day(s)").arg(d.daysUntil);
        rows.append({ bill.id, bill.name, cli.plain(bill.amount), cli.envelopeName(bill.envelopeId),
            budget::Recurrence::toString(bill.frequency), iso(bill.nextDue), status });
    }
    if (p.isSet(QStringLiteral("json"))) {
        CliOutput::jsonLine({ { QStringLiteral("currency"), cli.currency() }, { QStringLiteral("today"), iso(today) },
            { QStringLiteral("bills"), array } });
        return ExitCode::Ok;
    }
    CliOutput::out(CliBudget::table(
        { QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("AMOUNT"), QStringLiteral("ENVELOPE"),
            QStringLiteral("EVERY"), QStringLiteral("NEXT DUE"), QStringLiteral("STATUS") },
        rows, { 2 }));
    return ExitCode::Ok;
}

// The field options of add/edit applied to `bill`; ExitCode::Ok, else the code after printing why.
int applyFields(const QCommandLineParser& p, CliBudget& cli, budget::Bill& bill)
{
    if (p.isSet(QStringLiteral("name")))
        bill.name = p.value(QStringLiteral("name")).trimmed();
    if (p.isSet(QStringLiteral("payee")))
        bill.payee = p.value(QStringLiteral("payee")).trimmed();
    if (p.isSet(QStringLiteral("amount"))) {
        const auto a = cli.amountOrFail(p.value(QStringLiteral("amount")), QStringLiteral("--amount"));
        if (!a)
            return ExitCode::Failed;
        bill.amount = *a;
    }
    if (p.isSet(QStringLiteral("frequency"))) {
        const auto f = budget::Recurrence::fromString(p.value(QStringLiteral("frequency")).trimmed().toLower());
        if (!f)
            return cli.usage(QStringLiteral("--frequency must be weekly, biweekly, monthly or yearly"));
        bill.frequency = *f;
    }
    if (p.isSet(QStringLiteral("start"))) {
        bill.startDate = CliBudget::parseDate(p.value(QStringLiteral("start")));
        if (!p.isSet(QStringLiteral("next-due")))
            bill.nextDue = bill.startDate;
    }
    if (p.isSet(QStringLiteral("next-due")))
        bill.nextDue = CliBudget::parseDate(p.value(QStringLiteral("next-due")));
    if (p.isSet(QStringLiteral("envelope"))) {
        bill.envelopeId = cli.envelopeOrFail(p.value(QStringLiteral("envelope")));
        if (bill.envelopeId.isEmpty())
            return ExitCode::Failed;
    }
    if (bill.amount <= 0)
        return cli.failed(QStringLiteral("a bill's amount must be positive (what is paid each time)"));
    return ExitCode::Ok;
}

} // namespace

int BillCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ BudgetCliSession::valueOption("profile", "DIR"), BudgetCliSession::valueOption("name", "N"),
        BudgetCliSession::valueOption("amount", "A"), BudgetCliSession::valueOption("envelope", "ENV"),
        BudgetCliSession::valueOption("frequency", "F"), BudgetCliSession::valueOption("start", "D"),
        BudgetCliSession::valueOption("next-due", "D"), BudgetCliSession::valueOption("payee", "P"),
        BudgetCliSession::valueOption("date", "D"), BudgetCliSession::valueOption("days", "N"),
        BudgetCliSession::valueOption("today", "D"), QCommandLineOption(QStringLiteral("due")),
        QCommandLineOption(QStringLiteral("json")) });
    if (const auto code = BudgetCliSession::parse(parser, arguments, Command, helpText()))
        return *code;
    QString action;
    QStringList pos;
    if (const auto code = CliBudget::takeAction(parser.positionalArguments(),
            { { QStringLiteral("list"), 0 }, { QStringLiteral("add"), 2 }, { QStringLiteral("edit"), 1 },
                { QStringLiteral("delete"), 1 }, { QStringLiteral("pay"), 1 } },
            Command, helpText(), &action, &pos))
        return *code;
    CliBudget cli(Command + u' ' + action);
    const QString dir = BudgetCliSession::profileDir(parser, Command);
    if (dir.isEmpty())
        return ExitCode::Usage;
    for (const QString& option :
        { QStringLiteral("start"), QStringLiteral("next-due"), QStringLiteral("date"), QStringLiteral("today") }) {
        if (!CliBudget::dateOption(parser, option, {}, Command + u' ' + action))
            return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        if (parser.value(QStringLiteral("days")).toInt(&ok) < 0 || !ok)
            return cli.usage(QStringLiteral("--days must be a number >= 0"));
    }
    if (action == u"add"
        && (!parser.isSet(QStringLiteral("envelope")) || !parser.isSet(QStringLiteral("frequency"))
            || !parser.isSet(QStringLiteral("start"))))
        return cli.usage(QStringLiteral("--envelope, --frequency and --start are required"));
    const QDate today = *CliBudget::dateOption(parser, QStringLiteral("today"), QDate::currentDate(), Command);
    if (!cli.open(dir))
        return ExitCode::Failed;
    budget::Budget& b = cli.budget();
    const bool json = parser.isSet(QStringLiteral("json"));

    if (action == u"list")
        return list(parser, cli, today);
    if (action == u"add") {
        budget::Bill bill;
        bill.name = pos.value(0).trimmed();
        const auto amount = cli.amountOrFail(pos.value(1), QStringLiteral("AMOUNT"));
        if (!amount)
            return ExitCode::Failed;
        bill.amount = *amount;
        if (const int code = applyFields(parser, cli, bill); code != ExitCode::Ok)
            return code;
        const budget::Change c = b.createBill(bill);
        if (!cli.commit(c))
            return ExitCode::Failed;
        if (json)
            CliOutput::jsonLine(
                { { QStringLiteral("id"), c.createdId }, { QStringLiteral("nextDue"), iso(bill.nextDue) } });
        else
            CliOutput::out(c.createdId + u'\n');
        return ExitCode::Ok;
    }
    const QString id = cli.billOrFail(pos.value(0));
    if (id.isEmpty())
        return ExitCode::Failed;
    if (action == u"edit") {
        budget::Bill bill = *b.bill(id);
        if (const int code = applyFields(parser, cli, bill); code != ExitCode::Ok)
            return code;
        if (!cli.commit(b.updateBill(bill)))
            return ExitCode::Failed;
    } else if (action == u"delete") {
        if (!cli.commit(b.deleteBill(id)))
            return ExitCode::Failed;
    } else { // pay
        std::optional<qint64> amount;
        if (parser.isSet(QStringLiteral("amount"))) {
            amount = cli.amountOrFail(parser.value(QStringLiteral("amount")), QStringLiteral("--amount"));
            if (!amount)
                return ExitCode::Failed;
            if (*amount <= 0)
                return cli.failed(QStringLiteral("--amount is what was paid: a positive amount"));
        }
        const QDate date = *CliBudget::dateOption(parser, QStringLiteral("date"), {}, Command);
        const budget::Change c = b.payBill(id, date, amount);
        if (!cli.commit(c))
            return ExitCode::Failed;
        const QString next = iso(b.bill(id)->nextDue);
        if (json)
            CliOutput::jsonLine({ { QStringLiteral("id"), id }, { QStringLiteral("transaction"), c.createdId },
                { QStringLiteral("nextDue"), next } });
        else
            CliOutput::out(QStringLiteral("%1\nNext due: %2\n").arg(c.createdId, next));
        return ExitCode::Ok;
    }
    if (json)
        CliOutput::jsonLine({ { QStringLiteral("id"), id } });
    else
        CliOutput::out(id + u'\n');
    return ExitCode::Ok;
}

} // namespace vv::cli
