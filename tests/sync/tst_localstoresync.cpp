// Two devices, each with a real encrypted LocalStore (SQLite + AES-GCM), synced by real
// SyncOrchestrators through the real StoreService over HTTP, with live signaling.
#include "SyncRelay.h"
#include "TestStoreServer.h"
#include "crypto/Aead.h"
#include "crypto/KeyHierarchy.h"
#include "crypto/MasterKey.h"
#include "signaling/SignalingService.h"
#include "store/HybridLogicalClock.h"
#include "store/LocalStore.h"
#include "store/Operation.h"
#include "sync/LocalStoreSyncAdapter.h"
#include "sync/StoreClient.h"
#include "sync/SyncOrchestrator.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vv;

namespace {

struct Device {
    QTemporaryDir dir;
    std::unique_ptr<store::LocalStore> local;
    std::unique_ptr<sync::LocalStoreSyncAdapter> adapter;
    std::unique_ptr<store::HybridLogicalClock> clock;
    std::unique_ptr<sync::StoreClient> client;
    std::unique_ptr<signaling::SignalingService> signaling;
    std::unique_ptr<sync::SyncOrchestrator> sync;
    int folded = 0;

    bool write(const QString& entityId, const QString& field, const QJsonValue& value)
    {
        return local->appendLocal(
            store::Operation::makeWrite(QStringLiteral("envelope"), entityId, field, value, clock->now()));
    }
    [[nodiscard]] QSet<QString> opIds() const
    {
        QSet<QString> ids;
        const auto ops = local->allOperations();
        for (const auto& op : ops)
            ids.insert(op.opId);
        return ids;
    }
};

} // namespace

class TestLocalStoreSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestStoreServer> m_server;
    std::unique_ptr<test::SyncRelay> m_relay;
    std::optional<crypto::BudgetKeys> m_keys;

    std::unique_ptr<Device> makeDevice(const QString& id)
    {
        auto d = std::make_unique<Device>();
        d->local = std::make_unique<store::LocalStore>(crypto::Aead::fromKeys(*m_keys));
        if (!d->local->open(d->dir.path()))
            return nullptr;
        d->adapter = std::make_unique<sync::LocalStoreSyncAdapter>(d->local.get());
        d->adapter->setNewOpsHandler(
            [dev = d.get()](const QList<store::Operation>& ops) { dev->folded += static_cast<int>(ops.size()); });
        d->clock = std::make_unique<store::HybridLogicalClock>(id);
        d->client = std::make_unique<sync::StoreClient>();
        d->client->setBaseUrl(m_server->baseUrl());
        d->client->setRoomId(m_keys->roomId);
        d->client->setToken(QString::fromLatin1(m_keys->accessToken.view()));
        d->signaling = std::make_unique<signaling::SignalingService>();
        signaling::SignalingConfig config;
        config.url = m_relay->url();
        config.budgetId = m_keys->roomId;
        config.token = QString::fromLatin1(m_keys->accessToken.view());
        config.deviceId = id;
        config.reconnectIntervalMs = 50;
        d->signaling->setConfig(config);
        d->sync = std::make_unique<sync::SyncOrchestrator>(d->client.get(), d->adapter.get(), d->signaling.get());
        d->sync->setDebounceInterval(20);
        d->sync->setPollInterval(60000);
        d->sync->setBackstopInterval(60000);
        d->sync->setRetryInterval(100, 400);
        QObject::connect(d->local.get(), &store::LocalStore::localOpsAppended, d->sync.get(),
            &sync::SyncOrchestrator::notifyLocalChange);
        return d;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<test::TestStoreServer>();
        QVERIFY(m_server->start() != 0);
        m_relay = std::make_unique<test::SyncRelay>();
        QVERIFY(m_relay->listen());
        const auto key = crypto::MasterKey::generate();
        QVERIFY(key);
        m_keys = crypto::KeyHierarchy::derive(*key);
        QVERIFY(m_keys);
    }
    void cleanup()
    {
        m_relay.reset();
        m_server.reset();
    }

    // Tried: two devices with real encrypted stores editing at once, then one more edit.
    // Must hold: both hold the same op set (decrypted fine on the other side), nothing pending,
    // the new ops were handed to the fold, and the server's database never contains the
    // plaintext marker (P2).
    void encryptedStoresConverge()
    {
        auto a = makeDevice(QStringLiteral("deviceA"));
        auto b = makeDevice(QStringLiteral("deviceB"));
        QVERIFY(a && b);
        a->sync->start();
        b->sync->start();
        const QString marker = QStringLiteral("GroceriesPlaintextMarker");
        for (int i = 0; i < 5; ++i) {
            QVERIFY(a->write(QStringLiteral("envA%1").arg(i), QStringLiteral("name"), marker));
            QVERIFY(b->write(QStringLiteral("envB%1").arg(i), QStringLiteral("balance"), 1234 + i));
        }
        QTRY_VERIFY_WITH_TIMEOUT(a->local->operationCount() == 10 && b->local->operationCount() == 10, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(a->local->pendingCount() == 0 && b->local->pendingCount() == 0, 5000);
        QCOMPARE(a->opIds(), b->opIds());
        QCOMPARE(a->folded, 5);
        QCOMPARE(b->folded, 5);
        QCOMPARE(a->adapter->rejectedCount(), 0);

        QVERIFY(a->write(QStringLiteral("envA0"), QStringLiteral("name"), QStringLiteral("renamed")));
        QTRY_COMPARE_WITH_TIMEOUT(b->local->operationCount(), 11, 5000);
        QCOMPARE(a->opIds(), b->opIds());

        // P2: the server's files hold ciphertext only.
        a->sync->stop();
        b->sync->stop();
        bool scanned = false;
        const auto files = QDir(m_server->dataDir()).entryInfoList(QDir::Files);
        for (const QFileInfo& info : files) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(marker.toUtf8()), qPrintable(info.fileName()));
            QVERIFY(!bytes.contains(QByteArrayLiteral("envelope")));
            scanned = scanned || bytes.size() > 0;
        }
        QVERIFY(scanned);
    }
};

QTEST_GUILESS_MAIN(TestLocalStoreSync)
#include "tst_localstoresync.moc"
