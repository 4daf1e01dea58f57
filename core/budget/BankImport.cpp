#include "budget/BankImport.h"

#include "budget/BudgetIndex.h"
#include "budget/CsvReader.h"
#include "budget/Money.h"
#include "budget/OfxParser.h"

#include <QHash>

namespace vv::budget {

int ImportPreview::count(ImportRow::Status status) const
{
    int n = 0;
    for (const ImportRow& r : rows)
        n += r.status == status ? 1 : 0;
    return n;
}

QString BankImport::duplicateKey(QDate date, qint64 amount, const QString& payee)
{
    return date.toString(Qt::ISODate) + QLatin1Char('|') + QString::number(amount) + QLatin1Char('|')
        + payee.simplified().toCaseFolded();
}

namespace {

QDate parseDate(const QString& text, const QString& format)
{
    QDate d = QDate::fromString(text.trimmed(), format);
    // Qt reads "yy" as 19yy; bank statements mean this century.
    if (d.isValid() && !format.contains(QLatin1StringView("yyyy")) && d.year() < 1970)
        d = d.addYears(100);
    return d;
}

QString cell(const QStringList& fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
}

std::optional<qint64> amountOf(const QString& text, const CsvMapping& m, int decimals)
{
    return Money::parseFixed(text, m.decimalSeparator, m.thousandsSeparator, decimals);
}

} // namespace

ImportPreview BankImport::previewCsv(
    const QByteArray& data, const CsvMapping& m, int decimals, const BudgetIndex* existing)
{
    ImportPreview preview;
    const QString text = CsvReader::decode(data);
    const QChar delimiter = m.delimiter.isNull() ? CsvReader::detectDelimiter(text) : m.delimiter;
    const CsvReader::Result csv = CsvReader::parse(text, delimiter);
    for (const auto& [line, why] : csv.errors) {
        ImportRow bad;
        bad.line = line;
        bad.status = ImportRow::Status::Error;
        bad.error = why;
        preview.rows.append(bad);
    }
    const bool split = m.amountColumn < 0;
    if (split && m.debitColumn < 0 && m.creditColumn < 0) {
        preview.error = QStringLiteral("no amount column mapped");
        return preview;
    }
    qsizetype first = m.skipLines;
    if (m.hasHeader && first < csv.records.size()) {
        preview.header = csv.records.at(first).fields;
        ++first;
    }
    for (qsizetype i = first; i < csv.records.size(); ++i) {
        const CsvRecord& rec = csv.records.at(i);
        ImportRow row;
        row.line = rec.line;
        row.payee = cell(rec.fields, m.payeeColumn);
        row.memo = cell(rec.fields, m.memoColumn);
        row.date = parseDate(cell(rec.fields, m.dateColumn), m.dateFormat);
        QString why;
        if (!row.date.isValid())
            why = QStringLiteral("invalid date \"%1\"").arg(cell(rec.fields, m.dateColumn));
        if (why.isEmpty() && !split) {
            const QString text = cell(rec.fields, m.amountColumn);
            const std::optional<qint64> a = amountOf(text, m, decimals);
            if (a)
                row.amount = *a;
            else
                why = QStringLiteral("invalid amount \"%1\"").arg(text);
        } else if (why.isEmpty()) {
            const QString debit = cell(rec.fields, m.debitColumn);
            const QString credit = cell(rec.fields, m.creditColumn);
            const std::optional<qint64> d = debit.isEmpty() ? std::optional<qint64>(0) : amountOf(debit, m, decimals);
            const std::optional<qint64> c = credit.isEmpty() ? std::optional<qint64>(0) : amountOf(credit, m, decimals);
            if (debit.isEmpty() && credit.isEmpty())
                why = QStringLiteral("no debit or credit amount");
            else if (!d || !c)
                why = QStringLiteral("invalid amount \"%1\"").arg(d ? credit : debit);
            else
                row.amount = qAbs(*c) - qAbs(*d);
        }
        if (!why.isEmpty()) {
            row.status = ImportRow::Status::Error;
            row.error = why;
        }
        preview.rows.append(row);
    }
    std::stable_sort(preview.rows.begin(), preview.rows.end(),
        [](const ImportRow& a, const ImportRow& b) { return a.line < b.line; });
    markDuplicates(preview, existing);
    return preview;
}

ImportPreview BankImport::previewOfx(const QByteArray& data, int decimals, const BudgetIndex* existing)
{
    ImportPreview preview;
    const OfxParser::Result ofx = OfxParser::parse(data);
    if (!ofx.error.isEmpty()) {
        preview.error = ofx.error;
        return preview;
    }
    for (const OfxTransaction& t : ofx.transactions) {
        ImportRow row;
        row.line = t.line;
        row.date = t.date;
        row.payee = t.name;
        row.memo = t.memo;
        row.fitId = t.fitId;
        // Some European banks write TRNAMT with a decimal comma.
        const bool comma = t.amount.contains(QLatin1Char(',')) && !t.amount.contains(QLatin1Char('.'));
        const std::optional<qint64> a
            = Money::parseFixed(t.amount, comma ? QLatin1Char(',') : QLatin1Char('.'), QChar(), decimals);
        if (!t.date.isValid()) {
            row.status = ImportRow::Status::Error;
            row.error = QStringLiteral("invalid DTPOSTED \"%1\"").arg(t.rawDate);
        } else if (!a) {
            row.status = ImportRow::Status::Error;
            row.error = QStringLiteral("invalid TRNAMT \"%1\"").arg(t.amount);
        } else {
            row.amount = *a;
        }
        preview.rows.append(row);
    }
    markDuplicates(preview, existing);
    return preview;
}

void BankImport::markDuplicates(ImportPreview& preview, const BudgetIndex* existing)
{
    QHash<QString, QString> keys; // key -> what it is ("existing transaction", "line 4")
    QHash<QString, QString> fitIds;
    if (existing) {
        for (qsizetype i = 0; i < existing->rowCount(); ++i) {
            const LedgerRow& r = existing->row(i);
            keys.insert(duplicateKey(r.date, r.amount, r.payee), QStringLiteral("an existing transaction"));
            if (!r.fitId.isEmpty())
                fitIds.insert(r.fitId, QStringLiteral("an existing transaction"));
        }
    }
    for (ImportRow& row : preview.rows) {
        if (row.status == ImportRow::Status::Error)
            continue;
        const QString where = QStringLiteral("line %1").arg(row.line);
        if (!row.fitId.isEmpty()) {
            // A bank id is authoritative: same id = same transaction, different id = not.
            const auto it = fitIds.constFind(row.fitId);
            if (it != fitIds.constEnd()) {
                row.status = ImportRow::Status::Duplicate;
                row.error = QStringLiteral("same FITID as %1").arg(*it);
            } else {
                fitIds.insert(row.fitId, where);
            }
            continue;
        }
        const QString key = duplicateKey(row.date, row.amount, row.payee);
        const auto it = keys.constFind(key);
        if (it != keys.constEnd()) {
            row.status = ImportRow::Status::Duplicate;
            row.error = QStringLiteral("same date, amount and payee as %1").arg(*it);
        } else {
            keys.insert(key, where);
        }
    }
}

} // namespace vv::budget
