#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <utility>

namespace vv::server {

// Counters for GET /metrics (Prometheus text format 0.0.4). Plain integers: the relay is
// single-threaded, so no atomics are needed.
struct Metrics {
    std::uint64_t signalsIn = 0; // valid signals received
    std::uint64_t signalsOut = 0; // deliveries (one per recipient)
    std::uint64_t invalidSignals = 0; // frames answered with error invalid_signal
    std::uint64_t acceptedTotal = 0; // TCP connections accepted
    std::uint64_t upgradesTotal = 0; // WebSocket handshakes completed
    std::uint64_t joinsTotal = 0;
    std::uint64_t httpRequestsTotal = 0;
    std::map<std::string, std::uint64_t> refused; // reason -> count
    std::map<std::uint16_t, std::uint64_t> closed; // close code -> count

    // The store (/v1/), counted on the loop when the worker's answer arrives.
    std::map<std::pair<std::string, int>, std::uint64_t> storeRequests; // (route, status) -> count
    std::uint64_t storePushOps = 0; // ops stored new by acknowledged pushes
    std::uint64_t storeAnswersDropped = 0; // answers whose connection closed meanwhile
    // Seconds from handing a request to the worker to its answer (queueing, fsync included).
    static constexpr std::array<double, 12> StoreLatencyBounds { 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
        0.25, 0.5, 1, 2.5 };
    std::array<std::uint64_t, StoreLatencyBounds.size() + 1> storeLatencyBuckets {}; // not cumulative; last: +Inf
    double storeLatencySum = 0;
    std::uint64_t storeLatencyCount = 0;
    void observeStoreLatency(double seconds);

    struct Gauges {
        std::uint64_t connections = 0;
        std::uint64_t websockets = 0;
        std::uint64_t joined = 0;
        std::uint64_t rooms = 0;
        double uptimeSeconds = 0;
        double startTimeSeconds = 0;
        std::uint64_t residentBytes = 0;
        bool draining = false;
        bool storeEnabled = false;
        bool signalingEnabled = true;
        std::uint64_t storeInFlight = 0;
        std::uint64_t storeCommits = 0;
        std::uint64_t storeGroupedPushes = 0;
    };
    [[nodiscard]] std::string render(const Gauges& gauges) const;
    // VmRSS of this process from /proc/self/status, 0 if unknown.
    [[nodiscard]] static std::uint64_t residentBytes();
};

} // namespace vv::server
