#pragma once

#include "budget/Month.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vv::ui {

class BudgetEditor;

// Move money from one envelope to another for a month (Budget::moveMoney, one undo step).
// Both lists also offer "Unassigned", so money can go back to be reassigned. Shows both
// balances before and after; an envelope may go negative (shown plainly). OK stays disabled,
// with the reason, until the two differ and the amount is above zero; a change the budget
// refuses anyway is shown inline and nothing is pushed.
class MoveMoneyDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(MoveMoneyDialog)
public:
    MoveMoneyDialog(
        BudgetEditor& editor, const QString& fromEnvelopeId, vv::budget::Month month, QWidget* parent = nullptr);
    ~MoveMoneyDialog() override;

    [[nodiscard]] QString fromId() const;
    [[nodiscard]] QString toId() const;
    [[nodiscard]] QString problem() const; // "" when OK is enabled
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString fromBalanceText() const;
    [[nodiscard]] QString toBalanceText() const;

public Q_SLOTS:
    void accept() override;

private:
    void refresh();
    [[nodiscard]] qint64 balanceOf(const QString& id) const;

    BudgetEditor& m_editor;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QLineEdit* m_amount = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_fromBalance = nullptr;
    QLabel* m_toBalance = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vv::ui
