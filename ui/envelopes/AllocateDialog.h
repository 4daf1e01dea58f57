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

// Assign unassigned cash to an envelope for a month (Budget::allocate, one undo step). Shows
// the unassigned amount live and what it becomes; going below zero is allowed but warned
// about plainly. OK stays disabled, with the reason, until there is an envelope and an amount
// above zero.
class AllocateDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(AllocateDialog)
public:
    AllocateDialog(BudgetEditor& editor, const QString& envelopeId, vv::budget::Month month, QWidget* parent = nullptr);
    ~AllocateDialog() override;

    [[nodiscard]] QString envelopeId() const;
    [[nodiscard]] QString problem() const; // "" when OK is enabled
    [[nodiscard]] QString unassignedText() const;
    [[nodiscard]] QString warningText() const;

public Q_SLOTS:
    void accept() override;

private:
    void refresh();

    BudgetEditor& m_editor;
    QComboBox* m_envelope = nullptr;
    QLineEdit* m_amount = nullptr;
    QDateEdit* m_month = nullptr;
    QLabel* m_unassigned = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace vv::ui
