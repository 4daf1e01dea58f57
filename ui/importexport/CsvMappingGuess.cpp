#include "importexport/CsvMappingGuess.h"

#include "budget/Money.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>

namespace vv::ui {

using vv::budget::CsvReader;
using vv::budget::CsvRecord;

namespace {

constexpr int MaxSampleRecords = 200; // enough to judge a column; bounded for huge files
constexpr int MaxPreambleRecords = 30;

// Header words per role, strongest first. Matched as substrings of the case-folded header.
const QStringList& dateWords()
{
    static const QStringList w { QStringLiteral("buchungstag"), QStringLiteral("buchungsdatum"),
        QStringLiteral("transaction date"), QStringLiteral("posting date"), QStringLiteral("posted date"),
        QStringLiteral("booking date"), QStringLiteral("date"), QStringLiteral("datum") };
    return w;
}
const QStringList& valueDateWords() // a second date column banks add: never preferred
{
    static const QStringList w { QStringLiteral("wertstellung"), QStringLiteral("valuta"), QStringLiteral("value") };
    return w;
}
const QStringList& amountWords()
{
    static const QStringList w { QStringLiteral("betrag"), QStringLiteral("amount"), QStringLiteral("umsatz"),
        QStringLiteral("summe"), QStringLiteral("amt") };
    return w;
}
const QStringList& debitWords()
{
    static const QStringList w { QStringLiteral("soll"), QStringLiteral("debit"), QStringLiteral("withdrawal"),
        QStringLiteral("money out"), QStringLiteral("paid out"), QStringLiteral("ausgang"),
        QStringLiteral("belastung") };
    return w;
}
const QStringList& creditWords()
{
    static const QStringList w { QStringLiteral("haben"), QStringLiteral("credit"), QStringLiteral("deposit"),
        QStringLiteral("money in"), QStringLiteral("paid in"), QStringLiteral("eingang"),
        QStringLiteral("gutschrift") };
    return w;
}
const QStringList& payeeWords()
{
    static const QStringList w { QStringLiteral("payee"), QStringLiteral("empfänger"), QStringLiteral("empfaenger"),
        QStringLiteral("auftraggeber"), QStringLiteral("begünstigt"), QStringLiteral("beguenstigt"),
        QStringLiteral("zahlungspflichtig"), QStringLiteral("beneficiary"), QStringLiteral("counterparty"),
        QStringLiteral("merchant"), QStringLiteral("name"), QStringLiteral("description"),
        QStringLiteral("beschreibung"), QStringLiteral("verwendungszweck"), QStringLiteral("buchungstext"),
        QStringLiteral("details"), QStringLiteral("text") };
    return w;
}
const QStringList& memoWords()
{
    static const QStringList w { QStringLiteral("memo"), QStringLiteral("verwendungszweck"), QStringLiteral("notiz"),
        QStringLiteral("note"), QStringLiteral("reference"), QStringLiteral("referenz"), QStringLiteral("purpose"),
        QStringLiteral("zweck"), QStringLiteral("details"), QStringLiteral("beschreibung"),
        QStringLiteral("description") };
    return w;
}
const QStringList& excludedWords() // never a transaction's amount or text
{
    static const QStringList w { QStringLiteral("balance"), QStringLiteral("saldo"), QStringLiteral("kontostand") };
    return w;
}

QString norm(const QString& header)
{
    return header.simplified().toCaseFolded();
}

bool containsAny(const QString& text, const QStringList& words)
{
    return std::any_of(words.cbegin(), words.cend(), [&](const QString& w) { return text.contains(w); });
}

// The first unused column whose header holds the strongest word of `words`.
int byHeader(const QStringList& header, const QStringList& words, const QList<int>& used, const QStringList& avoid = {})
{
    for (const QString& word : words) {
        for (int c = 0; c < header.size(); ++c) {
            const QString h = norm(header.at(c));
            if (!used.contains(c) && h.contains(word) && !containsAny(h, avoid) && !containsAny(h, excludedWords()))
                return c;
        }
    }
    return -1;
}

QDate parseDate(const QString& text, const QString& format)
{
    QDate d = QDate::fromString(text.trimmed(), format);
    if (d.isValid() && !format.contains(QLatin1StringView("yyyy")) && d.year() < 1970)
        d = d.addYears(100); // same rule as BankImport: "yy" is this century
    return d;
}

bool isDateLike(const QString& text)
{
    const QStringList formats = CsvMappingGuess::dateFormats();
    return std::any_of(
        formats.cbegin(), formats.cend(), [&](const QString& f) { return parseDate(text, f).isValid(); });
}

bool isAmountLike(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || isDateLike(t))
        return false;
    using vv::budget::Money;
    const QChar dot = QLatin1Char('.');
    const QChar comma = QLatin1Char(',');
    return Money::parseFixed(t, dot, comma, 2) || Money::parseFixed(t, comma, dot, 2)
        || Money::parseFixed(t, dot, QChar(), 2) || Money::parseFixed(t, comma, QChar(), 2);
}

bool isKeywordHeader(const CsvRecord& record)
{
    int hits = 0;
    for (const QString& cell : record.fields) {
        const QString h = norm(cell);
        if (h.isEmpty() || h.size() > 40)
            continue;
        if (isDateLike(cell) || isAmountLike(cell))
            return false;
        const bool hit = containsAny(h, dateWords()) || containsAny(h, amountWords()) || containsAny(h, debitWords())
            || containsAny(h, creditWords()) || containsAny(h, payeeWords()) || containsAny(h, memoWords());
        hits += hit ? 1 : 0;
    }
    return hits >= 2;
}

QStringList columnValues(const QList<CsvRecord>& records, qsizetype first, int column)
{
    QStringList out;
    for (qsizetype i = first; i < records.size() && out.size() < MaxSampleRecords; ++i) {
        const QString v = records.at(i).fields.value(column).trimmed();
        if (!v.isEmpty())
            out.append(v);
    }
    return out;
}

// Share of `values` that `test` accepts (0 for no values).
template<typename Test> double share(const QStringList& values, Test test)
{
    if (values.isEmpty())
        return 0.0;
    const auto n = std::count_if(values.cbegin(), values.cend(), test);
    return double(n) / double(values.size());
}

} // namespace

