#pragma once

namespace vv::signaling {

// Exponential backoff with full jitter: the wait before reconnect attempt n (1-based) is drawn
// uniformly from [0, min(cap, base * 2^(n-1))). Full jitter spreads a crowd of clients that lost
// the same server over the whole window instead of letting them return in waves. A small floor
// keeps a draw of 0 from turning into a busy loop.
class ReconnectBackoff
{
public:
    ReconnectBackoff() = delete;

    // The upper bound of the window for attempt n, in ms (never below the floor).
    [[nodiscard]] static int ceilingMs(int attempt, int baseMs, int capMs);
    // The shortest wait ever returned: base/20, kept within 10..250 ms.
    [[nodiscard]] static int floorMs(int baseMs);
    // The wait for attempt n given a uniform draw in [0, 1) (clamped if outside).
    [[nodiscard]] static int delayMs(int attempt, int baseMs, int capMs, double random01);
};

} // namespace vv::signaling
