#include "RateLimiter.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace vv::server::store {

RateLimiter::RateLimiter(double perSecond, double burst, Clock clock)
    : m_perSecond(perSecond)
    , m_burst(burst)
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [] {
            return std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now().time_since_epoch())
                .count();
        };
    }
}

void RateLimiter::setRate(double perSecond, double burst)
{
    m_perSecond = perSecond;
    m_burst = burst;
    m_buckets.clear();
}

std::int64_t RateLimiter::acquire(const std::string& key)
{
    if (m_perSecond <= 0)
        return 0; // limiting switched off
    const std::int64_t now = m_clock();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= MaxTrackedKeys)
            prune(now);
        it = m_buckets.emplace(key, Bucket { m_burst, now }).first;
    }
    Bucket& b = it->second;
    const double elapsed = static_cast<double>(std::max<std::int64_t>(0, now - b.updatedMs)) / 1000.0;
    b.tokens = std::min(m_burst, b.tokens + elapsed * m_perSecond);
    b.updatedMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    const double waitSeconds = (1.0 - b.tokens) / m_perSecond;
    return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::ceil(waitSeconds * 1000.0)));
}

void RateLimiter::prune(std::int64_t now)
{
    // Drop buckets that would be full again by now: forgetting them changes nothing.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double elapsed = static_cast<double>(now - it->second.updatedMs) / 1000.0;
        if (it->second.tokens + elapsed * m_perSecond >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() >= MaxTrackedKeys)
        m_buckets.clear(); // under a flood of keys, fail open rather than grow without bound
}

} // namespace vv::server::store
