#pragma once

#include "budget/Budget.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace vv::ui {

class BudgetEditor;

// The budget's bills as a table: every bill (Scope::All, by name) or only the overdue ones and
// those due within the horizon (Scope::Due, soonest first, as Budget::billsDue orders them).
// Follows the budget live: bill edits (local, undo/redo, other devices) reset it, envelope
// renames and locale changes only refresh the affected cells.
class BillModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY(BillModel)
public:
    enum class Scope { All, Due };
    enum Column {
        NameColumn,
        PayeeColumn,
        EnvelopeColumn,
        AmountColumn,
        FrequencyColumn,
        NextDueColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        BillIdRole = Qt::UserRole + 1,
        SortRole, // raw value of the cell (amount in minor units, date, days until due)
        StatusRole, // int(BillDue::Status), or -1 when the bill has no due date
    };
    static constexpr int DefaultHorizonDays = 14;

    explicit BillModel(BudgetEditor& editor, Scope scope = Scope::All, QObject* parent = nullptr);
    ~BillModel() override;

    [[nodiscard]] Scope scope() const { return m_scope; }
    [[nodiscard]] int horizonDays() const { return m_horizonDays; }
    void setHorizonDays(int days);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    [[nodiscard]] QString billId(int row) const;
    [[nodiscard]] int rowOf(const QString& billId) const; // -1 if not shown
    [[nodiscard]] vv::budget::BillDue due(int row) const;

    // Re-reads the bills (also when "today" moved on).
    void refresh();
    // Refreshes only if "today" is no longer the day the statuses were computed for.
    void refreshIfDayChanged();

    // "Overdue by 3 days", "Due today", "Due in 5 days", "Missed 2 payments" (missedCount > 1).
    [[nodiscard]] static QString statusText(const vv::budget::BillDue& due);
    [[nodiscard]] static QString frequencyText(vv::budget::Frequency frequency);

private:
    void load();
    [[nodiscard]] QVariant display(const vv::budget::BillDue& due, int column) const;

    BudgetEditor& m_editor;
    Scope m_scope;
    int m_horizonDays = DefaultHorizonDays;
    QDate m_loadedFor; // the "today" of the last load
    QList<vv::budget::BillDue> m_rows; // daysUntil/status meaningful only with a valid nextDue
};

} // namespace vv::ui
