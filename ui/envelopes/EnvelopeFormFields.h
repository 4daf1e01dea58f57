#pragma once

#include "budget/Month.h"

#include <QString>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace vv::ui {

class BudgetEditor;

// Small pieces the allocation dialogs share.
namespace envelopefields {

// Fills `combo` with the envelopes that are not archived (plus `keepId` if it is archived),
// data = envelope id; with `unassignedFirst` an "Unassigned" entry (data "") comes first.
void fillEnvelopes(QComboBox* combo, const BudgetEditor& editor, bool unassignedFirst, const QString& keepId = {});
// Selects the entry whose data is `id`; false if there is none.
bool selectId(QComboBox* combo, const QString& id);
// A month picker ("November 2026").
QDateEdit* monthEdit(QWidget* parent, vv::budget::Month month);
[[nodiscard]] vv::budget::Month monthOf(const QDateEdit* edit);
// A word-wrapped label for inline messages; `warning` uses the red of negative money.
QLabel* messageLabel(QWidget* parent, const QString& objectName, bool warning);
// The amount field ("amountEdit"): right-aligned, a zero in the budget's currency as placeholder.
QLineEdit* amountEdit(QWidget* parent, const BudgetEditor& editor);
// OK (named `okText` unless empty, default) and Cancel ("buttonBox"), wired to the dialog's
// accept/reject; with `canAccept`, OK accepts only while it returns true (Enter in a field
// presses OK even when the button is disabled).
QDialogButtonBox* okCancelButtons(
    QDialog* dialog, const QString& okText, std::function<bool()> canAccept = std::function<bool()>());
// Calls `refresh` whenever balances change under the open dialog (another device, undo).
void refreshOnBalanceChange(QDialog* dialog, const BudgetEditor& editor, std::function<void()> refresh);

} // namespace envelopefields
} // namespace vv::ui
