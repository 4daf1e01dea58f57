#pragma once

#include "settings/Settings.h"
#include "settings/SyncIdentitySource.h"
#include "signaling/SignalingService.h"

#include <QObject>
#include <QPointer>

namespace vv::ui {

// Keeps the SignalingService in step with Settings and the sync identity: a change of the
// switch, URL or intervals in Preferences applies at once (setConfig), without a restart.
// Without a synced budget (no identity) nothing connects and the app is "Local only".
class SignalingController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(SignalingController)
public:
    SignalingController(settings::Settings& settings, signaling::SignalingService& service,
        settings::SyncIdentitySource& identity, QObject* parent = nullptr);
    ~SignalingController() override;

    [[nodiscard]] bool isLocalOnly() const;
    // Follows the OS's network reachability (QNetworkInformation) and asks the service to try
    // at once when the network comes back, instead of waiting out the backoff. Returns false
    // when the platform has no backend (then backoff alone decides).
    bool watchNetwork();

public Q_SLOTS:
    // Builds the config from Settings + identity and hands it to the service if it changed.
    void apply();

Q_SIGNALS:
    void localOnlyChanged(bool localOnly);

private:
    void onSettingChanged(settings::Settings::Key key);

    settings::Settings& m_settings;
    QPointer<signaling::SignalingService> m_service;
    QPointer<settings::SyncIdentitySource> m_identity;
    bool m_localOnly = true;
};

} // namespace vv::ui
