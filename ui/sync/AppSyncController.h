#pragma once

#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "settings/StaticSyncIdentitySource.h"
#include "sharing/ShareBudgetDialog.h"
#include "sharing/SyncSetupDialog.h"
#include "signaling/SignalingService.h"
#include "sync/BudgetProfile.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace vv::ui {

class MainWindow;
class SecretClipboard;
class SignalingController;

// Everything the desktop app does about encrypted sync, so main.cpp stays a few lines:
//  - at start(), opens the budget profile in profileDir() if there is one (BudgetProfile::open,
//    the key from the keychain) and makes it the sync identity: its SignalingService joins the
//    room with room id + token + device id, configured from Settings (SignalingController);
//    without a profile only the developer aid VIOLETVAULT_DEV_ROOM connects, else Local only;
//  - Sync → Set Up Sync… (and the empty state's button) runs SyncSetupDialog: create or join,
//    then switches signaling on in Settings with that server and starts syncing;
//  - Sync → Share Budget… shows the share code (read from the keychain on request only);
//  - the SyncOrchestrator drives the status bar: last sync, changes waiting, sync errors;
//    Sync Now asks it to sync at once;
//  - a missing or refusing keychain is said plainly and nothing is set up (no file fallback).
class AppSyncController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(AppSyncController)
public:
    // Neither is owned; both must outlive the controller.
    AppSyncController(settings::Settings& settings, secrets::SecretStore& secrets, QObject* parent = nullptr);
    ~AppSyncController() override;

    // QStandardPaths::AppDataLocation + "/profile".
    [[nodiscard]] static QString defaultProfileDir();
    void setProfileDir(const QString& dir); // before start(); tests use a temporary directory
    [[nodiscard]] QString profileDir() const { return m_profileDir; }

    // Observes the window (not owned): menus, empty state, status bar.
    void attach(MainWindow* window);
    // Opens the profile if one exists, else applies the developer identity (or Local only).
    void start();

    [[nodiscard]] sync::BudgetProfile* profile() const; // null until a profile is open
    [[nodiscard]] signaling::SignalingService* activeService() const;
    [[nodiscard]] SecretClipboard* clipboard() const { return m_clipboard; }
    [[nodiscard]] SyncSetupDialog* setupDialog() const { return m_setupDialog; }
    [[nodiscard]] ShareBudgetDialog* shareDialog() const { return m_shareDialog; }

public Q_SLOTS:
    // File → New Budget…: create a budget (local only, or synced when a server is given) or join one.
    void showNewBudget();
    // Sync → Set Up Sync…: without a budget, create a synced one or join; with a local-only
    // budget, connect it to a server; with a synced one, share it.
    void showSetUpSync();
    void showShareBudget();
    void syncNow();
    // Stops syncing and leaves the room with a close frame (on quit).
    void shutdown();

Q_SIGNALS:
    // A profile was opened, created or joined (and sync started if it has a server). Once per
    // profile: connecting a local budget to a server later does not emit it again.
    void profileActivated();
    // Opening or setting up failed; `message` is translated and shown to the user.
    void problemOccurred(const QString& message);

private:
    void openSetupDialog(bool newBudget);
    void onSetupSubmitted();
    void connectExistingBudget(const QUrl& server);
    void onProfileReady(bool created);
    void activate(signaling::SignalingService* service, settings::SyncIdentitySource* identity);
    void connectOrchestrator();
    void showProfileProblem(sync::BudgetProfile* profile, bool setup);
    [[nodiscard]] QString describeSyncError() const;
    [[nodiscard]] QWidget* dialogParent() const;

    settings::Settings& m_settings;
    secrets::SecretStore& m_secrets;
    QString m_profileDir;
    QPointer<MainWindow> m_window;
    settings::StaticSyncIdentitySource m_devIdentity;
    signaling::SignalingService m_devService; // only for the developer aid
    std::unique_ptr<sync::BudgetProfile> m_profile; // open, or being opened/created/joined
    bool m_profileOpen = false;
    std::unique_ptr<SignalingController> m_signalingController;
    SecretClipboard* m_clipboard = nullptr;
    QPointer<SyncSetupDialog> m_setupDialog;
    QPointer<ShareBudgetDialog> m_shareDialog;
};

} // namespace vv::ui
