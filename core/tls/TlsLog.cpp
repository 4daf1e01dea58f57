#include "tls/TlsLog.h"

Q_LOGGING_CATEGORY(lcTls, "vv.tls")
