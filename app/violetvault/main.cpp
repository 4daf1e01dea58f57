// violetvault: the desktop app. Wiring only; everything else lives in vv_ui and core/.
#include "mainwindow/MainWindow.h"
#include "platform/LargePages.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/LanguageSwitcher.h"
#include "settings/Settings.h"
#include "sync/AppSyncController.h"
#include "workspace/BudgetController.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    // Before anything else (no threads yet): may execute this program again with an allocator
    // setting that halves the start-up with a large budget (core/platform/LargePages.h).
    vv::platform::relaunchWithLargePages(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VioletVault"));
    QApplication::setOrganizationDomain(QStringLiteral("violetvault.invalid"));
    QApplication::setApplicationName(QStringLiteral("violetvault"));
    QApplication::setApplicationDisplayName(QStringLiteral("VioletVault"));
    QApplication::setApplicationVersion(QStringLiteral(VV_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.violetvault.VioletVault"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/violetvault.svg")));

    vv::settings::Settings settings;
    vv::ui::LanguageSwitcher language(settings);
    vv::secrets::KeychainSecretStore secrets; // budget keys live in the OS keychain only (P3)

    vv::ui::MainWindow window(settings, nullptr);
    // Opens the synced budget in AppDataLocation/profile if there is one (else Local only),
    // and handles Sync → Set Up Sync… / Share Budget… / Sync Now.
    vv::ui::AppSyncController sync(settings, secrets);
    sync.attach(&window);
    // Once a budget profile is open (at start, or after File → New Budget… / joining), its
    // envelopes, transactions, bills and reports fill the window. Declared after `sync`, so it
    // lets go of the budget before the profile closes.
    vv::ui::BudgetController budget(&window);
    QObject::connect(&sync, &vv::ui::AppSyncController::profileActivated, &budget,
        [&budget, &sync] { budget.open(sync.profile()); });
    // Leave the room with a close frame rather than a dropped socket.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &sync, &vv::ui::AppSyncController::shutdown);
    sync.start();
    window.show();
    return QApplication::exec();
}
