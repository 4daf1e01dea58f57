#include "TxImport.h"

#include "CliBudget.h"
#include "CliCommand.h"
#include "CliOutput.h"
#include "budget/BankImport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace vv::cli {

namespace {

QString statusName(budget::ImportRow::Status s)
{
    switch (s) {
    case budget::ImportRow::Status::New:
        return QStringLiteral("new");
    case budget::ImportRow::Status::Duplicate:
        return QStringLiteral("duplicate");
    case budget::ImportRow::Status::Error:
        return QStringLiteral("error");
    }
    return {};
}

// A 1-based --*-col option as CsvMapping's 0-based column; `fallback` (0-based) when unset.
std::optional<int> column(const QCommandLineParser& p, const QString& option, int fallback)
{
    if (!p.isSet(option))
        return fallback;
    bool ok = false;
    const int n = p.value(option).toInt(&ok);
    if (!ok || n < 1 || n > 1000)
        return std::nullopt;
    return n - 1;
}

// The CSV mapping the options describe; empty *error when fine.
budget::CsvMapping mapping(const QCommandLineParser& p, QString* error)
{
    budget::CsvMapping m;
    if (p.isSet(QStringLiteral("delimiter"))) {
        const QString d = p.value(QStringLiteral("delimiter"));
        if (d == u"tab" || d == u"\\t" || d == u"\t")
            m.delimiter = u'\t';
        else if (d == u"," || d == u";" || d == u"|")
            m.delimiter = d.at(0);
        else
            *error = QStringLiteral("--delimiter must be ',', ';', '|' or 'tab'");
    }
    if (p.isSet(QStringLiteral("date-format"))) {
        m.dateFormat = p.value(QStringLiteral("date-format"));
        if (!m.dateFormat.contains(QStringLiteral("yy")) || !m.dateFormat.contains(QStringLiteral("d")))
            *error = QStringLiteral("--date-format needs day and year fields, e.g. dd.MM.yyyy or MM/dd/yy");
    }
    m.hasHeader = !p.isSet(QStringLiteral("no-header"));
    if (p.isSet(QStringLiteral("skip-lines")))
        m.skipLines = qMax(0, p.value(QStringLiteral("skip-lines")).toInt());
    const bool split = p.isSet(QStringLiteral("debit-col")) || p.isSet(QStringLiteral("credit-col"));
    if (split && p.isSet(QStringLiteral("amount-col")))
        *error = QStringLiteral("use --amount-col or --debit-col/--credit-col, not both");
    const auto date = column(p, QStringLiteral("date-col"), 0);
    const auto amount = column(p, QStringLiteral("amount-col"), split ? -1 : 1);
    const auto debit = column(p, QStringLiteral("debit-col"), -1);
    const auto credit = column(p, QStringLiteral("credit-col"), -1);
    const auto payee = column(p, QStringLiteral("payee-col"), 2);
    const auto memo = column(p, QStringLiteral("memo-col"), -1);
    if (!date || !amount || !debit || !credit || !payee || !memo)
        *error = QStringLiteral("column numbers start at 1");
    else {
        m.dateColumn = *date;
        m.amountColumn = *amount;
        m.debitColumn = *debit;
        m.creditColumn = *credit;
        m.payeeColumn = *payee;
        m.memoColumn = *memo;
    }
    if (p.isSet(QStringLiteral("decimal-comma"))) {
        m.decimalSeparator = u',';
        m.thousandsSeparator = p.isSet(QStringLiteral("thousands")) ? QChar(u'.') : QChar();
    } else if (p.isSet(QStringLiteral("thousands"))) {
        m.thousandsSeparator = u',';
    }
    return m;
}

} // namespace

QList<QCommandLineOption> TxImport::options()
{
    QList<QCommandLineOption> o;
    for (const char* value : { "format", "delimiter", "date-format", "date-col", "amount-col", "debit-col",
             "credit-col", "payee-col", "memo-col", "skip-lines" })
        o.append(QCommandLineOption(QString::fromLatin1(value), QString(), QStringLiteral("V")));
    for (const char* flag : { "decimal-comma", "thousands", "no-header", "dry-run" })
        o.append(QCommandLineOption(QString::fromLatin1(flag)));
    return o;
}

