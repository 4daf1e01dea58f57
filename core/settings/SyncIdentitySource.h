#pragma once

#include "settings/SyncIdentity.h"

#include <QObject>

namespace vv::settings {

// Where the app gets its SyncIdentity from. The encrypted-sync issue implements this on top
// of the keychain; until then the app uses a StaticSyncIdentitySource: empty ("Local only")
// or filled by developerSyncIdentityFromEnvironment().
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

} // namespace vv::settings
