#pragma once

#include <QLoggingCategory>

namespace vv::signaling {

// "vv.signaling": connection life cycle at info, frame-level detail at debug. Never a token.
Q_DECLARE_LOGGING_CATEGORY(lcSignaling)

} // namespace vv::signaling
