#pragma once

#include "budget/BudgetIndex.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace vv::budget {
struct AppliedChanges;
}

namespace vv::ui {

class BudgetEditor;

// The ledger as a table over BudgetIndex (100,000 rows and more): a row is a position in the
// index, filtered by BudgetIndex::filter and ordered by a permutation sorted here (no proxy
// model: a QSortFilterProxyModel over 100k rows is too slow). data() is O(1) and builds text
// only for the cells asked for. Follows Budget::changed: resets on structure changes, keeps
// the current filter and sort, and emits dataChanged for edited transactions.
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY(LedgerModel)
public:
    enum Column { DateColumn, PayeeColumn, EnvelopeColumn, NoteColumn, AmountColumn, ClearedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit LedgerModel(BudgetEditor& editor, QObject* parent = nullptr);
    ~LedgerModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const vv::budget::LedgerFilter& filter);
    [[nodiscard]] const vv::budget::LedgerFilter& filter() const { return m_filter; }
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    [[nodiscard]] QString transactionId(int row) const; // "" when out of range
    [[nodiscard]] int rowOf(const QString& transactionId) const; // -1 when filtered out or unknown
    [[nodiscard]] int filteredCount() const { return static_cast<int>(m_positions.size()); }
    [[nodiscard]] qint64 filteredTotal() const { return m_total; }
    // Transactions in the whole budget (for the empty state).
    [[nodiscard]] qsizetype totalCount() const;

Q_SIGNALS:
    // Count or total of the visible rows may have changed (footer).
    void summaryChanged();

private:
    void onBudgetChanged(const vv::budget::AppliedChanges& changes);
    void reloadEnvelopeNames();
    // Filtered and sorted positions for the current filter/sort, without touching the model.
    [[nodiscard]] std::vector<qsizetype> computePositions() const;
    void sortPositions(std::vector<qsizetype>& positions) const;
    void adopt(std::vector<qsizetype> positions); // sets m_positions, the reverse map and total
    void resetWith(std::vector<qsizetype> positions);
    [[nodiscard]] const vv::budget::LedgerRow* rowAt(int row) const;
    [[nodiscard]] QString envelopeText(const vv::budget::LedgerRow& row) const;
    [[nodiscard]] QString splitToolTip(const vv::budget::LedgerRow& row) const;

    BudgetEditor& m_editor;
    vv::budget::LedgerFilter m_filter;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<qsizetype> m_positions; // view row -> index position
    std::vector<int> m_rowOfPosition; // index position -> view row, -1 = filtered out
    qint64 m_total = 0;
    QHash<QString, QString> m_envelopeNames;
};

} // namespace vv::ui
