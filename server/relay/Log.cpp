#include "relay/Log.h"

Q_LOGGING_CATEGORY(lcRelay, "vv.server")