QStringList CsvMappingGuess::dateFormats()
{
    return { QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("MM/dd/yyyy"),
        QStringLiteral("dd/MM/yyyy"), QStringLiteral("dd.MM.yy"), QStringLiteral("MM/dd/yy"),
        QStringLiteral("dd/MM/yy"), QStringLiteral("d.M.yyyy"), QStringLiteral("d.M.yy"), QStringLiteral("M/d/yyyy"),
        QStringLiteral("d/M/yyyy"), QStringLiteral("M/d/yy"), QStringLiteral("d/M/yy"), QStringLiteral("dd-MM-yyyy"),
        QStringLiteral("MM-dd-yyyy"), QStringLiteral("yyyy/MM/dd"), QStringLiteral("yyyyMMdd"),
        QStringLiteral("dd MMM yyyy"), QStringLiteral("d MMM yyyy"), QStringLiteral("dd-MMM-yyyy") };
}

QStringList CsvMappingGuess::columnNames(const QStringList& header, int count)
{
    QStringList names;
    for (int c = 0; c < count; ++c) {
        const QString h = header.value(c).simplified();
        names.append(h.isEmpty() ? QCoreApplication::translate("vv::ui::CsvImportDialog", "Column %1").arg(c + 1) : h);
    }
    return names;
}

QList<CsvRecord> CsvMappingGuess::records(const QByteArray& data, QChar delimiter)
{
    return CsvReader::parse(CsvReader::decode(data), delimiter).records;
}

