#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace vv::budget {

class BudgetIndex;

// How a bank's CSV maps onto transactions. Columns are 0-based; -1 = not present.
struct CsvMapping {
    QChar delimiter; // ',', ';' or '\t'; null = detect
    bool hasHeader = true;
    int skipLines = 0; // bank preamble records (blank lines not counted) before the header
    int dateColumn = 0;
    QString dateFormat = QStringLiteral("yyyy-MM-dd"); // QDate::fromString format; "yy" = 20yy
    int amountColumn = 1; // signed amount; or -1 and debit/credit below
    int debitColumn = -1; // money out (sign ignored)
    int creditColumn = -1; // money in
    int payeeColumn = 2;
    int memoColumn = -1;
    QChar decimalSeparator = QLatin1Char('.');
    QChar thousandsSeparator; // null = none
};

struct ImportRow {
    enum class Status { New, Duplicate, Error };
    int line = 0; // 1-based line in the file, for messages
    QDate date;
    qint64 amount = 0;
    QString payee;
    QString memo;
    QString fitId;
    Status status = Status::New;
    QString error; // why the row is Error, or what it duplicates
};

// What an import would do, before doing it (the UI shows it; Budget::importTransactions
// takes the New rows).
struct ImportPreview {
    QStringList header; // CSV header fields, if any
    QList<ImportRow> rows;
    QString error; // the whole file is unusable
    [[nodiscard]] int count(ImportRow::Status status) const;
};

class BankImport
{
public:
    // `existing` (may be null) supplies the budget's transactions for duplicate detection.
    [[nodiscard]] static ImportPreview previewCsv(
        const QByteArray& data, const CsvMapping& mapping, int decimals, const BudgetIndex* existing);
    [[nodiscard]] static ImportPreview previewOfx(const QByteArray& data, int decimals, const BudgetIndex* existing);
    // Marks rows equal (date + amount + payee, or FITID when both have one) to an existing
    // transaction or to an earlier row of the same file as Duplicate.
    static void markDuplicates(ImportPreview& preview, const BudgetIndex* existing);
    [[nodiscard]] static QString duplicateKey(QDate date, qint64 amount, const QString& payee);
};

} // namespace vv::budget
