#include "ChurnScenario.h"

#include "Clock.h"
#include "MetricsProbe.h"

#include <algorithm>
#include <cinttypes>
#include <limits>

namespace vv::bench {

namespace {

// Soak: the line through the last half of the samples may climb at most this much. A leak of
// 16 bytes per cycle at the soak's 300 cycles/s would climb 281 KiB/min.
constexpr double MaxSlopeKbPerMin = 256;
constexpr double DefaultThresholdKb = 1024;

double secondsSince(std::int64_t startNs)
{
    return static_cast<double>(monotonicNs() - startNs) / NsPerSec;
}

} // namespace

ChurnScenario::ChurnScenario(const Options& options)
    : Scenario(options)
    , m_slots(options.connections ? options.connections : (options.scenario == "soak" ? 200 : 500))
    , m_churnRooms(options.rooms ? options.rooms : 100)
    , m_members(options.members ? options.members : 10)
    , m_cycleRate(options.cycleRate > 0 ? options.cycleRate : (options.scenario == "soak" ? 300 : 2000))
    , m_holdNs(static_cast<std::int64_t>(options.holdMs * NsPerMs))
{ }

ChurnScenario::~ChurnScenario()
{
    if (m_csv)
        std::fclose(m_csv);
}

int ChurnScenario::measure()
{
    if (m_opt.serverPid <= 0) {
        fail("churn and soak need --server-pid (they measure the server's RSS)");
        return 2;
    }
    return m_opt.scenario == "soak" ? runSoak() : runChurn();
}

void ChurnScenario::pump(int timeoutMs)
{
    m_pool.poll(timeoutMs);
    const std::int64_t now = monotonicNs();
    if (m_fanoutSending)
        sendFanout(now);
    while (!m_holds.empty() && m_holds.front().dueNs <= now) {
        const Hold h = m_holds.front();
        m_holds.pop_front();
        Conn& c = m_pool.conn(h.id);
        if (m_generation[h.id] == h.generation && c.state == ConnState::Open && c.joined)
            endCycle(c);
    }
    m_pool.flush();
    while (m_starting && m_started < m_target) {
        const double allowed = static_cast<double>(now - m_rateStartNs) / NsPerSec * m_cycleRate + 1;
        if (static_cast<double>(m_started - m_rateStartCount) >= allowed)
            break;
        if (m_free.empty() && m_pool.size() - m_fanoutConns >= m_slots)
            break;
        startCycle();
    }
}

void ChurnScenario::startCycle()
{
    const auto room = m_firstChurnRoom + static_cast<std::uint32_t>(m_started % m_churnRooms);
    std::uint32_t id = 0;
    if (!m_free.empty()) {
        id = m_free.back();
        m_free.pop_back();
        m_pool.conn(id).room = room;
        m_pool.reopen(m_pool.conn(id));
    } else {
        id = m_pool.add(room, 0); // connected by the pool's next poll
        m_closing.resize(m_pool.size(), 0);
        m_graceful.resize(m_pool.size(), 0);
        m_generation.resize(m_pool.size(), 0);
    }
    ++m_generation[id];
    // Both ways a client goes away: a close handshake, and a socket that just closes.
    m_graceful[id] = (m_started % 2) == 0 ? 1 : 0;
    ++m_started;
}

void ChurnScenario::onText(Conn& conn, std::string_view payload, std::int64_t nowNs)
{
    const bool wasJoined = conn.joined;
    Scenario::onText(conn, payload, nowNs);
    if (!wasJoined && conn.joined && isSlot(conn) && conn.state == ConnState::Open)
        onJoined(conn);
}

void ChurnScenario::onJoined(Conn& conn)
{
    // The pong proved the join. The slot stays in its room for the hold time (and receives what
    // the others there send), then ends the cycle.
    if (m_holdNs > 0)
        m_holds.push_back({ monotonicNs() + m_holdNs, conn.id, m_generation[conn.id] });
    else
        endCycle(conn);
}

void ChurnScenario::endCycle(Conn& conn)
{
    // One signal to whoever is in the room, an explicit leave, then the close.
    sendSignal(conn, static_cast<std::int64_t>(m_started));
    std::string leave = R"({"type":"disconnected","budgetId":")";
    leave.append(roomName(conn.room)).append(R"(","timestamp":)").append(std::to_string(wallMs())).append("}");
    m_pool.sendText(conn, leave);
    m_closing[conn.id] = 1;
    m_pool.closeConn(conn, m_graceful[conn.id] != 0);
}

