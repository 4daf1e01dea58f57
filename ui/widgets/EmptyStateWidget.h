#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace vv::ui {

// A friendly centred placeholder: an icon, a title, a sentence and one action button.
// The main window shows it until the budgeting views exist.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(EmptyStateWidget)
public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);
    ~EmptyStateWidget() override;

    void setIconPath(const QString& path);
    void setTitle(const QString& title);
    void setText(const QString& text);
    void setActionText(const QString& text);
    // A second, less prominent choice beside the main one (hidden while empty).
    void setSecondaryActionText(const QString& text);
    [[nodiscard]] QString title() const;

Q_SIGNALS:
    void actionTriggered();
    void secondaryActionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QString m_iconPath;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_action = nullptr;
    QPushButton* m_secondary = nullptr;
};

} // namespace vv::ui
