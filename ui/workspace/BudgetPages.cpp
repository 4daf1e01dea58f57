#include "workspace/BudgetPages.h"

#include "mainwindow/MainWindow.h"
#include "workspace/BudgetEditor.h"
#include "workspace/BudgetWorkspace.h"

namespace vv::ui {

void BudgetPages::install(BudgetWorkspace& workspace, BudgetEditor& editor, MainWindow& window)
{
    Q_UNUSED(workspace);
    Q_UNUSED(editor);
    Q_UNUSED(window);
}

} // namespace vv::ui