QString CsvMappingGuess::detectDateFormat(const QStringList& values, QDate today, bool* ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    if (values.isEmpty())
        return {};
    struct Reading {
        QString format;
        QList<QDate> dates;
        int ok = 0;
    };
    QList<Reading> readings;
    int best = 0;
    for (const QString& f : dateFormats()) {
        Reading r { f, {}, 0 };
        for (const QString& v : values) {
            const QDate d = parseDate(v, f);
            r.dates.append(d);
            r.ok += d.isValid() ? 1 : 0;
        }
        best = std::max(best, r.ok);
        readings.append(std::move(r));
    }
    // A few broken rows are the preview's business; a column mostly not dates is not one.
    if (best == 0 || best * 10 < int(values.size()) * 6)
        return {};
    QList<Reading> top;
    for (const Reading& r : readings) {
        if (r.ok == best)
            top.append(r);
    }
    const bool disagree
        = std::any_of(top.cbegin(), top.cend(), [&](const Reading& r) { return r.dates != top.first().dates; });
    if (!disagree)
        return top.first().format;
    if (ambiguous)
        *ambiguous = true;
    // 05/01/26 is Jan 5 or May 1: a statement does not list the future, and spans little time.
    auto score = [&](const Reading& r) {
        int future = 0;
        QDate lo;
        QDate hi;
        for (const QDate& d : r.dates) {
            if (!d.isValid())
                continue;
            future += today.isValid() && d > today ? 1 : 0;
            lo = !lo.isValid() || d < lo ? d : lo;
            hi = !hi.isValid() || d > hi ? d : hi;
        }
        return std::make_pair(future, lo.daysTo(hi));
    };
    const auto it = std::min_element(
        top.cbegin(), top.cend(), [&](const Reading& a, const Reading& b) { return score(a) < score(b); });
    return it->format;
}

void CsvMappingGuess::detectSeparators(const QStringList& values, QChar* decimal, QChar* thousands)
{
    int commaDecimal = 0;
    int dotDecimal = 0;
    QHash<QChar, int> grouping;
    for (const QString& raw : values) {
        QString v;
        for (const QChar c : raw) {
            if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('\''))
                v += c;
        }
        if (v.contains(QLatin1Char('\'')))
            grouping[QLatin1Char('\'')]++;
        const qsizetype dot = v.lastIndexOf(QLatin1Char('.'));
        const qsizetype comma = v.lastIndexOf(QLatin1Char(','));
        if (dot >= 0 && comma >= 0) {
            const bool commaLast = comma > dot;
            (commaLast ? commaDecimal : dotDecimal)++;
            grouping[commaLast ? QLatin1Char('.') : QLatin1Char(',')]++;
            continue;
        }
        if (dot < 0 && comma < 0)
            continue;
        const QChar only = dot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype at = std::max(dot, comma);
        const qsizetype after = v.size() - at - 1;
        if (v.count(only) > 1) {
            grouping[only]++;
            (only == QLatin1Char('.') ? commaDecimal : dotDecimal)++;
        } else if (after != 3) {
            (only == QLatin1Char(',') ? commaDecimal : dotDecimal)++;
        } // exactly three digits after a single separator says nothing
    }
    const QChar dec = commaDecimal > dotDecimal ? QLatin1Char(',') : QLatin1Char('.');
    QChar group;
    int votes = 0;
    for (auto it = grouping.cbegin(); it != grouping.cend(); ++it) {
        if (it.key() != dec && it.value() > votes) {
            group = it.key();
            votes = it.value();
        }
    }
    if (decimal)
        *decimal = dec;
    if (thousands)
        *thousands = group;
}

