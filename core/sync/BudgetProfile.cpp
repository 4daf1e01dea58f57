#include "sync/BudgetProfile.h"

#include "budget/Schema.h"
#include "crypto/Aead.h"
#include "crypto/ShareCode.h"
#include "protocol/SignalCodec.h"
#include "secrets/SecretStore.h"
#include "signaling/SignalingService.h"
#include "store/LocalStore.h"
#include "sync/LocalStoreSyncAdapter.h"
#include "sync/StoreClient.h"
#include "sync/SyncLog.h"
#include "sync/SyncOrchestrator.h"
#include "tls/CertificatePin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>

namespace vv::sync {

using crypto::BudgetKeys;
using crypto::KeyHierarchy;
using crypto::MasterKey;
using secrets::SecretError;
using secrets::SecretResult;
using secrets::SecretStore;
using store::Operation;

namespace {

constexpr int ProfileFormat = 1;

bool isValidServerUrl(const QUrl& url)
{
    return url.isEmpty()
        || (url.isValid() && (url.scheme() == u"ws" || url.scheme() == u"wss") && !url.host().isEmpty());
}

bool isValidCurrency(const QString& code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

// A keychain failure in words that tell the user what to do; never a file fallback.
BudgetProfile::Error errorForSecret(SecretError error)
{
    switch (error) {
    case SecretError::NoKeychain:
        return BudgetProfile::Error::NoKeychain;
    case SecretError::NotFound:
        return BudgetProfile::Error::KeyMissing;
    default:
        return BudgetProfile::Error::KeychainFailed;
    }
}

QString keychainMessage(const SecretResult& result)
{
    if (result.error == SecretError::NoKeychain)
        return QStringLiteral("no system keychain is reachable (VioletVault keeps budget keys only in the keychain, "
                              "never in a file): unlock or start your keychain and try again (%1)")
            .arg(result.errorString);
    return QStringLiteral("keychain: %1").arg(result.errorString);
}

} // namespace

BudgetProfile::BudgetProfile(SecretStore* secrets, QObject* parent)
    : settings::SyncIdentitySource(parent)
    , m_secrets(secrets)
{
    qRegisterMetaType<vv::store::Operation>();
}

BudgetProfile::~BudgetProfile()
{
    close();
}

void BudgetProfile::setProfileDir(const QString& dir)
{
    m_dir = dir;
}

QString BudgetProfile::profileFilePath() const
{
    return QDir(m_dir).filePath(QString::fromLatin1(ProfileFileName));
}

bool BudgetProfile::hasProfile() const
{
    return !m_dir.isEmpty() && QFileInfo::exists(profileFilePath());
}

QString BudgetProfile::newDeviceId()
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id;
    for (int i = 0; i < 16; ++i)
        id.append(QLatin1Char(Alphabet[QRandomGenerator::system()->bounded(64)]));
    return id;
}

QString BudgetProfile::errorName(Error error)
{
    switch (error) {
    case Error::NoError:
        return QStringLiteral("no_error");
    case Error::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case Error::ProfileExists:
        return QStringLiteral("profile_exists");
    case Error::NoProfile:
        return QStringLiteral("no_profile");
    case Error::BadProfile:
        return QStringLiteral("bad_profile");
    case Error::InvalidShareCode:
        return QStringLiteral("invalid_share_code");
    case Error::NoKeychain:
        return QStringLiteral("no_keychain");
    case Error::KeyMissing:
        return QStringLiteral("key_missing");
    case Error::KeychainFailed:
        return QStringLiteral("keychain_failed");
    case Error::StoreFailed:
        return QStringLiteral("store_failed");
    case Error::CryptoFailed:
        return QStringLiteral("crypto_failed");
    case Error::NotOpen:
        return QStringLiteral("not_open");
    }
    return QStringLiteral("unknown");
}

bool BudgetProfile::fail(Error error, const QString& message)
{
    m_error = error;
    m_errorString = message;
    qCInfo(lcSync) << "profile:" << errorName(error); // the message may name paths; keep logs terse
    emit errorOccurred(error, message);
    return false;
}

void BudgetProfile::clearError()
{
    m_error = Error::NoError;
    m_errorString.clear();
}

void BudgetProfile::finish(bool ok, const Done& done)
{
    m_busy = false;
    if (ok) {
        emit opened();
        emit identityChanged();
    }
    if (done)
        done(ok);
}

void BudgetProfile::create(const QString& name, const QString& currency, const QUrl& serverUrl, Done done)
{
    // Every outcome is reported later from the event loop, like the keychain's own answers.
    const auto failLater = [this, done](Error error, const QString& message) {
        QTimer::singleShot(0, this, [this, done, error, message] {
            fail(error, message);
            finish(false, done);
        });
    };
    clearError();
    if (isOpen() || m_busy)
        return failLater(Error::InvalidArgument, QStringLiteral("the profile is already open or busy"));
    if (m_dir.isEmpty())
        return failLater(Error::InvalidArgument, QStringLiteral("no profile directory given"));
    if (hasProfile())
        return failLater(Error::ProfileExists, QStringLiteral("%1 already holds a profile").arg(m_dir));
    if (name.trimmed().isEmpty())
        return failLater(Error::InvalidArgument, QStringLiteral("the budget needs a name"));
    if (!isValidCurrency(currency))
        return failLater(Error::InvalidArgument,
            QStringLiteral("the currency must be a three-letter ISO 4217 code in capitals (e.g. EUR)"));
    if (!isValidServerUrl(serverUrl))
        return failLater(Error::InvalidArgument, QStringLiteral("the server URL must be ws://HOST:PORT or wss://..."));
    const auto key = MasterKey::generate();
    if (!key)
        return failLater(Error::CryptoFailed, QStringLiteral("could not generate a budget key (no randomness)"));
    m_busy = true;
    storeKeyAndOpen(*key, serverUrl, name.trimmed(), currency, std::move(done));
}

void BudgetProfile::join(const QString& shareCode, const QUrl& serverUrl, Done done)
{
    const auto failLater = [this, done](Error error, const QString& message) {
        QTimer::singleShot(0, this, [this, done, error, message] {
            fail(error, message);
            finish(false, done);
        });
    };
    clearError();
    if (isOpen() || m_busy)
        return failLater(Error::InvalidArgument, QStringLiteral("the profile is already open or busy"));
    if (m_dir.isEmpty())
        return failLater(Error::InvalidArgument, QStringLiteral("no profile directory given"));
    if (hasProfile())
        return failLater(Error::ProfileExists, QStringLiteral("%1 already holds a profile").arg(m_dir));
    if (!isValidServerUrl(serverUrl))
        return failLater(Error::InvalidArgument, QStringLiteral("the server URL must be ws://HOST:PORT or wss://..."));
    // ShareCode's messages never repeat a symbol of the input.
    const auto decoded = crypto::ShareCode::decode(shareCode);
    if (!decoded.isOk())
        return failLater(
            Error::InvalidShareCode, QStringLiteral("the share code is not valid: %1").arg(decoded.errorString));
    m_busy = true;
    storeKeyAndOpen(*decoded.key, serverUrl, {}, {}, std::move(done));
}

void BudgetProfile::storeKeyAndOpen(
    const MasterKey& key, const QUrl& serverUrl, const QString& name, const QString& currency, Done done)
{
    const auto keys = KeyHierarchy::derive(key);
    if (!keys || !m_secrets) {
        QTimer::singleShot(0, this, [this, done] {
            fail(m_secrets ? Error::CryptoFailed : Error::NoKeychain,
                m_secrets ? QStringLiteral("could not derive the budget keys") : QStringLiteral("no secret store"));
            finish(false, done);
        });
        return;
    }
    m_secrets->writeSecret(SecretStore::masterKeyName(keys->roomId), key.bytes().view().toByteArray(), this,
        [this, keys = *keys, serverUrl, name, currency, done](const SecretResult& result) {
            if (!result.isOk()) {
                fail(errorForSecret(result.error), keychainMessage(result));
                return finish(false, done);
            }
            m_roomId = keys.roomId;
            m_deviceId = newDeviceId();
            m_serverUrl = serverUrl;
            m_createdAt = QDateTime::currentDateTimeUtc();
            // The file comes after the key: a profile.json always has its key in the keychain.
            if (!writeProfileFile() || !openWithKeys(keys))
                return finish(false, done);
            if (!name.isEmpty()) {
                namespace s = vv::budget::schema;
                if (!write(s::Budget, s::BudgetId, s::Name, name)
                    || !write(s::Budget, s::BudgetId, s::Currency, currency))
                    return finish(false, done);
            }
            finish(true, done);
        });
}

void BudgetProfile::open(Done done)
{
    clearError();
    const auto failLater = [this, done](Error error, const QString& message) {
        QTimer::singleShot(0, this, [this, done, error, message] {
            fail(error, message);
            finish(false, done);
        });
    };
    if (isOpen() || m_busy)
        return failLater(Error::InvalidArgument, QStringLiteral("the profile is already open or busy"));
    if (!hasProfile())
        return failLater(Error::NoProfile,
            QStringLiteral("no budget profile in %1 (create one with 'budget init' or 'budget join')").arg(m_dir));
    if (!readProfileFile())
        return QTimer::singleShot(0, this, [this, done] { finish(false, done); });
    if (!m_secrets)
        return failLater(Error::NoKeychain, QStringLiteral("no secret store"));
    m_busy = true;
    m_secrets->readSecret(SecretStore::masterKeyName(m_roomId), this, [this, done](const SecretResult& result) {
        if (!result.isOk()) {
            if (result.error == SecretError::NotFound)
                fail(Error::KeyMissing,
                    QStringLiteral("the keychain holds no key for this budget: join it again with a share code"));
            else
                fail(errorForSecret(result.error), keychainMessage(result));
            return finish(false, done);
        }
        const auto key = MasterKey::fromBytes(result.value);
        const auto keys = key ? KeyHierarchy::derive(*key) : std::nullopt;
        if (!keys) {
            fail(Error::KeychainFailed, QStringLiteral("the keychain entry for this budget is not a valid key"));
            return finish(false, done);
        }
        if (keys->roomId != m_roomId) {
            fail(Error::KeychainFailed, QStringLiteral("the keychain entry does not belong to this budget"));
            return finish(false, done);
        }
        finish(openWithKeys(*keys), done);
    });
}

void BudgetProfile::requestShareCode(QObject* context, ShareCodeDone done)
{
    if (m_roomId.isEmpty() || !m_secrets) {
        QTimer::singleShot(
            0, context ? context : this, [done] { done({}, QStringLiteral("the profile is not open")); });
        return;
    }
    const QString roomId = m_roomId;
    m_secrets->readSecret(
        SecretStore::masterKeyName(roomId), context ? context : this, [done, roomId](const SecretResult& result) {
            if (!result.isOk()) {
                done({}, keychainMessage(result));
                return;
            }
            const auto key = MasterKey::fromBytes(result.value);
            const auto keys = key ? KeyHierarchy::derive(*key) : std::nullopt;
            if (!keys || keys->roomId != roomId) {
                done({}, QStringLiteral("the keychain entry does not belong to this budget"));
                return;
            }
            done(crypto::ShareCode::encode(*key), {});
        });
}

bool BudgetProfile::openWithKeys(const BudgetKeys& keys)
{
    auto store = std::make_unique<store::LocalStore>(crypto::Aead::fromKeys(keys));
    if (!store->open(m_dir))
        return fail(Error::StoreFailed, QStringLiteral("cannot open the local store: %1").arg(store->errorString()));
    // Start from the snapshot when there is a sound one (else the store warned): only the ops
    // stored after it are decrypted and folded. Remote ops with old stamps stored after it still
    // merge by stamp, as the fold is order-independent.
    std::optional<store::LocalStore::Snapshot> snapshot = store->loadSnapshot();
    const qint64 from = snapshot ? snapshot->covers : 0;
    m_state = snapshot ? std::move(snapshot->state) : store::BudgetState();
    snapshot.reset();
    const qint64 upTo = store->lastSequence();
    m_undecryptable = 0;
    qsizetype replayed = 0;
    if (!store->forEachOperationInRange(
            from, upTo,
            [this, &replayed](const Operation& op) {
                m_state.apply(op);
                ++replayed;
                return true;
            },
            &m_undecryptable))
        return fail(Error::StoreFailed, QStringLiteral("cannot read the local store: %1").arg(store->errorString()));
    m_stateSeq = upTo;
    m_newOps = 0;
    m_replayedAtOpen = replayed;
    m_sinceSnapshot = replayed + m_undecryptable;
    m_clock = std::make_unique<store::HybridLogicalClock>(m_deviceId);
    if (!m_state.maxStamp().isNull())
        m_clock->observe(m_state.maxStamp());
    m_store = std::move(store);
    m_token = QString::fromLatin1(keys.accessToken.view());
    buildSync();
    noteNewOps(0); // a long replay: snapshot once the caller got its window
    return true;
}

void BudgetProfile::noteNewOps(qsizetype count)
{
    m_newOps += count;
    m_sinceSnapshot += count;
    // Past the threshold, and past a quarter of the state: a first sync pulling a large budget
    // page by page then rewrites it a bounded number of times (geometric), not every page.
    const qsizetype due = qMax(SnapshotThreshold, m_state.appliedCount() / 4);
    if (m_sinceSnapshot <= due || m_snapshotScheduled)
        return;
    m_snapshotScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_snapshotScheduled = false;
        if (isOpen())
            writeSnapshot();
    });
}

