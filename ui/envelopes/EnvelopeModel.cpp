#include "envelopes/EnvelopeModel.h"

#include "workspace/BudgetEditor.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace vv::ui {

using vv::budget::Month;

namespace {

// Red that reads on both light and dark bases.
QColor negativeColor()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
}

constexpr quintptr GroupRow = 0; // internalId of a category row; envelope rows: group index + 1

} // namespace

EnvelopeModel::EnvelopeModel(BudgetEditor& editor, QObject* parent)
    : QAbstractItemModel(parent)
    , m_editor(editor)
    , m_month(editor.currentMonth())
{
    connect(&m_editor.budget(), &vv::budget::Budget::changed, this, [this](const vv::budget::AppliedChanges& c) {
        if (c.balancesChanged || c.envelopesChanged || c.budgetChanged || c.rebuilt)
            refresh();
    });
    connect(&m_editor, &BudgetEditor::localeChanged, this, [this] {
        refresh();
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    });
    m_groups = load();
}

EnvelopeModel::~EnvelopeModel() = default;

void EnvelopeModel::setMonth(Month month)
{
    if (!month.isValid() || month == m_month)
        return;
    m_month = month;
    refresh();
    Q_EMIT monthChanged(m_month);
}

void EnvelopeModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    refresh();
}

QList<EnvelopeModel::Group> EnvelopeModel::load() const
{
    const vv::budget::Budget& budget = m_editor.budget();
    const QDate today = m_editor.today();
    QList<Group> groups;
    for (const vv::budget::Envelope& e : budget.envelopes(m_showArchived)) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.category == e.category; });
        if (it == groups.end()) {
            Group fresh;
            fresh.category = e.category;
            groups.append(fresh);
            it = groups.end() - 1;
        }
        Row row { e, budget.envelopeMonth(e.id, m_month), budget.goalStatus(e.id, today) };
        it->target += row.month.target;
        it->funded += row.month.funded;
        it->spent += row.month.spent;
        it->available += row.month.available;
        it->rows.append(std::move(row));
    }
    // Named groups alphabetically, the unnamed one ("Uncategorized") last.
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        if (a.category.isEmpty() != b.category.isEmpty())
            return b.category.isEmpty();
        return a.category.localeAwareCompare(b.category) < 0;
    });
    return groups;
}

bool EnvelopeModel::sameShape(const QList<Group>& a, const QList<Group>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype g = 0; g < a.size(); ++g) {
        if (a[g].category != b[g].category || a[g].rows.size() != b[g].rows.size())
            return false;
        for (qsizetype r = 0; r < a[g].rows.size(); ++r) {
            if (a[g].rows[r].envelope.id != b[g].rows[r].envelope.id)
                return false;
        }
    }
    return true;
}

void EnvelopeModel::refresh()
{
    QList<Group> fresh = load();
    if (!sameShape(fresh, m_groups)) {
        beginResetModel();
        m_groups = std::move(fresh);
        endResetModel();
        return;
    }
    m_groups = std::move(fresh);
    // Same rows in the same places: only the values moved (keeps expansion and selection).
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        Q_EMIT dataChanged(group, index(g, ColumnCount - 1));
        if (!m_groups[g].rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0, group), index(int(m_groups[g].rows.size()) - 1, ColumnCount - 1, group));
    }
}

QModelIndex EnvelopeModel::indexOfEnvelope(const QString& envelopeId, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<Row>& rows = m_groups[g].rows;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows[r].envelope.id == envelopeId)
                return createIndex(r, column, quintptr(g) + 1);
        }
    }
    return {};
}

QModelIndex EnvelopeModel::indexOfCategory(const QString& category) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].category == category)
            return createIndex(g, 0, GroupRow);
    }
    return {};
}

int EnvelopeModel::envelopeCount() const
{
    int n = 0;
    for (const Group& g : m_groups)
        n += int(g.rows.size());
    return n;
}

QModelIndex EnvelopeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupRow) : QModelIndex();
    if (parent.internalId() != GroupRow || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups[parent.row()].rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex EnvelopeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRow);
}

int EnvelopeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupRow || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups[parent.row()].rows.size());
}

int EnvelopeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

Qt::ItemFlags EnvelopeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant EnvelopeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRow)
        return groupData(m_groups[index.row()], index.column(), role);
    const Group& group = m_groups[int(index.internalId() - 1)];
    return rowData(group.rows[index.row()], index.column(), role);
}

QVariant EnvelopeModel::moneyData(qint64 value, int role, bool redWhenNegative) const
{
    switch (role) {
    case Qt::DisplayRole:
        return m_editor.formatMoney(value);
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (redWhenNegative && value < 0)
            return negativeColor();
        return {};
    default:
        return {};
    }
}

