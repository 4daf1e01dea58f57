#pragma once

#include <QStyledItemDelegate>

namespace vv::ui {

// Paints the Progress column of the EnvelopeModel: a bar of this month's target.
//  - track: the target's length (the part not yet funded shows as an empty track);
//  - funded part in the envelope's colour (else the palette's highlight);
//  - the spent share of the funded part overlaid, darker;
//  - spending beyond what was funded continues in red past the funded end;
//  - funded above the target extends past the target, which is marked with a tick.
// The scale is max(target, funded, spent) so nothing runs off the cell.
// No target: a thin bar of spent vs funded when either is non-zero, nothing when both are 0.
// Negative funding (money moved out) counts as 0 for the bar; the numbers show the truth.
class EnvelopeBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY(EnvelopeBarDelegate)
public:
    // Fractions of the bar's full width, all in [0, 1].
    struct Geometry {
        bool visible = false; // false: nothing to draw
        bool thin = false; // no target: the thin variant
        double target = 0; // end of the track (target / scale); 0 without a target
        double funded = 0; // end of the funded part
        double spent = 0; // end of the spent overlay (spending covered by funding)
        double overspentEnd = 0; // end of the red part (starts at `funded`); == funded when none
    };
    [[nodiscard]] static Geometry geometry(qint64 target, qint64 funded, qint64 spent);

    explicit EnvelopeBarDelegate(QObject* parent = nullptr);
    ~EnvelopeBarDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace vv::ui
