#pragma once

#include "budget/BankImport.h"
#include "budget/CsvReader.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace vv::ui {

// What a bank's CSV most likely looks like, guessed from its header names (English and
// German) and, where a header is missing or silent, from the values themselves. The dialog
// starts from this; the user corrects what is wrong.
struct CsvGuess {
    vv::budget::CsvMapping mapping; // delimiter always set (never "detect")
    QStringList columnNames; // header fields, or "Column 1..n"
    int columnCount = 0;
    bool dateFormatFound = false; // some known format reads the date column
    bool dateFormatAmbiguous = false; // more than one reads it, with different dates
    bool latin1 = false; // not valid UTF-8: read as Latin-1
};

class CsvMappingGuess
{
public:
    // The date formats offered in the dialog, most common first.
    [[nodiscard]] static QStringList dateFormats();

    // Everything at once: delimiter, preamble, header, columns, date format, decimal separators.
    // `today` makes "which reading of 05/01/26 is plausible" decidable (no future dates).
    [[nodiscard]] static CsvGuess guess(const QByteArray& data, QDate today);

    // The records of `data` split with `delimiter` (what the dialog shows columns for).
    [[nodiscard]] static QList<vv::budget::CsvRecord> records(const QByteArray& data, QChar delimiter);

    // Columns (and their formats) for a table starting at `skip` with or without a header:
    // fills the column, format and separator fields of `guess` (delimiter/skip/header kept).
    static void guessColumns(const QList<vv::budget::CsvRecord>& records, CsvGuess& guess, QDate today);

    // A date format that reads `values` (empty if none); `ambiguous` set when several formats
    // read them all but disagree (then the one giving no future dates and the shortest span wins).
    [[nodiscard]] static QString detectDateFormat(const QStringList& values, QDate today, bool* ambiguous = nullptr);
    // Decimal and thousands separators used by `values` ('.' and none when nothing says otherwise).
    static void detectSeparators(const QStringList& values, QChar* decimal, QChar* thousands);

    // Column names for `count` columns: the header's fields, else "Column n".
    [[nodiscard]] static QStringList columnNames(const QStringList& header, int count);
};

} // namespace vv::ui
