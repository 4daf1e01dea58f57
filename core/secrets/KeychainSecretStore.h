#pragma once

#include "secrets/SecretStore.h"

namespace vv::secrets {

// SecretStore on the operating system's keychain through QtKeychain (Secret Service /
// GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Manager on Windows).
// Service name "VioletVault". The insecure plain-file fallback is OFF: when no keychain is
// reachable every request fails with SecretError::NoKeychain so the app can ask the user
// what to do instead of silently writing secrets to disk. A request the keychain does not
// answer within timeout() fails with SecretError::Timeout (its late answer is ignored).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 60000; // long enough for a user to unlock the keychain

    explicit KeychainSecretStore(QObject* parent = nullptr);
    ~KeychainSecretStore() override;
    Q_DISABLE_COPY(KeychainSecretStore)

    [[nodiscard]] static QString serviceName();
    [[nodiscard]] int timeout() const { return m_timeoutMs; }
    void setTimeout(int ms);

protected:
    void startRead(const QString& key, Completion complete) override;
    void startWrite(const QString& key, const QByteArray& value, Completion complete) override;
    void startDelete(const QString& key, Completion complete) override;

private:
    enum class Kind { Read, Write, Delete };
    void start(Kind kind, const QString& key, const QByteArray& value, Completion complete);

    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace vv::secrets
