#include "reports/ChartGeometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vv::ui::chart {

namespace {
constexpr qint64 MaxValue = std::numeric_limits<qint64>::max() / 4; // headroom for the rounding

qint64 floorTo(qint64 value, qint64 step)
{
    qint64 q = value / step;
    if (value % step != 0 && value < 0)
        --q;
    return q * step;
}

qint64 ceilTo(qint64 value, qint64 step)
{
    qint64 q = value / step;
    if (value % step != 0 && value > 0)
        ++q;
    return q * step;
}
} // namespace

bool ChartData::isEmpty() const
{
    if (categories.isEmpty())
        return true;
    const auto anyValue = [](const Series& s) {
        return std::any_of(s.values.begin(), s.values.end(), [](qint64 v) { return v != 0; });
    };
    if (line && anyValue(*line))
        return false;
    return std::none_of(bars.begin(), bars.end(), anyValue);
}

QList<qint64> Ticks::values() const
{
    QList<qint64> out;
    if (step <= 0)
        return out;
    for (qint64 v = min; v <= max && out.size() < 1000; v += step)
        out.append(v);
    return out;
}

qint64 niceStep(qint64 range, int targetIntervals, qint64 minimumStep)
{
    minimumStep = std::max<qint64>(1, minimumStep);
    targetIntervals = std::max(1, targetIntervals);
    range = std::clamp<qint64>(range, 0, MaxValue);
    const qint64 raw = std::max<qint64>(1, (range + targetIntervals - 1) / targetIntervals);
    qint64 magnitude = 1;
    while (magnitude <= raw / 10)
        magnitude *= 10;
    qint64 step = magnitude * 10;
    for (const qint64 m : { 1, 2, 5, 10 }) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    return std::max(step, minimumStep);
}

Ticks niceTicks(qint64 low, qint64 high, int targetIntervals, qint64 minimumStep)
{
    low = std::clamp<qint64>(std::min<qint64>(low, 0), -MaxValue, 0);
    high = std::clamp<qint64>(std::max<qint64>(high, 0), 0, MaxValue);
    Ticks t;
    t.step = niceStep(high - low, targetIntervals, minimumStep);
    t.min = floorTo(low, t.step);
    t.max = ceilTo(high, t.step);
    if (t.max == t.min)
        t.max = t.min + t.step; // an all-zero chart still has an axis
    return t;
}

std::pair<qint64, qint64> valueRange(const ChartData& data)
{
    qint64 low = 0;
    qint64 high = 0;
    for (int c = 0; c < data.categories.size(); ++c) {
        qint64 up = 0;
        qint64 down = 0;
        for (const Series& s : data.bars) {
            const qint64 v = s.values.value(c);
            if (data.stacked) {
                (v >= 0 ? up : down) += v;
            } else {
                up = std::max(up, v);
                down = std::min(down, v);
            }
        }
        high = std::max(high, up);
        low = std::min(low, down);
        if (data.line) {
            high = std::max(high, data.line->values.value(c));
            low = std::min(low, data.line->values.value(c));
        }
    }
    return { low, high };
}

qreal valueToY(qint64 value, const QRectF& plot, const Ticks& ticks)
{
    const qreal span = static_cast<qreal>(ticks.max - ticks.min);
    if (span <= 0)
        return plot.bottom();
    return plot.bottom() - static_cast<qreal>(value - ticks.min) / span * plot.height();
}

QList<Bar> barRects(const ChartData& data, const QRectF& plot, const Ticks& ticks, qreal barFraction)
{
    QList<Bar> out;
    const int categories = static_cast<int>(data.categories.size());
    const int series = static_cast<int>(data.bars.size());
    if (categories == 0 || series == 0 || plot.width() <= 0)
        return out;
    const qreal slot = plot.width() / categories;
    const qreal groupWidth = slot * std::clamp(barFraction, 0.05, 1.0);
    const qreal barWidth = data.stacked ? groupWidth : groupWidth / series;
    for (int c = 0; c < categories; ++c) {
        const qreal groupLeft = plot.left() + c * slot + (slot - groupWidth) / 2;
        qint64 up = 0;
        qint64 down = 0;
        for (int s = 0; s < series; ++s) {
            const qint64 v = data.bars.at(s).values.value(c);
            Bar bar;
            bar.category = c;
            bar.series = s;
            bar.value = v;
            qint64 from = 0;
            qint64 to = v;
            if (data.stacked) {
                qint64& base = v >= 0 ? up : down;
                from = base;
                to = base + v;
                base = to;
            }
            const qreal left = data.stacked ? groupLeft : groupLeft + s * barWidth;
            const qreal y1 = valueToY(from, plot, ticks);
            const qreal y2 = valueToY(to, plot, ticks);
            bar.rect = QRectF(QPointF(left, std::min(y1, y2)), QPointF(left + barWidth, std::max(y1, y2)));
            if (v == 0)
                bar.rect.setHeight(0);
            out.append(bar);
        }
    }
    return out;
}

QList<QPointF> linePoints(const ChartData& data, const QRectF& plot, const Ticks& ticks)
{
    QList<QPointF> out;
    const int categories = static_cast<int>(data.categories.size());
    if (!data.line || categories == 0)
        return out;
    const qreal slot = plot.width() / categories;
    for (int c = 0; c < categories; ++c)
        out.append(QPointF(plot.left() + (c + 0.5) * slot, valueToY(data.line->values.value(c), plot, ticks)));
    return out;
}

int barAt(const QList<Bar>& bars, const QPointF& pos)
{
    for (int i = 0; i < bars.size(); ++i) {
        const QRectF& r = bars.at(i).rect;
        // Thin segments are still reachable: at least 3 px tall for the mouse.
        const QRectF hit = r.height() < 3 ? r.adjusted(0, -1.5, 0, 1.5) : r;
        if (bars.at(i).value != 0 && hit.contains(pos))
            return i;
    }
    return -1;
}

int labelEvery(int categories, qreal plotWidth, qreal labelWidth)
{
    if (categories <= 0 || plotWidth <= 0)
        return 1;
    const qreal slot = plotWidth / categories;
    if (labelWidth <= slot)
        return 1;
    return std::min(categories, static_cast<int>(std::ceil(labelWidth / slot)));
}

} // namespace vv::ui::chart
