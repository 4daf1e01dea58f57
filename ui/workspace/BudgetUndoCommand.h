#pragma once

#include "budget/Change.h"

#include <QPointer>
#include <QUndoCommand>

namespace vv::ui {

class BudgetEditor;

// One user action on the undo stack: redo() commits the change's ops, undo() its inverse.
// Budget::commit stamps both anew each time, so an undo always wins over what it undoes, on
// this device and on the others. BudgetEditor::apply commits before pushing (so a change the
// store refused never becomes an undo step); the push's own first redo() is therefore skipped.
class BudgetUndoCommand : public QUndoCommand
{
public:
    BudgetUndoCommand(BudgetEditor* editor, vv::budget::Change change);
    ~BudgetUndoCommand() override;
    Q_DISABLE_COPY(BudgetUndoCommand)

    void redo() override;
    void undo() override;

    [[nodiscard]] const vv::budget::Change& change() const { return m_change; }

private:
    QPointer<BudgetEditor> m_editor;
    vv::budget::Change m_change;
    bool m_firstRedo = true;
};

} // namespace vv::ui
