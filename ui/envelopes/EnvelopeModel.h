#pragma once

#include "budget/Budget.h"
#include "budget/Month.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QList>

namespace vv::ui {

class BudgetEditor;

// The budget screen as a two-level tree: categories (groups) as top-level rows, sorted by name
// with "Uncategorized" last, and their envelopes under them in Budget::envelopes() order
// (priority, then name). Numbers are for one month (default: the editor's current month).
// Category rows show the sums of their envelopes. Live: follows Budget::changed; a change of
// numbers only emits dataChanged (views keep expansion and selection), a change of the set or
// order of rows resets the model.
class EnvelopeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY(EnvelopeModel)
public:
    enum Column {
        NameColumn,
        TargetColumn,
        FundedColumn,
        SpentColumn,
        AvailableColumn,
        ProgressColumn,
        GoalColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // envelope id; empty for category rows
        IsCategoryRole, // bool
        CategoryRole, // the raw category ("" = uncategorized)
        ColorRole, // QColor of the envelope (invalid = none chosen)
        TargetRole, // qint64 minor units, per row (all columns)
        FundedRole,
        SpentRole,
        AvailableRole,
        ArchivedRole, // bool
    };

    explicit EnvelopeModel(BudgetEditor& editor, QObject* parent = nullptr);
    ~EnvelopeModel() override;

    [[nodiscard]] vv::budget::Month month() const { return m_month; }
    void setMonth(vv::budget::Month month);
    [[nodiscard]] bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);

    // Index of the envelope's Name cell, or invalid when it is not shown.
    [[nodiscard]] QModelIndex indexOfEnvelope(const QString& envelopeId, int column = NameColumn) const;
    // Index of a category row ("" = Uncategorized), or invalid.
    [[nodiscard]] QModelIndex indexOfCategory(const QString& category) const;
    [[nodiscard]] int envelopeCount() const; // rows shown, all groups

    // "€1,200.00 by Dec 2026 · €150.00/month", "Reached", "Overdue · €300.00 needed now"; "" = no goal.
    [[nodiscard]] static QString goalText(const BudgetEditor& editor, const vv::budget::GoalStatus& goal);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void monthChanged(vv::budget::Month month);

public Q_SLOTS:
    // Re-reads the budget: dataChanged when only numbers moved, a reset otherwise.
    void refresh();

private:
    struct Row {
        vv::budget::Envelope envelope;
        vv::budget::EnvelopeMonth month;
        vv::budget::GoalStatus goal;
    };
    struct Group {
        QString category;
        QList<Row> rows;
        qint64 target = 0;
        qint64 funded = 0;
        qint64 spent = 0;
        qint64 available = 0;
    };

    [[nodiscard]] QList<Group> load() const;
    [[nodiscard]] static bool sameShape(const QList<Group>& a, const QList<Group>& b);
    [[nodiscard]] QVariant groupData(const Group& group, int column, int role) const;
    [[nodiscard]] QVariant rowData(const Row& row, int column, int role) const;
    [[nodiscard]] QVariant moneyData(qint64 value, int role, bool redWhenNegative) const;

    BudgetEditor& m_editor;
    vv::budget::Month m_month;
    bool m_showArchived = false;
    QList<Group> m_groups;
};

} // namespace vv::ui
