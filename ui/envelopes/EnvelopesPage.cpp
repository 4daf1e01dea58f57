#include "envelopes/EnvelopesPage.h"

#include "budget/Budget.h"
#include "envelopes/AllocateDialog.h"
#include "envelopes/EnvelopeBarDelegate.h"
#include "envelopes/EnvelopeDialog.h"
#include "envelopes/EnvelopeModel.h"
#include "envelopes/MoveMoneyDialog.h"
#include "widgets/EmptyStateWidget.h"
#include "workspace/BudgetEditor.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace vv::ui {

using vv::budget::Month;

EnvelopesPage::EnvelopesPage(BudgetEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new EnvelopeModel(editor, this))
    , m_delegate(new EnvelopeBarDelegate(this))
{
    setObjectName(QStringLiteral("envelopesPage"));

    m_prevButton = new QToolButton(this);
    m_prevButton->setObjectName(QStringLiteral("previousMonthButton"));
    m_prevButton->setAutoRaise(true);
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(QStringLiteral("nextMonthButton"));
    m_nextButton->setAutoRaise(true);
    m_monthLabel = new QLabel(this);
    m_monthLabel->setObjectName(QStringLiteral("monthLabel"));
    QFont monthFont = m_monthLabel->font();
    monthFont.setBold(true);
    monthFont.setPointSizeF(monthFont.pointSizeF() * 1.2);
    m_monthLabel->setFont(monthFont);
    m_monthLabel->setAlignment(Qt::AlignCenter);
    m_monthLabel->setMinimumWidth(m_monthLabel->fontMetrics().averageCharWidth() * 16);
    m_todayButton = new QPushButton(this);
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    connect(m_prevButton, &QToolButton::clicked, this, &EnvelopesPage::showPreviousMonth);
    connect(m_nextButton, &QToolButton::clicked, this, &EnvelopesPage::showNextMonth);
    connect(m_todayButton, &QPushButton::clicked, this, &EnvelopesPage::showCurrentMonth);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("envelopesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* top = new QHBoxLayout;
    top->addWidget(m_prevButton);
    top->addWidget(m_monthLabel);
    top->addWidget(m_nextButton);
    top->addWidget(m_todayButton);
    top->addStretch(1);
    top->addWidget(m_toolBar);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("envelopeTree"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(EnvelopeModel::ProgressColumn, m_delegate);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->installEventFilter(this);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(EnvelopeModel::NameColumn, QHeaderView::Stretch);
    for (int c : { EnvelopeModel::TargetColumn, EnvelopeModel::FundedColumn, EnvelopeModel::SpentColumn,
             EnvelopeModel::AvailableColumn, EnvelopeModel::GoalColumn })
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EnvelopeModel::ProgressColumn, QHeaderView::Interactive);
    header->resizeSection(EnvelopeModel::ProgressColumn, fontMetrics().averageCharWidth() * 22);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 8);

    m_emptyState = new EmptyStateWidget(this);
    m_emptyState->setObjectName(QStringLiteral("envelopesEmptyState"));
    m_emptyState->setIconPath(QStringLiteral(":/icons/violetvault.svg"));
    connect(m_emptyState, &EmptyStateWidget::actionTriggered, this, &EnvelopesPage::newEnvelope);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("envelopesStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    createActions();

    // Keep what the user collapsed and selected across model resets (a new envelope, a rename
    // that re-sorts); plain number changes never reset.
    connect(m_view, &QTreeView::collapsed, this,
        [this](const QModelIndex& index) { m_collapsed.insert(index.data(EnvelopeModel::CategoryRole).toString()); });
    connect(m_view, &QTreeView::expanded, this,
        [this](const QModelIndex& index) { m_collapsed.remove(index.data(EnvelopeModel::CategoryRole).toString()); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_selectionBeforeReset = selectedEnvelopeId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandRows();
        if (!m_selectionBeforeReset.isEmpty())
            selectEnvelope(m_selectionBeforeReset);
        updateEmptyState();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EnvelopesPage::updateActions);
    connect(m_model, &EnvelopeModel::monthChanged, this, &EnvelopesPage::retranslateUi);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &EnvelopesPage::updateActions);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!index.data(EnvelopeModel::IdRole).toString().isEmpty())
            editEnvelope();
    });
    connect(&m_editor, &BudgetEditor::localeChanged, this, &EnvelopesPage::retranslateUi);

    expandRows();
    retranslateUi();
    updateEmptyState();
    updateActions();
}

EnvelopesPage::~EnvelopesPage() = default;

EnvelopeDialog* EnvelopesPage::envelopeDialog() const
{
    return m_envelopeDialog;
}

AllocateDialog* EnvelopesPage::allocateDialog() const
{
    return m_allocateDialog;
}

