#include "CliBudget.h"

#include "CliCommand.h"
#include "CliOutput.h"

#include <QFile>

#include <algorithm>
#include <unistd.h>

namespace vv::cli {

CliBudget::CliBudget(QString command)
    : m_command(std::move(command))
{ }

CliBudget::~CliBudget()
{
    // The Budget reads the profile's state: it goes first.
    m_budget.reset();
    m_session.reset();
}

bool CliBudget::open(const QString& profileDir)
{
    m_session = std::make_unique<BudgetCliSession>(profileDir);
    sync::BudgetProfile& p = m_session->profile();
    if (!m_session->open()) {
        failed(p.errorString());
        return false;
    }
    m_budget = std::make_unique<budget::Budget>(
        p.state(), [&p](const QList<store::Operation>& ops) { return p.appendOps(ops); }, p.clock());
    return true;
}

bool CliBudget::commit(const budget::Change& change)
{
    if (!change.isValid()) {
        failed(change.error);
        return false;
    }
    if (change.isEmpty())
        return true; // nothing to do (e.g. fill with every target met)
    if (!m_budget->commit(change.ops)) {
        failed(profile().errorString());
        return false;
    }
    return true;
}

std::optional<int> CliBudget::takeAction(QStringList positional, const QList<Arity>& arities, const QString& command,
    const QString& help, QString* action, QStringList* args)
{
    *action = positional.isEmpty() ? QString() : positional.takeFirst();
    const auto known
        = std::find_if(arities.cbegin(), arities.cend(), [action](const Arity& a) { return a.first == *action; });
    if (known == arities.cend()) {
        QStringList names;
        for (const Arity& a : arities)
            names << a.first;
        const QString last = names.isEmpty() ? QString() : names.takeLast();
        CliOutput::err(QStringLiteral("violetvault-cli %1: expected %2 or %3\n\n")
                           .arg(command, names.join(QStringLiteral(", ")), last)
            + help);
        return ExitCode::Usage;
    }
    if (positional.size() != known->second)
        return CliBudget(command + u' ' + *action)
            .usage(QStringLiteral("expected %1 argument(s), got %2 (see --help)")
                       .arg(known->second)
                       .arg(positional.size()));
    *args = positional;
    return std::nullopt;
}

int CliBudget::usage(const QString& why) const
{
    CliOutput::err(QStringLiteral("violetvault-cli %1: %2\n").arg(m_command, why));
    return ExitCode::Usage;
}

int CliBudget::failed(const QString& why) const
{
    CliOutput::err(QStringLiteral("violetvault-cli %1: %2\n").arg(m_command, why));
    return ExitCode::Failed;
}

QString CliBudget::match(const QString& wanted, const QStringList& ids, const QStringList& names, const QString& kind,
    const QString& listCommand, QString* error)
{
    const QString w = wanted.trimmed();
    if (w.isEmpty()) {
        *error = QStringLiteral("a %1 id or name is required").arg(kind);
        return {};
    }
    if (ids.contains(w))
        return w;
    QStringList matches;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (names.at(i).trimmed().compare(w, Qt::CaseInsensitive) == 0)
            matches.append(ids.at(i));
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        *error = QStringLiteral("no %1 '%2' (see '%3')").arg(kind, w, listCommand);
    else
        *error = QStringLiteral("'%1' matches %2 %3s (%4): use the id")
                     .arg(w)
                     .arg(matches.size())
                     .arg(kind, matches.join(QStringLiteral(", ")));
    return {};
}

QString CliBudget::findEnvelope(const QString& idOrName, QString* error) const
{
    QStringList ids;
    QStringList names;
    const QList<budget::Envelope> all = m_budget->envelopes(true);
    for (const budget::Envelope& e : all) {
        ids.append(e.id);
        names.append(e.name);
    }
    return match(idOrName, ids, names, QStringLiteral("envelope"), QStringLiteral("envelope list"), error);
}

QString CliBudget::billOrFail(const QString& idOrName) const
{
    QStringList ids;
    QStringList names;
    const QList<budget::Bill> all = m_budget->bills();
    for (const budget::Bill& b : all) {
        ids.append(b.id);
        names.append(b.name);
    }
    QString error;
    const QString id = match(idOrName, ids, names, QStringLiteral("bill"), QStringLiteral("bill list"), &error);
    if (id.isEmpty())
        failed(error);
    return id;
}

QString CliBudget::envelopeOrFail(const QString& idOrName) const
{
    QString error;
    const QString id = findEnvelope(idOrName, &error);
    if (id.isEmpty())
        failed(error);
    return id;
}

QString CliBudget::envelopeName(const QString& id) const
{
    if (id.isEmpty())
        return {};
    const auto e = m_budget->envelope(id);
    return e ? e->name : QString();
}

std::optional<qint64> CliBudget::amountOrFail(const QString& text, const QString& what) const
{
    const auto v = parseAmount(text, decimals());
    if (!v)
        failed(QStringLiteral("%1 '%2' is not an amount in %3 (use e.g. -12.50: '.' decimals, at most %4, no "
                              "grouping)")
                   .arg(what, text, currency())
                   .arg(decimals()));
    return v;
}

std::optional<qint64> CliBudget::parseAmount(const QString& text, int decimals)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // Only a sign, ASCII digits and '.': no grouping, symbols or exponents a parser might skip.
    for (const QChar c : trimmed) {
        if ((c < u'0' || c > u'9') && c != u'.' && c != u'-' && c != u'+')
            return std::nullopt;
    }
    return budget::Money::parseFixed(trimmed, u'.', QChar(), decimals);
}

