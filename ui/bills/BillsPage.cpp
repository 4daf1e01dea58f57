#include "bills/BillsPage.h"

#include "bills/BillDialog.h"
#include "bills/BillModel.h"
#include "bills/PayBillDialog.h"
#include "budget/Budget.h"
#include "widgets/EmptyStateWidget.h"
#include "workspace/BudgetEditor.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace vv::ui {

namespace {
QTableView* makeView(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}

QLabel* makeHeading(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

BillsPage::BillsPage(BudgetEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("billsPage"));
    m_allModel = new BillModel(editor, BillModel::Scope::All, this);
    m_allModel->setObjectName(QStringLiteral("billModel"));
    m_dueModel = new BillModel(editor, BillModel::Scope::Due, this);
    m_dueModel->setObjectName(QStringLiteral("dueBillModel"));
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_allModel);
    m_sorted->setSortRole(BillModel::SortRole);

    const auto makeAction = [this](const QString& name, const QKeySequence& key, const QString& icon) {
        auto* action = new QAction(this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        // Only while this page has focus: other pages use the same standard keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!icon.isEmpty())
            action->setIcon(QIcon::fromTheme(icon));
        addAction(action);
        return action;
    };
    m_newAction = makeAction(QStringLiteral("newBillAction"), QKeySequence::New, QStringLiteral("document-new"));
    m_editAction
        = makeAction(QStringLiteral("editBillAction"), QKeySequence(Qt::Key_F2), QStringLiteral("document-properties"));
    m_payAction = makeAction(
        QStringLiteral("payBillAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QStringLiteral("mail-send"));
    m_deleteAction
        = makeAction(QStringLiteral("deleteBillAction"), QKeySequence::Delete, QStringLiteral("edit-delete"));
    connect(m_newAction, &QAction::triggered, this, &BillsPage::newBill);
    connect(m_editAction, &QAction::triggered, this, &BillsPage::editBill);
    connect(m_payAction, &QAction::triggered, this, &BillsPage::payBill);
    connect(m_deleteAction, &QAction::triggered, this, &BillsPage::deleteBill);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("billsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_payAction);
    m_toolBar->addAction(m_deleteAction);

    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(QStringLiteral("billsEmptyState"));
    m_empty->setIconPath(QStringLiteral(":/icons/violetvault.svg"));
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, &BillsPage::newBill);

    auto* content = new QWidget(this);
    m_dueTitle = makeHeading(content, QStringLiteral("dueTitle"));
    m_dueSummary = new QLabel(content);
    m_dueSummary->setObjectName(QStringLiteral("dueSummary"));
    m_dueView = makeView(content, QStringLiteral("dueBillsView"));
    m_dueView->setModel(m_dueModel);
    m_dueView->setColumnHidden(BillModel::PayeeColumn, true);
    m_dueView->setColumnHidden(BillModel::FrequencyColumn, true);
    m_dueView->addActions({ m_payAction, m_editAction, m_deleteAction });
    m_allTitle = makeHeading(content, QStringLiteral("allTitle"));
    m_allView = makeView(content, QStringLiteral("billsView"));
    m_allView->setModel(m_sorted);
    m_allView->setSortingEnabled(true);
    m_allView->sortByColumn(BillModel::NameColumn, Qt::AscendingOrder);
    m_allView->addActions({ m_editAction, m_payAction, m_deleteAction, m_newAction });
    for (QTableView* view : { m_dueView, m_allView }) {
        const int chars = fontMetrics().averageCharWidth();
        view->horizontalHeader()->resizeSection(BillModel::NameColumn, chars * 22);
        view->horizontalHeader()->resizeSection(BillModel::EnvelopeColumn, chars * 18);
        view->horizontalHeader()->resizeSection(BillModel::AmountColumn, chars * 14);
        view->horizontalHeader()->resizeSection(BillModel::NextDueColumn, chars * 14);
    }

    auto* dueBox = new QWidget(content);
    auto* dueLayout = new QVBoxLayout(dueBox);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_dueTitle);
    dueLayout->addWidget(m_dueSummary);
    dueLayout->addWidget(m_dueView, 1);
    auto* allBox = new QWidget(content);
    auto* allLayout = new QVBoxLayout(allBox);
    allLayout->setContentsMargins(0, 0, 0, 0);
    allLayout->addWidget(m_allTitle);
    allLayout->addWidget(m_allView, 1);
    auto* splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(dueBox);
    splitter->addWidget(allBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Room for a few upcoming bills before it scrolls.
    m_dueView->setMinimumHeight(m_dueView->horizontalHeader()->sizeHint().height()
        + m_dueView->verticalHeader()->defaultSectionSize() * 4 + 2 * m_dueView->frameWidth());
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_dueView, m_allView);

    // Enter or double click: pay from the upcoming list, edit from the full list.
    connect(m_dueView, &QAbstractItemView::activated, this, [this] { payBill(); });
    connect(m_allView, &QAbstractItemView::activated, this, [this] { editBill(); });
    // One selection across both lists, so the actions know which bill they act on.
    connect(m_dueView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_dueView->selectionModel()->hasSelection())
            m_allView->clearSelection();
        updateState();
    });
    connect(m_allView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_allView->selectionModel()->hasSelection())
            m_dueView->clearSelection();
        updateState();
    });
    // Models reset on every bill edit: keep the selected bill selected (it may move rows).
    for (BillModel* model : { m_allModel, m_dueModel }) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &BillsPage::rememberSelection);
        connect(model, &QAbstractItemModel::modelReset, this, &BillsPage::restoreSelection);
    }
    retranslateUi();
}

