#pragma once

#include "store/Stamp.h"

#include <functional>

namespace vv::store {

// Hybrid logical clock (Kulkarni et al. 2014): stamps that follow wall-clock time when it
// behaves, and still strictly increase when it does not (clock set back, many events in one
// millisecond, a peer whose clock runs ahead). now() is always greater than every stamp this
// clock produced or observed. Not thread-safe; one clock per device and store.
class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>; // ms since the Unix epoch
    // A remote stamp further ahead of our wall clock than this is not adopted (one device
    // with a wrong clock must not drag everyone's stamps into the future).
    static constexpr qint64 DefaultMaxDriftMs = 24LL * 60 * 60 * 1000;

    // wallClock defaults to QDateTime::currentMSecsSinceEpoch; tests inject their own.
    explicit HybridLogicalClock(QString deviceId, WallClock wallClock = {});

    [[nodiscard]] QString deviceId() const { return m_last.deviceId; }
    // A new stamp for a local event.
    [[nodiscard]] Stamp now();
    // Takes a received stamp into account so later local stamps order after it.
    // Returns false (and ignores it) when it is more than maxDrift() ahead of the wall clock.
    bool observe(const Stamp& remote);
    // The greatest stamp produced or observed so far (wall 0 at start).
    [[nodiscard]] Stamp last() const { return m_last; }

    [[nodiscard]] qint64 maxDrift() const { return m_maxDriftMs; }
    void setMaxDrift(qint64 ms) { m_maxDriftMs = ms; }

private:
    WallClock m_wallClock;
    Stamp m_last;
    qint64 m_maxDriftMs = DefaultMaxDriftMs;
};

} // namespace vv::store
