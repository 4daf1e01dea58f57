#include "budget/Recurrence.h"

namespace vv::budget {

QString Recurrence::toString(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Weekly:
        return QStringLiteral("weekly");
    case Frequency::Biweekly:
        return QStringLiteral("biweekly");
    case Frequency::Monthly:
        return QStringLiteral("monthly");
    case Frequency::Yearly:
        return QStringLiteral("yearly");
    }
    return {};
}

std::optional<Frequency> Recurrence::fromString(QStringView text)
{
    if (text == QLatin1StringView("weekly"))
        return Frequency::Weekly;
    if (text == QLatin1StringView("biweekly"))
        return Frequency::Biweekly;
    if (text == QLatin1StringView("monthly"))
        return Frequency::Monthly;
    if (text == QLatin1StringView("yearly"))
        return Frequency::Yearly;
    return std::nullopt;
}

QDate Recurrence::occurrence(QDate start, Frequency frequency, int n)
{
    if (!start.isValid() || n < 0)
        return {};
    switch (frequency) {
    case Frequency::Weekly:
        return start.addDays(7LL * n);
    case Frequency::Biweekly:
        return start.addDays(14LL * n);
    case Frequency::Monthly:
        return start.addMonths(n); // clamps to the month's last day
    case Frequency::Yearly:
        return start.addYears(n); // Feb 29 -> Feb 28 in common years
    }
    return {};
}

namespace {
// An index n with occurrence(n) <= after (or 0), close below the answer.
int estimate(QDate start, Frequency frequency, QDate after)
{
    if (after < start)
        return 0;
    switch (frequency) {
    case Frequency::Weekly:
        return static_cast<int>(start.daysTo(after) / 7);
    case Frequency::Biweekly:
        return static_cast<int>(start.daysTo(after) / 14);
    case Frequency::Monthly:
        return qMax(0, (after.year() - start.year()) * 12 + after.month() - start.month() - 1);
    case Frequency::Yearly:
        return qMax(0, after.year() - start.year() - 1);
    }
    return 0;
}
} // namespace

QDate Recurrence::nextAfter(QDate start, Frequency frequency, QDate after)
{
    if (!start.isValid())
        return {};
    if (!after.isValid() || after < start)
        return start;
    int n = estimate(start, frequency, after);
    // The estimate is at most two steps short; bounded loop regardless.
    for (int guard = 0; guard < 8; ++guard, ++n) {
        const QDate d = occurrence(start, frequency, n);
        if (d > after)
            return d;
    }
    return {};
}

int Recurrence::countBetween(QDate start, Frequency frequency, QDate from, QDate to, int limit)
{
    int count = 0;
    QDate d = from > start ? nextAfter(start, frequency, from.addDays(-1)) : start;
    while (d.isValid() && d <= to && count < limit) {
        ++count;
        d = nextAfter(start, frequency, d);
    }
    return count;
}

} // namespace vv::budget
