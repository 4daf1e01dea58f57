#include "ledger/LedgerPage.h"

#include "budget/Budget.h"
#include "ledger/LedgerFilterBar.h"
#include "ledger/LedgerModel.h"
#include "ledger/TransactionDialog.h"
#include "widgets/EmptyStateWidget.h"
#include "workspace/BudgetEditor.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace vv::ui {

using vv::budget::Change;

namespace {
enum { TablePage, EmptyPage, NoMatchesPage };
}

LedgerPage::LedgerPage(BudgetEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("ledgerPage"));
    m_model = new LedgerModel(m_editor, this);

    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newTransactionAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction = new QAction(this);
    m_editAction->setObjectName(QStringLiteral("editTransactionAction"));
    m_editAction->setShortcut(Qt::Key_F2);
    m_duplicateAction = new QAction(this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateTransactionAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_toggleClearedAction = new QAction(this);
    m_toggleClearedAction->setObjectName(QStringLiteral("toggleClearedAction"));
    m_toggleClearedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_deleteAction = new QAction(this);
    m_deleteAction->setObjectName(QStringLiteral("deleteTransactionAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    // Only while the ledger page has focus: other pages use Ctrl+N/F2/Del for their own items.
    // Row commands are added to the table alone, so Del in the search field edits the text.
    for (QAction* a : { m_newAction, m_editAction, m_duplicateAction, m_toggleClearedAction, m_deleteAction })
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &LedgerPage::newTransaction);
    connect(m_editAction, &QAction::triggered, this, &LedgerPage::editSelected);
    connect(m_duplicateAction, &QAction::triggered, this, &LedgerPage::duplicateSelected);
    connect(m_toggleClearedAction, &QAction::triggered, this, &LedgerPage::toggleClearedSelected);
    connect(m_deleteAction, &QAction::triggered, this, &LedgerPage::deleteSelected);
    addAction(m_newAction);

    auto* layout = new QVBoxLayout(this);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("ledgerToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({ m_newAction, m_editAction, m_duplicateAction, m_toggleClearedAction, m_deleteAction });
    layout->addWidget(m_toolBar);

    m_filterBar = new LedgerFilterBar(m_editor, this);
    layout->addWidget(m_filterBar);

    m_stack = new QStackedWidget(this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("ledgerView"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures 100k rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LedgerModel::NoteColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(LedgerModel::DateColumn, 8 * em);
    m_view->setColumnWidth(LedgerModel::PayeeColumn, 14 * em);
    m_view->setColumnWidth(LedgerModel::EnvelopeColumn, 11 * em);
    m_view->setColumnWidth(LedgerModel::AmountColumn, 9 * em);
    m_view->setColumnWidth(LedgerModel::ClearedColumn, 5 * em);
    header->setSortIndicator(LedgerModel::DateColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(
        { m_newAction, m_editAction, m_duplicateAction, m_toggleClearedAction, m_separator, m_deleteAction });
    m_stack->addWidget(m_view);

    m_empty = new EmptyStateWidget(m_stack);
    m_empty->setObjectName(QStringLiteral("ledgerEmptyState"));
    m_stack->addWidget(m_empty);
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, &LedgerPage::newTransaction);
    connect(m_empty, &EmptyStateWidget::secondaryActionTriggered, this, &LedgerPage::importRequested);
    m_noMatches = new EmptyStateWidget(m_stack);
    m_noMatches->setObjectName(QStringLiteral("ledgerNoMatches"));
    m_stack->addWidget(m_noMatches);
    connect(m_noMatches, &EmptyStateWidget::actionTriggered, m_filterBar, &LedgerFilterBar::clear);
    layout->addWidget(m_stack, 1);

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("ledgerFooter"));
    m_footer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_footer);

    connect(m_filterBar, &LedgerFilterBar::filterChanged, m_model, &LedgerModel::setFilter);
    connect(m_model, &LedgerModel::summaryChanged, this, &LedgerPage::updateFooter);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &LedgerPage::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerPage::restoreSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LedgerPage::updateActions);
    connect(m_view, &QAbstractItemView::activated, this, [this] { editSelected(); }); // Enter, double-click
    connect(&m_editor, &BudgetEditor::localeChanged, this, &LedgerPage::updateFooter);

    retranslateUi();
    updateFooter();
    updateActions();
}

LedgerPage::~LedgerPage() = default;

QList<QAction*> LedgerPage::commandActions() const
{
    return { m_newAction, m_editAction, m_duplicateAction, m_toggleClearedAction, m_deleteAction };
}

TransactionDialog* LedgerPage::dialog() const
{
    return m_dialog.data();
}

QString LedgerPage::footerText() const
{
    return m_footer->text();
}

QStringList LedgerPage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& i : rows)
        ids << m_model->transactionId(i.row());
    ids.removeAll(QString());
    return ids;
}

void LedgerPage::selectTransaction(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

Change LedgerPage::combine(const QList<Change>& changes, const QString& description)
{
    Change all;
    all.description = description;
    for (const Change& c : changes) {
        if (!c.isValid())
            return Change::failed(c.error);
        all.ops += c.ops;
        all.inverse = c.inverse + all.inverse; // undo the last first
    }
    return all;
}

void LedgerPage::newTransaction()
{
    openDialog(nullptr, false);
}

void LedgerPage::editSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const auto t = m_editor.budget().transaction(ids.first());
    if (t)
        openDialog(&*t, true);
}

void LedgerPage::duplicateSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    auto t = m_editor.budget().transaction(ids.first());
    if (!t)
        return;
    t->date = m_editor.today();
    t->cleared = false;
    t->fitId.clear(); // a copy is not the bank's transaction
    for (vv::budget::SplitLine& line : t->splits) {
        line.id.clear();
        line.transactionId.clear();
    }
    openDialog(&*t, false);
}