QString TxImport::helpText()
{
    return QStringLiteral(
        "import  reads a bank export and adds its new transactions (to --envelope ENV, else unassigned).\n"
        "        Rows equal to an existing transaction (date + amount + payee, or the OFX FITID) or to an\n"
        "        earlier row are skipped as duplicates. Prints the new/duplicate/error counts.\n"
        "        --format csv|ofx       default: ofx for .ofx/.qfx files, else csv\n"
        "        --delimiter , ; | tab  default: detected\n"
        "        --date-format F        Qt date format, default yyyy-MM-dd (e.g. dd.MM.yyyy, MM/dd/yy)\n"
        "        --date-col N --amount-col N --payee-col N [--memo-col N]   1-based, default 1, 2, 3\n"
        "        --debit-col N --credit-col N   separate money-out / money-in columns instead of --amount-col\n"
        "        --decimal-comma        12,50 (with --thousands: 1.234,50); --thousands alone: 1,234.50\n"
        "        --no-header, --skip-lines N    files without a header row / with a preamble\n"
        "        --dry-run              lists every row with its status and writes nothing\n");
}

int TxImport::run(const QCommandLineParser& parser, const QStringList& positional, CliBudget& cli)
{
    const QString path = positional.value(0);
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        format = suffix == u"ofx" || suffix == u"qfx" ? QStringLiteral("ofx") : QStringLiteral("csv");
    }
    if (format != u"csv" && format != u"ofx")
        return cli.usage(QStringLiteral("--format must be csv or ofx"));
    QString error;
    const budget::CsvMapping m = mapping(parser, &error);
    if (!error.isEmpty())
        return cli.usage(error);
    QString envelope;
    if (parser.isSet(QStringLiteral("envelope"))) {
        envelope = cli.envelopeOrFail(parser.value(QStringLiteral("envelope")));
        if (envelope.isEmpty())
            return ExitCode::Failed;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.failed(QStringLiteral("cannot read '%1': %2").arg(path, file.errorString()));
    constexpr qint64 maxBytes = 64 * 1024 * 1024; // a bank export, not a disk image
    if (file.size() > maxBytes)
        return cli.failed(QStringLiteral("'%1' is larger than 64 MiB").arg(path));
    const QByteArray data = file.readAll();
    const budget::BudgetIndex* index = &cli.budget().index();
    const budget::ImportPreview preview = format == u"ofx"
        ? budget::BankImport::previewOfx(data, cli.decimals(), index)
        : budget::BankImport::previewCsv(data, m, cli.decimals(), index);
    if (!preview.error.isEmpty())
        return cli.failed(QStringLiteral("cannot import '%1': %2").arg(path, preview.error));

    const int fresh = preview.count(budget::ImportRow::Status::New);
    const int duplicates = preview.count(budget::ImportRow::Status::Duplicate);
    const int errors = preview.count(budget::ImportRow::Status::Error);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray rows;
    QList<QStringList> table;
    for (const budget::ImportRow& r : preview.rows) {
        if (r.status == budget::ImportRow::Status::Error && !dryRun)
            CliOutput::err(QStringLiteral("line %1: %2\n").arg(r.line).arg(r.error));
        if (!dryRun)
            continue;
        const QString date = r.date.isValid() ? r.date.toString(Qt::ISODate) : QString();
        rows.append(QJsonObject { { QStringLiteral("line"), r.line },
            { QStringLiteral("status"), statusName(r.status) }, { QStringLiteral("date"), date },
            { QStringLiteral("amount"), r.amount }, { QStringLiteral("payee"), r.payee },
            { QStringLiteral("memo"), r.memo }, { QStringLiteral("error"), r.error } });
        table.append({ QString::number(r.line), statusName(r.status), date, cli.plain(r.amount), r.payee,
            r.status == budget::ImportRow::Status::New ? r.memo : r.error });
    }
    int imported = 0;
    if (!dryRun && fresh > 0) {
        if (!cli.commit(cli.budget().importTransactions(preview, envelope)))
            return ExitCode::Failed;
        imported = fresh;
    }
    if (json) {
        QJsonObject o { { QStringLiteral("new"), fresh }, { QStringLiteral("duplicate"), duplicates },
            { QStringLiteral("error"), errors }, { QStringLiteral("imported"), imported },
            { QStringLiteral("dryRun"), dryRun } };
        if (dryRun)
            o.insert(QStringLiteral("rows"), rows);
        CliOutput::jsonLine(o);
        return ExitCode::Ok;
    }
    QString text;
    if (dryRun)
        text = CliBudget::table({ QStringLiteral("LINE"), QStringLiteral("STATUS"), QStringLiteral("DATE"),
                                    QStringLiteral("AMOUNT"), QStringLiteral("PAYEE"), QStringLiteral("MEMO/WHY") },
            table, { 0, 3 });
    text += QStringLiteral("%1 new, %2 duplicate(s), %3 error(s); %4\n")
                .arg(fresh)
                .arg(duplicates)
                .arg(errors)
                .arg(dryRun ? QStringLiteral("dry run: nothing written")
                            : QStringLiteral("%1 transaction(s) imported").arg(imported));
    CliOutput::out(text);
    return ExitCode::Ok;
}

} // namespace vv::cli
