#pragma once

#include <cstdint>
#include <ctime>

namespace vv::bench {

// Monotonic nanoseconds: all intervals and latencies are measured on this clock.
[[nodiscard]] inline std::int64_t monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Wall-clock milliseconds, only for the "timestamp" field of signals (Date.now() in the reference).
[[nodiscard]] inline std::int64_t wallMs()
{
    timespec ts {};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

constexpr std::int64_t NsPerMs = 1'000'000;
constexpr std::int64_t NsPerSec = 1'000'000'000;

} // namespace vv::bench