bool BudgetProfile::writeSnapshot()
{
    if (!m_store || m_sinceSnapshot == 0)
        return true;
    // Skipped (the ops stay the source of truth) when some op did not decrypt, so the next
    // open still sees and reports it, or when something stored ops around this profile that
    // m_state may lack: only a state that is exactly the fold of the covered ops is saved.
    if (m_undecryptable > 0 || m_store->operationCountAfter(m_stateSeq) != m_newOps)
        return false;
    const qint64 covers = qMax(m_stateSeq, m_store->lastSequence());
    if (!m_store->writeSnapshot(m_state, covers))
        return false; // LocalStore logged why
    m_stateSeq = covers;
    m_newOps = 0;
    m_sinceSnapshot = 0;
    return true;
}

void BudgetProfile::buildSync()
{
    if (m_serverUrl.isEmpty())
        return;
    m_client = std::make_unique<StoreClient>();
    m_client->setBaseUrl(StoreClient::baseUrlFromSignalingUrl(m_serverUrl));
    m_client->setRoomId(m_roomId);
    m_client->setToken(m_token);
    m_client->setCertificatePin(tls::CertificatePin::parse(m_pin).value_or(tls::CertificatePin()));
    m_adapter = std::make_unique<LocalStoreSyncAdapter>(m_store.get());
    m_adapter->setNewOpsHandler([this](const QList<Operation>& ops) {
        for (const Operation& op : ops) {
            m_state.apply(op);
            m_clock->observe(op.stamp); // our next edit orders after what we just saw
        }
        noteNewOps(ops.size());
        emit remoteOpsApplied(ops);
    });
    if (m_signalingEnabled) {
        m_signaling = std::make_unique<signaling::SignalingService>();
        signaling::SignalingConfig config;
        config.url = m_serverUrl;
        config.budgetId = m_roomId;
        config.token = m_token;
        config.deviceId = m_deviceId;
        config.pinnedCertificateSha256 = m_pin;
        config.maxReconnectAttempts = 0; // a synced budget keeps trying; the orchestrator polls meanwhile
        m_signaling->setConfig(config);
    }
    m_orchestrator = std::make_unique<SyncOrchestrator>(m_client.get(), m_adapter.get(), m_signaling.get());
    connect(m_store.get(), &store::LocalStore::localOpsAppended, m_orchestrator.get(),
        &SyncOrchestrator::notifyLocalChange);
}

