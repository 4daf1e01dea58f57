#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace vv::secrets {

// An in-memory SecretStore for tests and for callers that must not touch the system
// keychain. Same asynchronous contract as the keychain store. setFailure() makes every
// following request fail with that error, to test how callers handle a missing keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;
    Q_DISABLE_COPY(MemorySecretStore)

    // NoError restores normal operation.
    void setFailure(SecretError error);
    [[nodiscard]] SecretError failure() const { return m_failure; }
    [[nodiscard]] qsizetype count() const { return m_values.size(); }

protected:
    void startRead(const QString& key, Completion complete) override;
    void startWrite(const QString& key, const QByteArray& value, Completion complete) override;
    void startDelete(const QString& key, Completion complete) override;

private:
    [[nodiscard]] bool failIfSet(const QString& key, const Completion& complete) const;

    QHash<QString, QByteArray> m_values;
    SecretError m_failure = SecretError::NoError;
};

} // namespace vv::secrets