BillsPage::~BillsPage() = default;

BillDialog* BillsPage::billDialog() const
{
    return m_billDialog;
}

PayBillDialog* BillsPage::payDialog() const
{
    return m_payDialog;
}

void BillsPage::addActionsTo(QMenu* menu) const
{
    menu->addAction(m_newAction);
    menu->addAction(m_editAction);
    menu->addAction(m_payAction);
    menu->addAction(m_deleteAction);
}

bool BillsPage::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QString BillsPage::idAt(QTableView* view) const
{
    const QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList {};
    return rows.isEmpty() ? QString() : rows.first().data(BillModel::BillIdRole).toString();
}

QString BillsPage::selectedBillId() const
{
    const QString due = idAt(m_dueView);
    return due.isEmpty() ? idAt(m_allView) : due;
}

void BillsPage::selectBill(const QString& billId)
{
    const int row = m_allModel->rowOf(billId);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_allModel->index(row, 0));
    m_allView->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows | QItemSelectionModel::Current);
    m_allView->setCurrentIndex(index);
    m_allView->scrollTo(index);
}

void BillsPage::rememberSelection()
{
    // Both models reset on the same change; remember only before the first one.
    const QString id = selectedBillId();
    if (!id.isEmpty()) {
        m_selectedBeforeReset = id;
        m_selectedInDue = !idAt(m_dueView).isEmpty();
    }
}