QDate CliBudget::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() != 10)
        return {};
    return QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
}

std::optional<QDate> CliBudget::dateOption(
    const QCommandLineParser& parser, const QString& option, QDate fallback, const QString& command)
{
    if (!parser.isSet(option))
        return fallback;
    const QDate d = parseDate(parser.value(option));
    if (!d.isValid()) {
        CliOutput::err(QStringLiteral("violetvault-cli %1: --%2 '%3' is not a date as yyyy-MM-dd\n")
                           .arg(command, option, parser.value(option)));
        return std::nullopt;
    }
    return d;
}

std::optional<budget::Month> CliBudget::monthOption(
    const QCommandLineParser& parser, const QString& option, QDate today, const QString& command)
{
    if (!parser.isSet(option))
        return budget::Month::fromDate(today);
    const auto m = budget::Month::fromString(parser.value(option).trimmed());
    if (!m || !m->isValid()) {
        CliOutput::err(QStringLiteral("violetvault-cli %1: --%2 '%3' is not a month as yyyy-MM\n")
                           .arg(command, option, parser.value(option)));
        return std::nullopt;
    }
    return *m;
}

bool CliBudget::writePrivateFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QFile file(path);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Created 0600; an existing file is narrowed before any budget data goes into it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)) {
        *error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        *error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    return true;
}

QString CliBudget::table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& rightAligned)
{
    QList<qsizetype> width;
    for (const QString& h : header)
        width.append(h.size());
    for (const QStringList& r : rows) {
        for (qsizetype i = 0; i < r.size() && i < width.size(); ++i)
            width[i] = qMax(width[i], r[i].size());
    }
    const auto line = [&](const QStringList& cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < width.size(); ++i) {
            const QString cell = cells.value(i);
            const bool last = i + 1 == width.size();
            if (rightAligned.contains(int(i)))
                out += cell.rightJustified(width[i]);
            else
                out += last ? cell : cell.leftJustified(width[i]);
            if (!last)
                out += QStringLiteral("  ");
        }
        return out + u'\n';
    };
    QString text = line(header);
    for (const QStringList& r : rows)
        text += line(r);
    return text;
}

} // namespace vv::cli