void ChurnScenario::onSignal(Conn& conn, std::int64_t seq, std::int64_t)
{
    if (isSlot(conn)) {
        ++m_churnDeliveries; // from another slot in the same room; who is there varies
        return;
    }
    if (conn.member == 0) {
        ++m_echoed;
        return;
    }
    if (seq <= conn.lastSeq) {
        ++m_unexpected;
        return;
    }
    // TCP and the relay keep order per connection, so a gap is a loss.
    m_fanoutLost += static_cast<std::uint64_t>(seq - conn.lastSeq - 1);
    conn.lastSeq = seq;
    ++m_fanoutDeliveries;
}

void ChurnScenario::onClosed(Conn& conn, std::string_view reason)
{
    if (!isSlot(conn)) {
        if (!m_fanoutClosing) {
            ++m_closedAfterJoin;
            m_lastCloseReason = std::string(reason);
        }
        return;
    }
    if (m_closing[conn.id] != 0) {
        ++m_completed;
    } else {
        ++m_failedCycles; // the server (or the network) ended it before the cycle did
        m_lastFailure = std::string(reason);
    }
    m_closing[conn.id] = 0;
    m_free.push_back(conn.id); // reopened by pump(), after this poll
}

bool ChurnScenario::runCycles(std::uint64_t count, double maxSeconds)
{
    const std::uint64_t goal = m_completed + m_failedCycles + count;
    m_target = m_started + count;
    m_starting = true;
    m_rateStartNs = monotonicNs();
    m_rateStartCount = m_started;
    const std::int64_t deadline = m_rateStartNs + static_cast<std::int64_t>(maxSeconds * NsPerSec);
    std::int64_t lastReport = m_rateStartNs;
    while (m_completed + m_failedCycles < goal && monotonicNs() < deadline) {
        pump(1);
        if (monotonicNs() - lastReport > 2 * NsPerSec) {
            lastReport = monotonicNs();
            std::fprintf(stderr, "  %" PRIu64 "/%" PRIu64 " cycles, %" PRIu64 " failed, server RSS %ld KiB\n",
                m_completed + m_failedCycles - (goal - count), count, m_failedCycles, rssKb());
        }
    }
    m_starting = false;
    return m_completed + m_failedCycles >= goal;
}

bool ChurnScenario::finishCycles(double maxSeconds)
{
    m_starting = false;
    const std::int64_t deadline = monotonicNs() + static_cast<std::int64_t>(maxSeconds * NsPerSec);
    while (m_completed + m_failedCycles < m_started && monotonicNs() < deadline)
        pump(5);
    return m_completed + m_failedCycles == m_started;
}

bool ChurnScenario::waitServerIdle(const std::string& when, double maxSeconds)
{
    const std::string& s = m_opt.scenario;
    const std::int64_t deadline = monotonicNs() + static_cast<std::int64_t>(maxSeconds * NsPerSec);
    for (;;) {
        const auto metrics = fetchMetrics(m_opt.server, m_opt.hostHeader);
        if (!metrics) {
            std::fprintf(
                stderr, "  %s: the server has no /metrics; its connection counts are not checked\n", when.c_str());
            m_noMetrics = true;
            return true;
        }
        const auto get = [&](const char* name) {
            const auto it = metrics->find(name);
            return it == metrics->end() ? -1.0 : it->second;
        };
        const double ws = get("vv_websocket_connections");
        const double joined = get("vv_joined_connections");
        const double rooms = get("vv_rooms");
        // vv_connections counts this /metrics request itself.
        const double tcp = get("vv_connections");
        const bool idle = ws == 0 && joined == 0 && rooms == 0 && tcp <= 1;
        if (idle || monotonicNs() >= deadline) {
            std::fprintf(stderr,
                "  /metrics %s: %.0f TCP connections (this request included), %.0f WebSockets, %.0f joined, "
                "%.0f rooms%s\n",
                when.c_str(), tcp, ws, joined, rooms, idle ? "" : "  <- NOT back to 0");
            result(s + ".metrics_" + when + "_websockets", ws);
            result(s + ".metrics_" + when + "_joined", joined);
            result(s + ".metrics_" + when + "_rooms", rooms);
            result(s + ".metrics_" + when + "_tcp_connections", tcp);
            return idle;
        }
        pump(50);
    }
}

void ChurnScenario::settle(double seconds)
{
    const std::int64_t end = monotonicNs() + static_cast<std::int64_t>(seconds * NsPerSec);
    while (monotonicNs() < end)
        pump(50);
}

