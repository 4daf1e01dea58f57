#pragma once

#include <QFrame>

namespace vv::ui {

// A one-line label that shrinks to "…" instead of clipping or pushing its neighbours away;
// the full text is always in the tooltip and the accessible name.
class ElidedLabel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY(ElidedLabel)
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    ~ElidedLabel() override;

    void setText(const QString& text);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
};

} // namespace vv::ui