MoveMoneyDialog* EnvelopesPage::moveMoneyDialog() const
{
    return m_moveDialog;
}

void EnvelopesPage::createActions()
{
    const auto make = [this](const char* name, const QKeySequence& key) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            action->setShortcut(key);
        addAction(action);
        return action;
    };
    m_newAction = make("newEnvelopeAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editAction = make("editEnvelopeAction", QKeySequence(Qt::Key_F2));
    // F2 is "edit" on other pages too: only while the focus is on this page.
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_allocateAction = make("allocateAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_moveAction = make("moveMoneyAction", QKeySequence(Qt::CTRL | Qt::Key_M));
    m_fillAction = make("fillToTargetsAction", {});
    m_archiveAction = make("archiveEnvelopeAction", {});
    m_showArchivedAction = make("showArchivedAction", {});
    m_showArchivedAction->setCheckable(true);

    connect(m_newAction, &QAction::triggered, this, &EnvelopesPage::newEnvelope);
    connect(m_editAction, &QAction::triggered, this, &EnvelopesPage::editEnvelope);
    connect(m_allocateAction, &QAction::triggered, this, &EnvelopesPage::allocate);
    connect(m_moveAction, &QAction::triggered, this, &EnvelopesPage::moveMoney);
    connect(m_fillAction, &QAction::triggered, this, &EnvelopesPage::fillToTargets);
    connect(m_archiveAction, &QAction::triggered, this, &EnvelopesPage::toggleArchived);
    connect(m_showArchivedAction, &QAction::toggled, m_model, &EnvelopeModel::setShowArchived);

    for (QAction* a : { m_newAction, m_editAction, m_allocateAction, m_moveAction, m_fillAction })
        m_toolBar->addAction(a);
}

void EnvelopesPage::addActionsTo(QMenu* menu) const
{
    menu->addAction(m_newAction);
    menu->addAction(m_editAction);
    menu->addAction(m_archiveAction);
    menu->addSeparator();
    menu->addAction(m_allocateAction);
    menu->addAction(m_moveAction);
    menu->addAction(m_fillAction);
    menu->addSeparator();
    menu->addAction(m_showArchivedAction);
}

void EnvelopesPage::retranslateUi()
{
    setWindowTitle(tr("Envelopes"));
    m_prevButton->setText(QStringLiteral("‹"));
    m_prevButton->setToolTip(tr("Previous month"));
    m_nextButton->setText(QStringLiteral("›"));
    m_nextButton->setToolTip(tr("Next month"));
    m_todayButton->setText(tr("T&oday"));
    m_todayButton->setToolTip(tr("Show the current month"));
    m_monthLabel->setText(monthText());
    m_emptyState->setTitle(tr("No envelopes yet — create your first one"));
    m_emptyState->setText(tr("Envelopes hold the money you set aside: groceries, rent, a holiday. "
                             "Give each one a monthly target and fund it from your income."));
    m_emptyState->setActionText(tr("New Envelope…"));

    m_newAction->setText(tr("&New Envelope…"));
    m_newAction->setToolTip(
        tr("Create an envelope (%1)").arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_editAction->setText(tr("&Edit Envelope…"));
    m_editAction->setToolTip(tr("Change the selected envelope's name, colour, target or goal (F2 or Enter)"));
    m_allocateAction->setText(tr("&Allocate…"));
    m_allocateAction->setToolTip(tr("Assign unassigned cash to the selected envelope (%1)")
                                     .arg(m_allocateAction->shortcut().toString(QKeySequence::NativeText)));
    m_moveAction->setText(tr("&Move Money…"));
    m_moveAction->setToolTip(
        tr("Move money between envelopes (%1)").arg(m_moveAction->shortcut().toString(QKeySequence::NativeText)));
    m_fillAction->setText(tr("&Fill to Targets"));
    m_fillAction->setToolTip(tr("Fund every envelope up to this month's target from unassigned cash, "
                                "in priority order"));
    m_showArchivedAction->setText(tr("Show A&rchived Envelopes"));
    m_showArchivedAction->setToolTip(tr("List archived envelopes too (greyed)"));
    updateActions();
}

void EnvelopesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->refresh();
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, EnvelopeModel::ColumnCount - 1);
    }
    QWidget::changeEvent(event);
}

