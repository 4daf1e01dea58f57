#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vv::ui::chart {

// One named, coloured row of values (minor units), one value per category.
struct Series {
    QString name;
    QColor color;
    QList<qint64> values;
};

// What BarChartWidget draws: categories (months) on the x axis, bar series either stacked
// (one bar per category) or grouped (side by side), and an optional line series on top.
struct ChartData {
    QStringList categories; // full labels ("Mar 2026"): tooltips and wide charts
    QStringList shortCategories; // used when the full labels do not fit ("Mar"); may be empty
    QList<Series> bars;
    bool stacked = false;
    std::optional<Series> line;

    [[nodiscard]] bool isEmpty() const; // no categories, or every value zero
};

} // namespace vv::ui::chart
