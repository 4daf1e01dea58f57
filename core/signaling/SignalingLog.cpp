#include "signaling/SignalingLog.h"

namespace vv::signaling {

Q_LOGGING_CATEGORY(lcSignaling, "vv.signaling", QtInfoMsg)

} // namespace vv::signaling