void LedgerPage::toggleClearedSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    bool allCleared = true;
    for (const QString& id : ids) {
        const auto* row = m_editor.budget().index().find(id);
        allCleared = allCleared && row && row->cleared;
    }
    const bool cleared = !allCleared;
    QList<Change> changes;
    for (const QString& id : ids)
        changes << m_editor.budget().setCleared(id, cleared);
    if (changes.size() == 1) {
        m_editor.apply(changes.first());
        return;
    }
    const int n = static_cast<int>(ids.size());
    m_editor.apply(combine(
        changes, cleared ? tr("Mark %1 transactions cleared").arg(n) : tr("Mark %1 transactions not cleared").arg(n)));
}

void LedgerPage::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QModelIndex current = m_view->currentIndex();
    QList<Change> changes;
    for (const QString& id : ids)
        changes << m_editor.budget().deleteTransaction(id);
    const bool ok = changes.size() == 1
        ? m_editor.apply(changes.first())
        : m_editor.apply(combine(changes, tr("Delete %1 transactions").arg(ids.size())));
    if (ok && current.isValid() && m_model->rowCount() > 0) {
        // Keep the keyboard user in place: select the row that took the deleted one's spot.
        const int row = qMin(current.row(), m_model->rowCount() - 1);
        selectTransaction(m_model->transactionId(row));
    }
}

void LedgerPage::openDialog(const vv::budget::Transaction* prefill, bool keepId)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto* dialog = new TransactionDialog(m_editor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (prefill) {
        vv::budget::Transaction t = *prefill;
        if (!keepId)
            t.id.clear();
        dialog->setTransaction(t);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Change change = dialog->change();
        const QString id = dialog->isNew() ? change.createdId : dialog->transaction().id;
        if (m_editor.apply(change))
            selectTransaction(id);
    });
    m_dialog = dialog;
    dialog->open();
}

void LedgerPage::updateActions()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_editAction->setEnabled(selected == 1);
    m_duplicateAction->setEnabled(selected == 1);
    m_toggleClearedAction->setEnabled(selected > 0);
    m_deleteAction->setEnabled(selected > 0);
}

void LedgerPage::updateFooter()
{
    const QLocale locale = m_editor.locale();
    const int shown = m_model->filteredCount();
    const qsizetype all = m_model->totalCount();
    const QString total = m_editor.formatMoney(m_model->filteredTotal());
    QString count;
    if (shown == all)
        count = shown == 1 ? tr("1 transaction") : tr("%1 transactions").arg(locale.toString(shown));
    else
        count = tr("%1 of %2 transactions").arg(locale.toString(shown), locale.toString(all));
    m_footer->setText(tr("%1 · total %2").arg(count, total));
    m_stack->setCurrentIndex(all == 0 ? EmptyPage : shown == 0 ? NoMatchesPage : TablePage);
}

void LedgerPage::rememberSelection()
{
    m_savedSelection = selectedIds();
    m_savedCurrent = m_model->transactionId(m_view->currentIndex().row());
    m_savedTop = m_model->transactionId(m_view->rowAt(0));
}

void LedgerPage::restoreSelection()
{
    QItemSelection selection;
    for (const QString& id : std::as_const(m_savedSelection)) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, LedgerModel::ColumnCount - 1));
    }
    QItemSelectionModel* sm = m_view->selectionModel();
    sm->select(selection, QItemSelectionModel::ClearAndSelect);
    const int current = m_model->rowOf(m_savedCurrent);
    if (current >= 0)
        sm->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    const int top = m_model->rowOf(m_savedTop);
    if (top >= 0)
        m_view->scrollTo(m_model->index(top, 0), QAbstractItemView::PositionAtTop);
    m_savedSelection.clear();
    updateActions();
}

void LedgerPage::retranslateUi()
{
    setWindowTitle(tr("Transactions"));
    m_newAction->setText(tr("&New Transaction…"));
    m_newAction->setToolTip(tr("Record an expense or income (Ctrl+N)"));
    m_editAction->setText(tr("&Edit Transaction…"));
    m_editAction->setToolTip(tr("Change the selected transaction (F2 or Enter)"));
    m_duplicateAction->setText(tr("D&uplicate Transaction…"));
    m_duplicateAction->setToolTip(tr("Start a new transaction from the selected one"));
    m_toggleClearedAction->setText(tr("Toggle &Cleared"));
    m_toggleClearedAction->setToolTip(tr("Mark the selected transactions cleared or not cleared (Ctrl+K)"));
    m_deleteAction->setText(tr("&Delete Transaction"));
    m_deleteAction->setToolTip(tr("Delete the selected transactions (Del); Undo brings them back"));
    m_toolBar->setWindowTitle(tr("Transactions"));
    m_empty->setTitle(tr("No transactions yet"));
    m_empty->setText(tr("No transactions yet — add one or import from your bank."));
    m_empty->setActionText(tr("New Transaction…"));
    m_empty->setSecondaryActionText(tr("Import from Bank…"));
    m_noMatches->setTitle(tr("No matching transactions"));
    m_noMatches->setText(tr("No transaction matches these filters."));
    m_noMatches->setActionText(tr("Clear Filters"));
    updateFooter();
}

void LedgerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LedgerPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The ledger runs oldest to newest, like a register: open it at the newest entries.
    if (!m_shownOnce && m_view->model() && m_view->selectionModel() && !m_view->selectionModel()->hasSelection()) {
        m_shownOnce = true;
        m_view->scrollToBottom();
    }
}

} // namespace vv::ui
