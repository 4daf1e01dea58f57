#include "budget/Month.h"

namespace vv::budget {

Month::Month(int year, int month)
{
    if (year >= 0 && year <= 9999 && month >= 1 && month <= 12)
        m_index = year * 12 + month - 1;
}

Month Month::fromDate(QDate date)
{
    return date.isValid() ? Month(date.year(), date.month()) : Month();
}

Month Month::fromIndex(int index)
{
    Month m;
    if (index >= 0 && index < 10000 * 12)
        m.m_index = index;
    return m;
}

std::optional<Month> Month::fromString(QStringView text)
{
    if (text.size() != 7 || text[4] != QLatin1Char('-'))
        return std::nullopt;
    bool okYear = false;
    bool okMonth = false;
    const int y = text.left(4).toInt(&okYear);
    const int m = text.mid(5).toInt(&okMonth);
    const Month month(y, m);
    if (!okYear || !okMonth || !month.isValid())
        return std::nullopt;
    return month;
}

QString Month::toString() const
{
    if (!isValid())
        return {};
    return QString::number(year()).rightJustified(4, QLatin1Char('0')) + QLatin1Char('-')
        + QString::number(month()).rightJustified(2, QLatin1Char('0'));
}

QDate Month::firstDay() const
{
    return isValid() ? QDate(year(), month(), 1) : QDate();
}

QDate Month::lastDay() const
{
    const QDate first = firstDay();
    return first.isValid() ? QDate(year(), month(), first.daysInMonth()) : QDate();
}

} // namespace vv::budget
