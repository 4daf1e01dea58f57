#include "secrets/SecretStore.h"

#include <QPointer>

namespace vv::secrets {

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<vv::secrets::SecretError>();
}

SecretStore::~SecretStore() = default;

bool SecretStore::isValidKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 200)
        return false;
    for (QChar c : key) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
            || u == u'_' || u == u'/' || u == u'~' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QString SecretStore::masterKeyName(const QString& roomId)
{
    return QStringLiteral("budget/%1/master-key").arg(roomId);
}

void SecretStore::readSecret(const QString& key, QObject* context, Callback done)
{
    dispatch(Kind::Read, key, {}, context, std::move(done));
}

void SecretStore::writeSecret(const QString& key, const QByteArray& value, QObject* context, Callback done)
{
    dispatch(Kind::Write, key, value, context, std::move(done));
}

void SecretStore::deleteSecret(const QString& key, QObject* context, Callback done)
{
    dispatch(Kind::Delete, key, {}, context, std::move(done));
}

void SecretStore::dispatch(Kind kind, const QString& key, const QByteArray& value, QObject* context, Callback done)
{
    // Results are always delivered from the event loop, even when the backend answered at
    // once, so callers see one behaviour whatever the backend.
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    Completion complete = [this, guard, hasContext, done = std::move(done)](SecretResult result) {
        QMetaObject::invokeMethod(
            this,
            [this, guard, hasContext, done, result = std::move(result)]() mutable {
                deliver(std::move(result), guard.data(), hasContext, done);
            },
            Qt::QueuedConnection);
    };
    if (!isValidKey(key)) {
        SecretResult r;
        r.key = key;
        r.error = SecretError::InvalidKey;
        r.errorString = tr("Invalid secret name (1-200 characters of A-Z, a-z, 0-9 and ._/~-).");
        complete(std::move(r));
        return;
    }
    switch (kind) {
    case Kind::Read:
        startRead(key, std::move(complete));
        break;
    case Kind::Write:
        startWrite(key, value, std::move(complete));
        break;
    case Kind::Delete:
        startDelete(key, std::move(complete));
        break;
    }
}

void SecretStore::deliver(SecretResult result, QObject* context, bool hasContext, const Callback& done)
{
    if (!result.isOk() && result.error != SecretError::NotFound) {
        m_error = result.error;
        m_errorString = result.errorString;
        emit errorOccurred(m_error, m_errorString);
    }
    if (hasContext && !context)
        return; // the requester is gone
    if (done)
        done(result);
}

QString SecretStore::errorName(SecretError error)
{
    switch (error) {
    case SecretError::NoError:
        return QStringLiteral("no_error");
    case SecretError::NotFound:
        return QStringLiteral("not_found");
    case SecretError::NoKeychain:
        return QStringLiteral("no_keychain");
    case SecretError::AccessDenied:
        return QStringLiteral("access_denied");
    case SecretError::InvalidKey:
        return QStringLiteral("invalid_key");
    case SecretError::Timeout:
        return QStringLiteral("timeout");
    case SecretError::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("unknown");
}

} // namespace vv::secrets
