#pragma once

#include "budget/Month.h"

#include <QString>

class QComboBox;
class QDateEdit;
class QLabel;
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

} // namespace envelopefields
} // namespace vv::ui
