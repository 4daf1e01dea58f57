#include "FanoutScenario.h"

#include "Clock.h"

#include <cstdio>

namespace vv::bench {

FanoutScenario::FanoutScenario(const Options& options)
    : Scenario(options)
    , m_window(options.window)
    , m_members(options.members ? options.members : 10)
{ }

int FanoutScenario::measure()
{
    const std::uint32_t rooms = m_opt.rooms ? m_opt.rooms : 100;
    const double warmup = m_opt.warmupSec >= 0 ? m_opt.warmupSec : 1.0;
    const double duration = m_opt.durationSec > 0 ? m_opt.durationSec : 10.0;
    std::fprintf(stderr, "fanout: %u rooms x %u members, window %u, warmup %.1f s, measure %.1f s\n", rooms, m_members,
        m_window, warmup, duration);
    if (!connectAndJoin(rooms * m_members, m_members))
        return 2;

    m_roomState.resize(rooms);
    for (std::uint32_t r = 0; r < rooms; ++r) {
        m_roomState[r].sender = r * m_members;
        m_roomState[r].remaining.assign(m_window, 0);
        m_roomState[r].sentNs.assign(m_window, 0);
    }
    m_latencies.reserve(8'000'000);

    const std::int64_t t0 = monotonicNs();
    const std::int64_t measureStart = t0 + static_cast<std::int64_t>(warmup * NsPerSec);
    const std::int64_t measureEnd = measureStart + static_cast<std::int64_t>(duration * NsPerSec);
    ProcSample before;
    double selfBefore = 0;
    MachineCpu machineBefore;
    std::int64_t lastProgressNs = t0;
    std::uint64_t lastProgressCount = 0;
    m_sending = true;
    for (Room& room : m_roomState)
        topUp(room);
    m_pool.flush();
    std::int64_t now = t0;
    // Bounded by measureEnd; a stall (nothing delivered for 5 s) ends it early.
    while (now < measureEnd) {
        m_pool.poll(5);
        now = monotonicNs();
        if (!m_measuring && now >= measureStart) {
            before = serverSample();
            selfBefore = selfCpuSeconds();
            machineBefore = machineCpu();
            m_measuring = true;
        }
        if (m_allDeliveries != lastProgressCount) {
            lastProgressCount = m_allDeliveries;
            lastProgressNs = now;
        } else if (now - lastProgressNs > 5 * NsPerSec) {
            fail("stalled: no delivery for 5 s");
            break;
        }
    }
    const ProcSample after = serverSample();
    const double selfAfter = selfCpuSeconds();
    const MachineCpu machineAfter = machineCpu();
    const double seconds = static_cast<double>(now - measureStart) / NsPerSec;
    m_measuring = false;
    m_sending = false;

    // Let in-flight signals land so the loss count is exact (bounded: 3 s).
    const std::int64_t drainEnd = monotonicNs() + 3 * NsPerSec;
    while (outstanding() > 0 && monotonicNs() < drainEnd)
        m_pool.poll(5);
    for (const Room& room : m_roomState)
        for (std::int64_t s = room.oldest; s < room.nextSeq; ++s)
            m_lost += static_cast<std::uint64_t>(room.remaining[static_cast<std::size_t>(s % m_window)]);

    const double cpu = after.cpuSeconds - before.cpuSeconds;
    const double perSec = static_cast<double>(m_deliveries) / seconds;
    result("fanout.rooms", rooms);
    result("fanout.members", m_members);
    result("fanout.window", m_window);
    result("fanout.seconds", seconds);
    result("fanout.deliveries", static_cast<double>(m_deliveries));
    result("fanout.deliveries_per_sec", perSec);
    result("fanout.signals_per_sec", static_cast<double>(m_signalsSent) / seconds);
    result("fanout.server_cpu_seconds", cpu);
    result("fanout.server_cpu_s_per_100k", m_deliveries ? cpu * 100000.0 / static_cast<double>(m_deliveries) : 0);
    // Work per CPU-second of the server: much less sensitive to other load than deliveries/s.
    result("fanout.deliveries_per_server_cpu_sec", cpu > 0 ? static_cast<double>(m_deliveries) / cpu : 0);
    result("fanout.server_cpu_pct", 100.0 * cpu / seconds);
    result("fanout.gen_cpu_pct", 100.0 * (selfAfter - selfBefore) / seconds);
    // Busy CPU of the whole machine minus server and generator: other load during the window.
    // Softirq is counted as busy: part of it is charged to the processes that ran it, part to
    // none, so this may overstate other load by up to the softirq figure.
    const double softirq = machineAfter.softirqSeconds - machineBefore.softirqSeconds;
    const double other
        = machineAfter.busySeconds - machineBefore.busySeconds + softirq - cpu - (selfAfter - selfBefore);
    result("fanout.other_cpu_pct", 100.0 * other / seconds);
    result("fanout.softirq_cpu_pct", 100.0 * softirq / seconds);
    result("fanout.server_rss_kb", static_cast<double>(after.rssKb));
    result("fanout.lat_p50_ms", percentileMs(m_latencies, 50));
    result("fanout.lat_p99_ms", percentileMs(m_latencies, 99));
    result("fanout.lost", static_cast<double>(m_lost));
    reportErrors();
    std::fprintf(stderr, "  %.0f deliveries/s, server CPU %.1f%%, generator CPU %.1f%%, lost %llu\n", perSec,
        100.0 * cpu / seconds, 100.0 * (selfAfter - selfBefore) / seconds, static_cast<unsigned long long>(m_lost));
    return errorCount() == 0 && m_lost == 0 && m_deliveries > 0 ? 0 : 2;
}

void FanoutScenario::topUp(Room& room)
{
    if (!m_sending)
        return;
    Conn& sender = m_pool.conn(room.sender);
    if (sender.state != ConnState::Open)
        return;
    const std::int64_t now = monotonicNs();
    while (room.nextSeq - room.oldest < m_window) {
        const auto slot = static_cast<std::size_t>(room.nextSeq % m_window);
        room.remaining[slot] = static_cast<std::int32_t>(m_members - 1);
        room.sentNs[slot] = now;
        sendSignal(sender, room.nextSeq);
        ++room.nextSeq;
        if (m_measuring)
            ++m_signalsSent;
    }
}

void FanoutScenario::onSignal(Conn& conn, std::int64_t seq, std::int64_t nowNs)
{
    Room& room = m_roomState[conn.room];
    if (conn.member == 0) {
        ++m_echoed;
        return;
    }
    if (seq < room.oldest || seq >= room.nextSeq || seq <= conn.lastSeq) {
        ++m_unexpected;
        return;
    }
    // Per-connection order is preserved by TCP and by a correct relay, so a gap is a loss.
    for (std::int64_t s = std::max(conn.lastSeq + 1, room.oldest); s < seq; ++s) {
        --room.remaining[static_cast<std::size_t>(s % m_window)];
        ++m_lost;
    }
    conn.lastSeq = seq;
    const auto slot = static_cast<std::size_t>(seq % m_window);
    --room.remaining[slot];
    ++m_allDeliveries;
    if (m_measuring) {
        ++m_deliveries;
        m_latencies.push_back(nowNs - room.sentNs[slot]);
    }
    // Seqs complete in order (each receiver gets them in order), so the window slides.
    while (room.oldest < room.nextSeq && room.remaining[static_cast<std::size_t>(room.oldest % m_window)] <= 0)
        ++room.oldest;
    topUp(room);
}

std::int64_t FanoutScenario::outstanding() const
{
    std::int64_t n = 0;
    for (const Room& room : m_roomState)
        n += room.nextSeq - room.oldest;
    return n;
}

} // namespace vv::bench
