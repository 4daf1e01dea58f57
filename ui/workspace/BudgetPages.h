#pragma once

namespace vv::ui {

class BudgetEditor;
class BudgetWorkspace;
class MainWindow;

// The one place that knows every budget page: adds the pages to a new workspace and their
// commands to the window's Budget menu and File actions. Everything created here is owned by
// the workspace, so closing the budget removes it all.
class BudgetPages
{
public:
    static void install(BudgetWorkspace& workspace, BudgetEditor& editor, MainWindow& window);
};

} // namespace vv::ui