bool BudgetProfile::setPinnedCertificateSha256(const QString& sha256)
{
    const auto pin = tls::CertificatePin::parse(sha256);
    if (!pin)
        return false;
    m_pin = pin->toString();
    if (m_client)
        m_client->setCertificatePin(*pin);
    if (m_signaling) {
        signaling::SignalingConfig config = m_signaling->config();
        config.pinnedCertificateSha256 = m_pin;
        m_signaling->setConfig(config); // reconnects when the pin changed
    }
    return true;
}

void BudgetProfile::startSync()
{
    if (m_orchestrator)
        m_orchestrator->start();
}

void BudgetProfile::stopSync()
{
    if (m_orchestrator)
        m_orchestrator->stop();
}

void BudgetProfile::tearDownSync()
{
    stopSync();
    m_orchestrator.reset();
    m_adapter.reset();
    m_client.reset();
    m_signaling.reset();
}

bool BudgetProfile::setServerUrl(const QUrl& url)
{
    clearError();
    if (!isValidServerUrl(url))
        return fail(Error::InvalidArgument, QStringLiteral("the server URL must be ws://HOST:PORT or wss://..."));
    if (!hasProfile() || m_roomId.isEmpty())
        return fail(Error::NotOpen, QStringLiteral("the profile is not open"));
    const QUrl previous = m_serverUrl;
    m_serverUrl = url;
    if (!writeProfileFile()) {
        m_serverUrl = previous;
        return false;
    }
    if (isOpen()) {
        tearDownSync();
        buildSync();
        emit identityChanged();
    }
    return true;
}

