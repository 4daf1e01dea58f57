#include "LatencyScenario.h"

#include "Clock.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace vv::bench {

LatencyScenario::LatencyScenario(const Options& options)
    : Scenario(options)
    , m_members(options.members ? options.members : 5)
{ }

int LatencyScenario::measure()
{
    const std::uint32_t rooms = m_opt.rooms ? m_opt.rooms : 1000;
    const double warmup = m_opt.warmupSec >= 0 ? m_opt.warmupSec : 2.0;
    const double duration = m_opt.durationSec > 0 ? m_opt.durationSec : 15.0;
    std::fprintf(stderr, "latency: %u rooms x %u members, %.2f signal/s per room, warmup %.1f s, measure %.1f s\n",
        rooms, m_members, m_opt.ratePerRoom, warmup, duration);
    if (!connectAndJoin(rooms * m_members, m_members))
        return 2;
    m_roomState.resize(rooms);
    for (Room& room : m_roomState) {
        room.sentNs.assign(Ring, 0);
        room.ringSeq.assign(Ring, -1);
        room.remaining.assign(Ring, 0);
    }
    const auto expectedSamples = static_cast<std::size_t>(rooms * m_opt.ratePerRoom * duration * (m_members - 1));
    m_latencies.reserve(expectedSamples + 1024);

    // Sends are spread evenly: send g (room g % rooms) is due at t0 + g * interval.
    const double intervalNs = NsPerSec / (rooms * m_opt.ratePerRoom);
    const std::int64_t t0 = monotonicNs();
    m_windowStart = t0 + static_cast<std::int64_t>(warmup * NsPerSec);
    m_windowEnd = m_windowStart + static_cast<std::int64_t>(duration * NsPerSec);
    ProcSample before;
    double selfBefore = 0;
    MachineCpu machineBefore;
    bool measuring = false;
    std::uint64_t g = 0;
    std::uint64_t sentInWindow = 0;
    std::int64_t now = t0;
    std::int64_t maxLateNs = 0;
    while (now < m_windowEnd) {
        // At most one interval's worth of catch-up per pass keeps each pass short.
        for (int burst = 0; burst < 1000; ++burst) {
            const auto due = t0 + static_cast<std::int64_t>(static_cast<double>(g) * intervalNs);
            if (due > now || due >= m_windowEnd)
                break;
            maxLateNs = std::max(maxLateNs, now - due);
            const std::uint32_t r = static_cast<std::uint32_t>(g % rooms);
            Room& room = m_roomState[r];
            Conn& sender = m_pool.conn(r * m_members);
            const auto slot = static_cast<std::size_t>(room.nextSeq % Ring);
            room.ringSeq[slot] = room.nextSeq;
            room.sentNs[slot] = monotonicNs();
            room.remaining[slot] = static_cast<std::int32_t>(m_members - 1);
            if (room.sentNs[slot] >= m_windowStart) {
                ++sentInWindow;
                m_expected += m_members - 1;
            }
            sendSignal(sender, room.nextSeq++);
            ++g;
        }
        m_pool.flush();
        now = monotonicNs();
        if (!measuring && now >= m_windowStart) {
            before = serverSample();
            selfBefore = selfCpuSeconds();
            machineBefore = machineCpu();
            measuring = true;
        }
        const auto next = t0 + static_cast<std::int64_t>(static_cast<double>(g) * intervalNs);
        const std::int64_t waitNs = std::clamp<std::int64_t>(next - now, 0, 10 * NsPerMs);
        m_pool.poll(static_cast<int>((waitNs + NsPerMs - 1) / NsPerMs));
        now = monotonicNs();
    }
    const ProcSample after = serverSample();
    const double selfAfter = selfCpuSeconds();
    const MachineCpu machineAfter = machineCpu();
    const double seconds = static_cast<double>(now - m_windowStart) / NsPerSec;
    // Collect the last deliveries (bounded: 2 s).
    const std::int64_t drainEnd = monotonicNs() + 2 * NsPerSec;
    while (m_received < m_expected && monotonicNs() < drainEnd)
        m_pool.poll(5);

    const double mean = m_latencies.empty()
        ? std::nan("")
        : static_cast<double>(std::accumulate(m_latencies.begin(), m_latencies.end(), std::int64_t { 0 }))
            / static_cast<double>(m_latencies.size()) / NsPerMs;
    const double cpu = after.cpuSeconds - before.cpuSeconds;
    const std::uint64_t lost = m_expected - m_received;
    result("latency.rooms", rooms);
    result("latency.members", m_members);
    result("latency.seconds", seconds);
    result("latency.signals_per_sec", static_cast<double>(sentInWindow) / seconds);
    result("latency.samples", static_cast<double>(m_latencies.size()));
    result("latency.p50_ms", percentileMs(m_latencies, 50));
    result("latency.p90_ms", percentileMs(m_latencies, 90));
    result("latency.p99_ms", percentileMs(m_latencies, 99));
    result("latency.p999_ms", percentileMs(m_latencies, 99.9));
    result("latency.max_ms", percentileMs(m_latencies, 100));
    result("latency.mean_ms", mean);
    result("latency.server_cpu_pct", 100.0 * cpu / seconds);
    result("latency.gen_cpu_pct", 100.0 * (selfAfter - selfBefore) / seconds);
    // Busy CPU of the whole machine minus server and generator: other load during the window.
    // Softirq is counted as busy: part of it is charged to the processes that ran it, part to
    // none, so this may overstate other load by up to the softirq figure.
    const double softirq = machineAfter.softirqSeconds - machineBefore.softirqSeconds;
    const double other
        = machineAfter.busySeconds - machineBefore.busySeconds + softirq - cpu - (selfAfter - selfBefore);
    result("latency.other_cpu_pct", 100.0 * other / seconds);
    result("latency.softirq_cpu_pct", 100.0 * softirq / seconds);
    result("latency.send_max_late_ms", static_cast<double>(maxLateNs) / NsPerMs);
    result("latency.server_rss_kb", static_cast<double>(after.rssKb));
    result("latency.lost", static_cast<double>(lost));
    reportErrors();
    std::fprintf(stderr, "  p50 %.3f ms, p99 %.3f ms, server CPU %.1f%%, generator CPU %.1f%%, lost %llu\n",
        percentileMs(m_latencies, 50), percentileMs(m_latencies, 99), 100.0 * cpu / seconds,
        100.0 * (selfAfter - selfBefore) / seconds, static_cast<unsigned long long>(lost));
    return errorCount() == 0 && lost == 0 && !m_latencies.empty() ? 0 : 2;
}

void LatencyScenario::onSignal(Conn& conn, std::int64_t seq, std::int64_t nowNs)
{
    Room& room = m_roomState[conn.room];
    if (conn.member == 0) {
        ++m_echoed;
        return;
    }
    const auto slot = static_cast<std::size_t>(seq % static_cast<std::int64_t>(Ring));
    if (seq < 0 || seq <= conn.lastSeq || room.ringSeq[slot] != seq || room.remaining[slot] <= 0) {
        ++m_unexpected;
        return;
    }
    conn.lastSeq = seq;
    --room.remaining[slot];
    const std::int64_t sent = room.sentNs[slot];
    if (sent >= m_windowStart && sent < m_windowEnd) {
        ++m_received;
        m_latencies.push_back(nowNs - sent);
    }
}

} // namespace vv::bench
