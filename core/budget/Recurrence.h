#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace vv::budget {

enum class Frequency { Weekly, Biweekly, Monthly, Yearly };

// Bill schedules. Occurrence n is computed from the anchor (start) date, never from the
// previous occurrence, so month-end clamping does not drift: Jan 31 -> Feb 28/29 -> Mar 31,
// and a Feb 29 yearly bill falls on Feb 28 in common years and Feb 29 again in leap years.
class Recurrence
{
public:
    [[nodiscard]] static QString toString(Frequency frequency); // "weekly", "biweekly", ...
    [[nodiscard]] static std::optional<Frequency> fromString(QStringView text);

    // Occurrence n (0 = the start date itself); invalid for n < 0.
    [[nodiscard]] static QDate occurrence(QDate start, Frequency frequency, int n);
    // The first occurrence strictly after `after` (the start date if after < start).
    [[nodiscard]] static QDate nextAfter(QDate start, Frequency frequency, QDate after);
    // Occurrences in [from, to], at most `limit` of them.
    [[nodiscard]] static int countBetween(QDate start, Frequency frequency, QDate from, QDate to, int limit = 1000);
};

} // namespace vv::budget
