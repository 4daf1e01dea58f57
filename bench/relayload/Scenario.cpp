#include "Scenario.h"

#include "Clock.h"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace vv::bench {

namespace {

PoolConfig poolConfig(const Options& o)
{
    PoolConfig c;
    c.server = o.server;
    c.hostHeader = o.hostHeader;
    c.path = o.path;
    c.sources = o.sources;
    c.maxInFlightConnects = o.maxInFlightConnects;
    return c;
}

} // namespace

Scenario::Scenario(const Options& options)
    : m_opt(options)
    , m_pool(poolConfig(options), *this)
{
    // Room ids unique per run, valid for the shared codec ([A-Za-z0-9_-]).
    char tag[32];
    std::snprintf(tag, sizeof tag, "vvb%08" PRIx32, static_cast<std::uint32_t>(monotonicNs() ^ getpid()));
    m_runTag = tag;
}

Scenario::~Scenario() = default;

int Scenario::run()
{
    std::string error;
    if (!m_pool.init(&error)) {
        fail(error);
        return 2;
    }
    if (m_opt.serverPid > 0 && !sampleProcess(m_opt.serverPid)) {
        fail("cannot read /proc for --server-pid");
        return 2;
    }
    return measure();
}

bool Scenario::connectAndJoin(std::uint32_t count, std::uint32_t members)
{
    const std::uint32_t roomCount = (count + members - 1) / members;
    addRooms(roomCount);
    for (std::uint32_t i = 0; i < count; ++i)
        m_pool.add(i / members, i % members);
    const std::int64_t start = monotonicNs();
    const auto deadline = start + static_cast<std::int64_t>(m_opt.setupTimeoutSec * NsPerSec);
    std::int64_t lastReport = start;
    while (m_joined < count && m_joined + m_pool.closedCount() < count && monotonicNs() < deadline) {
        m_pool.poll(10);
        const std::int64_t now = monotonicNs();
        if (now - lastReport > 2 * NsPerSec) {
            std::fprintf(stderr, "  setup: %" PRIu64 "/%u joined, %zu failed\n", m_joined, count, m_pool.closedCount());
            lastReport = now;
        }
    }
    const double seconds = static_cast<double>(monotonicNs() - start) / NsPerSec;
    if (m_joined < count) {
        fail("only " + std::to_string(m_joined) + " of " + std::to_string(count) + " clients joined within "
            + std::to_string(m_opt.setupTimeoutSec) + " s; first error: " + m_pool.firstError());
        return false;
    }
    std::fprintf(stderr, "  setup: %u clients in %u rooms joined in %.2f s\n", count, roomCount, seconds);
    result(m_opt.scenario + ".setup_seconds", seconds);
    return true;
}

std::uint32_t Scenario::addRooms(std::uint32_t count)
{
    const auto first = static_cast<std::uint32_t>(m_rooms.size());
    for (std::uint32_t r = first; r < first + count; ++r)
        m_rooms.push_back(m_runTag + "-r" + std::to_string(r));
    return first;
}

void Scenario::onOpen(Conn& conn)
{
    m_frame.clear();
    m_frame.append(R"({"type":"connected","budgetId":")").append(m_rooms[conn.room]);
    m_frame.append(R"(","timestamp":)").append(std::to_string(wallMs())).append("}");
    m_pool.sendText(conn, m_frame);
    m_frame.assign(R"({"type":"ping","timestamp":)").append(std::to_string(wallMs())).append("}");
    m_pool.sendText(conn, m_frame);
}

void Scenario::sendSignal(Conn& conn, std::int64_t seq)
{
    char buf[320];
    const int n = std::snprintf(buf, sizeof buf,
        R"({"type":"data_changed","budgetId":"%s","timestamp":%lld,"metadata":{"seq":%lld}})",
        m_rooms[conn.room].c_str(), static_cast<long long>(wallMs()), static_cast<long long>(seq));
    m_pool.sendText(conn, std::string_view(buf, static_cast<std::size_t>(n)));
}

void Scenario::onText(Conn& conn, std::string_view payload, std::int64_t nowNs)
{
    std::string_view type;
    if (!jsonStringField(payload, "type", &type)) {
        ++m_otherFrames;
        return;
    }
    if (type == "data_changed") {
        std::string_view room;
        std::int64_t seq = -1;
        if (!jsonStringField(payload, "budgetId", &room) || room != m_rooms[conn.room]) {
            ++m_misrouted;
            return;
        }
        if (!jsonIntField(payload, "seq", &seq)) {
            ++m_unexpected;
            return;
        }
        onSignal(conn, seq, nowNs);
        return;
    }
    if (type == "pong" && !conn.joined) {
        conn.joined = true;
        ++m_joined;
        return;
    }
    ++m_otherFrames;
}

void Scenario::onSignal(Conn&, std::int64_t, std::int64_t)
{
    ++m_unexpected;
}

void Scenario::onClosed(Conn& conn, std::string_view reason)
{
    if (conn.joined)
        ++m_closedAfterJoin;
    m_lastCloseReason = std::string(reason);
}

void Scenario::result(const std::string& key, double value) const
{
    if (std::isfinite(value))
        std::printf("RESULT %s %.6g\n", key.c_str(), value);
    else
        std::printf("RESULT %s nan\n", key.c_str());
    std::fflush(stdout);
}

void Scenario::fail(const std::string& why) const
{
    std::fprintf(stderr, "vv-relay-load %s: FAILED: %s\n", m_opt.scenario.c_str(), why.c_str());
    std::printf("ERROR %s %s\n", m_opt.scenario.c_str(), why.c_str());
    std::fflush(stdout);
}

ProcSample Scenario::serverSample() const
{
    if (m_opt.serverPid <= 0)
        return {};
    return sampleProcess(m_opt.serverPid).value_or(ProcSample {});
}

std::uint64_t Scenario::errorCount() const
{
    return m_misrouted + m_echoed + m_unexpected + m_closedAfterJoin;
}

void Scenario::reportErrors() const
{
    const std::string& s = m_opt.scenario;
    result(s + ".misrouted", static_cast<double>(m_misrouted));
    result(s + ".echoed", static_cast<double>(m_echoed));
    result(s + ".unexpected", static_cast<double>(m_unexpected));
    result(s + ".closed", static_cast<double>(m_closedAfterJoin));
    result(s + ".other_frames", static_cast<double>(m_otherFrames));
    if (m_closedAfterJoin > 0)
        std::fprintf(stderr, "  %" PRIu64 " connections closed during the run; last reason: %s\n", m_closedAfterJoin,
            m_lastCloseReason.c_str());
}

double percentileMs(std::vector<std::int64_t>& samples, double p)
{
    if (samples.empty())
        return std::nan("");
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(samples.size())));
    const std::size_t index = std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1);
    std::nth_element(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(index), samples.end());
    return static_cast<double>(samples[index]) / NsPerMs;
}

} // namespace vv::bench
