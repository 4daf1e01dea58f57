#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace vv::settings {

// The application's preferences: typed getters with defaults, backed by QSettings.
// No singleton: the app constructs one and passes it in; tests construct one on a file.
// Never stores a secret (P3): the sync token and keys live in the keychain, not here.
// VIOLETVAULT_WEBSOCKET_ENABLED, VIOLETVAULT_WEBSOCKET_URL and VIOLETVAULT_PIN_SHA256 override the
// stored values (like the reference's VITE_ variables); the setters still write the stored value.
class Settings : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(Settings)
public:
    enum class Key {
        WebsocketEnabled,
        WebsocketUrl,
        HeartbeatIntervalMs,
        ReconnectIntervalMs,
        MaxReconnectAttempts,
        Language,
        WindowGeometry,
        WindowState,
        PinnedCertificateSha256,
    };
    Q_ENUM(Key)

    static constexpr bool DefaultWebsocketEnabled = false; // optional feature, off unless set
    static constexpr int DefaultHeartbeatIntervalMs = 30000;
    static constexpr int DefaultReconnectIntervalMs = 5000;
    static constexpr int DefaultMaxReconnectAttempts = 10;
    // Accepted ranges; values outside are clamped (short ones exist for tests).
    static constexpr int MinIntervalMs = 10;
    static constexpr int MaxIntervalMs = 3'600'000;
    static constexpr int MaxReconnectAttemptsLimit = 10'000;
    [[nodiscard]] static QUrl defaultWebsocketUrl();

    // Per-user location (organisation/application name of the QCoreApplication), native format.
    explicit Settings(QObject* parent = nullptr);
    // An INI file at `filePath` (tests, portable installs).
    explicit Settings(const QString& filePath, QObject* parent = nullptr);
    ~Settings() override;

    // Test seam: the environment consulted for overrides (default: the process environment).
    void setEnvironment(const QProcessEnvironment& environment);

    [[nodiscard]] bool websocketEnabled() const;
    void setWebsocketEnabled(bool enabled);
    [[nodiscard]] QUrl websocketUrl() const;
    // Refuses (returns false) a URL that checkWebSocketUrl() rejects, including user info.
    bool setWebsocketUrl(const QUrl& url);
    [[nodiscard]] int heartbeatIntervalMs() const;
    void setHeartbeatIntervalMs(int ms);
    [[nodiscard]] int reconnectIntervalMs() const;
    void setReconnectIntervalMs(int ms);
    [[nodiscard]] int maxReconnectAttempts() const; // 0 = forever
    void setMaxReconnectAttempts(int attempts);
    // The sync server's certificate pin (tls::CertificatePin): SHA-256 of its leaf certificate as
    // "AB:CD:..." (64 hex digits), or "" for none (system CAs decide). Not a secret: a fingerprint.
    [[nodiscard]] QString pinnedCertificateSha256() const;
    // Refuses (returns false) text tls::CertificatePin::parse() rejects; "" clears the pin.
    bool setPinnedCertificateSha256(const QString& sha256);
    [[nodiscard]] QString language() const; // "" = system, "en", "de"
    void setLanguage(const QString& language);
    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // True when an environment variable decides the value instead of the stored setting.
    [[nodiscard]] bool isOverriddenByEnvironment(Key key) const;
    // The variable that can override `key`, or an empty string.
    [[nodiscard]] static QString environmentVariable(Key key);

    [[nodiscard]] QString fileName() const;
    void sync(); // flush to disk now (QSettings also flushes on destruction)

Q_SIGNALS:
    void changed(vv::settings::Settings::Key key);

private:
    [[nodiscard]] QVariant stored(Key key) const;
    void store(Key key, const QVariant& value);
    void readEnvironment();

    std::unique_ptr<QSettings> m_settings;
    QProcessEnvironment m_environment;
    std::optional<bool> m_envEnabled;
    std::optional<QUrl> m_envUrl;
    std::optional<QString> m_envPin;
};

[[nodiscard]] QString keyName(Settings::Key key);

} // namespace vv::settings
