#include "reports/BarChartWidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace vv::ui {

using namespace vv::ui::chart;

BarChartWidget::BarChartWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("barChart"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_axisFormat = [](qint64 v) { return QString::number(v); };
    m_exactFormat = m_axisFormat;
}

BarChartWidget::~BarChartWidget() = default;

void BarChartWidget::setChartData(const ChartData& data)
{
    m_data = data;
    m_hovered = -1;
    update();
}

void BarChartWidget::setFormatters(Formatter axis, Formatter exact)
{
    if (axis)
        m_axisFormat = std::move(axis);
    if (exact)
        m_exactFormat = std::move(exact);
    update();
}

void BarChartWidget::setMinimumStep(qint64 step)
{
    m_minimumStep = std::max<qint64>(1, step);
    update();
}

void BarChartWidget::setEmptyText(const QString& text)
{
    m_emptyText = text;
    update();
}

QSize BarChartWidget::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return { fm.averageCharWidth() * 80, fm.height() * 22 };
}

QSize BarChartWidget::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return { fm.averageCharWidth() * 30, fm.height() * 10 };
}

QList<BarChartWidget::LegendItem> BarChartWidget::legendLayout(qreal* height) const
{
    // Legend rows at the bottom, wrapped to the width; sizes in font units.
    const QFontMetricsF fm(font());
    const qreal pad = fm.height() * 0.5;
    const qreal swatch = fm.height() * 0.7;
    QList<LegendItem> items;
    QList<const Series*> all;
    for (const Series& s : m_data.bars)
        all.append(&s);
    if (m_data.line)
        all.append(&*m_data.line);
    qreal x = pad;
    int row = 0;
    const qreal rowHeight = fm.height() * 1.3;
    for (const Series* s : all) {
        const qreal w = swatch + pad * 0.6 + fm.horizontalAdvance(s->name) + pad * 2;
        if (x + w > width() - pad && x > pad) {
            ++row;
            x = pad;
        }
        LegendItem item;
        item.swatch = QRectF(x, row * rowHeight + (rowHeight - swatch) / 2, swatch, swatch);
        item.textPos = QPointF(x + swatch + pad * 0.6, row * rowHeight + (rowHeight + fm.ascent() - fm.descent()) / 2);
        item.text = s->name;
        item.color = s->color;
        item.line = m_data.line && s == &*m_data.line;
        items.append(item);
        x += w;
    }
    *height = all.isEmpty() ? 0 : (row + 1) * rowHeight;
    return items;
}

Ticks BarChartWidget::ticks() const
{
    const QFontMetricsF fm(font());
    const auto [low, high] = valueRange(m_data);
    // About one tick per three text lines of plot height, between 2 and 8 intervals.
    const int intervals = std::clamp(static_cast<int>(height() / (fm.height() * 3.5)), 2, 8);
    return niceTicks(low, high, intervals, m_minimumStep);
}

QRectF BarChartWidget::plotRect() const
{
    const QFontMetricsF fm(font());
    const Ticks t = ticks();
    qreal labelWidth = 0;
    for (const qint64 v : t.values())
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(m_axisFormat(v)));
    qreal legendHeight = 0;
    (void)legendLayout(&legendHeight);
    const qreal pad = fm.height() * 0.6;
    const qreal left = pad + labelWidth + pad;
    const qreal top = pad + fm.height() * 0.5; // room for the top tick label
    const qreal bottom = height() - legendHeight - pad - fm.height() * 1.4; // category labels
    const qreal right = width() - pad * 1.5;
    return QRectF(QPointF(left, top), QPointF(std::max(left + 1, right), std::max(top + 1, bottom)));
}

QList<Bar> BarChartWidget::bars() const
{
    return barRects(m_data, plotRect(), ticks());
}

QString BarChartWidget::toolTipAt(const QPointF& pos) const
{
    if (m_data.isEmpty())
        return {};
    const QList<Bar> all = bars();
    const int i = barAt(all, pos);
    if (i >= 0) {
        const Bar& b = all.at(i);
        return tr("%1 — %2: %3")
            .arg(m_data.bars.at(b.series).name, m_data.categories.value(b.category), m_exactFormat(b.value));
    }
    if (!m_data.line)
        return {};
    // Near a point of the line: its value.
    const QList<QPointF> points = linePoints(m_data, plotRect(), ticks());
    const qreal reach = QFontMetricsF(font()).height() * 0.6;
    for (int c = 0; c < points.size(); ++c) {
        if (QLineF(points.at(c), pos).length() <= reach)
            return tr("%1 — %2: %3")
                .arg(m_data.line->name, m_data.categories.value(c), m_exactFormat(m_data.line->values.value(c)));
    }
    return {};
}

