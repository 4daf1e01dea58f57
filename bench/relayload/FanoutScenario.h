#pragma once

#include "Scenario.h"

namespace vv::bench {

// Throughput: member 0 of each room sends data_changed signals, keeping at most `window`
// signals not yet received by every other member; each signal is members-1 deliveries.
// Measures deliveries per second and the server's CPU seconds per 100k deliveries.
class FanoutScenario final : public Scenario
{
public:
    explicit FanoutScenario(const Options& options);

protected:
    int measure() override;
    void onSignal(Conn& conn, std::int64_t seq, std::int64_t nowNs) override;

private:
    struct Room {
        std::uint32_t sender = 0;
        std::int64_t nextSeq = 0; // next seq to send
        std::int64_t oldest = 0; // oldest seq some receiver still waits for
        std::vector<std::int32_t> remaining; // receivers still to get seq, by seq % window
        std::vector<std::int64_t> sentNs;
    };
    void topUp(Room& room);
    [[nodiscard]] std::int64_t outstanding() const;

    std::vector<Room> m_roomState;
    std::vector<std::int64_t> m_latencies;
    std::uint32_t m_window;
    std::uint32_t m_members;
    bool m_sending = false;
    bool m_measuring = false;
    std::uint64_t m_deliveries = 0; // inside the measurement window
    std::uint64_t m_signalsSent = 0; // inside the measurement window
    std::uint64_t m_allDeliveries = 0;
    std::uint64_t m_lost = 0;
};

} // namespace vv::bench
