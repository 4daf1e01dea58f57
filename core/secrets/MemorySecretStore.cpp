#include "secrets/MemorySecretStore.h"

#include <openssl/crypto.h>

namespace vv::secrets {

namespace {
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
}
} // namespace

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{ }

MemorySecretStore::~MemorySecretStore()
{
    for (auto it = m_values.begin(); it != m_values.end(); ++it)
        wipe(it.value());
}

void MemorySecretStore::setFailure(SecretError error)
{
    m_failure = error;
}

bool MemorySecretStore::failIfSet(const QString& key, const Completion& complete) const
{
    if (m_failure == SecretError::NoError)
        return false;
    SecretResult r;
    r.key = key;
    r.error = m_failure;
    r.errorString = m_failure == SecretError::NoKeychain ? tr("No system keychain is available (simulated).")
                                                         : tr("Simulated secret store failure.");
    complete(std::move(r));
    return true;
}

void MemorySecretStore::startRead(const QString& key, Completion complete)
{
    if (failIfSet(key, complete))
        return;
    SecretResult r;
    r.key = key;
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd()) {
        r.error = SecretError::NotFound;
        r.errorString = tr("No secret is stored under this name.");
    } else {
        r.value = QByteArray(it.value().constData(), it.value().size());
    }
    complete(std::move(r));
}

void MemorySecretStore::startWrite(const QString& key, const QByteArray& value, Completion complete)
{
    if (failIfSet(key, complete))
        return;
    auto it = m_values.find(key);
    if (it != m_values.end())
        wipe(it.value());
    m_values.insert(key, QByteArray(value.constData(), value.size()));
    SecretResult r;
    r.key = key;
    complete(std::move(r));
}

void MemorySecretStore::startDelete(const QString& key, Completion complete)
{
    if (failIfSet(key, complete))
        return;
    auto it = m_values.find(key);
    if (it != m_values.end()) {
        wipe(it.value());
        m_values.erase(it);
    }
    SecretResult r;
    r.key = key;
    complete(std::move(r));
}

} // namespace vv::secrets