void CsvMappingGuess::guessColumns(const QList<CsvRecord>& records, CsvGuess& guess, QDate today)
{
    vv::budget::CsvMapping& m = guess.mapping;
    const qsizetype first = std::min<qsizetype>(m.skipLines, records.size());
    const qsizetype dataFirst = m.hasHeader ? first + 1 : first;
    const QStringList header = m.hasHeader && first < records.size() ? records.at(first).fields : QStringList();
    int count = int(header.size());
    for (qsizetype i = first; i < records.size() && i < first + MaxSampleRecords; ++i)
        count = std::max(count, int(records.at(i).fields.size()));
    guess.columnCount = count;
    guess.columnNames = columnNames(header, count);

    QList<int> used;
    auto take = [&used](int c) {
        if (c >= 0)
            used.append(c);
        return c;
    };
    m.dateColumn = take(byHeader(header, dateWords(), used, valueDateWords()));
    if (m.dateColumn < 0)
        m.dateColumn = take(byHeader(header, dateWords(), used));
    m.amountColumn = take(byHeader(header, amountWords(), used));
    m.debitColumn = m.amountColumn < 0 ? take(byHeader(header, debitWords(), used)) : -1;
    m.creditColumn = m.amountColumn < 0 ? take(byHeader(header, creditWords(), used)) : -1;
    m.payeeColumn = take(byHeader(header, payeeWords(), used));
    m.memoColumn = take(byHeader(header, memoWords(), used));

    // What the header did not say, the values might.
    if (m.dateColumn < 0) {
        for (int c = 0; c < count && m.dateColumn < 0; ++c) {
            if (!used.contains(c) && !detectDateFormat(columnValues(records, dataFirst, c), today).isEmpty())
                m.dateColumn = take(c);
        }
    }
    if (m.amountColumn < 0 && m.debitColumn < 0 && m.creditColumn < 0) {
        for (int c = 0; c < count && m.amountColumn < 0; ++c) {
            const QStringList values = columnValues(records, dataFirst, c);
            if (!used.contains(c) && !(m.hasHeader && containsAny(norm(header.value(c)), excludedWords()))
                && share(values, isAmountLike) >= 0.8)
                m.amountColumn = take(c);
        }
    }
    if (m.payeeColumn < 0) {
        int bestLetters = 0;
        for (int c = 0; c < count; ++c) {
            if (used.contains(c))
                continue;
            int letters = 0;
            for (const QString& v : columnValues(records, dataFirst, c))
                letters += int(std::count_if(v.cbegin(), v.cend(), [](QChar ch) { return ch.isLetter(); }));
            if (letters > bestLetters) {
                bestLetters = letters;
                m.payeeColumn = c;
            }
        }
        take(m.payeeColumn);
    }

    const QStringList dates = m.dateColumn >= 0 ? columnValues(records, dataFirst, m.dateColumn) : QStringList();
    bool ambiguous = false;
    const QString format = detectDateFormat(dates, today, &ambiguous);
    guess.dateFormatFound = !format.isEmpty();
    guess.dateFormatAmbiguous = ambiguous;
    m.dateFormat = format.isEmpty() ? dateFormats().first() : format;

    QStringList amounts;
    for (int c : { m.amountColumn, m.debitColumn, m.creditColumn }) {
        if (c >= 0)
            amounts += columnValues(records, dataFirst, c);
    }
    detectSeparators(amounts, &m.decimalSeparator, &m.thousandsSeparator);
}

CsvGuess CsvMappingGuess::guess(const QByteArray& data, QDate today)
{
    CsvGuess g;
    const QString text = CsvReader::decode(data);
    {
        QByteArray bytes = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(bytes);
        Q_UNUSED(decoded);
        g.latin1 = utf8.hasError();
    }
    g.mapping.delimiter = CsvReader::detectDelimiter(text);
    const QList<CsvRecord> all = CsvReader::parse(text, g.mapping.delimiter).records;

    // Banks put account details above the table: the header is the first row of known column
    // names; without one, the first row as wide as most rows and mostly filled.
    const qsizetype scan = std::min<qsizetype>(all.size(), MaxPreambleRecords);
    int skip = -1;
    for (qsizetype i = 0; i < scan && skip < 0; ++i) {
        if (isKeywordHeader(all.at(i)))
            skip = int(i);
    }
    bool header = skip >= 0;
    if (skip < 0) {
        QHash<qsizetype, int> widths;
        for (qsizetype i = 0; i < all.size() && i < MaxSampleRecords; ++i)
            widths[all.at(i).fields.size()]++;
        qsizetype width = 0;
        int seen = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
            if (it.value() > seen || (it.value() == seen && it.key() > width)) {
                width = it.key();
                seen = it.value();
            }
        }
        for (qsizetype i = 0; i < scan && skip < 0; ++i) {
            const QStringList& f = all.at(i).fields;
            const auto filled
                = std::count_if(f.cbegin(), f.cend(), [](const QString& s) { return !s.trimmed().isEmpty(); });
            if (f.size() == width && filled >= std::max<qsizetype>(2, width / 2))
                skip = int(i);
        }
        skip = std::max(skip, 0);
        if (skip < all.size()) {
            const QStringList& f = all.at(skip).fields;
            header
                = std::none_of(f.cbegin(), f.cend(), [](const QString& s) { return isDateLike(s) || isAmountLike(s); });
        }
    }
    g.mapping.skipLines = skip;
    g.mapping.hasHeader = header;
    guessColumns(all, g, today);
    return g;
}

} // namespace vv::ui
