#pragma once

// One running copy of the desktop app for tests, wired as app/violetvault/main.cpp wires it:
// a Settings file, the MainWindow, the AppSyncController (profile, keychain, sync) and the
// BudgetController that puts an open budget on screen. Real parts throughout; the keychain is
// the test's SecretStore.
#include "mainwindow/MainWindow.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "status/SyncStatusWidget.h"
#include "sync/AppSyncController.h"
#include "workspace/BudgetController.h"

#include <QDialogButtonBox>
#include <QProcessEnvironment>
#include <QPushButton>

#include <memory>

namespace vv::ui::test {

struct App {
    std::unique_ptr<settings::Settings> settings;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<AppSyncController> sync;
    std::unique_ptr<BudgetController> budget;

    App(const QString& dir, secrets::SecretStore& secrets)
    {
        settings = std::make_unique<settings::Settings>(dir + QStringLiteral("/settings.ini"));
        settings->setEnvironment(QProcessEnvironment()); // no VIOLETVAULT_* overrides from the runner
        settings->setHeartbeatIntervalMs(1000);
        window = std::make_unique<MainWindow>(*settings, nullptr);
        sync = std::make_unique<AppSyncController>(*settings, secrets);
        sync->setProfileDir(dir + QStringLiteral("/profile"));
        sync->attach(window.get());
        budget = std::make_unique<BudgetController>(window.get());
        QObject::connect(
            sync.get(), &AppSyncController::profileActivated, budget.get(), [this] { budget->open(sync->profile()); });
        sync->start();
    }
    ~App()
    {
        budget.reset(); // lets go of the budget before the profile closes
        sync.reset(); // before the window it observes
        window.reset();
    }
    [[nodiscard]] SyncStatusWidget* status() const { return window->syncStatusWidget(); }
};

inline QPushButton* okButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace vv::ui::test