void BillsPage::restoreSelection()
{
    updateState();
    if (!selectedBillId().isEmpty())
        m_selectedBeforeReset.clear(); // the other list still holds it
    if (m_selectedBeforeReset.isEmpty())
        return;
    const QString id = m_selectedBeforeReset;
    const int dueRow = m_dueModel->rowOf(id);
    if (m_selectedInDue && dueRow >= 0) {
        m_dueView->selectionModel()->select(
            m_dueModel->index(dueRow, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (m_allModel->rowOf(id) >= 0) {
        selectBill(id);
    }
    // Keep it for the other model's reset; cleared once both are done.
    if (m_allModel->rowOf(id) < 0 || !selectedBillId().isEmpty())
        m_selectedBeforeReset.clear();
}

void BillsPage::updateState()
{
    const bool empty = m_allModel->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_stack->widget(1));
    const bool selected = !selectedBillId().isEmpty();
    m_editAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_payAction->setEnabled(selected);

    qint64 total = 0;
    int overdue = 0;
    for (int row = 0; row < m_dueModel->rowCount(); ++row) {
        const vv::budget::BillDue due = m_dueModel->due(row);
        total += due.bill.amount;
        if (due.status == vv::budget::BillDue::Status::Overdue)
            ++overdue;
    }
    const int count = m_dueModel->rowCount();
    if (count == 0) {
        m_dueSummary->setText(tr("Nothing is due in the next %1 days.").arg(m_dueModel->horizonDays()));
    } else {
        QString text = count == 1 ? tr("1 bill, %1 in all.").arg(m_editor.formatMoney(total))
                                  : tr("%1 bills, %2 in all.").arg(count).arg(m_editor.formatMoney(total));
        if (overdue > 0)
            text += QLatin1Char(' ') + (overdue == 1 ? tr("1 is overdue.") : tr("%1 are overdue.").arg(overdue));
        m_dueSummary->setText(text);
    }
    m_dueView->setVisible(count > 0);
}

void BillsPage::requestActivation()
{
    if (!isVisible())
        Q_EMIT activationRequested();
}

void BillsPage::newBill()
{
    requestActivation();
    showBillDialog(QString());
}

void BillsPage::editBill()
{
    requestActivation();
    const QString id = selectedBillId();
    if (!id.isEmpty())
        showBillDialog(id);
}

void BillsPage::showBillDialog(const QString& billId)
{
    if (m_billDialog)
        m_billDialog->close();
    std::optional<vv::budget::Bill> existing;
    if (!billId.isEmpty()) {
        existing = m_editor.budget().bill(billId);
        if (!existing)
            return;
    }
    auto* dialog = new BillDialog(m_editor, existing ? &*existing : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_billDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const vv::budget::Bill bill = dialog->bill();
        vv::budget::Budget& budget = m_editor.budget();
        const vv::budget::Change change = dialog->isEditing() ? budget.updateBill(bill) : budget.createBill(bill);
        if (m_editor.apply(change))
            selectBill(dialog->isEditing() ? bill.id : change.createdId);
    });
    dialog->open();
}

void BillsPage::deleteBill()
{
    requestActivation();
    const QString id = selectedBillId();
    if (id.isEmpty())
        return;
    // No confirmation: Undo brings it back (one step).
    m_editor.apply(m_editor.budget().deleteBill(id));
}

void BillsPage::payBill()
{
    requestActivation();
    const QString id = selectedBillId();
    const std::optional<vv::budget::Bill> bill = id.isEmpty() ? std::nullopt : m_editor.budget().bill(id);
    if (!bill)
        return;
    if (m_payDialog)
        m_payDialog->close();
    auto* dialog = new PayBillDialog(m_editor, *bill, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_payDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_editor.apply(m_editor.budget().payBill(dialog->billId(), dialog->paidOn(), dialog->amount()));
    });
    dialog->open();
}

void BillsPage::retranslateUi()
{
    setWindowTitle(tr("Bills"));
    m_newAction->setText(tr("&New Bill…"));
    m_newAction->setToolTip(tr("Add a regular payment: rent, a subscription, insurance"));
    m_editAction->setText(tr("&Edit Bill…"));
    m_editAction->setToolTip(tr("Change the selected bill (F2)"));
    m_payAction->setText(tr("&Pay Bill…"));
    m_payAction->setToolTip(tr("Record a payment of the selected bill and move its next due date"));
    m_deleteAction->setText(tr("&Delete Bill"));
    m_deleteAction->setToolTip(tr("Delete the selected bill (Undo brings it back)"));
    m_empty->setTitle(tr("No bills yet"));
    m_empty->setText(tr("No bills yet — add your rent, subscriptions and other regular payments, and see what is "
                        "due before it is due."));
    m_empty->setActionText(tr("New Bill…"));
    m_dueTitle->setText(tr("Upcoming and overdue"));
    m_allTitle->setText(tr("All bills"));
    m_dueView->setToolTip(tr("Press Enter or double-click to pay"));
    updateState();
}

void BillsPage::showEvent(QShowEvent* event)
{
    // "Due today" turns into "Overdue" overnight: recompute when the page is shown on a new day.
    m_allModel->refreshIfDayChanged();
    m_dueModel->refreshIfDayChanged();
    QWidget::showEvent(event);
}

void BillsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace vv::ui
