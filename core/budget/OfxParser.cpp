#include "budget/OfxParser.h"

#include "budget/CsvReader.h"

namespace vv::budget {

namespace {

QString unescape(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QDate ofxDate(const QString& text)
{
    // YYYYMMDD[HHMMSS[.XXX]][[+-]h:TZ]
    return text.size() >= 8 ? QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd")) : QDate();
}

} // namespace

OfxParser::Result OfxParser::parse(const QByteArray& data)
{
    Result result;
    const QString text = CsvReader::decode(data);
    const qsizetype start = text.indexOf(QLatin1StringView("<OFX>"), 0, Qt::CaseInsensitive);
    if (start < 0) {
        result.error = QStringLiteral("no <OFX> element");
        return result;
    }
    int line = 1 + static_cast<int>(QStringView(text).left(start).count(QLatin1Char('\n')));
    bool inTransaction = false;
    bool inPayee = false;
    OfxTransaction current;
    auto finish = [&] {
        if (inTransaction)
            result.transactions.append(current);
        inTransaction = false;
        inPayee = false;
        current = OfxTransaction {};
    };
    qsizetype i = start;
    const qsizetype n = text.size();
    while (i < n) {
        const qsizetype open = text.indexOf(QLatin1Char('<'), i);
        if (open < 0)
            break;
        line += static_cast<int>(QStringView(text).mid(i, open - i).count(QLatin1Char('\n')));
        const qsizetype close = text.indexOf(QLatin1Char('>'), open);
        if (close < 0)
            break;
        const QString tag = text.mid(open + 1, close - open - 1).trimmed().toUpper();
        qsizetype next = text.indexOf(QLatin1Char('<'), close);
        if (next < 0)
            next = n;
        const QString value = unescape(text.mid(close + 1, next - close - 1).trimmed());
        line += static_cast<int>(QStringView(text).mid(open, close + 1 - open).count(QLatin1Char('\n')));
        i = close + 1;
        if (tag.startsWith(QLatin1Char('?')) || tag.startsWith(QLatin1Char('!')))
            continue;
        if (tag == QLatin1StringView("STMTTRN")) {
            finish(); // an unclosed previous record ends here
            inTransaction = true;
            current.line = line;
        } else if (tag == QLatin1StringView("/STMTTRN") || tag == QLatin1StringView("/BANKTRANLIST")) {
            finish();
        } else if (tag == QLatin1StringView("CURDEF")) {
            result.currency = value;
        } else if (inTransaction) {
            if (tag == QLatin1StringView("PAYEE") && value.isEmpty())
                inPayee = true; // OFX aggregate <PAYEE><NAME>...</NAME>...</PAYEE>
            else if (tag == QLatin1StringView("/PAYEE"))
                inPayee = false;
            else if (tag == QLatin1StringView("TRNTYPE"))
                current.type = value;
            else if (tag == QLatin1StringView("DTPOSTED")) {
                current.rawDate = value;
                current.date = ofxDate(value);
            } else if (tag == QLatin1StringView("TRNAMT"))
                current.amount = value;
            else if (tag == QLatin1StringView("NAME") || tag == QLatin1StringView("PAYEE")) {
                if (current.name.isEmpty() || !inPayee)
                    current.name = value;
            } else if (tag == QLatin1StringView("MEMO"))
                current.memo = value;
            else if (tag == QLatin1StringView("FITID"))
                current.fitId = value;
        }
    }
    finish();
    return result;
}

} // namespace vv::budget
