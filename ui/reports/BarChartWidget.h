#pragma once

#include "reports/ChartData.h"
#include "reports/ChartGeometry.h"

#include <QWidget>

#include <functional>

namespace vv::ui {

// A painted bar chart (Qt Charts is not a dependency): stacked or grouped bars per category,
// an optional line, a money axis with nice ticks, a legend, and a tooltip naming the series,
// category and amount under the mouse. Sizes come from the font, so it is crisp at any DPI;
// colours for text and grid come from the palette (dark mode). Geometry is ChartGeometry's.
class BarChartWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(BarChartWidget)
public:
    using Formatter = std::function<QString(qint64)>;

    explicit BarChartWidget(QWidget* parent = nullptr);
    ~BarChartWidget() override;

    [[nodiscard]] const chart::ChartData& chartData() const { return m_data; }
    void setChartData(const chart::ChartData& data);
    // Axis labels (compact, e.g. "€1.2K") and tooltips (exact); default: the plain number.
    void setFormatters(Formatter axis, Formatter exact);
    // Smallest tick step in minor units (100 = whole currency units).
    void setMinimumStep(qint64 step);
    void setEmptyText(const QString& text);
    [[nodiscard]] QString emptyText() const { return m_emptyText; }

    // Geometry of the last layout, for tests and the tooltip.
    [[nodiscard]] QRectF plotRect() const;
    [[nodiscard]] chart::Ticks ticks() const;
    [[nodiscard]] QList<chart::Bar> bars() const;
    // The tooltip text for a point in widget coordinates (empty: nothing there).
    [[nodiscard]] QString toolTipAt(const QPointF& pos) const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void barClicked(int category, int series);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct LegendItem {
        QRectF swatch;
        QPointF textPos;
        QString text;
        QColor color;
        bool line = false;
    };
    [[nodiscard]] QList<LegendItem> legendLayout(qreal* height) const;

    chart::ChartData m_data;
    Formatter m_axisFormat;
    Formatter m_exactFormat;
    qint64 m_minimumStep = 1;
    QString m_emptyText;
    int m_hovered = -1;
};

} // namespace vv::ui
