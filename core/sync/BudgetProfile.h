#pragma once

#include "crypto/KeyHierarchy.h"
#include "settings/SyncIdentitySource.h"
#include "store/BudgetState.h"
#include "store/HybridLogicalClock.h"
#include "store/Operation.h"

#include <QDateTime>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace vv::secrets {
class SecretStore;
}
namespace vv::signaling {
class SignalingService;
}
namespace vv::store {
class LocalStore;
}

namespace vv::sync {

class LocalStoreSyncAdapter;
class StoreClient;
class SyncOrchestrator;

// One device's view of one synced, end-to-end encrypted budget: a profile directory with
//   profile.json   non-secret: room id, device id, server URL, creation time
//   store.sqlite   the LocalStore (AES-GCM blobs only, P4)
//   state.snapshot the folded state, sealed like an op (LocalStore::writeSnapshot)
// The master key K lives only in the SecretStore (keychain) under masterKeyName(roomId): never
// in the directory, settings, logs or error texts (P3). The budget's name and currency are data:
// written as encrypted ops of the "budget" entity, never in plain text.
//
// Life cycle (all asynchronous, because the keychain is; each finishes exactly once, later, by
// calling `done` and emitting opened() or errorOccurred()):
//   create(name, currency, server)  new K -> keychain -> profile.json -> store -> name/currency ops
//   join(shareCode, server)         K from the code -> keychain -> profile.json -> store (empty)
//   open()                          profile.json -> K from keychain -> store -> fold -> HLC seeded
// Once open: state() and clock() feed a vv::budget::Budget; appendOps() is its sink (durable
// append, fold, push debounce); remote ops fold in as they are pulled and are announced with
// remoteOpsApplied(). With a server URL the profile owns the sync stack (SignalingService,
// StoreClient, LocalStoreSyncAdapter, SyncOrchestrator); startSync()/stopSync() drive it.
// It is also the app's SyncIdentitySource (room id, token, device id) once open.
class BudgetProfile : public settings::SyncIdentitySource
{
    Q_OBJECT
    Q_DISABLE_COPY(BudgetProfile)
public:
    enum class Error {
        NoError,
        InvalidArgument, // empty name, bad currency, bad server URL
        ProfileExists, // create/join into a directory that already holds a profile
        NoProfile, // open() of a directory without profile.json
        BadProfile, // profile.json unreadable or invalid
        InvalidShareCode, // typo, wrong length, unknown version (the message says which)
        NoKeychain, // no keychain reachable: ask the user; there is no file fallback
        KeyMissing, // the keychain has no key for this profile's budget
        KeychainFailed, // locked, refused, timed out, or a wrong key for the room
        StoreFailed, // the local store could not be opened or written
        CryptoFailed, // no randomness / key derivation failed
        NotOpen,
    };
    Q_ENUM(Error)

    using Done = std::function<void(bool ok)>;
    using ShareCodeDone = std::function<void(const QString& code, const QString& error)>;

    static constexpr char ProfileFileName[] = "profile.json";

    // `secrets` is not owned and must outlive the profile.
    explicit BudgetProfile(secrets::SecretStore* secrets, QObject* parent = nullptr);
    ~BudgetProfile() override;

    void setProfileDir(const QString& dir);
    [[nodiscard]] QString profileDir() const { return m_dir; }
    [[nodiscard]] bool hasProfile() const; // profile.json exists in profileDir()

    void create(const QString& name, const QString& currency, const QUrl& serverUrl, Done done = {});
    void join(const QString& shareCode, const QUrl& serverUrl, Done done = {});
    void open(Done done = {});
    // Reads K from the keychain and encodes it. A secret: show it only on explicit request.
    void requestShareCode(QObject* context, ShareCodeDone done);
    void close(); // stops sync and closes the store

    [[nodiscard]] bool isOpen() const { return m_store != nullptr; }
    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_errorString; } // never contains a secret

    [[nodiscard]] QString roomId() const { return m_roomId; }
    [[nodiscard]] QString deviceId() const { return m_deviceId; }
    [[nodiscard]] QUrl serverUrl() const { return m_serverUrl; }
    [[nodiscard]] QDateTime createdAt() const { return m_createdAt; }

    // Valid while open.
    [[nodiscard]] const store::BudgetState& state() const { return m_state; }
    [[nodiscard]] store::HybridLogicalClock& clock() { return *m_clock; }
    [[nodiscard]] store::LocalStore* localStore() const { return m_store.get(); }
    // Ops in the store that could not be decrypted when it was opened (0 normally).
    [[nodiscard]] int undecryptableCount() const { return m_undecryptable; }
    // Ops folded by the last open(): all of them, or only those after the state snapshot.
    [[nodiscard]] qsizetype replayedAtOpen() const { return m_replayedAtOpen; }
    // A state snapshot is written once this many ops (and a quarter of all applied ops) were
    // folded since the last one, and on close.
    static constexpr qsizetype SnapshotThreshold = 5000;

