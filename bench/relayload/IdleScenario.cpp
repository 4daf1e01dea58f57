#include "IdleScenario.h"

#include "Clock.h"

#include <cstdio>
#include <unistd.h>

namespace vv::bench {

namespace {

long selfRssKb()
{
    return sampleProcess(getpid()).value_or(ProcSample {}).rssKb;
}

} // namespace

int IdleScenario::measure()
{
    const std::uint32_t count = m_opt.connections ? m_opt.connections : 10000;
    const std::uint32_t members = m_opt.members ? m_opt.members : 5;
    std::fprintf(stderr, "idle: %u connections in rooms of %u, settle %.1f s\n", count, members, m_opt.settleSec);
    if (m_opt.serverPid <= 0) {
        fail("the idle scenario needs --server-pid");
        return 2;
    }
    if (m_opt.sources.empty() && count > 28000)
        std::fprintf(stderr,
            "  warning: %u connections from one source address may exhaust ephemeral ports; "
            "use --source-addrs\n",
            count);
    // The baseline is the server at rest: give it a moment after start-up (bounded, 1 s).
    const std::int64_t restEnd = monotonicNs() + NsPerSec;
    while (monotonicNs() < restEnd)
        m_pool.poll(50);
    const ProcSample before = serverSample();
    const long genBefore = selfRssKb();
    if (!connectAndJoin(count, members))
        return 2;
    const ProcSample joined = serverSample();
    // Idle: nothing is sent; the pool still answers protocol pings while we wait.
    const std::int64_t settleEnd = monotonicNs() + static_cast<std::int64_t>(m_opt.settleSec * NsPerSec);
    while (monotonicNs() < settleEnd)
        m_pool.poll(50);
    const ProcSample after = serverSample();
    if (m_pool.openCount() != count) {
        fail(std::to_string(count - m_pool.openCount()) + " connections closed while idle: " + m_lastCloseReason);
        return 2;
    }
    const double perConnBytes = static_cast<double>(after.rssKb - before.rssKb) * 1024.0 / count;
    result("idle.connections", count);
    result("idle.members", members);
    result("idle.rss_before_kb", static_cast<double>(before.rssKb));
    result("idle.rss_joined_kb", static_cast<double>(joined.rssKb));
    result("idle.rss_after_kb", static_cast<double>(after.rssKb));
    result("idle.bytes_per_conn", perConnBytes);
    result("idle.setup_server_cpu_seconds", joined.cpuSeconds - before.cpuSeconds);
    result("idle.gen_bytes_per_conn", static_cast<double>(selfRssKb() - genBefore) * 1024.0 / count);
    reportErrors();
    std::fprintf(stderr, "  server RSS %ld kB -> %ld kB after settle: %.0f bytes per connection\n", before.rssKb,
        after.rssKb, perConnBytes);
    return m_closedAfterJoin == 0 ? 0 : 2;
}

} // namespace vv::bench
