#include "workspace/BudgetWorkspace.h"

#include "budget/Budget.h"
#include "workspace/BudgetEditor.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vv::ui {

BudgetWorkspace::BudgetWorkspace(BudgetEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("budgetWorkspace"));

    auto* banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("unassignedBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    m_unassignedTitle = new QLabel(banner);
    m_unassignedAmount = new QLabel(banner);
    m_unassignedAmount->setObjectName(QStringLiteral("unassignedAmount"));
    QFont big = m_unassignedAmount->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_unassignedAmount->setFont(big);
    m_unassignedAmount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unassignedHint = new QLabel(banner);
    m_unassignedHint->setObjectName(QStringLiteral("unassignedHint"));
    auto* bannerLayout = new QHBoxLayout(banner);
    bannerLayout->addWidget(m_unassignedTitle);
    bannerLayout->addWidget(m_unassignedAmount);
    bannerLayout->addSpacing(fontMetrics().averageCharWidth() * 2);
    bannerLayout->addWidget(m_unassignedHint, 1);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("pageList"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setUniformItemSizes(true);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    // Roomy rows, as a sidebar; the width fits the longest page name (see addPage).
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#pageList::item { padding: 6px 10px; }"));
    m_nav->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_nav->currentRow() != index)
            m_nav->setCurrentRow(index);
        Q_EMIT currentPageChanged(index);
    });

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(banner);
    layout->addLayout(body, 1);

    // Ctrl+1..9 switch pages, as in most sidebar apps.
    for (int i = 0; i < 9; ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentIndex(i); });
        addAction(action);
    }

    connect(&m_editor.budget(), &vv::budget::Budget::changed, this, [this](const vv::budget::AppliedChanges& c) {
        if (c.balancesChanged || c.budgetChanged || c.rebuilt)
            refreshUnassigned();
    });
    connect(&m_editor, &BudgetEditor::localeChanged, this, &BudgetWorkspace::refreshUnassigned);
    refreshUnassigned();
}

BudgetWorkspace::~BudgetWorkspace() = default;

int BudgetWorkspace::addPage(QWidget* page, const QIcon& icon)
{
    const int index = m_stack->addWidget(page);
    auto* item = new QListWidgetItem(icon, page->windowTitle());
    m_nav->addItem(item);
    page->installEventFilter(this); // follow its title (retranslation)
    fitNavigation();
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
    return index;
}

int BudgetWorkspace::pageCount() const
{
    return m_stack->count();
}

QWidget* BudgetWorkspace::page(int index) const
{
    return m_stack->widget(index);
}

QWidget* BudgetWorkspace::page(const QString& name) const
{
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_stack->widget(i)->objectName() == name)
            return m_stack->widget(i);
    }
    return nullptr;
}

int BudgetWorkspace::currentIndex() const
{
    return m_stack->currentIndex();
}

QWidget* BudgetWorkspace::currentPage() const
{
    return m_stack->currentWidget();
}

void BudgetWorkspace::setCurrentIndex(int index)
{
    if (index >= 0 && index < m_stack->count())
        m_stack->setCurrentIndex(index);
}

bool BudgetWorkspace::showPage(const QString& name)
{
    QWidget* target = page(name);
    if (!target)
        return false;
    m_stack->setCurrentWidget(target);
    return true;
}

QString BudgetWorkspace::unassignedText() const
{
    return m_unassignedAmount->text();
}

void BudgetWorkspace::fitNavigation()
{
    const QFontMetrics metrics(m_nav->font());
    int widest = metrics.averageCharWidth() * 12;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = qMax(widest, metrics.horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(widest + metrics.averageCharWidth() * 6); // item padding, frame, margin
}

void BudgetWorkspace::refreshUnassigned()
{
    const qint64 amount = m_editor.budget().unassigned();
    m_unassignedTitle->setText(tr("Unassigned cash:"));
    m_unassignedAmount->setText(m_editor.formatMoney(amount));
    QPalette palette = m_unassignedAmount->palette();
    palette.setColor(QPalette::WindowText, amount < 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    m_unassignedAmount->setPalette(palette);
    // Negative is never hidden: it means more was assigned than came in.
    if (amount < 0)
        m_unassignedHint->setText(tr("More is assigned to envelopes than you have. Move money back to cover it."));
    else if (amount > 0)
        m_unassignedHint->setText(tr("Ready to assign to envelopes."));
    else
        m_unassignedHint->setText(tr("Every unit of money has a job."));
}

bool BudgetWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        const int index = m_stack->indexOf(qobject_cast<QWidget*>(watched));
        if (index >= 0 && m_nav->item(index))
            m_nav->item(index)->setText(qobject_cast<QWidget*>(watched)->windowTitle());
        fitNavigation();
    }
    return QWidget::eventFilter(watched, event);
}

void BudgetWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshUnassigned();
    QWidget::changeEvent(event);
}

} // namespace vv::ui
