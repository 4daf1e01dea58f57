#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace vv::secrets {

enum class SecretError {
    NoError,
    NotFound, // read of a key that has no secret (a normal answer, not a failure)
    NoKeychain, // no system keychain reachable: ask the user, never fall back to a file
    AccessDenied, // the keychain is locked or the user refused access
    InvalidKey, // the key name breaks isValidKey()
    Timeout, // the keychain did not answer in time
    Other,
};

// The answer to one request. `value` is only set by a successful read.
struct SecretResult {
    QString key;
    QByteArray value;
    SecretError error = SecretError::NoError;
    QString errorString; // human-readable, English; never contains the value
    [[nodiscard]] bool isOk() const { return error == SecretError::NoError; }
};

// Where budget secrets live (P3): an asynchronous key -> bytes store.
// Every request completes exactly once, always later from the event loop (never inside the
// call), on the store's thread, by calling `done` -- unless `context` was destroyed first,
// in which case the result is dropped. Deleting a missing key succeeds. A failure other than
// NotFound also sets error()/errorString() and emits errorOccurred, so a UI can show it.
// No exceptions. Values are never logged; keys are names like "budget/<roomId>/master-key".
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult& result)>;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;
    Q_DISABLE_COPY(SecretStore)

    void readSecret(const QString& key, QObject* context, Callback done);
    void writeSecret(const QString& key, const QByteArray& value, QObject* context, Callback done);
    void deleteSecret(const QString& key, QObject* context, Callback done);

    // The last failure (NotFound is not one); NoError until something fails.
    [[nodiscard]] SecretError error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // 1-200 characters of [A-Za-z0-9._/~-]: safe as a keychain account name on every platform.
    [[nodiscard]] static bool isValidKey(QStringView key);
    // The one name under which a budget's master key K is kept: "budget/<roomId>/master-key".
    // (The room id is not secret; keep it in settings to find K again.)
    [[nodiscard]] static QString masterKeyName(const QString& roomId);
    [[nodiscard]] static QString errorName(SecretError error);

signals:
    void errorOccurred(vv::secrets::SecretError error, const QString& errorString);

protected:
    using Completion = std::function<void(SecretResult result)>;
    // Implementations start the work and call `complete` exactly once (synchronously or later).
    // The key has already been validated.
    virtual void startRead(const QString& key, Completion complete) = 0;
    virtual void startWrite(const QString& key, const QByteArray& value, Completion complete) = 0;
    virtual void startDelete(const QString& key, Completion complete) = 0;

private:
    enum class Kind { Read, Write, Delete };
    void dispatch(Kind kind, const QString& key, const QByteArray& value, QObject* context, Callback done);
    void deliver(SecretResult result, QObject* context, bool hasContext, const Callback& done);

    SecretError m_error = SecretError::NoError;
    QString m_errorString;
};

} // namespace vv::secrets

Q_DECLARE_METATYPE(vv::secrets::SecretError)
