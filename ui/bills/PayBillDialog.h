#pragma once

#include "budget/Entities.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vv::ui {

class BudgetEditor;

// Pay one occurrence of a bill: the date paid (default: the due date, as Budget::payBill does)
// and the amount (default: the bill's amount; variable bills change it). The caller plans
// Budget::payBill(billId(), paidOn(), amount()): one undo step that records the expense and
// moves the next due date on.
class PayBillDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(PayBillDialog)
public:
    explicit PayBillDialog(BudgetEditor& editor, const vv::budget::Bill& bill, QWidget* parent = nullptr);
    ~PayBillDialog() override;

    [[nodiscard]] QString billId() const { return m_bill.id; }
    [[nodiscard]] QDate paidOn() const;
    [[nodiscard]] std::optional<qint64> amount() const; // nullopt while the input is invalid
    [[nodiscard]] QString problem() const; // empty when valid

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();

    BudgetEditor& m_editor;
    vv::budget::Bill m_bill;
    QLabel* m_summary = nullptr;
    QLabel* m_paidOnLabel = nullptr;
    QLabel* m_amountLabel = nullptr;
    QDateEdit* m_paidOn = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vv::ui
