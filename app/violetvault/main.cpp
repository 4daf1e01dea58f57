// violetvault: the desktop app. Wiring only; everything else lives in vv_ui and core/.
#include "mainwindow/MainWindow.h"
#include "settings/LanguageSwitcher.h"
#include "settings/Settings.h"
#include "settings/StaticSyncIdentitySource.h"
#include "signaling/SignalingService.h"
#include "sync/SignalingController.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
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

    // The synced budget's identity comes from the keychain once encrypted sync lands; until
    // then only the developer aid VIOLETVAULT_DEV_ROOM can supply one (else: Local only).
    vv::settings::StaticSyncIdentitySource identity(vv::settings::developerSyncIdentityFromEnvironment());
    vv::signaling::SignalingService signaling;
    vv::ui::SignalingController controller(settings, signaling, identity);
    controller.watchNetwork(); // network back: retry now rather than after the backoff

    vv::ui::MainWindow window(settings, &signaling);
    window.setLocalOnly(controller.isLocalOnly());
    QObject::connect(
        &controller, &vv::ui::SignalingController::localOnlyChanged, &window, &vv::ui::MainWindow::setLocalOnly);
    // Leave the room with a close frame rather than a dropped socket.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &signaling, &vv::signaling::SignalingService::stop);
    controller.apply();
    window.show();
    return QApplication::exec();
}
