#pragma once

#include "settings/SyncIdentitySource.h"

namespace vv::settings {

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

} // namespace vv::settings
