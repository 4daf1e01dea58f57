#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace vv::ui {

class BillDialog;
class BillModel;
class BudgetEditor;
class EmptyStateWidget;
class PayBillDialog;

// The Bills page: "Upcoming and overdue" (the next 14 days and anything overdue, soonest
// first; Enter or double click pays) above "All bills" (sortable; Enter or double click
// edits). New/Edit/Delete/Pay are actions on the page's toolbar and, through addActionsTo(),
// in the window's Budget menu; their shortcuts work while the page has focus. Every edit is
// one undo step through the editor. Dialogs open non-modally to the window (open()).
class BillsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(BillsPage)
public:
    explicit BillsPage(BudgetEditor& editor, QWidget* parent = nullptr);
    ~BillsPage() override;

    [[nodiscard]] QAction* newAction() const { return m_newAction; }
    [[nodiscard]] QAction* editAction() const { return m_editAction; }
    [[nodiscard]] QAction* deleteAction() const { return m_deleteAction; }
    [[nodiscard]] QAction* payAction() const { return m_payAction; }
    void addActionsTo(QMenu* menu) const;

    [[nodiscard]] BillModel* billModel() const { return m_allModel; }
    [[nodiscard]] BillModel* dueModel() const { return m_dueModel; }
    [[nodiscard]] QTableView* billsView() const { return m_allView; }
    [[nodiscard]] QTableView* dueView() const { return m_dueView; }
    [[nodiscard]] bool isEmptyStateShown() const;

    [[nodiscard]] QString selectedBillId() const;
    void selectBill(const QString& billId); // in "All bills"

    // The dialog currently open, if any (tests fill them in through their widgets).
    [[nodiscard]] BillDialog* billDialog() const;
    [[nodiscard]] PayBillDialog* payDialog() const;

public Q_SLOTS:
    void newBill();
    void editBill();
    void deleteBill();
    void payBill();

Q_SIGNALS:
    // A page action was triggered (e.g. from the Budget menu) while another page is shown.
    void activationRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void showBillDialog(const QString& billId);
    void rememberSelection();
    void restoreSelection();
    [[nodiscard]] QString idAt(QTableView* view) const;
    void requestActivation();

    BudgetEditor& m_editor;
    BillModel* m_allModel = nullptr;
    BillModel* m_dueModel = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QToolBar* m_toolBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyStateWidget* m_empty = nullptr;
    QLabel* m_dueTitle = nullptr;
    QLabel* m_dueSummary = nullptr;
    QLabel* m_allTitle = nullptr;
    QTableView* m_dueView = nullptr;
    QTableView* m_allView = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_payAction = nullptr;
    QPointer<BillDialog> m_billDialog;
    QPointer<PayBillDialog> m_payDialog;
    QString m_selectedBeforeReset;
    bool m_selectedInDue = false;
};

} // namespace vv::ui