void BudgetProfile::close()
{
    const bool wasOpen = isOpen();
    tearDownSync();
    if (m_store) {
        writeSnapshot(); // best effort: the next open replays only what comes after
        m_store->close();
    }
    m_store.reset();
    m_token.fill(u'\0');
    m_token.clear();
    if (wasOpen) {
        emit closed();
        emit identityChanged();
    }
}

bool BudgetProfile::appendOps(const QList<Operation>& ops)
{
    if (!m_store)
        return fail(Error::NotOpen, QStringLiteral("the profile is not open"));
    if (ops.isEmpty())
        return true;
    for (const Operation& op : ops) {
        const QString why = op.validate();
        if (!why.isEmpty())
            return fail(Error::InvalidArgument, QStringLiteral("invalid operation: %1").arg(why));
    }
    // Durable first: the state never shows an edit that a crash could lose.
    if (!m_store->appendLocal(ops))
        return fail(Error::StoreFailed, QStringLiteral("cannot save the change: %1").arg(m_store->errorString()));
    m_state.applyAll(ops);
    noteNewOps(m_store->lastAppendInserted());
    emit localOpsAppended(ops);
    return true;
}

bool BudgetProfile::write(
    const QString& entityType, const QString& entityId, const QString& field, const QJsonValue& value)
{
    if (!m_clock)
        return fail(Error::NotOpen, QStringLiteral("the profile is not open"));
    return appendOps({ Operation::makeWrite(entityType, entityId, field, value, m_clock->now()) });
}

