#pragma once

#include <cstdint>
#include <vector>

namespace vv::server::net {

class TimerHandler
{
public:
    virtual ~TimerHandler() = default;
    virtual void onTimer(std::uint64_t key, std::int64_t deadlineMs) = 0;
};

// A min-heap of (deadline, handler, key). There is no cancel: owners keep at most one entry per
// object and check on expiry whether the entry is still current (lazy re-arming). That keeps
// 100k connection timeouts at one 24-byte heap entry each, with no per-frame heap work.
class TimerQueue
{
public:
    void schedule(std::int64_t deadlineMs, TimerHandler* handler, std::uint64_t key);
    // Milliseconds until the next deadline (0 if due), or -1 when empty.
    [[nodiscard]] int timeoutMs(std::int64_t nowMs) const;
    // Fires every entry due at nowMs; handlers may schedule new entries.
    void runExpired(std::int64_t nowMs);
    [[nodiscard]] std::size_t size() const { return m_heap.size(); }

private:
    struct Entry {
        std::int64_t deadline;
        TimerHandler* handler;
        std::uint64_t key;
    };
    std::vector<Entry> m_heap;
};

} // namespace vv::server::net
