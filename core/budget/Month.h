#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace vv::budget {

// A calendar month ("2026-11"), cheap to compare and to use as a map key.
class Month
{
public:
    Month() = default;
    Month(int year, int month);
    [[nodiscard]] static Month fromDate(QDate date);
    [[nodiscard]] static Month fromIndex(int index);
    [[nodiscard]] static std::optional<Month> fromString(QStringView text); // "YYYY-MM"

    [[nodiscard]] bool isValid() const { return m_index >= 0; }
    [[nodiscard]] int year() const { return m_index / 12; }
    [[nodiscard]] int month() const { return m_index % 12 + 1; }
    // year * 12 + month - 1: consecutive months are consecutive integers.
    [[nodiscard]] int index() const { return m_index; }
    [[nodiscard]] QString toString() const;
    [[nodiscard]] QDate firstDay() const;
    [[nodiscard]] QDate lastDay() const;
    [[nodiscard]] Month addMonths(int n) const { return fromIndex(m_index + n); }
    [[nodiscard]] bool contains(QDate date) const { return fromDate(date) == *this; }

    friend bool operator==(Month a, Month b) { return a.m_index == b.m_index; }
    friend std::strong_ordering operator<=>(Month a, Month b) { return a.m_index <=> b.m_index; }

private:
    int m_index = -1;
};

} // namespace vv::budget
