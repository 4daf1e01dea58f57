#include "settings/Settings.h"

#include "settings/WebSocketUrl.h"
#include "tls/CertificatePin.h"

#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSettings, "vv.settings")

namespace vv::settings {
namespace {

constexpr auto EnvEnabled = QLatin1StringView("VIOLETVAULT_WEBSOCKET_ENABLED");
constexpr auto EnvUrl = QLatin1StringView("VIOLETVAULT_WEBSOCKET_URL");
constexpr auto EnvPin = QLatin1StringView("VIOLETVAULT_PIN_SHA256");

std::optional<bool> parseBool(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1StringView("1") || t == QLatin1StringView("true") || t == QLatin1StringView("yes")
        || t == QLatin1StringView("on"))
        return true;
    if (t == QLatin1StringView("0") || t == QLatin1StringView("false") || t == QLatin1StringView("no")
        || t == QLatin1StringView("off"))
        return false;
    return std::nullopt;
}

int clampInterval(int ms)
{
    return std::clamp(ms, Settings::MinIntervalMs, Settings::MaxIntervalMs);
}

} // namespace

QString keyName(Settings::Key key)
{
    switch (key) {
    case Settings::Key::WebsocketEnabled:
        return QStringLiteral("signaling/enabled");
    case Settings::Key::WebsocketUrl:
        return QStringLiteral("signaling/url");
    case Settings::Key::HeartbeatIntervalMs:
        return QStringLiteral("signaling/heartbeatIntervalMs");
    case Settings::Key::ReconnectIntervalMs:
        return QStringLiteral("signaling/reconnectIntervalMs");
    case Settings::Key::MaxReconnectAttempts:
        return QStringLiteral("signaling/maxReconnectAttempts");
    case Settings::Key::Language:
        return QStringLiteral("ui/language");
    case Settings::Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Settings::Key::WindowState:
        return QStringLiteral("window/state");
    case Settings::Key::PinnedCertificateSha256:
        return QStringLiteral("sync/pinnedCertificateSha256");
    }
    return {};
}

QUrl Settings::defaultWebsocketUrl()
{
    return QUrl(QStringLiteral("ws://localhost:8080"));
}

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    readEnvironment();
}

Settings::Settings(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    readEnvironment();
}

Settings::~Settings() = default;

void Settings::setEnvironment(const QProcessEnvironment& environment)
{
    const bool enabledBefore = websocketEnabled();
    const QUrl urlBefore = websocketUrl();
    const QString pinBefore = pinnedCertificateSha256();
    m_environment = environment;
    readEnvironment();
    if (pinnedCertificateSha256() != pinBefore)
        Q_EMIT changed(Key::PinnedCertificateSha256);
    if (websocketEnabled() != enabledBefore)
        Q_EMIT changed(Key::WebsocketEnabled);
    if (websocketUrl() != urlBefore)
        Q_EMIT changed(Key::WebsocketUrl);
}

void Settings::readEnvironment()
{
    m_envEnabled.reset();
    m_envUrl.reset();
    m_envPin.reset();
    if (m_environment.contains(EnvPin)) {
        const auto pin = tls::CertificatePin::parse(m_environment.value(EnvPin));
        if (pin)
            m_envPin = pin->toString();
        else
            qCWarning(lcSettings) << "ignoring" << EnvPin << "(expected 64 hex digits, colons optional)";
    }
    if (m_environment.contains(EnvEnabled)) {
        m_envEnabled = parseBool(m_environment.value(EnvEnabled));
        if (!m_envEnabled)
            qCWarning(lcSettings) << "ignoring" << EnvEnabled << "(expected true/false/1/0)";
    }
    if (m_environment.contains(EnvUrl)) {
        const WebSocketUrlCheck check = checkWebSocketUrl(m_environment.value(EnvUrl));
        if (check.isValid())
            m_envUrl = check.url;
        else // the value itself is not logged: it could carry credentials
            qCWarning(lcSettings) << "ignoring" << EnvUrl << "(not a ws:// or wss:// URL with a host)";
    }
}

