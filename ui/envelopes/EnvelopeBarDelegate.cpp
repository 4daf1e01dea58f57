#include "envelopes/EnvelopeBarDelegate.h"

#include "envelopes/EnvelopeModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace vv::ui {

EnvelopeBarDelegate::Geometry EnvelopeBarDelegate::geometry(qint64 target, qint64 funded, qint64 spent)
{
    Geometry g;
    target = std::max<qint64>(0, target);
    funded = std::max<qint64>(0, funded);
    spent = std::max<qint64>(0, spent);
    const qint64 scale = std::max({ target, funded, spent });
    if (scale == 0)
        return g;
    g.visible = true;
    g.thin = target == 0;
    const auto frac = [scale](qint64 v) { return double(v) / double(scale); };
    g.target = frac(target);
    g.funded = frac(funded);
    g.spent = frac(std::min(spent, funded));
    g.overspentEnd = frac(std::max(spent, funded));
    return g;
}

EnvelopeBarDelegate::EnvelopeBarDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

EnvelopeBarDelegate::~EnvelopeBarDelegate() = default;

void EnvelopeBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Background, selection and focus as the style draws them; the bar on top, no text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Geometry g = geometry(index.data(EnvelopeModel::TargetRole).toLongLong(),
        index.data(EnvelopeModel::FundedRole).toLongLong(), index.data(EnvelopeModel::SpentRole).toLongLong());
    if (!g.visible)
        return;

    const QPalette& pal = option.palette;
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    QColor fundedColor = index.data(EnvelopeModel::ColorRole).value<QColor>();
    if (!fundedColor.isValid())
        fundedColor = pal.color(QPalette::Highlight);
    const QColor spentColor = dark ? fundedColor.lighter(160) : fundedColor.darker(170);
    const QColor overColor = dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    QColor trackColor = pal.color(QPalette::Text);
    trackColor.setAlphaF(0.12f);

    // Logical (device-independent) coordinates with antialiasing: sharp at any scale factor.
    const QRectF cell = QRectF(option.rect).adjusted(6, 0, -6, 0);
    const qreal height
        = g.thin ? std::max<qreal>(3.0, cell.height() * 0.18) : std::max<qreal>(6.0, cell.height() * 0.42);
    const QRectF bar(cell.left(), cell.center().y() - height / 2, cell.width(), height);
    if (bar.width() < 4)
        return;
    const qreal radius = height / 2;
    const auto part = [&](double from, double to) {
        return QRectF(bar.left() + bar.width() * from, bar.top(), bar.width() * (to - from), bar.height());
    };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    QPainterPath clip;
    clip.addRoundedRect(bar, radius, radius);
    painter->setClipPath(clip);
    painter->fillRect(g.thin ? bar : part(0, g.target), trackColor);
    painter->fillRect(part(0, g.funded), fundedColor);
    painter->fillRect(part(0, g.spent), spentColor);
    if (g.overspentEnd > g.funded)
        painter->fillRect(part(g.funded, g.overspentEnd), overColor);
    painter->setClipping(false);
    if (!g.thin && g.target < 1.0) {
        // Funded past the target: mark where the target ends.
        QPen tick(pal.color(QPalette::Text));
        tick.setWidthF(1.5);
        painter->setPen(tick);
        const qreal x = bar.left() + bar.width() * g.target;
        painter->drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2));
    }
    painter->restore();
}

QSize EnvelopeBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int em = option.fontMetrics.averageCharWidth();
    return { std::max(base.width(), em * 18), std::max(base.height(), option.fontMetrics.height() + 6) };
}

} // namespace vv::ui
