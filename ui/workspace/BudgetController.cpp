#include "workspace/BudgetController.h"

#include "budget/Budget.h"
#include "mainwindow/MainWindow.h"
#include "sync/BudgetProfile.h"
#include "workspace/BudgetEditor.h"
#include "workspace/BudgetPages.h"
#include "workspace/BudgetWorkspace.h"

#include <QUndoStack>

namespace vv::ui {

BudgetController::BudgetController(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{ }

BudgetController::~BudgetController()
{
    close();
}

BudgetWorkspace* BudgetController::workspace() const
{
    return m_window ? m_window->workspace() : nullptr;
}

void BudgetController::open(vv::sync::BudgetProfile* profile)
{
    close();
    if (!profile || !profile->isOpen())
        return;
    m_profile = profile;
    m_budget = std::make_unique<vv::budget::Budget>(
        profile->state(), [profile](const QList<vv::store::Operation>& ops) { return profile->appendOps(ops); },
        profile->clock());
    m_editor = std::make_unique<BudgetEditor>(*m_budget);
    connect(
        profile, &vv::sync::BudgetProfile::remoteOpsApplied, m_budget.get(), &vv::budget::Budget::operationsApplied);
    connect(m_budget.get(), &vv::budget::Budget::changed, this, [this](const vv::budget::AppliedChanges& c) {
        if (c.budgetChanged || c.rebuilt)
            updateTitle();
    });
    if (m_window) {
        m_editor->setMessageParent(m_window);
        auto* workspace = new BudgetWorkspace(*m_editor);
        // setWorkspace() empties the Budget menu of the previous budget's commands: install after.
        m_window->setWorkspace(workspace, m_editor->undoStack());
        BudgetPages::install(*workspace, *m_editor, *m_window);
    }
    updateTitle();
    Q_EMIT budgetOpened();
}

void BudgetController::close()
{
    if (!m_budget)
        return;
    // The workspace's pages hold references to the editor and budget: remove them first.
    if (m_window)
        m_window->setWorkspace(nullptr, nullptr);
    if (m_profile)
        disconnect(m_profile, nullptr, m_budget.get(), nullptr);
    m_editor.reset();
    m_budget.reset();
    m_profile.clear();
    if (m_window)
        m_window->setWindowTitle(MainWindow::tr("VioletVault"));
    Q_EMIT budgetClosed();
}

void BudgetController::updateTitle()
{
    if (!m_window || !m_budget)
        return;
    const QString name = m_budget->info().name;
    // The name is budget data; it stays in this window (never logged).
    m_window->setWindowTitle(name.isEmpty() ? MainWindow::tr("VioletVault") : name + QStringLiteral(" — VioletVault"));
}

} // namespace vv::ui
