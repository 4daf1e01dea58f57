#include "ledger/LedgerModel.h"

#include "budget/Budget.h"
#include "workspace/BudgetEditor.h"

#include <QBrush>
#include <QCollator>
#include <QColor>

#include <algorithm>

namespace vv::ui {

using vv::budget::LedgerRow;

namespace {
const QColor kNegative(0xc6, 0x28, 0x28);

// Ranks of the distinct strings of a column in collation order: the collator runs once per
// distinct value (a few hundred payees), not once per comparison over 100k rows.
QHash<QString, qint64> collationRanks(const QLocale& locale, QList<QString> distinct)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(distinct.begin(), distinct.end(),
        [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    QHash<QString, qint64> ranks;
    ranks.reserve(distinct.size());
    qint64 rank = -1;
    const QString* previous = nullptr;
    for (const QString& s : distinct) {
        // Strings the collator calls equal ("Grocer", "grocer") share a rank: they tie.
        if (!previous || collator.compare(*previous, s) != 0)
            ++rank;
        ranks.insert(s, rank);
        previous = &s;
    }
    return ranks;
}
} // namespace

LedgerModel::LedgerModel(BudgetEditor& editor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    reloadEnvelopeNames();
    adopt(computePositions());
    connect(&m_editor.budget(), &vv::budget::Budget::changed, this, &LedgerModel::onBudgetChanged);
    connect(&m_editor, &BudgetEditor::localeChanged, this, [this] {
        resetWith(computePositions()); // collation and money text follow the locale
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    });
}

LedgerModel::~LedgerModel() = default;

int LedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_positions.size());
}

int LedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LedgerRow* LedgerModel::rowAt(int row) const
{
    if (row < 0 || static_cast<size_t>(row) >= m_positions.size())
        return nullptr;
    const qsizetype position = m_positions[static_cast<size_t>(row)];
    const auto& index = m_editor.budget().index();
    if (position >= index.rowCount())
        return nullptr; // only between an index update and our reset
    return &index.row(position);
}

QString LedgerModel::envelopeText(const LedgerRow& row) const
{
    if (row.splitCount > 0)
        return tr("Split (%1)").arg(row.splitCount);
    if (row.envelopeId.isEmpty())
        return tr("Unassigned");
    const auto it = m_envelopeNames.constFind(row.envelopeId);
    return it != m_envelopeNames.constEnd() ? *it : tr("(deleted envelope)");
}

QString LedgerModel::splitToolTip(const LedgerRow& row) const
{
    QStringList lines;
    const auto splits = m_editor.budget().index().splitsOf(row.id);
    for (const vv::budget::SplitLine& line : splits) {
        const auto it = m_envelopeNames.constFind(line.envelopeId);
        const QString name = line.envelopeId.isEmpty() ? tr("Unassigned")
            : it != m_envelopeNames.constEnd()         ? *it
                                                       : tr("(deleted envelope)");
        lines << tr("%1: %2").arg(name, m_editor.formatMoney(line.amount));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerRow* r = rowAt(index.row());
    if (!r)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return m_editor.formatDate(r->date);
        case PayeeColumn:
            return r->payee;
        case EnvelopeColumn:
            return envelopeText(*r);
        case NoteColumn:
            return r->note;
        case AmountColumn:
            return m_editor.formatMoney(r->amount);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case DateColumn:
            return r->date;
        case PayeeColumn:
            return r->payee;
        case EnvelopeColumn:
            return envelopeText(*r);
        case NoteColumn:
            return r->note;
        case AmountColumn:
            return r->amount;
        case ClearedColumn:
            return r->cleared;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == ClearedColumn)
            return r->cleared ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == ClearedColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == AmountColumn && r->amount < 0)
            return QBrush(kNegative);
        if (column == EnvelopeColumn && r->envelopeId.isEmpty() && r->splitCount == 0)
            return QBrush(QColor(0x75, 0x75, 0x75)); // waiting to be assigned: quieter
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case PayeeColumn:
            return r->payee;
        case NoteColumn:
            return r->note;
        case EnvelopeColumn:
            return r->splitCount > 0      ? splitToolTip(*r)
                : r->envelopeId.isEmpty() ? tr("Income waiting to be assigned to envelopes")
                                          : envelopeText(*r);
        case ClearedColumn:
            return r->cleared ? tr("Cleared: the bank has it") : tr("Not cleared yet");
        default:
            return {};
        }
    case IdRole:
        return r->id;
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PayeeColumn:
        return tr("Payee");
    case EnvelopeColumn:
        return tr("Envelope");
    case NoteColumn:
        return tr("Note");
    case AmountColumn:
        return tr("Amount");
    case ClearedColumn:
        return tr("Cleared");
    default:
        return {};
    }
}

Qt::ItemFlags LedgerModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ClearedColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool LedgerModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != ClearedColumn)
        return false;
    if (role != Qt::CheckStateRole && role != Qt::EditRole)
        return false;
    const LedgerRow* r = rowAt(index.row());
    if (!r)
        return false;
    const bool cleared = role == Qt::CheckStateRole
        ? value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked
        : value.toBool();
    if (cleared == r->cleared)
        return true;
    // Through the editor: one undo step; the index update comes back as dataChanged.
    return m_editor.apply(m_editor.budget().setCleared(r->id, cleared));
}

void LedgerModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    std::vector<qsizetype> positions = m_positions;
    sortPositions(positions);
    if (positions == m_positions)
        return;
    // A layout change (not a reset) so views keep selection and current item by transaction.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qsizetype> oldPositions;
    oldPositions.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex& i : before)
        oldPositions.push_back(m_positions[static_cast<size_t>(i.row())]);
    adopt(std::move(positions));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int row = m_rowOfPosition[static_cast<size_t>(oldPositions[static_cast<size_t>(k)])];
        after.append(index(row, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LedgerModel::setFilter(const vv::budget::LedgerFilter& filter)
{
    m_filter = filter;
    resetWith(computePositions());
}

QString LedgerModel::transactionId(int row) const
{
    const LedgerRow* r = rowAt(row);
    return r ? r->id : QString();
}

int LedgerModel::rowOf(const QString& transactionId) const
{
    const auto position = m_editor.budget().index().position(transactionId);
    if (!position || static_cast<size_t>(*position) >= m_rowOfPosition.size())
        return -1;
    return m_rowOfPosition[static_cast<size_t>(*position)];
}

qsizetype LedgerModel::totalCount() const
{
    return m_editor.budget().index().rowCount();
}

std::vector<qsizetype> LedgerModel::computePositions() const
{
    const auto& index = m_editor.budget().index();
    std::vector<qsizetype> positions;
    const bool everything = m_filter.text.isEmpty() && !m_filter.envelopeId && !m_filter.from.isValid()
        && !m_filter.to.isValid() && !m_filter.cleared;
    if (everything) {
        positions.resize(static_cast<size_t>(index.rowCount()));
        for (size_t i = 0; i < positions.size(); ++i)
            positions[i] = static_cast<qsizetype>(i);
    } else {
        const QList<qsizetype> filtered = index.filter(m_filter);
        positions.assign(filtered.cbegin(), filtered.cend());
    }
    sortPositions(positions);
    return positions;
}

void LedgerModel::sortPositions(std::vector<qsizetype>& positions) const
{
    const auto& index = m_editor.budget().index();
    // Positions come in (date, id) order, so a stable sort on one key breaks ties by date/id.
    if (m_sortColumn == DateColumn) {
        std::sort(positions.begin(), positions.end());
        if (m_sortOrder == Qt::DescendingOrder) {
            // Newest first, but rows of one day keep their (id) order.
            std::stable_sort(positions.begin(), positions.end(),
                [&index](qsizetype a, qsizetype b) { return index.row(b).date < index.row(a).date; });
        }
        return;
    }
    std::sort(positions.begin(), positions.end()); // back to (date, id) before the stable sort
    QHash<QString, qint64> ranks;
    if (m_sortColumn == PayeeColumn || m_sortColumn == NoteColumn || m_sortColumn == EnvelopeColumn) {
        QSet<QString> distinct;
        for (const qsizetype p : positions) {
            const LedgerRow& r = index.row(p);
            distinct.insert(m_sortColumn == PayeeColumn ? r.payee
                    : m_sortColumn == NoteColumn        ? r.note
                                                        : envelopeText(r));
        }
        ranks = collationRanks(m_editor.locale(), QList<QString>(distinct.cbegin(), distinct.cend()));
    }
    struct Keyed {
        qint64 key;
        qsizetype position;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(positions.size());
    for (const qsizetype p : positions) {
        const LedgerRow& r = index.row(p);
        qint64 key = 0;
        switch (m_sortColumn) {
        case AmountColumn:
            key = r.amount;
            break;
        case ClearedColumn:
            key = r.cleared ? 1 : 0;
            break;
        case PayeeColumn:
            key = ranks.value(r.payee);
            break;
        case NoteColumn:
            key = ranks.value(r.note);
            break;
        default:
            key = ranks.value(envelopeText(r));
            break;
        }
        keyed.push_back({ key, p });
    }
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) { return a.key < b.key; });
    else
        std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) { return b.key < a.key; });
    for (size_t i = 0; i < keyed.size(); ++i)
        positions[i] = keyed[i].position;
}

void LedgerModel::adopt(std::vector<qsizetype> positions)
{
    const auto& index = m_editor.budget().index();
    m_positions = std::move(positions);
    m_rowOfPosition.assign(static_cast<size_t>(index.rowCount()), -1);
    m_total = 0;
    for (size_t row = 0; row < m_positions.size(); ++row) {
        const qsizetype p = m_positions[row];
        m_rowOfPosition[static_cast<size_t>(p)] = static_cast<int>(row);
        m_total += index.row(p).amount;
    }
}

void LedgerModel::resetWith(std::vector<qsizetype> positions)
{
    beginResetModel();
    adopt(std::move(positions));
    endResetModel();
    Q_EMIT summaryChanged();
}

void LedgerModel::reloadEnvelopeNames()
{
    m_envelopeNames.clear();
    const auto envelopes = m_editor.budget().envelopes(true);
    for (const vv::budget::Envelope& e : envelopes)
        m_envelopeNames.insert(e.id, e.name);
}

void LedgerModel::onBudgetChanged(const vv::budget::AppliedChanges& changes)
{
    if (changes.envelopesChanged || changes.rebuilt)
        reloadEnvelopeNames();
    if (changes.ledgerStructureChanged || changes.rebuilt) {
        resetWith(computePositions());
        return;
    }
    if (changes.transactions.isEmpty() && !changes.envelopesChanged)
        return;
    // An edit can move a row in or out of the filter or in the sort order: recompute (a few
    // ms at 100k rows) and reset only if the rows differ; otherwise repaint what changed.
    std::vector<qsizetype> positions = computePositions();
    if (positions != m_positions) {
        resetWith(std::move(positions));
        return;
    }
    adopt(std::move(positions)); // amounts may have changed the total
    if (changes.envelopesChanged && !m_positions.empty())
        Q_EMIT dataChanged(index(0, EnvelopeColumn), index(rowCount() - 1, EnvelopeColumn));
    for (const QString& id : changes.transactions) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    Q_EMIT summaryChanged();
}

} // namespace vv::ui
