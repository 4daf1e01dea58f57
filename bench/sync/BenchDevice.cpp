#include "BenchDevice.h"

#include "crypto/Aead.h"
#include "store/Operation.h"

namespace vv::bench {

BenchDevice::BenchDevice(const crypto::MasterKey& key, BenchDeviceOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (auto keys = crypto::KeyHierarchy::derive(key))
        m_keys = std::move(*keys);
}

BenchDevice::~BenchDevice()
{
    m_sync.reset(); // uses the client, signaling and adapter
    m_signaling.reset();
    m_client.reset();
    m_adapter.reset();
    m_local.reset();
}

bool BenchDevice::open()
{
    if (m_keys.roomId.isEmpty() || !m_dir.isValid()) {
        m_error = QStringLiteral("no keys or no temporary profile dir");
        return false;
    }
    m_local = std::make_unique<store::LocalStore>(crypto::Aead::fromKeys(m_keys));
    if (!m_local->open(m_dir.path())) {
        m_error = m_local->errorString();
        return false;
    }
    m_clock = std::make_unique<store::HybridLogicalClock>(m_options.deviceId);
    m_adapter = std::make_unique<sync::LocalStoreSyncAdapter>(m_local.get());
    m_adapter->setNewOpsHandler([this](const QList<store::Operation>& ops) {
        for (const store::Operation& op : ops) {
            m_clock->observe(op.stamp);
            m_state.apply(op);
        }
        if (m_onFold)
            m_onFold(ops);
    });
    const QString token = QString::fromLatin1(m_keys.accessToken.view());
    m_client = std::make_unique<sync::StoreClient>();
    m_client->setBaseUrl(sync::StoreClient::baseUrlFromSignalingUrl(m_options.serverUrl));
    m_client->setRoomId(m_keys.roomId);
    m_client->setToken(token);
    if (m_options.signaling) {
        m_signaling = std::make_unique<signaling::SignalingService>();
        signaling::SignalingConfig config; // app defaults (heartbeat 30 s, reconnect 5 s)
        config.url = m_options.serverUrl;
        config.budgetId = m_keys.roomId;
        config.token = token;
        config.deviceId = m_options.deviceId;
        m_signaling->setConfig(config);
    }
    m_sync = std::make_unique<sync::SyncOrchestrator>(m_client.get(), m_adapter.get(), m_signaling.get());
    m_sync->setDebounceInterval(m_options.debounceMs);
    m_sync->setPollInterval(m_options.pollMs);
    m_sync->setBackstopInterval(m_options.backstopMs);
    connect(
        m_local.get(), &store::LocalStore::localOpsAppended, m_sync.get(), &sync::SyncOrchestrator::notifyLocalChange);
    return true;
}

void BenchDevice::start()
{
    if (m_sync)
        m_sync->start();
}

void BenchDevice::stop()
{
    if (m_sync)
        m_sync->stop();
}

bool BenchDevice::write(
    const QString& entityType, const QString& entityId, const QString& field, const QJsonValue& value)
{
    const store::Operation op = store::Operation::makeWrite(entityType, entityId, field, value, m_clock->now());
    if (!m_local || !m_local->appendLocal(op))
        return false;
    m_state.apply(op);
    return true;
}

int BenchDevice::pendingCount() const
{
    return m_local ? static_cast<int>(m_local->pendingCount()) : 0;
}

} // namespace vv::bench
