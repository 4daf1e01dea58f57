#include "sync/SyncStore.h"

namespace vv::sync {

SyncStore::~SyncStore() = default;

} // namespace vv::sync
