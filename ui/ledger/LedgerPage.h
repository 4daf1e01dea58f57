#pragma once

#include "budget/Change.h"
#include "budget/Entities.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace vv::ui {

class BudgetEditor;
class EmptyStateWidget;
class LedgerFilterBar;
class LedgerModel;
class TransactionDialog;

// The Transactions page: filters, the ledger table (sortable by any column, 100k rows), a
// footer with the count and total of what is shown, an empty state, and the commands New,
// Edit, Duplicate, Toggle Cleared and Delete. Every edit goes through the editor as one undo
// step (several selected rows deleted or toggled together are one step too).
class LedgerPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(LedgerPage)
public:
    explicit LedgerPage(BudgetEditor& editor, QWidget* parent = nullptr);
    ~LedgerPage() override;

    [[nodiscard]] LedgerModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] LedgerFilterBar* filterBar() const { return m_filterBar; }
    [[nodiscard]] QString footerText() const;
    // The open transaction dialog (non-modal), if any.
    [[nodiscard]] TransactionDialog* dialog() const;

    [[nodiscard]] QAction* newAction() const { return m_newAction; }
    [[nodiscard]] QAction* editAction() const { return m_editAction; }
    [[nodiscard]] QAction* duplicateAction() const { return m_duplicateAction; }
    [[nodiscard]] QAction* toggleClearedAction() const { return m_toggleClearedAction; }
    [[nodiscard]] QAction* deleteAction() const { return m_deleteAction; }
    // The commands for the window's Budget menu, in menu order (null = separator).
    [[nodiscard]] QList<QAction*> commandActions() const;

    [[nodiscard]] QStringList selectedIds() const;
    void selectTransaction(const QString& id);

    // Several Changes as one undo step (ops in order, inverses in reverse order).
    [[nodiscard]] static vv::budget::Change combine(
        const QList<vv::budget::Change>& changes, const QString& description);

public Q_SLOTS:
    void newTransaction();
    void editSelected();
    void duplicateSelected();
    void toggleClearedSelected();
    void deleteSelected();

Q_SIGNALS:
    // The empty state's "Import from Bank…" (the window owns the import action).
    void importRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void openDialog(const vv::budget::Transaction* prefill, bool keepId);
    void updateActions();
    void updateFooter();
    void rememberSelection();
    void restoreSelection();

    BudgetEditor& m_editor;
    LedgerModel* m_model = nullptr;
    LedgerFilterBar* m_filterBar = nullptr;
    QToolBar* m_toolBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    bool m_shownOnce = false;
    EmptyStateWidget* m_empty = nullptr;
    EmptyStateWidget* m_noMatches = nullptr;
    QLabel* m_footer = nullptr;
    QPointer<TransactionDialog> m_dialog;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_toggleClearedAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_separator = nullptr;
    // Kept across model resets.
    QStringList m_savedSelection;
    QString m_savedCurrent;
    QString m_savedTop;
};

} // namespace vv::ui
