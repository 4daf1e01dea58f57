#include "secrets/KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcSecrets, "vv.secrets")

namespace vv::secrets {

namespace {

// True when QtKeychain's message says the transport to the keychain is missing (no D-Bus
// session, no Secret Service on the bus) rather than a problem with this one entry.
bool looksUnreachable(const QString& message)
{
    static const char* const hints[] = {
        "dbus",
        "d-bus",
        "autolaunch",
        "org.freedesktop.secrets",
        "secret service",
        "no such interface",
        "service unknown",
        "name has no owner",
        "not provided by any",
        "kwallet",
        "serviceunknown",
        "could not connect",
        "connection refused",
        "no such file or directory",
    };
    const QString lower = message.toLower();
    for (const char* hint : hints) {
        if (lower.contains(QLatin1StringView(hint)))
            return true;
    }
    return false;
}

SecretResult mapResult(const QString& key, QKeychain::Error error, const QString& message)
{
    SecretResult r;
    r.key = key;
    switch (error) {
    case QKeychain::NoError:
        return r;
    case QKeychain::EntryNotFound:
        r.error = SecretError::NotFound;
        r.errorString = KeychainSecretStore::tr("No secret is stored under this name.");
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.error = SecretError::AccessDenied;
        r.errorString = KeychainSecretStore::tr("Access to the system keychain was denied: %1").arg(message);
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        if (!looksUnreachable(message)) {
            r.error = SecretError::Other;
            r.errorString = KeychainSecretStore::tr("The system keychain reported an error: %1").arg(message);
            return r;
        }
        break;
    }
    r.error = SecretError::NoKeychain;
    r.errorString = KeychainSecretStore::tr("No system keychain is available (%1). VioletVault does not store "
                                            "secrets in plain files; unlock or install a keychain, or enter your "
                                            "share code again when needed.")
                        .arg(message);
    return r;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("VioletVault");
}

void KeychainSecretStore::setTimeout(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void KeychainSecretStore::startRead(const QString& key, Completion complete)
{
    start(Kind::Read, key, {}, std::move(complete));
}

void KeychainSecretStore::startWrite(const QString& key, const QByteArray& value, Completion complete)
{
    start(Kind::Write, key, value, std::move(complete));
}

void KeychainSecretStore::startDelete(const QString& key, Completion complete)
{
    start(Kind::Delete, key, {}, std::move(complete));
}

void KeychainSecretStore::start(Kind kind, const QString& key, const QByteArray& value, Completion complete)
{
    QKeychain::Job* job = nullptr;
    switch (kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Kind::Write: {
        auto* write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setBinaryData(value);
        job = write;
        break;
    }
    case Kind::Delete:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file (P3)

    // Whichever comes first, the job or the timer, completes the request; the other is ignored.
    auto done = std::make_shared<bool>(false);
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [key, done, complete, ms = m_timeoutMs]() {
        if (*done)
            return;
        *done = true;
        qCWarning(lcSecrets, "keychain request timed out after %d ms", ms);
        SecretResult r;
        r.key = key;
        r.error = SecretError::Timeout;
        r.errorString = tr("The system keychain did not answer within %1 seconds.").arg(ms / 1000.0);
        complete(std::move(r));
    });
    connect(job, &QKeychain::Job::finished, this, [kind, key, done, complete](QKeychain::Job* finished) {
        if (*done)
            return;
        *done = true;
        SecretResult r = mapResult(key, finished->error(), finished->errorString());
        if (kind == Kind::Delete && r.error == SecretError::NotFound)
            r = SecretResult { key, {}, SecretError::NoError, {} }; // deleting nothing succeeds
        if (kind == Kind::Read && r.isOk())
            r.value = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
        if (!r.isOk() && r.error != SecretError::NotFound)
            qCWarning(lcSecrets, "keychain error: %s", qUtf8Printable(SecretStore::errorName(r.error)));
        complete(std::move(r));
    });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace vv::secrets
