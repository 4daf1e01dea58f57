#pragma once

#include "budget/Entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vv::ui {

class BudgetEditor;

// Create or edit a bill: name, payee (defaults to the name), amount, envelope, frequency and
// the first due date (the schedule's anchor); when editing, the next due date too.
// OK stays disabled, with an inline message saying why, until the input is valid.
// The dialog only collects input: the caller plans createBill/updateBill with bill().
class BillDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(BillDialog)
public:
    // `existing` null: a new bill (first due date = today).
    explicit BillDialog(BudgetEditor& editor, const vv::budget::Bill* existing = nullptr, QWidget* parent = nullptr);
    ~BillDialog() override;

    [[nodiscard]] bool isEditing() const { return !m_billId.isEmpty(); }
    [[nodiscard]] vv::budget::Bill bill() const;
    // Empty when the input is valid.
    [[nodiscard]] QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();
    void updateAnchorHint();

    BudgetEditor& m_editor;
    QString m_billId;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_payee = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_envelope = nullptr;
    QComboBox* m_frequency = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_nextDue = nullptr;
    QLabel* m_anchorHint = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<QLabel*> m_labels;
};

} // namespace vv::ui