int ChurnScenario::runChurn()
{
    m_firstChurnRoom = addRooms(m_churnRooms);
    const std::uint64_t warmup
        = m_opt.warmupCycles ? m_opt.warmupCycles : std::max<std::uint64_t>(m_opt.cycles / 4, m_slots);
    const double threshold = m_opt.thresholdKb >= 0 ? m_opt.thresholdKb : DefaultThresholdKb;
    const double settleSec = std::min(m_opt.settleSec, 3.0);
    std::fprintf(stderr,
        "churn: %u slots over %u rooms, at most %.0f cycles/s, %.0f ms in the room; warm-up %" PRIu64
        " cycles, measured %u cycles\n",
        m_slots, m_churnRooms, m_cycleRate, m_opt.holdMs, warmup, m_opt.cycles);
    settle(1.0);
    const long fresh = rssKb();
    // Timeouts: far above the expected run time at the rate, still bounded.
    const auto phaseLimit = [&](std::uint64_t n) { return 60.0 + 4.0 * static_cast<double>(n) / m_cycleRate; };
    if (!runCycles(warmup, phaseLimit(warmup)) || !finishCycles(10)) {
        fail("warm-up cycles did not complete; last failure: " + m_lastFailure);
        return 2;
    }
    const bool idleBefore = waitServerIdle("after_warmup", 10);
    settle(settleSec);
    const long start = rssKb();
    const std::uint64_t failedBefore = m_failedCycles;
    const std::uint64_t deliveriesBefore = m_churnDeliveries;

    const std::int64_t t0 = monotonicNs();
    const bool done = runCycles(m_opt.cycles, phaseLimit(m_opt.cycles));
    const double seconds = secondsSince(t0);
    const bool finished = finishCycles(10);
    const long peak = rssKb(); // all slots just closed: close to the high-water mark
    const bool idleAfter = waitServerIdle("after_run", 10);
    settle(settleSec);
    const long end = rssKb();
    if (!done || !finished) {
        fail("cycles did not complete in time; last failure: " + m_lastFailure);
        return 2;
    }
    const long delta = end - start;
    const std::uint64_t failed = m_failedCycles - failedBefore;
    const bool pass = static_cast<double>(delta) <= threshold;
    result("churn.slots", m_slots);
    result("churn.rooms", m_churnRooms);
    result("churn.warmup_cycles", static_cast<double>(warmup));
    result("churn.cycles", m_opt.cycles);
    result("churn.seconds", seconds);
    result("churn.cycles_per_sec", m_opt.cycles / seconds);
    result("churn.failed_cycles", static_cast<double>(failed));
    result("churn.deliveries", static_cast<double>(m_churnDeliveries - deliveriesBefore));
    result("churn.rss_fresh_kb", static_cast<double>(fresh));
    result("churn.rss_start_kb", static_cast<double>(start));
    result("churn.rss_after_cycles_kb", static_cast<double>(peak));
    result("churn.rss_end_kb", static_cast<double>(end));
    result("churn.rss_delta_kb", static_cast<double>(delta));
    result("churn.bytes_per_cycle", static_cast<double>(delta) * 1024.0 / m_opt.cycles);
    result("churn.threshold_kb", threshold);
    result("churn.server_idle", idleBefore && idleAfter ? 1 : 0);
    result("churn.pass", pass && idleAfter && failed == 0 ? 1 : 0);
    reportErrors();
    if (failed > 0)
        std::fprintf(stderr, "  %" PRIu64 " cycles failed; last: %s\n", failed, m_lastFailure.c_str());
    std::printf("churn: server RSS fresh %ld KiB; start %ld KiB (after %" PRIu64
                " warm-up cycles, all closed); end %ld KiB (after %u more cycles, all closed); delta %+ld KiB "
                "(%+.1f B/cycle); target: end <= start + %.0f KiB: %s\n",
        fresh, start, warmup, end, m_opt.cycles, delta, static_cast<double>(delta) * 1024.0 / m_opt.cycles, threshold,
        pass ? "PASS" : "FAIL");
    std::printf("churn: server connection gauges back to 0 after the run: %s; failed cycles: %" PRIu64 "\n",
        m_noMetrics ? "n/a (no /metrics)" : (idleAfter ? "PASS" : "FAIL"), failed);
    std::fflush(stdout);
    return pass && idleAfter && failed == 0 ? 0 : 1;
}