bool EnvelopesPage::eventFilter(QObject* watched, QEvent* event)
{
    // Enter on an envelope row edits it (F2 and double click do too); on a category row the
    // tree keeps its own behaviour.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !selectedEnvelopeId().isEmpty()) {
            editEnvelope();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

Month EnvelopesPage::month() const
{
    return m_model->month();
}

void EnvelopesPage::setMonth(Month month)
{
    m_model->setMonth(month);
}

QString EnvelopesPage::monthText() const
{
    const Month m = m_model->month();
    return QStringLiteral("%1 %2").arg(m_editor.locale().standaloneMonthName(m.month()), QString::number(m.year()));
}

void EnvelopesPage::showPreviousMonth()
{
    setMonth(month().addMonths(-1));
}

void EnvelopesPage::showNextMonth()
{
    setMonth(month().addMonths(1));
}

void EnvelopesPage::showCurrentMonth()
{
    setMonth(m_editor.currentMonth());
}

QString EnvelopesPage::selectedEnvelopeId() const
{
    return m_view->currentIndex().data(EnvelopeModel::IdRole).toString();
}

bool EnvelopesPage::selectEnvelope(const QString& envelopeId)
{
    const QModelIndex index = m_model->indexOfEnvelope(envelopeId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool EnvelopesPage::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_emptyState;
}

QString EnvelopesPage::statusText() const
{
    return m_status->text();
}

void EnvelopesPage::expandRows()
{
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        m_view->setExpanded(group, !m_collapsed.contains(group.data(EnvelopeModel::CategoryRole).toString()));
    }
}

void EnvelopesPage::updateEmptyState()
{
    // Empty only when there is no envelope at all; all archived still shows the (empty) tree.
    const bool empty = m_editor.budget().index().envelopeIds().isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_view);
}

void EnvelopesPage::updateActions()
{
    const QString id = selectedEnvelopeId();
    const bool selected = !id.isEmpty();
    const bool any = !m_editor.budget().index().envelopeIds().isEmpty();
    m_editAction->setEnabled(selected);
    m_archiveAction->setEnabled(selected);
    m_allocateAction->setEnabled(any);
    m_moveAction->setEnabled(any);
    m_fillAction->setEnabled(any);
    const bool archived = selected && m_view->currentIndex().data(EnvelopeModel::ArchivedRole).toBool();
    m_archiveAction->setText(archived ? tr("Un&archive Envelope") : tr("&Archive Envelope"));
    m_archiveAction->setToolTip(archived ? tr("Bring the selected envelope back into the budget")
                                         : tr("Hide the selected envelope; its history stays"));
}

void EnvelopesPage::say(const QString& message)
{
    m_status->setText(message);
    Q_EMIT statusMessage(message);
}

void EnvelopesPage::newEnvelope()
{
    if (m_envelopeDialog)
        m_envelopeDialog->close();
    const QString category = m_view->currentIndex().data(EnvelopeModel::CategoryRole).toString();
    auto* dialog = new EnvelopeDialog(m_editor, QString(), this, category);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectEnvelope(dialog->envelopeId());
        say(tr("Envelope created."));
    });
    m_envelopeDialog = dialog;
    dialog->open();
}

void EnvelopesPage::editEnvelope()
{
    const QString id = selectedEnvelopeId();
    if (id.isEmpty())
        return;
    if (m_envelopeDialog)
        m_envelopeDialog->close();
    auto* dialog = new EnvelopeDialog(m_editor, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_envelopeDialog = dialog;
    dialog->open();
}

void EnvelopesPage::allocate()
{
    if (m_allocateDialog)
        m_allocateDialog->close();
    auto* dialog = new AllocateDialog(m_editor, selectedEnvelopeId(), month(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_allocateDialog = dialog;
    dialog->open();
}

void EnvelopesPage::moveMoney()
{
    if (m_moveDialog)
        m_moveDialog->close();
    auto* dialog = new MoveMoneyDialog(m_editor, selectedEnvelopeId(), month(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_moveDialog = dialog;
    dialog->open();
}

void EnvelopesPage::fillToTargets()
{
    vv::budget::Budget& budget = m_editor.budget();
    if (budget.unassigned() <= 0) {
        say(tr("Nothing to fill with: there is no unassigned cash."));
        return;
    }
    const vv::budget::Change change = budget.fillToTargets(month());
    if (change.isValid() && change.isEmpty()) {
        say(tr("Every envelope already has its target for %1.").arg(monthText()));
        return;
    }
    const qint64 before = budget.unassigned();
    if (m_editor.apply(change))
        say(tr("Assigned %1 to envelopes for %2.")
                .arg(m_editor.formatMoney(before - budget.unassigned()), monthText()));
}

void EnvelopesPage::toggleArchived()
{
    const QString id = selectedEnvelopeId();
    if (id.isEmpty())
        return;
    const bool archived = m_view->currentIndex().data(EnvelopeModel::ArchivedRole).toBool();
    if (m_editor.apply(m_editor.budget().setEnvelopeArchived(id, !archived)) && !archived && !m_model->showArchived())
        say(tr("Envelope archived. Show archived envelopes to see it again."));
}

} // namespace vv::ui
