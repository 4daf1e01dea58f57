#pragma once

#include "store/Operation.h"

#include <QList>
#include <QString>

namespace vv::budget {

// What one user action does, for a QUndoStack command: redo() commits `ops`, undo() commits
// `inverse` (Budget::commit / redo / undo). Both lists are templates: Budget::commit gives
// every op a fresh HLC stamp and op id when it is committed, so an undo written after other
// edits still wins, and a redo after an undo wins over the undo.
// `inverse` restores the previous field values, deletes entities the change created, and
// re-creates entities the change deleted (under a new id, since deletes are permanent:
// Budget remembers the alias so later commands still find the entity).
struct Change {
    QString description; // translated, for the Undo/Redo menu ("Rename envelope")
    QList<vv::store::Operation> ops;
    QList<vv::store::Operation> inverse;
    QString error; // non-empty: the command was refused (validation); ops are empty
    QString createdId; // the main entity a create command made, if any

    [[nodiscard]] bool isValid() const { return error.isEmpty(); }
    [[nodiscard]] bool isEmpty() const { return ops.isEmpty(); }
    [[nodiscard]] static Change failed(const QString& why)
    {
        Change c;
        c.error = why;
        return c;
    }
};

} // namespace vv::budget
