#pragma once

#include "Scenario.h"

namespace vv::bench {

// Delivery latency at a light steady rate: each room's member 0 sends `rate` signals per
// second, rooms staggered evenly in time; the generator timestamps each seq when it hands
// the frame to the kernel and again when each other member receives it (monotonic clock).
class LatencyScenario final : public Scenario
{
public:
    explicit LatencyScenario(const Options& options);

protected:
    int measure() override;
    void onSignal(Conn& conn, std::int64_t seq, std::int64_t nowNs) override;

private:
    static constexpr std::size_t Ring = 256; // seq history per room (256 s at 1/s)
    struct Room {
        std::int64_t nextSeq = 0;
        std::vector<std::int64_t> sentNs; // by seq % Ring
        std::vector<std::int64_t> ringSeq;
        std::vector<std::int32_t> remaining;
    };

    std::vector<Room> m_roomState;
    std::vector<std::int64_t> m_latencies;
    std::uint32_t m_members;
    std::int64_t m_windowStart = 0;
    std::int64_t m_windowEnd = 0;
    std::uint64_t m_expected = 0; // deliveries owed for signals sent inside the window
    std::uint64_t m_received = 0; // of those, received
};

} // namespace vv::bench
