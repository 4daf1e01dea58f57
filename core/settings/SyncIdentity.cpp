#include "settings/SyncIdentity.h"

#include "protocol/SignalCodec.h"

#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcSettings)

namespace vv::settings {

SyncIdentity developerSyncIdentityFromEnvironment()
{
    const QString room
        = QProcessEnvironment::systemEnvironment().value(QStringLiteral("VIOLETVAULT_DEV_ROOM")).trimmed();
    if (room.isEmpty())
        return {};
    // Checked with the codec's rule here so a typo fails loudly at start, not on the wire.
    if (!protocol::SignalCodec::isValidBudgetId(room)) {
        qCWarning(lcSettings) << "VIOLETVAULT_DEV_ROOM is not a valid room id ([A-Za-z0-9._~-], 1-128); ignored";
        return {};
    }
    SyncIdentity identity;
    identity.roomId = room;
    identity.deviceId = QStringLiteral("dev-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    qCInfo(lcSettings) << "developer aid: joining room from VIOLETVAULT_DEV_ROOM anonymously";
    return identity;
}

} // namespace vv::settings
