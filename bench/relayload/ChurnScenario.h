#pragma once

#include "RssSeries.h"
#include "Scenario.h"

#include <cstdio>
#include <deque>

namespace vv::bench {

// Connection churn: --connections slots, each repeating one cycle (connect, join a room, send a
// data_changed signal, leave, close: gracefully with a close frame on even cycles, abruptly
// without one on odd cycles) over --rooms rooms, so rooms fill, empty and are freed all the time.
//
// churn: a warm-up of --warmup-cycles, then everything closed and the server idle (its /metrics
//   shows no WebSocket, member or room); start RSS; --cycles more; idle again; end RSS. Memory
//   returns if end - start <= --threshold-kb (default 1024).
// soak: the same churn without end for --minutes, next to steady fan-out traffic in
//   --fanout-rooms rooms of --members (member 0 sends --rate signals per second, every other
//   member must receive each one, in order); server RSS every --sample seconds to --csv; RSS
//   is flat if the last third of the samples is not above the middle third and a line fitted
//   through the last half does not climb (RssSeries).
class ChurnScenario final : public Scenario
{
public:
    explicit ChurnScenario(const Options& options);
    ~ChurnScenario() override;

protected:
    int measure() override;
    void onSignal(Conn& conn, std::int64_t seq, std::int64_t nowNs) override;
    void onText(Conn& conn, std::string_view payload, std::int64_t nowNs) override;
    void onClosed(Conn& conn, std::string_view reason) override;

private:
    int runChurn();
    int runSoak();
    // Polls once, then starts as many cycles as the target, the rate and the free slots allow.
    void pump(int timeoutMs);
    void startCycle();
    void onJoined(Conn& conn);
    void endCycle(Conn& conn);
    // Runs cycles until `count` more have completed (or the deadline); false on a timeout.
    bool runCycles(std::uint64_t count, double maxSeconds);
    // Lets the running cycles end and starts no more; false if some did not end in time.
    bool finishCycles(double maxSeconds);
    // Waits until the server reports no WebSocket, member or room; prints its gauges.
    bool waitServerIdle(const std::string& when, double maxSeconds);
    void settle(double seconds);
    void sendFanout(std::int64_t nowNs);
    void writeCsvRow(double seconds, long rssKb);
    [[nodiscard]] bool isSlot(const Conn& conn) const { return conn.id >= m_fanoutConns; }
    [[nodiscard]] long rssKb() const { return serverSample().rssKb; }

    std::uint32_t m_slots;
    std::uint32_t m_churnRooms;
    std::uint32_t m_firstChurnRoom = 0;
    std::uint32_t m_members;
    std::uint32_t m_fanoutRooms = 0;
    std::uint32_t m_fanoutConns = 0; // ids below this are fan-out members, the rest churn slots
    double m_cycleRate;

    std::vector<std::uint8_t> m_closing; // by id: we ended this connection
    std::vector<std::uint8_t> m_graceful; // by id: this cycle ends with a close handshake
    std::vector<std::uint32_t> m_generation; // by id: bumped per cycle, so a stale hold is ignored
    struct Hold {
        std::int64_t dueNs;
        std::uint32_t id;
        std::uint32_t generation;
    };
    std::deque<Hold> m_holds; // joined slots staying in their room; due times in order (fixed hold)
    std::int64_t m_holdNs;
    std::vector<std::uint32_t> m_free; // closed slots ready for a new cycle
    bool m_starting = false;
    std::uint64_t m_target = 0; // cycles to start in this phase (UINT64_MAX: until stopped)
    std::uint64_t m_started = 0;
    std::uint64_t m_completed = 0;
    std::uint64_t m_failedCycles = 0;
    std::string m_lastFailure;
    std::int64_t m_rateStartNs = 0;
    std::uint64_t m_rateStartCount = 0;
    std::uint64_t m_churnDeliveries = 0;

    bool m_fanoutSending = false;
    bool m_fanoutClosing = false;
    double m_fanoutRate = 0;
    std::int64_t m_fanoutStartNs = 0;
    std::int64_t m_nextHeartbeatNs = 0;
    std::vector<std::int64_t> m_fanoutNextSeq; // by fan-out room
    std::uint64_t m_fanoutSent = 0;
    std::uint64_t m_fanoutDeliveries = 0;
    std::uint64_t m_fanoutLost = 0;

    std::FILE* m_csv = nullptr;
    bool m_noMetrics = false; // the server has no /metrics (the Node reference)
};

} // namespace vv::bench
