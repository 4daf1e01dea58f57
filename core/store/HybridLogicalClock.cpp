#include "store/HybridLogicalClock.h"

#include <QDateTime>

namespace vv::store {

HybridLogicalClock::HybridLogicalClock(QString deviceId, WallClock wallClock)
    : m_wallClock(std::move(wallClock))
{
    if (!m_wallClock)
        m_wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_last.deviceId = std::move(deviceId);
}

Stamp HybridLogicalClock::now()
{
    const qint64 physical = qBound<qint64>(0, m_wallClock(), Stamp::MaxWallMs);
    if (physical > m_last.wallMs) {
        m_last.wallMs = physical;
        m_last.counter = 0;
    } else if (m_last.counter < Stamp::MaxCounter) {
        ++m_last.counter;
    } else {
        // Counter exhausted within one millisecond: borrow the next millisecond.
        ++m_last.wallMs;
        m_last.counter = 0;
    }
    return m_last;
}

bool HybridLogicalClock::observe(const Stamp& remote)
{
    const qint64 physical = m_wallClock();
    if (remote.wallMs > physical + m_maxDriftMs)
        return false;
    if (remote.wallMs > m_last.wallMs || (remote.wallMs == m_last.wallMs && remote.counter > m_last.counter)) {
        m_last.wallMs = remote.wallMs;
        m_last.counter = remote.counter;
    }
    return true;
}

} // namespace vv::store
