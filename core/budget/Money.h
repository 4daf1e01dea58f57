#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace vv::budget {

// Money is qint64 minor units (cents) everywhere; these helpers convert to and from text
// exactly, without floating point.
class Money
{
public:
    // ISO 4217 minor-unit exponent: 2 for most, 0 for JPY/KRW/..., 3 for BHD/KWD/...
    [[nodiscard]] static int decimals(const QString& currencyCode);
    // The locale's own symbol when it uses that currency, else a symbol known from CLDR
    // ("$" for USD), else the code itself.
    [[nodiscard]] static QString symbol(const QString& currencyCode, const QLocale& locale);

    // formatMoney(12345, "EUR", QLocale("de_DE")) -> "123,45 €" (locale's pattern and spaces).
    [[nodiscard]] static QString format(qint64 minor, const QString& currencyCode, const QLocale& locale);
    // Plain "-1234.50" (no grouping, '.' decimal): CSV export, JSON, logs.
    [[nodiscard]] static QString toPlain(qint64 minor, int decimals);

    // User input in `locale`: "1.234,56" (de), "-12.50", "12", "(12.50)", "12,50 €", "1 234,56".
    // Signs: leading/trailing '-', U+2212, '+', accounting parentheses. Currency symbols and
    // codes are ignored. If only the locale's group separator occurs, once, and not followed
    // by exactly three digits, it is taken as the decimal separator ("12,5" in en -> 12.50).
    // More fraction digits than `decimals` are accepted only if the extra ones are zeros.
    // nullopt when not a number or out of range.
    [[nodiscard]] static std::optional<qint64> parse(QStringView text, const QLocale& locale, int decimals);
    // Strict machine format: the given decimal separator, optional group separator (null QChar
    // for none), optional sign and parentheses; used by bank imports.
    [[nodiscard]] static std::optional<qint64> parseFixed(
        QStringView text, QChar decimalSeparator, QChar groupSeparator, int decimals);
};

[[nodiscard]] inline QString formatMoney(qint64 minor, const QString& currencyCode, const QLocale& locale)
{
    return Money::format(minor, currencyCode, locale);
}
[[nodiscard]] inline std::optional<qint64> parseMoney(QStringView text, const QLocale& locale, int decimals = 2)
{
    return Money::parse(text, locale, decimals);
}

} // namespace vv::budget
