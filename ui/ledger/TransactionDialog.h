#pragma once

#include "budget/Change.h"
#include "budget/Entities.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace vv::ui {

class BudgetEditor;
class SplitLinesEditor;

// Add or edit one transaction: date, payee (completed from known payees), a positive amount
// with Expense/Income, envelope, note, cleared, and an optional split across envelopes with a
// live "Remaining to assign". OK stays disabled, with an inline message saying why, until
// the input is valid. The dialog only returns the Transaction; the page applies the Change.
class TransactionDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(TransactionDialog)
public:
    explicit TransactionDialog(BudgetEditor& editor, QWidget* parent = nullptr);
    ~TransactionDialog() override;

    // Pre-fills every field (splits too); the dialog then edits `transaction`.
    void setTransaction(const vv::budget::Transaction& transaction);
    [[nodiscard]] bool isNew() const { return m_original.id.isEmpty(); }
    // What the fields say (id kept when editing). Only meaningful while isValid().
    [[nodiscard]] vv::budget::Transaction transaction() const;
    [[nodiscard]] bool isValid() const { return m_problem.isEmpty(); }
    [[nodiscard]] QString problem() const { return m_problem; }
    // The Change to apply: addTransaction for a new one, updateTransaction otherwise.
    [[nodiscard]] vv::budget::Change change() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();
    void setSplitMode(bool split);
    [[nodiscard]] int sign() const;
    [[nodiscard]] std::optional<qint64> amount() const; // positive as typed

    BudgetEditor& m_editor;
    vv::budget::Transaction m_original;
    QString m_problem;
    QLabel* m_dateLabel = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_payeeLabel = nullptr;
    QLineEdit* m_payee = nullptr;
    QLabel* m_amountLabel = nullptr;
    QLineEdit* m_amount = nullptr;
    QRadioButton* m_expense = nullptr;
    QRadioButton* m_income = nullptr;
    QButtonGroup* m_kind = nullptr;
    QLabel* m_envelopeLabel = nullptr;
    QComboBox* m_envelope = nullptr;
    QLabel* m_noteLabel = nullptr;
    QLineEdit* m_note = nullptr;
    QCheckBox* m_cleared = nullptr;
    QCheckBox* m_split = nullptr;
    SplitLinesEditor* m_lines = nullptr;
    QLabel* m_remaining = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vv::ui
