#include "TxCommand.h"

#include "BudgetCliSession.h"
#include "CliOutput.h"
#include "budget/Budget.h"
#include "budget/Money.h"
#include "budget/Schema.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace vv::cli {

namespace {

const QString Command = QStringLiteral("tx");

QString helpText()
{
    return QStringLiteral("Usage: violetvault-cli tx add --profile DIR --amount -12.50 --payee PAYEE [--envelope E]\n"
                          "                               [--date yyyy-MM-dd] [--note NOTE] [--cleared]\n"
                          "       violetvault-cli tx list --profile DIR [--json]\n"
                          "\n"
                          "add   records a transaction (negative = expense, positive = income) and prints its id.\n"
                          "      --envelope takes an envelope id or name; an unknown name creates the envelope.\n"
                          "      The date defaults to today. Run 'violetvault-cli sync' to upload it.\n"
                          "list  the live transactions, oldest first (text, or one JSON document with --json).\n"
                          "\n"
                          "Amounts use '.' as the decimal separator and at most the currency's minor-unit digits.\n");
}

QJsonObject txObject(const budget::Transaction& t, const budget::Budget& budget)
{
    const auto envelope = t.envelopeId.isEmpty() ? std::nullopt : budget.envelope(t.envelopeId);
    return { { QStringLiteral("id"), t.id }, { QStringLiteral("date"), t.date.toString(Qt::ISODate) },
        { QStringLiteral("payee"), t.payee }, { QStringLiteral("amount"), t.amount },
        { QStringLiteral("amountText"), budget::Money::toPlain(t.amount, budget.decimals()) },
        { QStringLiteral("envelope"), t.envelopeId },
        { QStringLiteral("envelopeName"), envelope ? envelope->name : QString() }, { QStringLiteral("note"), t.note },
        { QStringLiteral("cleared"), t.cleared } };
}

// An envelope id, else the (case-insensitive) name of a live envelope; empty if neither.
QString findEnvelope(const budget::Budget& budget, const QString& idOrName)
{
    if (budget.envelope(idOrName))
        return idOrName;
    const auto envelopes = budget.envelopes();
    for (const auto& e : envelopes) {
        if (e.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return e.id;
    }
    return {};
}

} // namespace

std::optional<qint64> TxCommand::parseAmount(const QString& text, int decimals)
{
    const QString trimmed = text.trimmed();
    // Only a sign, digits and one '.': no grouping, no symbols, nothing the parser might skip.
    if (trimmed.isEmpty())
        return std::nullopt;
    for (const QChar c : trimmed) {
        if ((c < u'0' || c > u'9') && c != u'.' && c != u'-' && c != u'+')
            return std::nullopt;
    }
    return budget::Money::parseFixed(trimmed, u'.', QChar(), decimals);
}

int TxCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ BudgetCliSession::valueOption("profile", "DIR"), BudgetCliSession::valueOption("amount", "A"),
        BudgetCliSession::valueOption("payee", "P"), BudgetCliSession::valueOption("envelope", "E"),
        BudgetCliSession::valueOption("date", "yyyy-MM-dd"), BudgetCliSession::valueOption("note", "N"),
        QCommandLineOption(QStringLiteral("cleared")), QCommandLineOption(QStringLiteral("json")) });
    if (const auto code = BudgetCliSession::parse(parser, arguments, Command, helpText()))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != u"add" && action != u"list")) {
        CliOutput::err(QStringLiteral("violetvault-cli tx: expected add or list\n\n") + helpText());
        return ExitCode::Usage;
    }
    const QString dir = BudgetCliSession::profileDir(parser, Command);
    if (dir.isEmpty())
        return ExitCode::Usage;
    const auto usage = [&](const QString& why) {
        CliOutput::err(QStringLiteral("violetvault-cli tx %1: %2\n").arg(action, why));
        return ExitCode::Usage;
    };
    const auto failed = [&](const QString& why) {
        CliOutput::err(QStringLiteral("violetvault-cli tx %1: %2\n").arg(action, why));
        return ExitCode::Failed;
    };
    QDate date = QDate::currentDate();
    if (action == u"add") {
        if (!parser.isSet(QStringLiteral("amount")) || parser.value(QStringLiteral("payee")).trimmed().isEmpty())
            return usage(QStringLiteral("--amount and --payee are required"));
        if (parser.isSet(QStringLiteral("date"))) {
            date = QDate::fromString(parser.value(QStringLiteral("date")), QStringLiteral("yyyy-MM-dd"));
            if (!date.isValid())
                return usage(QStringLiteral("--date must be a date as yyyy-MM-dd"));
        }
    }

    BudgetCliSession session(dir);
    sync::BudgetProfile& profile = session.profile();
    if (!session.open())
        return failed(profile.errorString());
    budget::Budget budget(
        profile.state(), [&profile](const QList<store::Operation>& ops) { return profile.appendOps(ops); },
        profile.clock());

    if (action == u"list") {
        QList<budget::Transaction> list;
        for (const QString& id : profile.state().entityIds(budget::schema::Transaction)) {
            if (const auto t = budget.transaction(id))
                list.append(*t);
        }
        std::sort(list.begin(), list.end(), [](const budget::Transaction& a, const budget::Transaction& b) {
            return a.date != b.date ? a.date < b.date : a.id < b.id;
        });
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto& t : list)
                array.append(txObject(t, budget));
            CliOutput::jsonLine(
                { { QStringLiteral("currency"), budget.info().currency }, { QStringLiteral("transactions"), array } });
            return ExitCode::Ok;
        }
        QString text;
        for (const auto& t : list) {
            const QJsonObject o = txObject(t, budget);
            text += QStringLiteral("%1  %2  %3  %4  %5%6\n")
                        .arg(t.date.toString(Qt::ISODate))
                        .arg(o.value(QStringLiteral("amountText")).toString(), 12)
                        .arg(t.payee, -24)
                        .arg(o.value(QStringLiteral("envelopeName")).toString(), -16)
                        .arg(t.id, t.note.isEmpty() ? QString() : QStringLiteral("  ") + t.note);
        }
        CliOutput::out(text);
        return ExitCode::Ok;
    }

    const auto amount = parseAmount(parser.value(QStringLiteral("amount")), budget.decimals());
    if (!amount)
        return failed(QStringLiteral("--amount is not an amount in %1 (use e.g. -12.50, at most %2 decimals)")
                          .arg(budget.info().currency)
                          .arg(budget.decimals()));
    budget::Transaction t;
    t.date = date;
    t.payee = parser.value(QStringLiteral("payee")).trimmed();
    t.amount = *amount;
    t.note = parser.value(QStringLiteral("note"));
    t.cleared = parser.isSet(QStringLiteral("cleared"));
    if (parser.isSet(QStringLiteral("envelope"))) {
        const QString wanted = parser.value(QStringLiteral("envelope")).trimmed();
        t.envelopeId = findEnvelope(budget, wanted);
        if (t.envelopeId.isEmpty() && !wanted.isEmpty()) {
            budget::Envelope e;
            e.name = wanted;
            const budget::Change created = budget.createEnvelope(e);
            if (!created.isValid() || !budget.commit(created.ops))
                return failed(created.isValid() ? profile.errorString() : created.error);
            t.envelopeId = findEnvelope(budget, wanted);
            CliOutput::err(QStringLiteral("Created envelope '%1'.\n").arg(wanted));
        }
    }
    const budget::Change change = budget.addTransaction(t);
    if (!change.isValid())
        return failed(change.error);
    if (!budget.commit(change.ops))
        return failed(profile.errorString());
    CliOutput::out(change.createdId + u'\n');
    return ExitCode::Ok;
}

} // namespace vv::cli
