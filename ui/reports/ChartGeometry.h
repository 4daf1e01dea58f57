#pragma once

#include "reports/ChartData.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <utility>

// The chart's arithmetic as plain functions (tested with data tables): axis ticks and where
// each bar goes. BarChartWidget only paints what these return.
namespace vv::ui::chart {

struct Ticks {
    qint64 step = 1;
    qint64 min = 0; // first tick (<= the data's low end, a multiple of step)
    qint64 max = 1; // last tick (>= the data's high end)
    [[nodiscard]] QList<qint64> values() const; // min, min + step, ..., max
};

// A "nice" step (1, 2 or 5 × 10^n, at least minimumStep) giving about `targetIntervals`
// intervals over [low, high], and the ticks around it; zero is always inside. Integer math:
// the values are money in minor units. minimumStep is e.g. 100 so ticks are whole units.
[[nodiscard]] qint64 niceStep(qint64 range, int targetIntervals, qint64 minimumStep = 1);
[[nodiscard]] Ticks niceTicks(qint64 low, qint64 high, int targetIntervals = 5, qint64 minimumStep = 1);

// The lowest and highest value the chart must show: stacked sums (positives up, negatives
// down) or single values, the line's points, and zero.
[[nodiscard]] std::pair<qint64, qint64> valueRange(const ChartData& data);

// Vertical position of `value` in `plot` for an axis from ticks.min (bottom) to ticks.max (top).
[[nodiscard]] qreal valueToY(qint64 value, const QRectF& plot, const Ticks& ticks);

struct Bar {
    int category = 0;
    int series = 0;
    qint64 value = 0;
    QRectF rect; // normalised (positive width and height); empty for a zero value
};

// Bars in paint order. Each category gets an equal slot; bars fill `barFraction` of it
// (stacked: one bar per category; grouped: the series side by side).
[[nodiscard]] QList<Bar> barRects(
    const ChartData& data, const QRectF& plot, const Ticks& ticks, qreal barFraction = 0.7);
// Line series points, at the middle of each category slot.
[[nodiscard]] QList<QPointF> linePoints(const ChartData& data, const QRectF& plot, const Ticks& ticks);
// The bar under `pos` (index into barRects()), or -1.
[[nodiscard]] int barAt(const QList<Bar>& bars, const QPointF& pos);
// Label every n-th category so labels of width `labelWidth` do not overlap.
[[nodiscard]] int labelEvery(int categories, qreal plotWidth, qreal labelWidth);

} // namespace vv::ui::chart