settings::SyncIdentity BudgetProfile::identity() const
{
    if (!isOpen())
        return {};
    return { m_roomId, m_token, m_deviceId };
}

bool BudgetProfile::writeProfileFile()
{
    if (!QDir().mkpath(m_dir))
        return fail(Error::StoreFailed, QStringLiteral("cannot create the profile directory %1").arg(m_dir));
    // Not secret: the room id is derived one-way from K and is what the server sees anyway.
    const QJsonObject o { { QStringLiteral("format"), ProfileFormat }, { QStringLiteral("roomId"), m_roomId },
        { QStringLiteral("deviceId"), m_deviceId }, { QStringLiteral("serverUrl"), m_serverUrl.toString() },
        { QStringLiteral("created"), m_createdAt.toString(Qt::ISODateWithMs) } };
    QSaveFile file(profileFilePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit())
        return fail(
            Error::StoreFailed, QStringLiteral("cannot write %1: %2").arg(profileFilePath(), file.errorString()));
    return true;
}

bool BudgetProfile::readProfileFile()
{
    QFile file(profileFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::BadProfile, QStringLiteral("cannot read %1: %2").arg(profileFilePath(), file.errorString()));
    QJsonParseError parseError {};
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024), &parseError).object();
    const QString roomId = o.value(QStringLiteral("roomId")).toString();
    const QString deviceId = o.value(QStringLiteral("deviceId")).toString();
    const QUrl serverUrl(o.value(QStringLiteral("serverUrl")).toString());
    if (parseError.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toInt() != ProfileFormat
        || !protocol::SignalCodec::isValidBudgetId(roomId) || !protocol::SignalCodec::isValidDeviceId(deviceId)
        || !isValidServerUrl(serverUrl))
        return fail(Error::BadProfile, QStringLiteral("%1 is not a valid VioletVault profile").arg(profileFilePath()));
    m_roomId = roomId;
    m_deviceId = deviceId;
    m_serverUrl = serverUrl;
    m_createdAt = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    return true;
}

} // namespace vv::sync
