#pragma once

#include "settings/Settings.h"
#include "signaling/SignalingService.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace vv::ui {

class BudgetWorkspace;
class EmptyStateWidget;
class PreferencesDialog;
class SyncStatusWidget;

// The application shell: menus (File, Edit, View, Budget, Sync, Help), a toolbar, the central area
// (an empty state until a budget is open, then the BudgetWorkspace) and the sync status widget in
// the status bar. Edit → Undo/Redo follow the open budget's undo stack. Remembers its geometry and
// toolbar state in Settings. Works with no service at all (Local only).
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY(MainWindow)
public:
    MainWindow(settings::Settings& settings, signaling::SignalingService* service, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] SyncStatusWidget* syncStatusWidget() const;
    [[nodiscard]] PreferencesDialog* preferencesDialog() const; // nullptr until first opened
    [[nodiscard]] QAction* setUpSyncAction() const { return m_setUpSyncAction; }
    [[nodiscard]] QAction* shareBudgetAction() const { return m_shareBudgetAction; }
    [[nodiscard]] bool hasSyncedBudget() const { return m_syncedBudget; }
    [[nodiscard]] QAction* newBudgetAction() const { return m_newBudgetAction; }
    [[nodiscard]] QAction* importAction() const { return m_importAction; }
    [[nodiscard]] QAction* exportCsvAction() const { return m_exportCsvAction; }
    [[nodiscard]] QAction* backupAction() const { return m_backupAction; }
    [[nodiscard]] QAction* restoreAction() const { return m_restoreAction; }
    [[nodiscard]] QAction* undoAction() const { return m_undoAction; }
    [[nodiscard]] QAction* redoAction() const { return m_redoAction; }
    // Budget pages add their commands here (New Transaction, Allocate…); emptied on close.
    [[nodiscard]] QMenu* budgetMenu() const { return m_budgetMenu; }
    [[nodiscard]] BudgetWorkspace* workspace() const { return m_workspace; }

    // Shows `workspace` (taking ownership) with its undo stack behind Edit → Undo/Redo; null
    // goes back to the empty state. The budget actions are enabled only while one is shown.
    void setWorkspace(BudgetWorkspace* workspace, QUndoStack* undoStack);

public Q_SLOTS:
    // No synced budget: the status bar says "Local only" and nothing connects.
    void setLocalOnly(bool localOnly);
    // A synced budget is open: Share Budget… is offered instead of Set Up Sync….
    void setSyncedBudget(bool synced);
    void showPreferences();
    void showAbout();

Q_SIGNALS:
    // The user chose Sync → Set Up Sync… (or the empty state's button). Handled by AppSyncController.
    void setUpSyncRequested();
    void shareBudgetRequested();
    // File → New Budget… (or the empty state's button when no budget exists yet).
    void newBudgetRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void saveWindowState();
    void restoreWindowState();

    settings::Settings& m_settings;
    QPointer<signaling::SignalingService> m_service;
    SyncStatusWidget* m_syncStatus = nullptr;
    EmptyStateWidget* m_emptyState = nullptr;
    QStackedWidget* m_central = nullptr;
    BudgetWorkspace* m_workspace = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QPointer<PreferencesDialog> m_preferences;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_budgetMenu = nullptr;
    QMenu* m_syncMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_newBudgetAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_setUpSyncAction = nullptr;
    QAction* m_shareBudgetAction = nullptr;
    bool m_syncedBudget = false;
};

} // namespace vv::ui