QVariant Settings::stored(Key key) const
{
    return m_settings->value(keyName(key));
}

void Settings::store(Key key, const QVariant& value)
{
    const QString name = keyName(key);
    if (m_settings->contains(name) && m_settings->value(name) == value)
        return;
    m_settings->setValue(name, value);
    Q_EMIT changed(key);
}

bool Settings::websocketEnabled() const
{
    if (m_envEnabled)
        return *m_envEnabled;
    return stored(Key::WebsocketEnabled).isValid() ? stored(Key::WebsocketEnabled).toBool() : DefaultWebsocketEnabled;
}

void Settings::setWebsocketEnabled(bool enabled)
{
    store(Key::WebsocketEnabled, enabled);
}

QUrl Settings::websocketUrl() const
{
    if (m_envUrl)
        return *m_envUrl;
    const WebSocketUrlCheck check = checkWebSocketUrl(stored(Key::WebsocketUrl).toString());
    return check.isValid() ? check.url : defaultWebsocketUrl();
}

bool Settings::setWebsocketUrl(const QUrl& url)
{
    const WebSocketUrlCheck check = checkWebSocketUrl(url.toString(QUrl::FullyEncoded));
    if (!check.isValid())
        return false;
    store(Key::WebsocketUrl, check.url.toString(QUrl::FullyEncoded));
    return true;
}

int Settings::heartbeatIntervalMs() const
{
    bool ok = false;
    const int v = stored(Key::HeartbeatIntervalMs).toInt(&ok);
    return ok ? clampInterval(v) : DefaultHeartbeatIntervalMs;
}

void Settings::setHeartbeatIntervalMs(int ms)
{
    store(Key::HeartbeatIntervalMs, clampInterval(ms));
}

int Settings::reconnectIntervalMs() const
{
    bool ok = false;
    const int v = stored(Key::ReconnectIntervalMs).toInt(&ok);
    return ok ? clampInterval(v) : DefaultReconnectIntervalMs;
}

void Settings::setReconnectIntervalMs(int ms)
{
    store(Key::ReconnectIntervalMs, clampInterval(ms));
}

int Settings::maxReconnectAttempts() const
{
    bool ok = false;
    const int v = stored(Key::MaxReconnectAttempts).toInt(&ok);
    return ok ? std::clamp(v, 0, MaxReconnectAttemptsLimit) : DefaultMaxReconnectAttempts;
}

void Settings::setMaxReconnectAttempts(int attempts)
{
    store(Key::MaxReconnectAttempts, std::clamp(attempts, 0, MaxReconnectAttemptsLimit));
}

QString Settings::pinnedCertificateSha256() const
{
    if (m_envPin)
        return *m_envPin;
    const auto pin = tls::CertificatePin::parse(stored(Key::PinnedCertificateSha256).toString());
    return pin ? pin->toString() : QString();
}

bool Settings::setPinnedCertificateSha256(const QString& sha256)
{
    const auto pin = tls::CertificatePin::parse(sha256);
    if (!pin)
        return false;
    store(Key::PinnedCertificateSha256, pin->toString());
    return true;
}

QString Settings::language() const
{
    return stored(Key::Language).toString();
}

void Settings::setLanguage(const QString& language)
{
    store(Key::Language, language);
}

QByteArray Settings::windowGeometry() const
{
    return stored(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    store(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return stored(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    store(Key::WindowState, state);
}

bool Settings::isOverriddenByEnvironment(Key key) const
{
    switch (key) {
    case Key::WebsocketEnabled:
        return m_envEnabled.has_value();
    case Key::WebsocketUrl:
        return m_envUrl.has_value();
    case Key::PinnedCertificateSha256:
        return m_envPin.has_value();
    default:
        return false;
    }
}

QString Settings::environmentVariable(Key key)
{
    switch (key) {
    case Key::WebsocketEnabled:
        return EnvEnabled;
    case Key::WebsocketUrl:
        return EnvUrl;
    case Key::PinnedCertificateSha256:
        return EnvPin;
    default:
        return {};
    }
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace vv::settings
