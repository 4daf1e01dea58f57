#pragma once

#include "settings/Settings.h"
#include "signaling/SignalingService.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;

namespace vv::ui {

class EmptyStateWidget;
class PreferencesDialog;
class SyncStatusWidget;

// The application shell: menus (File, Edit, View, Help), a toolbar, the central area (an empty
// state until budgeting arrives) and the sync status widget in the status bar. Remembers its
// geometry and toolbar state in Settings. Works with no service at all (Local only).
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY(MainWindow)
public:
    MainWindow(settings::Settings& settings, signaling::SignalingService* service, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] SyncStatusWidget* syncStatusWidget() const;
    [[nodiscard]] PreferencesDialog* preferencesDialog() const; // nullptr until first opened

public Q_SLOTS:
    // No synced budget: the status bar says "Local only" and nothing connects.
    void setLocalOnly(bool localOnly);
    void showPreferences();
    void showAbout();

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
    QPointer<PreferencesDialog> m_preferences;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace vv::ui