void ChurnScenario::sendFanout(std::int64_t nowNs)
{
    const double elapsed = static_cast<double>(nowNs - m_fanoutStartNs) / NsPerSec;
    // The receivers send nothing else: a heartbeat every 20 s, as a client does (the app's is
    // 30 s), keeps the server's idle timeout (120 s by default) from closing them.
    if (nowNs >= m_nextHeartbeatNs) {
        m_nextHeartbeatNs = nowNs + 20 * NsPerSec;
        const std::string ping = R"({"type":"ping","timestamp":)" + std::to_string(wallMs()) + "}";
        for (std::uint32_t i = 0; i < m_fanoutConns; ++i) {
            if (m_pool.conn(i).state == ConnState::Open)
                m_pool.sendText(m_pool.conn(i), ping);
        }
    }
    for (std::uint32_t r = 0; r < m_fanoutRooms; ++r) {
        // Rooms staggered over the period, so the sends do not come in bursts.
        const auto due = static_cast<std::int64_t>(elapsed * m_fanoutRate + static_cast<double>(r) / m_fanoutRooms);
        Conn& sender = m_pool.conn(r * m_members);
        while (m_fanoutNextSeq[r] < due && sender.state == ConnState::Open) {
            sendSignal(sender, m_fanoutNextSeq[r]++);
            ++m_fanoutSent;
        }
    }
}

void ChurnScenario::writeCsvRow(double seconds, long rss)
{
    if (!m_csv)
        return;
    std::fprintf(m_csv, "%.1f,%ld,%" PRIu64 ",%" PRIu64 ",%zu\n", seconds, rss, m_completed, m_fanoutDeliveries,
        m_pool.openCount());
    std::fflush(m_csv);
}

