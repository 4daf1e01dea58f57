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
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace vv::bench {

struct BenchDeviceOptions {
    QString deviceId;
    QUrl serverUrl; // ws://127.0.0.1:PORT/ (the store is derived from it: http://127.0.0.1:PORT)
    bool signaling = true;
    int debounceMs = 300; // SyncOrchestrator defaults unless changed
    int pollMs = 30000;
    int backstopMs = 300000;
};

// One device as the app assembles it: a temporary profile with an encrypted LocalStore,
// LocalStoreSyncAdapter, StoreClient, SignalingService (unless polling only), SyncOrchestrator,
// and the BudgetState fold of everything it holds.
class BenchDevice : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(BenchDevice)
public:
    using FoldHandler = std::function<void(const QList<store::Operation>&)>;

    BenchDevice(const crypto::MasterKey& key, BenchDeviceOptions options, QObject* parent = nullptr);
    ~BenchDevice() override;

    bool open();
    void start();
    void stop();
    bool write(const QString& entityType, const QString& entityId, const QString& field, const QJsonValue& value);
    // Called after remote ops were folded into state().
    void setFoldHandler(FoldHandler handler) { m_onFold = std::move(handler); }

    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] const store::BudgetState& state() const { return m_state; }
    [[nodiscard]] signaling::SignalingService* signaling() const { return m_signaling.get(); }
    [[nodiscard]] sync::SyncOrchestrator* sync() const { return m_sync.get(); }
    [[nodiscard]] int pendingCount() const;

private:
    BenchDeviceOptions m_options;
    crypto::BudgetKeys m_keys;
    QTemporaryDir m_dir;
    QString m_error;
    store::BudgetState m_state;
    FoldHandler m_onFold;
    std::unique_ptr<store::HybridLogicalClock> m_clock;
    std::unique_ptr<store::LocalStore> m_local;
    std::unique_ptr<sync::LocalStoreSyncAdapter> m_adapter;
    std::unique_ptr<sync::StoreClient> m_client;
    std::unique_ptr<signaling::SignalingService> m_signaling;
    std::unique_ptr<sync::SyncOrchestrator> m_sync;
};

} // namespace vv::bench