    // Stores the ops durably as pending, folds them and schedules a push. Stamps must come from
    // clock(). False (nothing stored or applied) on an invalid op or a store failure.
    bool appendOps(const QList<store::Operation>& ops);
    // Convenience for one field write stamped now.
    bool write(const QString& entityType, const QString& entityId, const QString& field, const QJsonValue& value);

    // Moves the profile to another server (empty = local only): rewrites profile.json and, while
    // open, rebuilds the sync stack (stopped; call startSync()). False on an invalid URL or I/O error.
    bool setServerUrl(const QUrl& url);

    // The sync stack; all null while closed or when the profile has no server URL.
    [[nodiscard]] SyncOrchestrator* orchestrator() const { return m_orchestrator.get(); }
    [[nodiscard]] signaling::SignalingService* signaling() const { return m_signaling.get(); }
    [[nodiscard]] StoreClient* storeClient() const { return m_client.get(); }
    // Off: the orchestrator polls only (one-shot CLI syncs). Takes effect at the next open().
    void setSignalingEnabled(bool enabled) { m_signalingEnabled = enabled; }
    // The server's certificate pin for wss:// / https:// (Settings::pinnedCertificateSha256(),
    // tls::CertificatePin): "" = system CAs decide. Applies to the running sync stack at once.
    // False (nothing changed) for text that is not a SHA-256 fingerprint.
    bool setPinnedCertificateSha256(const QString& sha256);
    [[nodiscard]] QString pinnedCertificateSha256() const { return m_pin; }
    [[nodiscard]] bool isSignalingEnabled() const { return m_signalingEnabled; }
    void startSync();
    void stopSync();

    // SyncIdentitySource: valid (room, token, device) while open, invalid otherwise.
    [[nodiscard]] settings::SyncIdentity identity() const override;

    // Random device id: 16 characters of [A-Za-z0-9_-].
    [[nodiscard]] static QString newDeviceId();
    [[nodiscard]] static QString errorName(Error error);

Q_SIGNALS:
    void opened();
    void closed();
    void errorOccurred(vv::sync::BudgetProfile::Error error, const QString& message);
    // Ops this device wrote (appendOps) or pulled from others, after they were folded into state().
    void localOpsAppended(const QList<vv::store::Operation>& ops);
    void remoteOpsApplied(const QList<vv::store::Operation>& ops);

private:
    void storeKeyAndOpen(
        const crypto::MasterKey& key, const QUrl& serverUrl, const QString& name, const QString& currency, Done done);
    bool openWithKeys(const crypto::BudgetKeys& keys);
    bool writeProfileFile();
    bool readProfileFile();
    void noteNewOps(qsizetype count);
    bool writeSnapshot();
    void buildSync();
    void tearDownSync();
    void finish(bool ok, const Done& done);
    bool fail(Error error, const QString& message);
    void clearError();
    [[nodiscard]] QString profileFilePath() const;

    QPointer<secrets::SecretStore> m_secrets;
    QString m_dir;
    QString m_roomId;
    QString m_deviceId;
    QUrl m_serverUrl;
    QDateTime m_createdAt;
    QString m_token; // in memory only, for the sync stack and identity()
    bool m_signalingEnabled = true;
    QString m_pin; // normalised "AB:CD:..." or empty
    bool m_busy = false;

    store::BudgetState m_state;
    std::unique_ptr<store::HybridLogicalClock> m_clock;
    std::unique_ptr<store::LocalStore> m_store;
    std::unique_ptr<signaling::SignalingService> m_signaling;
    std::unique_ptr<StoreClient> m_client;
    std::unique_ptr<LocalStoreSyncAdapter> m_adapter;
    std::unique_ptr<SyncOrchestrator> m_orchestrator;
    int m_undecryptable = 0;
    // m_state is the fold of the ops with sequence <= m_stateSeq plus m_newOps ops stored after
    // it through this profile; a snapshot is only written when the store agrees with that.
    qint64 m_stateSeq = 0;
    qsizetype m_newOps = 0;
    qsizetype m_sinceSnapshot = 0; // ops folded since the last snapshot
    qsizetype m_replayedAtOpen = 0;
    bool m_snapshotScheduled = false;

    Error m_error = Error::NoError;
    QString m_errorString;
};

} // namespace vv::sync
