#pragma once

#include "ClientPool.h"
#include "Options.h"
#include "ProcStats.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vv::bench {

// Shared machinery of the scenarios: builds rooms of clients, joins them, waits until every
// join is acknowledged, classifies what arrives, and prints results as "RESULT key value".
class Scenario : public ConnHandler
{
public:
    explicit Scenario(const Options& options);
    ~Scenario() override;
    Scenario(const Scenario&) = delete;
    Scenario& operator=(const Scenario&) = delete;

    // Returns the process exit code: 0 = measured, 2 = the run failed (reason printed).
    int run();

protected:
    virtual int measure() = 0;
    virtual void onSignal(Conn& conn, std::int64_t seq, std::int64_t nowNs);

    // Adds `count` clients in rooms of `members` (the last room may be smaller), connects them,
    // sends each a join and a ping, and returns once every pong has come back (the server
    // answers in order, so the pong proves the join was processed).
    bool connectAndJoin(std::uint32_t count, std::uint32_t members);
    [[nodiscard]] const std::string& roomName(std::uint32_t room) const { return m_rooms[room]; }
    // Appends `count` room names unique to this run; returns the index of the first.
    std::uint32_t addRooms(std::uint32_t count);
    void sendSignal(Conn& conn, std::int64_t seq);
    void result(const std::string& key, double value) const;
    void fail(const std::string& why) const;
    [[nodiscard]] ProcSample serverSample() const;
    [[nodiscard]] std::uint64_t errorCount() const;
    void reportErrors() const;

    void onOpen(Conn& conn) override;
    void onText(Conn& conn, std::string_view payload, std::int64_t nowNs) override;
    void onClosed(Conn& conn, std::string_view reason) override;

    const Options& m_opt;
    ClientPool m_pool;
    std::vector<std::string> m_rooms;
    std::uint64_t m_joined = 0;
    std::uint64_t m_misrouted = 0; // a signal for another room
    std::uint64_t m_echoed = 0; // the sender got its own signal back
    std::uint64_t m_unexpected = 0; // unknown, duplicate or out-of-order seq
    std::uint64_t m_otherFrames = 0; // anything else (e.g. the reference relays joins)
    std::uint64_t m_closedAfterJoin = 0;
    std::string m_lastCloseReason;

private:
    std::string m_runTag;
    std::string m_frame;
};

// Nearest-rank percentile of nanosecond samples (sorts in place), in milliseconds.
[[nodiscard]] double percentileMs(std::vector<std::int64_t>& samples, double p);

} // namespace vv::bench
