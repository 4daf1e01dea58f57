#include "widgets/EmptyStateWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);
    m_action->setDefault(true);
    m_secondary = new QPushButton(this);
    m_secondary->setObjectName(QStringLiteral("emptyStateSecondaryAction"));
    m_secondary->setFlat(true);
    m_secondary->setVisible(false);
    connect(m_secondary, &QPushButton::clicked, this, &EmptyStateWidget::secondaryActionTriggered);

    // A centred column whose width is counted in characters, not pixels, so it scales with
    // the font and DPI; the labels fill it so word wrap gets the full width.
    auto* column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 64);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_icon);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(fontMetrics().height() / 2);
    columnLayout->addWidget(m_text);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addWidget(m_action, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_secondary, 0, Qt::AlignHCenter);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

EmptyStateWidget::~EmptyStateWidget() = default;

void EmptyStateWidget::setIconPath(const QString& path)
{
    m_iconPath = path;
    updateIcon();
}

void EmptyStateWidget::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

void EmptyStateWidget::setText(const QString& text)
{
    m_text->setText(text);
}

void EmptyStateWidget::setActionText(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void EmptyStateWidget::setSecondaryActionText(const QString& text)
{
    m_secondary->setText(text);
    m_secondary->setVisible(!text.isEmpty());
}

void EmptyStateWidget::updateIcon()
{
    const int side = fontMetrics().height() * 7;
    m_icon->setPixmap(QIcon(m_iconPath).pixmap(QSize(side, side), devicePixelRatioF()));
}

void EmptyStateWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateIcon();
    QWidget::changeEvent(event);
}

} // namespace vv::ui
