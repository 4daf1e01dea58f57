#pragma once

#include "BudgetCliSession.h"
#include "budget/Budget.h"
#include "budget/Change.h"
#include "budget/Money.h"
#include "budget/Month.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vv::cli {

// What the envelope/tx/bill/export/report commands share: the opened profile with a Budget on
// top of it (profile.appendOps is the sink, so every commit is an encrypted op `sync` pushes
// later), strict parsing of amounts/dates/months, envelope lookup by id or name, and error
// reporting with the exit codes of CliCommand.h. Nothing here prints K, a token or a code.
class CliBudget
{
public:
    // `command` is "envelope", "tx add", ...: the prefix of every message.
    explicit CliBudget(QString command);
    ~CliBudget();
    CliBudget(const CliBudget&) = delete;
    CliBudget& operator=(const CliBudget&) = delete;

    // The action word of "violetvault-cli <command> <action> ARGS...": the first positional
    // argument must be one of `arities` (action, how many ARGS it takes, in the order the error
    // lists them), with exactly that many after it. On success *action and *args are set and
    // nullopt is returned; otherwise the error (with `help` for an unknown action) is printed
    // and the usage exit code returned.
    using Arity = std::pair<QString, int>;
    [[nodiscard]] static std::optional<int> takeAction(QStringList positional, const QList<Arity>& arities,
        const QString& command, const QString& help, QString* action, QStringList* args);

    // Opens the profile in DIR; on failure prints why and returns false.
    bool open(const QString& profileDir);
    [[nodiscard]] budget::Budget& budget() { return *m_budget; }
    [[nodiscard]] sync::BudgetProfile& profile() { return m_session->profile(); }
    [[nodiscard]] int decimals() const { return m_budget->decimals(); }
    [[nodiscard]] QString currency() const { return m_budget->info().currency; }

    // Commits a planned change; prints the refusal or the store error. True when stored.
    bool commit(const budget::Change& change);

    // Prints "violetvault-cli <command>: why" on stderr and returns the exit code.
    int usage(const QString& why) const;
    int failed(const QString& why) const;

    // An envelope id, or the case-insensitive name of exactly one envelope (archived included).
    // Empty with *error set ("no envelope 'x'", "'x' matches 2 envelopes: use the id").
    [[nodiscard]] QString findEnvelope(const QString& idOrName, QString* error) const;
    // findEnvelope, printing the error; empty when it failed.
    [[nodiscard]] QString envelopeOrFail(const QString& idOrName) const;
    [[nodiscard]] QString envelopeName(const QString& id) const;
    // The same for bills.
    [[nodiscard]] QString billOrFail(const QString& idOrName) const;
    // Amount in the budget's currency (see parseAmount); prints the error when invalid.
    [[nodiscard]] std::optional<qint64> amountOrFail(const QString& text, const QString& what) const;
    [[nodiscard]] QString plain(qint64 minor) const { return budget::Money::toPlain(minor, decimals()); }

    // "-12.50", "+3", "1234.5": sign, ASCII digits and at most one '.', no grouping, no
    // currency, no exponent; at most `decimals` fraction digits (extra zeros allowed).
    [[nodiscard]] static std::optional<qint64> parseAmount(const QString& text, int decimals);
    // yyyy-MM-dd, nothing else.
    [[nodiscard]] static QDate parseDate(const QString& text);
    // The option's date, `fallback` when it is not set, invalid QDate (after printing) when bad.
    [[nodiscard]] static std::optional<QDate> dateOption(
        const QCommandLineParser& parser, const QString& option, QDate fallback, const QString& command);
    // --month YYYY-MM, or the month of `today`; nullopt (after printing) when bad.
    [[nodiscard]] static std::optional<budget::Month> monthOption(
        const QCommandLineParser& parser, const QString& option, QDate today, const QString& command);

    // Writes `bytes` to `path` readable by the owner only (0600, also when the file existed),
    // flushed to disk. False with *error set.
    static bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error);

    // Left-aligned text columns, numbers right-aligned (columns listed in `rightAligned`).
    [[nodiscard]] static QString table(
        const QStringList& header, const QList<QStringList>& rows, const QList<int>& rightAligned);

private:
    // `wanted` as one of `ids` or the case-insensitive name of exactly one of them.
    [[nodiscard]] static QString match(const QString& wanted, const QStringList& ids, const QStringList& names,
        const QString& kind, const QString& listCommand, QString* error);

    QString m_command;
    std::unique_ptr<BudgetCliSession> m_session;
    std::unique_ptr<budget::Budget> m_budget;
};

} // namespace vv::cli
