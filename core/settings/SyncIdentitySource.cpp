#include "settings/SyncIdentitySource.h"

namespace vv::settings {

SyncIdentitySource::SyncIdentitySource(QObject* parent)
    : QObject(parent)
{ }

SyncIdentitySource::~SyncIdentitySource() = default;

} // namespace vv::settings
