#include "bills/BillModel.h"

#include "workspace/BudgetEditor.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>

#include <algorithm>

namespace vv::ui {

using vv::budget::BillDue;

namespace {
// Far enough to give every bill of the "All" list its status, bounded for Recurrence's loops.
constexpr int AllHorizonDays = 366 * 50;
} // namespace

BillModel::BillModel(BudgetEditor& editor, Scope scope, QObject* parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
    , m_scope(scope)
{
    load();
    connect(&m_editor.budget(), &vv::budget::Budget::changed, this, [this](const vv::budget::AppliedChanges& c) {
        if (c.billsChanged || c.rebuilt) {
            refresh();
        } else if (c.envelopesChanged && !m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0, EnvelopeColumn), index(rowCount() - 1, EnvelopeColumn));
        }
        // Balances are irrelevant here: a paid bill also changes its nextDue (billsChanged).
    });
    connect(&m_editor, &BudgetEditor::localeChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    });
}

BillModel::~BillModel() = default;

void BillModel::setHorizonDays(int days)
{
    if (days == m_horizonDays)
        return;
    m_horizonDays = days;
    refresh();
}

void BillModel::refresh()
{
    beginResetModel();
    load();
    endResetModel();
}

void BillModel::refreshIfDayChanged()
{
    if (m_editor.today() != m_loadedFor)
        refresh();
}

void BillModel::load()
{
    const QDate today = m_editor.today();
    m_loadedFor = today;
    const vv::budget::Budget& budget = m_editor.budget();
    if (m_scope == Scope::Due) {
        m_rows = budget.billsDue(today, m_horizonDays);
        return;
    }
    QHash<QString, BillDue> dueById;
    for (const BillDue& d : budget.billsDue(today, AllHorizonDays))
        dueById.insert(d.bill.id, d);
    m_rows.clear();
    for (const vv::budget::Bill& bill : budget.bills()) {
        BillDue d = dueById.value(bill.id);
        d.bill = bill; // also for bills without a due date (no status then)
        m_rows.append(d);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const BillDue& a, const BillDue& b) {
        const int byName = QString::localeAwareCompare(a.bill.name, b.bill.name);
        return byName != 0 ? byName < 0 : a.bill.id < b.bill.id;
    });
}

int BillModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BillModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BillModel::billId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).bill.id : QString();
}

int BillModel::rowOf(const QString& billId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).bill.id == billId)
            return i;
    }
    return -1;
}

BillDue BillModel::due(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : BillDue {};
}

QString BillModel::statusText(const BillDue& due)
{
    if (!due.bill.nextDue.isValid())
        return tr("No due date");
    switch (due.status) {
    case BillDue::Status::Overdue:
        if (due.missedCount > 1)
            return tr("Missed %1 payments").arg(due.missedCount);
        return -due.daysUntil == 1 ? tr("Overdue by 1 day") : tr("Overdue by %1 days").arg(-due.daysUntil);
    case BillDue::Status::DueToday:
        return tr("Due today");
    case BillDue::Status::Upcoming:
        break;
    }
    return due.daysUntil == 1 ? tr("Due tomorrow") : tr("Due in %1 days").arg(due.daysUntil);
}

QString BillModel::frequencyText(vv::budget::Frequency frequency)
{
    switch (frequency) {
    case vv::budget::Frequency::Weekly:
        return tr("Weekly");
    case vv::budget::Frequency::Biweekly:
        return tr("Every two weeks");
    case vv::budget::Frequency::Monthly:
        return tr("Monthly");
    case vv::budget::Frequency::Yearly:
        return tr("Yearly");
    }
    return {};
}

QVariant BillModel::display(const BillDue& due, int column) const
{
    const vv::budget::Bill& b = due.bill;
    switch (column) {
    case NameColumn:
        return b.name;
    case PayeeColumn:
        return b.payee.isEmpty() ? b.name : b.payee;
    case EnvelopeColumn:
        return b.envelopeId.isEmpty() ? tr("(no envelope)") : m_editor.envelopeName(b.envelopeId);
    case AmountColumn:
        return m_editor.formatMoney(b.amount);
    case FrequencyColumn:
        return frequencyText(b.frequency);
    case NextDueColumn:
        return b.nextDue.isValid() ? m_editor.formatDate(b.nextDue) : QString();
    case StatusColumn:
        return statusText(due);
    default:
        return {};
    }
}

QVariant BillModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BillDue& due = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(due, column);
    case Qt::ToolTipRole:
        if (column == StatusColumn && due.bill.nextDue.isValid())
            return tr("Next due %1").arg(m_editor.locale().toString(due.bill.nextDue, QLocale::LongFormat));
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column != StatusColumn || !due.bill.nextDue.isValid())
            return {};
        if (due.status == BillDue::Status::Overdue)
            return QBrush(QColor(0xd3, 0x2f, 0x2f)); // red: readable on light and dark bases
        if (due.status == BillDue::Status::DueToday)
            return QBrush(QColor(0xef, 0x6c, 0x00)); // orange
        return {};
    case Qt::FontRole:
        if (column == StatusColumn && due.bill.nextDue.isValid() && due.status != BillDue::Status::Upcoming) {
            QFont bold = QGuiApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case BillIdRole:
        return due.bill.id;
    case StatusRole:
        return due.bill.nextDue.isValid() ? static_cast<int>(due.status) : -1;
    case SortRole:
        switch (column) {
        case AmountColumn:
            return due.bill.amount;
        case FrequencyColumn:
            return static_cast<int>(due.bill.frequency);
        case NextDueColumn:
        case StatusColumn:
            return due.bill.nextDue.isValid() ? due.bill.nextDue : QDate(9999, 12, 31);
        default:
            return display(due, column).toString().toCaseFolded();
        }
    default:
        return {};
    }
}

QVariant BillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return static_cast<int>((section == AmountColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PayeeColumn:
        return tr("Payee");
    case EnvelopeColumn:
        return tr("Envelope");
    case AmountColumn:
        return tr("Amount");
    case FrequencyColumn:
        return tr("Frequency");
    case NextDueColumn:
        return tr("Next due");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace vv::ui
