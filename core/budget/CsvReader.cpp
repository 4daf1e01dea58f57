#include "budget/CsvReader.h"

#include <QStringDecoder>

namespace vv::budget {

QString CsvReader::decode(const QByteArray& data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

CsvReader::Result CsvReader::parse(QStringView text, QChar delimiter)
{
    Result result;
    CsvRecord record;
    QString field;
    bool inQuotes = false;
    bool quotedField = false;
    int line = 1;
    int recordLine = 1;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        quotedField = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank) {
            record.line = recordLine;
            result.records.append(record);
        }
        record = CsvRecord {};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && !(i + 1 < n && text[i + 1] == QLatin1Char('\n'))))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !quotedField) {
            field.clear(); // spaces before an opening quote are not data
            inQuotes = true;
            quotedField = true;
        } else {
            field += c; // a stray quote inside an unquoted field is kept as text
        }
    }
    if (inQuotes) {
        result.errors.append({ recordLine, QStringLiteral("unterminated quoted field") });
        return result;
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return result;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int counts[3] = { 0, 0, 0 };
    const QChar candidates[3] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    bool inQuotes = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 20; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && c == QLatin1Char('\n'))
            ++lines;
        else if (!inQuotes) {
            for (int k = 0; k < 3; ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
        }
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

QString CsvReader::quote(const QString& field, QChar delimiter)
{
    const bool needs = field.contains(delimiter) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needs)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace vv::budget
