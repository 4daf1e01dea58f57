#include "signaling/ReconnectBackoff.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace vv::signaling {

int ReconnectBackoff::floorMs(int baseMs)
{
    return std::clamp(baseMs / 20, 10, 250);
}

int ReconnectBackoff::ceilingMs(int attempt, int baseMs, int capMs)
{
    const double base = std::max(baseMs, 0);
    const double cap = std::max(capMs, baseMs);
    // 2^30 already exceeds any cap in ms that fits an int; stop there so forever-mode cannot overflow.
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min(cap, base * std::ldexp(1.0, exponent));
    return std::max(static_cast<int>(ceiling), floorMs(baseMs));
}

int ReconnectBackoff::delayMs(int attempt, int baseMs, int capMs, double random01)
{
    const double r = std::isfinite(random01) ? std::clamp(random01, 0.0, 1.0) : 0.0;
    const int ceiling = ceilingMs(attempt, baseMs, capMs);
    const int drawn = static_cast<int>(r * ceiling);
    return std::clamp(drawn, floorMs(baseMs), ceiling);
}

} // namespace vv::signaling
