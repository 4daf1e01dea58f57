#include "sync/AppSyncController.h"

#include "budget/Schema.h"
#include "mainwindow/MainWindow.h"
#include "sharing/KeychainMessage.h"
#include "sharing/SecretClipboard.h"
#include "sharing/ShareBudgetDialog.h"
#include "sharing/SyncSetupDialog.h"
#include "status/SyncStatusWidget.h"
#include "sync/SignalingController.h"
#include "sync/SyncOrchestrator.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStandardPaths>

namespace vv::ui {

using sync::BudgetProfile;
using sync::SyncOrchestrator;

namespace {
bool isKeychainError(BudgetProfile::Error error)
{
    return error == BudgetProfile::Error::NoKeychain || error == BudgetProfile::Error::KeychainFailed;
}
} // namespace

AppSyncController::AppSyncController(settings::Settings& settings, secrets::SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_profileDir(defaultProfileDir())
    , m_devIdentity(settings::developerSyncIdentityFromEnvironment())
    , m_clipboard(new SecretClipboard(this))
{
    // The pin for a self-hosted server's certificate covers the store API too, not only signaling.
    connect(&m_settings, &settings::Settings::changed, this, [this](settings::Settings::Key key) {
        if (key == settings::Settings::Key::PinnedCertificateSha256 && m_profile)
            m_profile->setPinnedCertificateSha256(m_settings.pinnedCertificateSha256());
    });
}

AppSyncController::~AppSyncController()
{
    m_signalingController.reset();
    if (m_profile)
        m_profile->close();
}

QString AppSyncController::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/profile");
}

void AppSyncController::setProfileDir(const QString& dir)
{
    m_profileDir = dir;
}

void AppSyncController::attach(MainWindow* window)
{
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    if (!m_window)
        return;
    connect(m_window, &MainWindow::setUpSyncRequested, this, &AppSyncController::showSetUpSync);
    connect(m_window, &MainWindow::newBudgetRequested, this, &AppSyncController::showNewBudget);
    connect(m_window, &MainWindow::shareBudgetRequested, this, &AppSyncController::showShareBudget);
    connect(m_window->syncStatusWidget(), &SyncStatusWidget::syncRequested, this, &AppSyncController::syncNow);
    m_window->setSyncedBudget(m_profileOpen && m_profile && !m_profile->serverUrl().isEmpty());
}

void AppSyncController::start()
{
    auto probe = std::make_unique<BudgetProfile>(&m_secrets);
    probe->setProfileDir(m_profileDir);
    if (!probe->hasProfile()) {
        activate(&m_devService, &m_devIdentity);
        return;
    }
    m_profile = std::move(probe);
    m_profile->setPinnedCertificateSha256(m_settings.pinnedCertificateSha256());
    // Local only until the key is read from the keychain (which may ask the user to unlock it).
    activate(&m_devService, &m_devIdentity);
    m_profile->open([this](bool ok) {
        if (ok)
            onProfileReady(false);
        else
            showProfileProblem(m_profile.get(), false);
    });
}

BudgetProfile* AppSyncController::profile() const
{
    return m_profileOpen ? m_profile.get() : nullptr;
}

signaling::SignalingService* AppSyncController::activeService() const
{
    if (m_profileOpen && m_profile && m_profile->signaling())
        return m_profile->signaling();
    return const_cast<signaling::SignalingService*>(&m_devService);
}

QWidget* AppSyncController::dialogParent() const
{
    return m_window;
}

void AppSyncController::activate(signaling::SignalingService* service, settings::SyncIdentitySource* identity)
{
    m_signalingController.reset();
    m_signalingController = std::make_unique<SignalingController>(m_settings, *service, *identity);
    m_signalingController->watchNetwork(); // network back: retry now rather than after the backoff
    if (m_window) {
        m_window->syncStatusWidget()->setService(service);
        m_window->setLocalOnly(m_signalingController->isLocalOnly());
        connect(
            m_signalingController.get(), &SignalingController::localOnlyChanged, m_window, &MainWindow::setLocalOnly);
    }
    m_signalingController->apply();
}

void AppSyncController::onProfileReady(bool setUpNow)
{
    const bool firstOpen = !m_profileOpen;
    m_profileOpen = true;
    // The budget lives on the profile's server (its token is registered there): signaling must
    // go there too, whatever Preferences last said (e.g. a profile made with violetvault-cli).
    const QUrl server = m_profile->serverUrl();
    if (server.isValid() && m_settings.websocketUrl() != server
        && !m_settings.isOverriddenByEnvironment(settings::Settings::Key::WebsocketUrl))
        m_settings.setWebsocketUrl(server);
    // Setting up sync means wanting it live. On later starts the user's switch in Preferences
    // decides (off: the orchestrator still polls).
    if (setUpNow)
        m_settings.setWebsocketEnabled(true);
    m_devService.stop();
    if (m_profile->signaling())
        activate(m_profile->signaling(), m_profile.get());
    connectOrchestrator();
    m_profile->startSync();
    if (m_window)
        m_window->setSyncedBudget(server.isValid() && !server.isEmpty());
    if (firstOpen)
        Q_EMIT profileActivated();
}

void AppSyncController::connectOrchestrator()
{
    SyncOrchestrator* orchestrator = m_profile->orchestrator();
    if (!orchestrator || !m_window)
        return;
    SyncStatusWidget* status = m_window->syncStatusWidget();
    // The status widget is the context: a replaced profile takes its connections with it.
    connect(orchestrator, &SyncOrchestrator::syncFinished, status, [this, status, orchestrator](bool ok) {
        if (!ok)
            return;
        const QDateTime at = orchestrator->lastSyncAt();
        status->setLastSync(at.isValid() ? at : QDateTime::currentDateTime());
        status->setSyncError({});
        Q_UNUSED(this);
    });
    connect(orchestrator, &SyncOrchestrator::errorOccurred, status,
        [this, status](const QString&) { status->setSyncError(describeSyncError()); });
    connect(orchestrator, &SyncOrchestrator::pendingCountChanged, status, &SyncStatusWidget::setPendingCount);
    connect(orchestrator, &QObject::destroyed, status, [status] { status->setSyncAvailable(false); });
    status->setSyncAvailable(true);
    status->setPendingCount(orchestrator->pendingCount());
    if (orchestrator->lastSyncAt().isValid())
        status->setLastSync(orchestrator->lastSyncAt());
}

QString AppSyncController::describeSyncError() const
{
    const SyncOrchestrator* orchestrator = m_profile ? m_profile->orchestrator() : nullptr;
    if (!orchestrator)
        return {};
    switch (orchestrator->lastError()) {
    case SyncOrchestrator::Error::NoError:
        return {};
    case SyncOrchestrator::Error::ServerUnavailable:
        return tr("Could not reach the sync server. Your changes are kept and sent later.");
    case SyncOrchestrator::Error::RateLimited:
        return tr("The sync server asked to wait; syncing again shortly.");
    case SyncOrchestrator::Error::Unauthorized:
    case SyncOrchestrator::Error::TokenRefused:
        return tr("The sync server refused this budget's key. Join the budget again.");
    case SyncOrchestrator::Error::Rejected:
        return tr("The sync server did not accept some changes; trying again.");
    case SyncOrchestrator::Error::LocalStoreFailed:
        return tr("Synced changes could not be saved on this computer.");
    case SyncOrchestrator::Error::InvalidConfig:
        return tr("The sync settings are not valid. Check the server address.");
    }
    return {};
}

void AppSyncController::showNewBudget()
{
    if (m_profileOpen) {
        // One budget per profile for now; say so rather than silently doing nothing.
        auto* box = new QMessageBox(QMessageBox::Information, tr("New Budget"),
            tr("This computer already has a budget open. VioletVault keeps one budget per user account."),
            QMessageBox::Ok, dialogParent());
        box->setObjectName(QStringLiteral("oneBudgetMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    openSetupDialog(true);
}

void AppSyncController::showSetUpSync()
{
    if (m_profileOpen && m_profile && !m_profile->serverUrl().isEmpty()) {
        showShareBudget(); // one synced budget per profile: offer to share it instead
        return;
    }
    openSetupDialog(false);
}

void AppSyncController::openSetupDialog(bool newBudget)
{
    if (m_setupDialog) {
        m_setupDialog->raise();
        m_setupDialog->activateWindow();
        return;
    }
    m_setupDialog = new SyncSetupDialog(dialogParent());
    m_setupDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (newBudget) {
        m_setupDialog->setServerOptional(true);
    } else {
        m_setupDialog->setServerUrl(m_settings.websocketUrl());
        if (m_profileOpen && m_profile) {
            namespace schema = vv::budget::schema;
            const auto& state = m_profile->state();
            m_setupDialog->setExistingBudget(state.value(schema::Budget, schema::BudgetId, schema::Name).toString(),
                state.value(schema::Budget, schema::BudgetId, schema::Currency).toString());
        }
    }
    connect(m_setupDialog, &SyncSetupDialog::submitted, this, &AppSyncController::onSetupSubmitted);
    m_setupDialog->open();
}

void AppSyncController::connectExistingBudget(const QUrl& server)
{
    if (!m_profile->setServerUrl(server)) {
        m_setupDialog->setBusy(false);
        m_setupDialog->setError(tr("The budget could not be connected to this server."));
        return;
    }
    onProfileReady(true);
    m_setupDialog->accept();
}

void AppSyncController::onSetupSubmitted()
{
    if (!m_setupDialog)
        return;
    SyncSetupDialog* dialog = m_setupDialog;
    if (dialog->hasExistingBudget() && m_profileOpen && m_profile) {
        dialog->setBusy(true);
        connectExistingBudget(dialog->serverUrl());
        return;
    }
    if (m_profileOpen || m_profile)
        return;
    dialog->setBusy(true);
    m_profile = std::make_unique<BudgetProfile>(&m_secrets);
    m_profile->setProfileDir(m_profileDir);
    m_profile->setPinnedCertificateSha256(m_settings.pinnedCertificateSha256());
    const bool withServer = !dialog->serverUrl().isEmpty();
    auto done = [this, withServer](bool ok) {
        if (ok) {
            onProfileReady(withServer);
            if (m_setupDialog)
                m_setupDialog->accept();
        } else {
            showProfileProblem(m_profile.get(), true);
        }
    };
    if (dialog->mode() == SyncSetupDialog::Mode::Create)
        m_profile->create(dialog->budgetName(), dialog->currency(), dialog->serverUrl(), done);
    else
        m_profile->join(dialog->shareCode(), dialog->serverUrl(), done);
}

void AppSyncController::showProfileProblem(BudgetProfile* profile, bool setup)
{
    const BudgetProfile::Error error = profile ? profile->error() : BudgetProfile::Error::NotOpen;
    // Called from the profile's own callback: delete it later, not under its feet.
    if (m_profile)
        m_profile.release()->deleteLater();
    m_profileOpen = false;

    QString message;
    switch (error) {
    case BudgetProfile::Error::InvalidArgument:
        message = tr("The server address, budget name or currency is not valid.");
        break;
    case BudgetProfile::Error::ProfileExists:
        message = tr("This computer already has a synced budget.");
        break;
    case BudgetProfile::Error::InvalidShareCode:
        message = tr("This share code is not valid.");
        break;
    case BudgetProfile::Error::KeyMissing:
        message = tr("The key of your synced budget is not in this keychain. Join the budget again with a "
                     "share code from another device.");
        break;
    case BudgetProfile::Error::BadProfile:
        message = tr("The synced budget's settings on this computer are damaged.");
        break;
    case BudgetProfile::Error::StoreFailed:
        message = tr("The budget could not be saved on this computer.");
        break;
    case BudgetProfile::Error::CryptoFailed:
        message = tr("The encryption keys could not be made.");
        break;
    default:
        message = setup ? tr("Sync could not be set up.") : tr("The synced budget could not be opened.");
        break;
    }

    if (isKeychainError(error)) {
        secrets::SecretError secretError = m_secrets.error();
        if (error == BudgetProfile::Error::NoKeychain || secretError == secrets::SecretError::NoError)
            secretError = error == BudgetProfile::Error::NoKeychain ? secrets::SecretError::NoKeychain
                                                                    : secrets::SecretError::Other;
        message = KeychainMessage::text(secretError);
        if (m_setupDialog)
            m_setupDialog->reject(); // do not continue without a keychain
        KeychainMessage::create(secretError, dialogParent())->open();
    } else if (setup && m_setupDialog) {
        m_setupDialog->setBusy(false);
        m_setupDialog->setError(message);
    } else {
        auto* box
            = new QMessageBox(QMessageBox::Warning, tr("Synced Budget"), message, QMessageBox::Ok, dialogParent());
        box->setObjectName(QStringLiteral("profileMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT problemOccurred(message);
}

void AppSyncController::showShareBudget()
{
    if (!m_profileOpen || !m_profile) {
        showSetUpSync();
        return;
    }
    if (m_shareDialog) {
        m_shareDialog->raise();
        m_shareDialog->activateWindow();
        return;
    }
    m_profile->requestShareCode(this, [this](const QString& code, const QString&) {
        if (code.isEmpty()) {
            const secrets::SecretError error
                = m_secrets.error() == secrets::SecretError::NoError ? secrets::SecretError::Other : m_secrets.error();
            KeychainMessage::create(error, dialogParent())->open();
            Q_EMIT problemOccurred(KeychainMessage::text(error));
            return;
        }
        if (m_shareDialog)
            return;
        m_shareDialog = new ShareBudgetDialog(code, m_clipboard, dialogParent());
        m_shareDialog->setAttribute(Qt::WA_DeleteOnClose);
        // The name is budget data (decrypted locally), shown so the user knows which budget goes.
        namespace schema = vv::budget::schema;
        m_shareDialog->setBudgetName(
            m_profile->state().value(schema::Budget, schema::BudgetId, schema::Name).toString());
        m_shareDialog->open();
    });
}

void AppSyncController::syncNow()
{
    if (m_profileOpen && m_profile && m_profile->orchestrator())
        m_profile->orchestrator()->syncNow();
}

void AppSyncController::shutdown()
{
    if (m_profile)
        m_profile->stopSync();
    m_devService.stop();
}

} // namespace vv::ui
