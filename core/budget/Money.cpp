#include "budget/Money.h"

#include <QHash>

#include <limits>

namespace vv::budget {

namespace {

quint64 pow10(int n)
{
    quint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

// Digits of `value` written with the locale's digit characters, zero-padded to `width`.
QString localeDigits(quint64 value, int width, const QLocale& locale)
{
    const QString ascii = QString::number(value).rightJustified(width, QLatin1Char('0'));
    if (locale.zeroDigit() == QStringLiteral("0"))
        return ascii;
    QString out;
    for (const QChar c : ascii)
        out += locale.toString(c.unicode() - '0');
    return out;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

struct Sign {
    bool negative = false;
    bool ok = true;
};

// Removes whitespace, currency symbols/codes and sign markers; returns digits and separators.
QString stripDecorations(QStringView text, Sign& sign)
{
    QString core;
    int minus = 0;
    bool open = false;
    bool close = false;
    bool sawDigit = false;
    bool afterLetter = false;
    bool decoratedAfterDigit = false; // a symbol/code after the number started
    bool glued = false; // ... followed by more number: "1e3", "12abc5" are not amounts
    for (const QChar c : text) {
        if (isSpace(c))
            continue;
        if (c == QLatin1Char('-') || c == QChar(0x2212)) {
            ++minus;
            continue;
        }
        if (c == QLatin1Char('+'))
            continue;
        if (c == QLatin1Char('(')) {
            open = true;
            continue;
        }
        if (c == QLatin1Char(')')) {
            close = true;
            continue;
        }
        if (c.category() == QChar::Other_Format)
            continue; // bidi marks around Arabic/Hebrew amounts
        if (c.isLetter() || c.category() == QChar::Symbol_Currency) {
            afterLetter = true;
            decoratedAfterDigit = decoratedAfterDigit || sawDigit;
            continue;
        }
        if (afterLetter && c == QLatin1Char('.'))
            continue; // abbreviation dots of a symbol ("Fr.", "د.ك.")
        afterLetter = false;
        glued = glued || decoratedAfterDigit;
        if (c.isDigit())
            sawDigit = true;
        core += c;
    }
    // Symbols and codes may stand before or after the number, never inside it.
    sign.ok = sawDigit && !glued && minus <= 1 && open == close && !(open && minus);
    sign.negative = minus == 1 || open;
    return core;
}

std::optional<qint64> assemble(QStringView intPart, QStringView fracPart, int decimals, bool negative)
{
    if (intPart.isEmpty() && fracPart.isEmpty())
        return std::nullopt;
    quint64 major = 0;
    constexpr quint64 limit = std::numeric_limits<qint64>::max();
    for (const QChar c : intPart) {
        if (!c.isDigit())
            return std::nullopt;
        const int d = c.digitValue();
        if (major > (limit - d) / 10)
            return std::nullopt;
        major = major * 10 + d;
    }
    quint64 frac = 0;
    for (int i = 0; i < fracPart.size(); ++i) {
        if (!fracPart[i].isDigit())
            return std::nullopt;
        const int d = fracPart[i].digitValue();
        if (i < decimals)
            frac = frac * 10 + d;
        else if (d != 0)
            return std::nullopt; // would need rounding: refuse rather than lose cents
    }
    for (qsizetype i = fracPart.size(); i < decimals; ++i)
        frac *= 10;
    const quint64 scale = pow10(decimals);
    if (major > (limit - frac) / scale)
        return std::nullopt;
    const auto value = static_cast<qint64>(major * scale + frac);
    return negative ? -value : value;
}

// Group separators must sit between digits.
bool validGroups(QStringView intPart, QChar group, QString& digits)
{
    digits.clear();
    for (qsizetype i = 0; i < intPart.size(); ++i) {
        const QChar c = intPart[i];
        if (c == group) {
            if (i == 0 || i + 1 >= intPart.size() || !intPart[i - 1].isDigit() || !intPart[i + 1].isDigit())
                return false;
            continue;
        }
        digits += c;
    }
    return true;
}

} // namespace

int Money::decimals(const QString& currencyCode)
{
    static const QHash<QString, int> exceptions {
        { QStringLiteral("BIF"), 0 },
        { QStringLiteral("CLP"), 0 },
        { QStringLiteral("DJF"), 0 },
        { QStringLiteral("GNF"), 0 },
        { QStringLiteral("ISK"), 0 },
        { QStringLiteral("JPY"), 0 },
        { QStringLiteral("KMF"), 0 },
        { QStringLiteral("KRW"), 0 },
        { QStringLiteral("PYG"), 0 },
        { QStringLiteral("RWF"), 0 },
        { QStringLiteral("UGX"), 0 },
        { QStringLiteral("UYI"), 0 },
        { QStringLiteral("VND"), 0 },
        { QStringLiteral("VUV"), 0 },
        { QStringLiteral("XAF"), 0 },
        { QStringLiteral("XOF"), 0 },
        { QStringLiteral("XPF"), 0 },
        { QStringLiteral("BHD"), 3 },
        { QStringLiteral("IQD"), 3 },
        { QStringLiteral("JOD"), 3 },
        { QStringLiteral("KWD"), 3 },
        { QStringLiteral("LYD"), 3 },
        { QStringLiteral("OMR"), 3 },
        { QStringLiteral("TND"), 3 },
        { QStringLiteral("CLF"), 4 },
        { QStringLiteral("UYW"), 4 },
    };
    return exceptions.value(currencyCode.toUpper(), 2);
}

QString Money::symbol(const QString& currencyCode, const QLocale& locale)
{
    const QString code = currencyCode.toUpper();
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    // CLDR knows each currency's symbol through the locales that use it. Prefer one from the
    // reader's language, then script, then Latin script, else the ISO code ("KWD" for an
    // English reader rather than an Arabic abbreviation).
    struct Known {
        QLocale::Language language;
        QLocale::Script script;
        QString symbol;
    };
    static const QHash<QString, QList<Known>> table = [] {
        QHash<QString, QList<Known>> t;
        const QList<QLocale> all
            = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale& l : all) {
            const QString iso = l.currencySymbol(QLocale::CurrencyIsoCode);
            const QString sym = l.currencySymbol(QLocale::CurrencySymbol);
            if (!iso.isEmpty() && !sym.isEmpty() && sym != iso)
                t[iso].append(Known { l.language(), l.script(), sym });
        }
        return t;
    }();
    const QList<Known> known = table.value(code);
    auto pick = [&known](auto&& accept) {
        QString best;
        for (const Known& k : known) {
            if (accept(k) && (best.isEmpty() || k.symbol.size() < best.size()))
                best = k.symbol; // shortest: "$" over "US$"
        }
        return best;
    };
    QString sym = pick([&](const Known& k) { return k.language == locale.language(); });
    if (sym.isEmpty())
        sym = pick([&](const Known& k) { return k.script == locale.script(); });
    if (sym.isEmpty())
        sym = pick([](const Known& k) { return k.script == QLocale::LatinScript; });
    return sym.isEmpty() ? code : sym;
}

QString Money::toPlain(qint64 minor, int decimals)
{
    const bool negative = minor < 0;
    const quint64 abs = negative ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const quint64 scale = pow10(decimals);
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(abs / scale);
    if (decimals > 0)
        out += QLatin1Char('.') + QString::number(abs % scale).rightJustified(decimals, QLatin1Char('0'));
    return out;
}

QString Money::format(qint64 minor, const QString& currencyCode, const QLocale& locale)
{
    const int dec = decimals(currencyCode);
    const bool negative = minor < 0;
    const quint64 abs = negative ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const quint64 scale = pow10(dec);
    QString number = locale.toString(static_cast<qulonglong>(abs / scale));
    if (dec > 0)
        number += locale.decimalPoint() + localeDigits(abs % scale, dec, locale);
    // Take the locale's currency pattern (symbol position, spacing, minus form) from a
    // formatted 1 and put the exact number in its place.
    const QString sym = symbol(currencyCode, locale);
    const QString pattern = locale.toCurrencyString(static_cast<qlonglong>(negative ? -1 : 1), sym);
    const QString one = locale.toString(1);
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return (negative ? locale.negativeSign() : QString()) + number + QLatin1Char(' ') + sym;
    QString before = pattern.left(at);
    QString after = pattern.mid(at + one.size());
    // CLDR currency spacing: a code written next to the digits gets a no-break space.
    if (!before.isEmpty() && before.back().isLetter())
        before += QChar(0x00A0);
    if (!after.isEmpty() && after.front().isLetter())
        after.prepend(QChar(0x00A0));
    return before + number + after;
}

std::optional<qint64> Money::parseFixed(QStringView text, QChar decimalSeparator, QChar groupSeparator, int decimals)
{
    Sign sign;
    const QString core = stripDecorations(text, sign);
    if (!sign.ok)
        return std::nullopt;
    const qsizetype dot = core.indexOf(decimalSeparator);
    if (dot >= 0 && core.indexOf(decimalSeparator, dot + 1) >= 0)
        return std::nullopt;
    const QStringView intPart = dot < 0 ? QStringView(core) : QStringView(core).left(dot);
    const QStringView fracPart = dot < 0 ? QStringView() : QStringView(core).mid(dot + 1);
    QString digits;
    if (!groupSeparator.isNull()) {
        if (!validGroups(intPart, groupSeparator, digits))
            return std::nullopt;
    } else {
        digits = intPart.toString();
    }
    return assemble(digits, fracPart, decimals, sign.negative);
}

std::optional<qint64> Money::parse(QStringView text, const QLocale& locale, int decimals)
{
    Sign sign;
    QString core = stripDecorations(text, sign);
    if (!sign.ok)
        return std::nullopt;
    // Apostrophes (de_CH "1'234.50") are only ever grouping.
    core.remove(QLatin1Char('\''));
    core.remove(QChar(0x2019));
    core.remove(QChar(0x02BC));
    // Locales with their own separator characters (ar: U+066B, U+066C) are mapped to . and ,
    const QString ownDecimal = locale.decimalPoint();
    const QString ownGroup = locale.groupSeparator();
    QChar localeDecimal = ownDecimal.isEmpty() ? QLatin1Char('.') : ownDecimal.at(0);
    if (localeDecimal != QLatin1Char('.') && localeDecimal != QLatin1Char(',')) {
        core.replace(ownDecimal, QStringLiteral("."));
        if (!ownGroup.isEmpty())
            core.replace(ownGroup, QStringLiteral(","));
        localeDecimal = QLatin1Char('.');
    }
    const QChar localeGroup = localeDecimal == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    const qsizetype lastDot = core.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = core.lastIndexOf(QLatin1Char(','));
    QChar decimalSep = localeDecimal;
    QChar groupSep = localeGroup;
    if (lastDot >= 0 && lastComma >= 0) {
        // Both present: the later one is the decimal separator, whatever the locale says.
        decimalSep = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
        groupSep = lastDot > lastComma ? QLatin1Char(',') : QLatin1Char('.');
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar only = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype count = core.count(only);
        const qsizetype at = core.lastIndexOf(only);
        const qsizetype after = core.size() - at - 1;
        if (only == localeDecimal) {
            decimalSep = only;
            groupSep = QChar();
            if (count > 1) { // "1.234.567" in a '.'-decimal locale: grouping after all
                decimalSep = QChar(0xFFFF);
                groupSep = only;
            }
        } else if (count == 1 && after != 3) {
            decimalSep = only; // "12,5" typed in en: a decimal comma, not grouping
            groupSep = QChar();
        } else {
            decimalSep = QChar(0xFFFF); // no decimal part
            groupSep = only;
        }
    }
    const QString signedText = sign.negative ? QLatin1Char('-') + core : core;
    return parseFixed(signedText, decimalSep, groupSep, decimals);
}

} // namespace vv::budget