int ChurnScenario::runSoak()
{
    m_fanoutRooms = m_opt.fanoutRooms;
    m_fanoutRate = m_opt.rateSet ? m_opt.ratePerRoom : 10.0;
    const double step = m_opt.thresholdKb >= 0 ? m_opt.thresholdKb : DefaultThresholdKb;
    std::fprintf(stderr,
        "soak: %.1f min; churn %u slots over %u rooms at most %.0f cycles/s (%.0f ms in the room); fan-out %u rooms x "
        "%u members, "
        "%.1f signals/s per room; RSS every %.1f s\n",
        m_opt.minutes, m_slots, m_churnRooms, m_cycleRate, m_opt.holdMs, m_fanoutRooms, m_members, m_fanoutRate,
        m_opt.sampleSec);
    const long fresh = rssKb();
    if (m_fanoutRooms > 0) {
        m_fanoutConns = m_fanoutRooms * m_members; // before they exist: they are not churn slots
        if (!connectAndJoin(m_fanoutConns, m_members))
            return 2;
        m_fanoutNextSeq.assign(m_fanoutRooms, 0);
    }
    m_firstChurnRoom = addRooms(m_churnRooms);
    if (!m_opt.csvPath.empty()) {
        m_csv = std::fopen(m_opt.csvPath.c_str(), "we");
        if (!m_csv) {
            fail("cannot write " + m_opt.csvPath);
            return 2;
        }
        std::fprintf(m_csv, "seconds,server_rss_kb,cycles_completed,fanout_deliveries,open_connections\n");
    }

    RssSeries series;
    const std::int64_t t0 = monotonicNs();
    const std::int64_t end = t0 + static_cast<std::int64_t>(m_opt.minutes * 60 * NsPerSec);
    const auto sampleNs = static_cast<std::int64_t>(m_opt.sampleSec * NsPerSec);
    m_fanoutStartNs = t0;
    m_nextHeartbeatNs = t0 + 20 * NsPerSec;
    m_fanoutSending = m_fanoutRooms > 0;
    m_target = std::numeric_limits<std::uint64_t>::max();
    m_starting = true;
    m_rateStartNs = t0;
    m_rateStartCount = m_started;
    std::int64_t nextSample = t0;
    std::int64_t nextReport = t0 + 10 * NsPerSec;
    while (monotonicNs() < end) {
        pump(1);
        const std::int64_t now = monotonicNs();
        if (now >= nextSample) {
            const long rss = rssKb();
            series.add(static_cast<double>(now - t0) / NsPerSec, static_cast<double>(rss));
            writeCsvRow(static_cast<double>(now - t0) / NsPerSec, rss);
            nextSample += sampleNs;
        }
        if (now >= nextReport) {
            nextReport += 10 * NsPerSec;
            std::fprintf(stderr,
                "  %4.0f s: %" PRIu64 " cycles (%" PRIu64 " failed), %" PRIu64
                " fan-out deliveries, server RSS %ld KiB\n",
                static_cast<double>(now - t0) / NsPerSec, m_completed, m_failedCycles, m_fanoutDeliveries, rssKb());
        }
    }
    const double seconds = secondsSince(t0);
    m_fanoutSending = false;
    const bool finished = finishCycles(10);
    // Let the last fan-out signals land, then count what never arrived (bounded: 3 s).
    const auto caughtUp = [&] {
        for (std::uint32_t i = 0; i < m_fanoutConns; ++i) {
            const Conn& c = m_pool.conn(i);
            if (c.member != 0 && c.state == ConnState::Open && c.lastSeq + 1 < m_fanoutNextSeq[c.room])
                return false;
        }
        return true;
    };
    const std::int64_t drainEnd = monotonicNs() + 3 * NsPerSec;
    while (!caughtUp() && monotonicNs() < drainEnd)
        pump(5);
    for (std::uint32_t i = 0; i < m_fanoutConns; ++i) {
        const Conn& c = m_pool.conn(i);
        if (c.member != 0)
            m_fanoutLost
                += static_cast<std::uint64_t>(std::max<std::int64_t>(0, m_fanoutNextSeq[c.room] - 1 - c.lastSeq));
    }
    m_fanoutClosing = true;
    for (std::uint32_t i = 0; i < m_fanoutConns; ++i)
        m_pool.closeConn(m_pool.conn(i), true);
    const std::int64_t closeEnd = monotonicNs() + 5 * NsPerSec;
    while (m_pool.openCount() > 0 && monotonicNs() < closeEnd)
        pump(5);
    const bool idle = waitServerIdle("after_soak", 10);
    settle(2.0);
    const long closedRss = rssKb();
    writeCsvRow(secondsSince(t0), closedRss);

    const RssSeries::Verdict v = series.verdict(step, MaxSlopeKbPerMin);
    const double first = series.samples().empty() ? 0 : series.samples().front().rssKb;
    result("soak.minutes", seconds / 60);
    result("soak.cycles", static_cast<double>(m_completed));
    result("soak.cycles_per_sec", static_cast<double>(m_completed) / seconds);
    result("soak.failed_cycles", static_cast<double>(m_failedCycles));
    result("soak.fanout_signals", static_cast<double>(m_fanoutSent));
    result("soak.fanout_deliveries", static_cast<double>(m_fanoutDeliveries));
    result("soak.fanout_lost", static_cast<double>(m_fanoutLost));
    result("soak.samples", static_cast<double>(v.samples));
    result("soak.rss_fresh_kb", static_cast<double>(fresh));
    result("soak.rss_first_sample_kb", first);
    result("soak.rss_middle_third_mean_kb", v.middleMeanKb);
    result("soak.rss_last_third_mean_kb", v.lastMeanKb);
    result("soak.rss_last_minus_middle_kb", v.lastMinusMiddleKb);
    result("soak.rss_slope_last_half_kb_per_min", v.slopeKbPerMin);
    result("soak.rss_all_closed_kb", static_cast<double>(closedRss));
    result("soak.flat", v.flat ? 1 : 0);
    reportErrors();
    const bool clean = finished && idle && m_failedCycles == 0 && m_fanoutLost == 0 && errorCount() == 0;
    std::printf("soak: %.1f min, %" PRIu64 " churn cycles (%.0f/s, %" PRIu64 " failed), %" PRIu64
                " fan-out deliveries (%" PRIu64 " lost); server RSS fresh %ld KiB, middle third %.0f KiB, last third "
                "%.0f KiB (%+.0f KiB), slope over the last half %+.1f KiB/min, %ld KiB once all closed\n",
        seconds / 60, m_completed, static_cast<double>(m_completed) / seconds, m_failedCycles, m_fanoutDeliveries,
        m_fanoutLost, fresh, v.middleMeanKb, v.lastMeanKb, v.lastMinusMiddleKb, v.slopeKbPerMin, closedRss);
    std::printf("soak: target: last third <= middle third + %.0f KiB and slope <= %.0f KiB/min: %s; no loss, no "
                "failed cycle, gauges back to 0%s: %s\n",
        step, MaxSlopeKbPerMin, v.flat ? "PASS" : "FAIL", m_noMetrics ? " (n/a: no /metrics)" : "",
        clean ? "PASS" : "FAIL");
    std::fflush(stdout);
    return v.flat && clean ? 0 : 1;
}

} // namespace vv::bench
