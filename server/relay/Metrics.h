#pragma once

#include <cstdint>
#include <map>
#include <string>

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

    struct Gauges {
        std::uint64_t connections = 0;
        std::uint64_t websockets = 0;
        std::uint64_t joined = 0;
        std::uint64_t rooms = 0;
        double uptimeSeconds = 0;
        double startTimeSeconds = 0;
        std::uint64_t residentBytes = 0;
        bool draining = false;
    };
    [[nodiscard]] std::string render(const Gauges& gauges) const;
    // VmRSS of this process from /proc/self/status, 0 if unknown.
    [[nodiscard]] static std::uint64_t residentBytes();
};

} // namespace vv::server
