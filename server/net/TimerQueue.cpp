#include "net/TimerQueue.h"

#include <algorithm>
#include <limits>

namespace vv::server::net {
namespace {

struct Later {
    template<typename E> bool operator()(const E& a, const E& b) const { return a.deadline > b.deadline; }
};

} // namespace

void TimerQueue::schedule(std::int64_t deadlineMs, TimerHandler* handler, std::uint64_t key)
{
    m_heap.push_back({ deadlineMs, handler, key });
    std::push_heap(m_heap.begin(), m_heap.end(), Later {});
}

int TimerQueue::timeoutMs(std::int64_t nowMs) const
{
    if (m_heap.empty())
        return -1;
    const std::int64_t delta = m_heap.front().deadline - nowMs;
    if (delta <= 0)
        return 0;
    return int(std::min<std::int64_t>(delta, std::numeric_limits<int>::max()));
}

void TimerQueue::runExpired(std::int64_t nowMs)
{
    // Bounded: entries scheduled while firing for a time <= now run in this pass too, but a
    // handler must always move its deadline into the future, so this terminates.
    while (!m_heap.empty() && m_heap.front().deadline <= nowMs) {
        std::pop_heap(m_heap.begin(), m_heap.end(), Later {});
        const Entry e = m_heap.back();
        m_heap.pop_back();
        e.handler->onTimer(e.key, e.deadline);
    }
}

} // namespace vv::server::net
