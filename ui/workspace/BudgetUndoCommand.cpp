#include "workspace/BudgetUndoCommand.h"

#include "budget/Budget.h"
#include "workspace/BudgetEditor.h"

namespace vv::ui {

BudgetUndoCommand::BudgetUndoCommand(BudgetEditor* editor, vv::budget::Change change)
    : m_editor(editor)
    , m_change(std::move(change))
{
    setText(m_change.description);
}

BudgetUndoCommand::~BudgetUndoCommand() = default;

void BudgetUndoCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // already committed by BudgetEditor::apply
        return;
    }
    if (m_editor)
        m_editor->budget().redo(m_change);
}

void BudgetUndoCommand::undo()
{
    if (m_editor)
        m_editor->budget().undo(m_change);
}

} // namespace vv::ui
