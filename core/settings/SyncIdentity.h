#pragma once

#include <QObject>
#include <QString>

namespace vv::settings {

// Who we are on the signaling server: the room of the synced budget, the bearer token and
// this device's id. The token is a secret (P3): it is never written to Settings or a log.
struct SyncIdentity {
    QString roomId;
    QString token; // empty = anonymous join (reference server, developer aid)
    QString deviceId;

    // Without a room there is no synced budget: the app stays "Local only".
    [[nodiscard]] bool isValid() const { return !roomId.isEmpty(); }
    friend bool operator==(const SyncIdentity&, const SyncIdentity&) = default;
};

// Where the app gets its SyncIdentity from. The encrypted-sync issue implements this on top
// of the keychain; until then the app uses NoSyncIdentity or the developer aid below.
class SyncIdentitySource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(SyncIdentitySource)
public:
    explicit SyncIdentitySource(QObject* parent = nullptr);
    ~SyncIdentitySource() override;

    [[nodiscard]] virtual SyncIdentity identity() const = 0;

Q_SIGNALS:
    void identityChanged();
};

// A fixed identity (tests; "no synced budget" when default-constructed).
class StaticSyncIdentitySource : public SyncIdentitySource
{
    Q_OBJECT
    Q_DISABLE_COPY(StaticSyncIdentitySource)
public:
    explicit StaticSyncIdentitySource(QObject* parent = nullptr);
    explicit StaticSyncIdentitySource(const SyncIdentity& identity, QObject* parent = nullptr);
    ~StaticSyncIdentitySource() override;

    [[nodiscard]] SyncIdentity identity() const override;
    void setIdentity(const SyncIdentity& identity);

private:
    SyncIdentity m_identity;
};

// Developer aid, not a product feature: VIOLETVAULT_DEV_ROOM=<room id> joins that room
// anonymously (no token) with a random device id, e.g. against tests/node/run-reference.js.
// Returns an invalid identity when the variable is unset or not a valid room id.
[[nodiscard]] SyncIdentity developerSyncIdentityFromEnvironment();

} // namespace vv::settings
