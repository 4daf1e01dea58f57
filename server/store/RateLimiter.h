#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

namespace vv::server::store {

// Token bucket per key (the hash of a bearer token): `burst` requests at once, refilled at
// `perSecond`. Memory is bounded: idle full buckets are dropped when the map grows.
class RateLimiter
{
public:
    using Clock = std::function<std::int64_t()>; // monotonic milliseconds

    RateLimiter(double perSecond, double burst, Clock clock = {});

    // 0 when the request may go ahead (one token taken), else the milliseconds until a token is free.
    [[nodiscard]] std::int64_t acquire(const std::string& key);
    void setRate(double perSecond, double burst);
    [[nodiscard]] std::size_t trackedKeys() const { return m_buckets.size(); }

    static constexpr std::size_t MaxTrackedKeys = 10000;

private:
    struct Bucket {
        double tokens = 0;
        std::int64_t updatedMs = 0;
    };
    void prune(std::int64_t now);

    double m_perSecond;
    double m_burst;
    Clock m_clock;
    std::unordered_map<std::string, Bucket> m_buckets;
};

} // namespace vv::server::store
