#pragma once

#include "crypto/KeyHierarchy.h"
#include "crypto/MasterKey.h"
#include "signaling/SignalingService.h"
#include "store/BudgetState.h"
#include "store/HybridLogicalClock.h"
#include "store/LocalStore.h"
#include "sync/LocalStoreSyncAdapter.h"
#include "sync/StoreClient.h"
#include "sync/SyncOrchestrator.h"

#include <QJsonValue>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace vv::e2e {

// How one device is wired; intervals are short so the tests stay fast.
struct DeviceOptions {
    QString deviceId;
    QUrl storeUrl; // http://127.0.0.1:PORT (usually a TcpProxy)
    QUrl signalingUrl; // ws://127.0.0.1:PORT/ (usually a TcpProxy)
    bool signaling = true; // false: poll-only, no SignalingService at all
    int heartbeatMs = 200;
    int pongTimeoutMs = 300;
    int reconnectMs = 50;
    int maxReconnectMs = 400;
    int connectTimeoutMs = 2000;
    int debounceMs = 20;
    int pollMs = 60000;
    int backstopMs = 60000;
    int retryBaseMs = 100;
    int retryMaxMs = 400;
    int storeTimeoutMs = 2000;
};

// One in-process device, as the app assembles it: its own profile dir with an encrypted
// LocalStore (the AEAD derived from the shared master key), the LocalStoreSyncAdapter, a
// StoreClient, a SignalingService and a SyncOrchestrator, plus the BudgetState fold of
// everything it holds. Each device derives its keys from K itself, as a joined device does.
class E2eDevice : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(E2eDevice)
public:
    E2eDevice(const crypto::MasterKey& key, DeviceOptions options, QObject* parent = nullptr);
    ~E2eDevice() override;

    // Opens the local store and folds what it already holds. False (see errorString()) on failure.
    bool open();
    void start();
    void stop();
    // stop(), then destroys the orchestrator, signaling and store client, which closes every
    // socket (HTTP keep-alive included). The local store and the state stay readable.
    void shutdown();

    // Appends a field write (pending, pushed after the debounce) and folds it locally.
    bool write(const QString& entityType, const QString& entityId, const QString& field, const QJsonValue& value);

    [[nodiscard]] QString id() const { return m_options.deviceId; }
    [[nodiscard]] QString profileDir() const { return m_dir.path(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] const crypto::BudgetKeys& keys() const { return m_keys; }
    [[nodiscard]] const store::BudgetState& state() const { return m_state; }
    [[nodiscard]] store::LocalStore* local() const { return m_local.get(); }
    [[nodiscard]] sync::LocalStoreSyncAdapter* adapter() const { return m_adapter.get(); }
    [[nodiscard]] sync::StoreClient* client() const { return m_client.get(); }
    [[nodiscard]] signaling::SignalingService* signaling() const { return m_signaling.get(); }
    [[nodiscard]] sync::SyncOrchestrator* sync() const { return m_sync.get(); }
    [[nodiscard]] QSet<QString> opIds() const;
    [[nodiscard]] int pendingCount() const;

Q_SIGNALS:
    // Ops from other devices were folded into state().
    void remoteFolded(int count);

private:
    DeviceOptions m_options;
    crypto::BudgetKeys m_keys;
    QTemporaryDir m_dir;
    QString m_error;
    store::BudgetState m_state;
    std::unique_ptr<store::HybridLogicalClock> m_clock;
    std::unique_ptr<store::LocalStore> m_local;
    std::unique_ptr<sync::LocalStoreSyncAdapter> m_adapter;
    std::unique_ptr<sync::StoreClient> m_client;
    std::unique_ptr<signaling::SignalingService> m_signaling;
    std::unique_ptr<sync::SyncOrchestrator> m_sync;
};

// Every op of the room, read straight from the server (paged), for counting. Blocks with a
// local event loop, each page bounded by timeoutMs. nullopt on any failure.
[[nodiscard]] std::optional<QList<sync::RemoteOp>> pullAll(
    const QUrl& storeUrl, const crypto::BudgetKeys& keys, int timeoutMs = 5000);

} // namespace vv::e2e