bool BarChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void BarChartWidget::mouseMoveEvent(QMouseEvent* event)
{
    const int hovered = barAt(bars(), event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
        const QString text = toolTipAt(event->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    QWidget::mouseMoveEvent(event);
}

void BarChartWidget::mousePressEvent(QMouseEvent* event)
{
    const QList<Bar> all = bars();
    const int i = barAt(all, event->position());
    if (i >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT barClicked(all.at(i).category, all.at(i).series);
    QWidget::mousePressEvent(event);
}

void BarChartWidget::leaveEvent(QEvent* event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void BarChartWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetricsF fm(font());
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlphaF(0.15);

    if (m_data.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }

    const QRectF plot = plotRect();
    const Ticks t = ticks();

    // Grid and value axis labels.
    for (const qint64 v : t.values()) {
        const qreal y = valueToY(v, plot, t);
        QColor c = grid;
        if (v == 0)
            c.setAlphaF(0.45); // the baseline stands out
        p.setPen(QPen(c, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        const QString label = m_axisFormat(v);
        const QRectF box(0, y - fm.height() / 2, plot.left() - fm.height() * 0.4, fm.height());
        p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // Category labels, every n-th when they would overlap.
    const int categories = static_cast<int>(m_data.categories.size());
    const qreal slot = plot.width() / std::max(1, categories);
    const auto widest = [&fm](const QStringList& labels) {
        qreal w = 0;
        for (const QString& s : labels)
            w = std::max(w, fm.horizontalAdvance(s));
        return w;
    };
    const bool useShort = !m_data.shortCategories.isEmpty() && widest(m_data.categories) + fm.height() * 0.5 > slot;
    const QStringList& labels = useShort ? m_data.shortCategories : m_data.categories;
    const int every = labelEvery(categories, plot.width(), widest(labels) + fm.height() * 0.5);
    p.setPen(text);
    for (int c = 0; c < categories; c += every) {
        const QRectF box(plot.left() + c * slot - slot, plot.bottom() + fm.height() * 0.3, slot * 3, fm.height());
        p.drawText(box, Qt::AlignHCenter | Qt::AlignTop, labels.value(c));
    }

    // Bars: the hovered one outlined.
    const QList<Bar> all = barRects(m_data, plot, t);
    for (int i = 0; i < all.size(); ++i) {
        const Bar& b = all.at(i);
        if (b.rect.height() <= 0)
            continue;
        QColor fill = m_data.bars.at(b.series).color;
        if (i == m_hovered)
            fill = fill.lighter(115);
        p.fillRect(b.rect, fill);
        if (i == m_hovered) {
            p.setPen(QPen(text, 1.5));
            p.drawRect(b.rect);
        }
    }

    // Line series with round points.
    if (m_data.line) {
        const QList<QPointF> points = linePoints(m_data, plot, t);
        const qreal w = std::max<qreal>(2.0, fm.height() / 8);
        p.setPen(QPen(m_data.line->color, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(points.constData(), static_cast<int>(points.size()));
        p.setBrush(m_data.line->color);
        for (const QPointF& pt : points)
            p.drawEllipse(pt, w * 1.5, w * 1.5);
        p.setBrush(Qt::NoBrush);
    }

    // Legend under the chart.
    qreal legendHeight = 0;
    const QList<LegendItem> legend = legendLayout(&legendHeight);
    const qreal legendTop = height() - legendHeight - fm.height() * 0.3;
    for (const LegendItem& item : legend) {
        const QRectF sw = item.swatch.translated(0, legendTop);
        if (item.line) {
            p.setPen(QPen(item.color, std::max<qreal>(2.0, fm.height() / 8), Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()));
        } else {
            p.fillRect(sw, item.color);
        }
        p.setPen(text);
        p.drawText(item.textPos + QPointF(0, legendTop), item.text);
    }
}

} // namespace vv::ui
