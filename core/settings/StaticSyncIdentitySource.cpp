#include "settings/StaticSyncIdentitySource.h"

namespace vv::settings {

StaticSyncIdentitySource::StaticSyncIdentitySource(QObject* parent)
    : SyncIdentitySource(parent)
{ }

StaticSyncIdentitySource::StaticSyncIdentitySource(const SyncIdentity& identity, QObject* parent)
    : SyncIdentitySource(parent)
    , m_identity(identity)
{ }

StaticSyncIdentitySource::~StaticSyncIdentitySource() = default;

SyncIdentity StaticSyncIdentitySource::identity() const
{
    return m_identity;
}

void StaticSyncIdentitySource::setIdentity(const SyncIdentity& identity)
{
    if (identity == m_identity)
        return;
    m_identity = identity;
    Q_EMIT identityChanged();
}

} // namespace vv::settings
