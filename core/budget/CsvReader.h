#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace vv::budget {

struct CsvRecord {
    int line = 0; // 1-based line where the record starts
    QStringList fields;
};

// RFC 4180 reader, tolerant of what banks produce: ',' ';' or tab, quoted fields with
// embedded separators, quotes ("") and newlines, CRLF/LF/CR, blank lines (skipped).
// Never throws or crashes on bad input: an unterminated quote is reported with its line.
class CsvReader
{
public:
    struct Result {
        QList<CsvRecord> records;
        QList<QPair<int, QString>> errors; // (line, why)
    };

    // UTF-8 (BOM stripped); input that is not valid UTF-8 is read as Latin-1.
    [[nodiscard]] static QString decode(const QByteArray& data);
    [[nodiscard]] static Result parse(QStringView text, QChar delimiter);
    // The most frequent of , ; tab outside quotes in the first lines (',' if none).
    [[nodiscard]] static QChar detectDelimiter(QStringView text);
    // One field quoted for RFC 4180 output when needed.
    [[nodiscard]] static QString quote(const QString& field, QChar delimiter = QLatin1Char(','));
};

} // namespace vv::budget