QVariant EnvelopeModel::groupData(const Group& group, int column, int role) const
{
    switch (role) {
    case IdRole:
        return QString();
    case IsCategoryRole:
        return true;
    case CategoryRole:
        return group.category;
    case ArchivedRole:
        return false;
    case TargetRole:
        return group.target;
    case FundedRole:
        return group.funded;
    case SpentRole:
        return group.spent;
    case AvailableRole:
        return group.available;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        break;
    }
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return group.category.isEmpty() ? tr("Uncategorized") : group.category;
        if (role == Qt::EditRole)
            return group.category;
        return {};
    case TargetColumn:
        return moneyData(group.target, role, false);
    case FundedColumn:
        return moneyData(group.funded, role, true);
    case SpentColumn:
        return moneyData(group.spent, role, false);
    case AvailableColumn:
        return moneyData(group.available, role, true);
    case ProgressColumn:
        if (role == Qt::EditRole)
            return group.target > 0 ? double(group.funded) / double(group.target) : 0.0;
        return {};
    default:
        return {};
    }
}

QVariant EnvelopeModel::rowData(const Row& row, int column, int role) const
{
    const vv::budget::Envelope& e = row.envelope;
    const vv::budget::EnvelopeMonth& m = row.month;
    switch (role) {
    case IdRole:
        return e.id;
    case IsCategoryRole:
        return false;
    case CategoryRole:
        return e.category;
    case ColorRole:
        return QColor(e.color);
    case ArchivedRole:
        return e.archived;
    case TargetRole:
        return m.target;
    case FundedRole:
        return m.funded;
    case SpentRole:
        return m.spent;
    case AvailableRole:
        return m.available;
    case Qt::ForegroundRole:
        // Negative is always red, even when archived; archived rows are greyed otherwise.
        if ((column == AvailableColumn && m.available < 0) || (column == FundedColumn && m.funded < 0))
            return negativeColor();
        if (column == GoalColumn && row.goal.overdue)
            return negativeColor();
        if (e.archived)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        break;
    }
    switch (column) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return e.archived ? tr("%1 (archived)").arg(e.name) : e.name;
        if (role == Qt::EditRole)
            return e.name;
        if (role == Qt::DecorationRole) {
            const QColor c(e.color);
            return c.isValid() ? c : QGuiApplication::palette().color(QPalette::Highlight);
        }
        if (role == Qt::ToolTipRole && !e.category.isEmpty())
            return tr("%1 in %2").arg(e.name, e.category);
        return {};
    case TargetColumn:
        if (role == Qt::ToolTipRole && e.monthlyTarget == 0 && e.hasGoal())
            return tr("No monthly target: this is what the savings goal needs this month.");
        return moneyData(m.target, role, false);
    case FundedColumn:
        return moneyData(m.funded, role, true);
    case SpentColumn:
        return moneyData(m.spent, role, false);
    case AvailableColumn:
        if (role == Qt::ToolTipRole && m.available < 0)
            return tr("Overspent: move money here to cover it.");
        return moneyData(m.available, role, true);
    case ProgressColumn:
        if (role == Qt::EditRole)
            return m.target > 0 ? double(m.funded) / double(m.target) : 0.0;
        if (role == Qt::ToolTipRole) {
            return tr("Funded %1 of %2, spent %3")
                .arg(m_editor.formatMoney(m.funded), m_editor.formatMoney(m.target), m_editor.formatMoney(m.spent));
        }
        return {};
    case GoalColumn:
        if (role == Qt::DisplayRole)
            return goalText(m_editor, row.goal);
        if (role == Qt::EditRole)
            return row.goal.monthlyNeeded;
        return {};
    default:
        return {};
    }
}

QString EnvelopeModel::goalText(const BudgetEditor& editor, const vv::budget::GoalStatus& goal)
{
    if (goal.goalAmount <= 0 || !goal.goalDate.isValid())
        return {};
    if (goal.reached)
        return tr("Reached");
    if (goal.overdue)
        return tr("Overdue · %1 needed now").arg(editor.formatMoney(goal.monthlyNeeded));
    const QString when = editor.locale().toString(goal.goalDate, QStringLiteral("MMM yyyy"));
    return tr("%1 by %2 · %3/month")
        .arg(editor.formatMoney(goal.goalAmount), when, editor.formatMoney(goal.monthlyNeeded));
}

QVariant EnvelopeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool money = section >= TargetColumn && section <= AvailableColumn;
        return QVariant::fromValue((money ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TargetColumn:
            return tr("What this month asks for: the monthly target, or what the savings goal needs");
        case FundedColumn:
            return tr("Money assigned to the envelope this month");
        case SpentColumn:
            return tr("Spending from the envelope this month");
        case AvailableColumn:
            return tr("Balance at the end of the month (negative when overspent)");
        case ProgressColumn:
            return tr("How much of this month's target is funded, and how much of it is spent");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Envelope");
    case TargetColumn:
        return tr("Target");
    case FundedColumn:
        return tr("Funded");
    case SpentColumn:
        return tr("Spent");
    case AvailableColumn:
        return tr("Available");
    case ProgressColumn:
        return tr("Progress");
    case GoalColumn:
        return tr("Goal");
    default:
        return {};
    }
}

} // namespace vv::ui
