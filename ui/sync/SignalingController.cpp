#include "sync/SignalingController.h"

#include "settings/SignalingSettings.h"

#include <QNetworkInformation>

namespace vv::ui {

using signaling::SignalingService;

SignalingController::SignalingController(
    settings::Settings& settings, SignalingService& service, settings::SyncIdentitySource& identity, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_service(&service)
    , m_identity(&identity)
{
    connect(&m_settings, &settings::Settings::changed, this, &SignalingController::onSettingChanged);
    connect(&identity, &settings::SyncIdentitySource::identityChanged, this, &SignalingController::apply);
    m_localOnly = !identity.identity().isValid();
}

SignalingController::~SignalingController() = default;

bool SignalingController::isLocalOnly() const
{
    return m_localOnly;
}

bool SignalingController::watchNetwork()
{
    if (!QNetworkInformation::loadDefaultBackend() || !QNetworkInformation::instance())
        return false;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
        [this](QNetworkInformation::Reachability reachability) {
            if (m_service && reachability == QNetworkInformation::Reachability::Online)
                m_service->networkChanged();
        });
    return true;
}

void SignalingController::onSettingChanged(settings::Settings::Key key)
{
    using Key = settings::Settings::Key;
    switch (key) {
    case Key::WebsocketEnabled:
    case Key::WebsocketUrl:
    case Key::HeartbeatIntervalMs:
    case Key::ReconnectIntervalMs:
    case Key::MaxReconnectAttempts:
    case Key::PinnedCertificateSha256:
        apply();
        break;
    case Key::Language:
    case Key::WindowGeometry:
    case Key::WindowState:
        break;
    }
}

void SignalingController::apply()
{
    if (!m_service || !m_identity)
        return;
    const settings::SyncIdentity identity = m_identity->identity();
    const signaling::SignalingConfig config = settings::signalingConfig(m_settings, identity);
    const bool localOnly = !identity.isValid();
    if (localOnly != m_localOnly) {
        m_localOnly = localOnly;
        Q_EMIT localOnlyChanged(m_localOnly);
    }
    if (!(m_service->config() == config))
        m_service->setConfig(config);
    const SignalingService::State state = m_service->state();
    if (config.enabled
        && (state == SignalingService::State::Disconnected || state == SignalingService::State::Disabled))
        m_service->start();
    else if (!config.enabled && state != SignalingService::State::Disabled
        && state != SignalingService::State::Disconnected)
        m_service->stop();
}

} // namespace vv::ui
