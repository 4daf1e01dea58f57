#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace vv::budget {
class Budget;
}
namespace vv::sync {
class BudgetProfile;
}

namespace vv::ui {

class BudgetEditor;
class BudgetWorkspace;
class MainWindow;

// Puts an open budget profile on screen: builds the Budget on the profile's state (its sink is
// the profile's durable, encrypted appendOps), the editor with its undo stack, and the workspace
// with every page, and hands them to the window. Ops pulled from other devices reach the Budget
// through remoteOpsApplied, so every page refreshes live.
class BudgetController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(BudgetController)
public:
    explicit BudgetController(MainWindow* window, QObject* parent = nullptr);
    ~BudgetController() override;

    // `profile` must be open and outlive the controller (or close() first).
    void open(vv::sync::BudgetProfile* profile);
    void close();

    [[nodiscard]] bool isOpen() const { return m_budget != nullptr; }
    [[nodiscard]] vv::budget::Budget* budget() const { return m_budget.get(); }
    [[nodiscard]] BudgetEditor* editor() const { return m_editor.get(); }
    [[nodiscard]] BudgetWorkspace* workspace() const;

Q_SIGNALS:
    void budgetOpened();
    void budgetClosed();

private:
    void updateTitle();

    QPointer<MainWindow> m_window;
    QPointer<vv::sync::BudgetProfile> m_profile;
    std::unique_ptr<vv::budget::Budget> m_budget;
    std::unique_ptr<BudgetEditor> m_editor;
};

} // namespace vv::ui
