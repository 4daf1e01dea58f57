#include "relay/Metrics.h"

#include <cstdio>
#include <cstring>

namespace vv::server {
namespace {

void line(std::string* out, const char* name, const char* type, const char* help)
{
    *out += "# HELP ";
    *out += name;
    *out += ' ';
    *out += help;
    *out += "\n# TYPE ";
    *out += name;
    *out += ' ';
    *out += type;
    *out += '\n';
}

void value(std::string* out, const char* name, std::uint64_t v)
{
    *out += name;
    *out += ' ';
    *out += std::to_string(v);
    *out += '\n';
}

void valueDouble(std::string* out, const char* name, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %.3f\n", name, v);
    *out += buf;
}

} // namespace

void Metrics::observeStoreLatency(double seconds)
{
    std::size_t i = 0;
    while (i < StoreLatencyBounds.size() && seconds > StoreLatencyBounds[i])
        ++i;
    ++storeLatencyBuckets[i];
    storeLatencySum += seconds;
    ++storeLatencyCount;
}

std::uint64_t Metrics::residentBytes()
{
    std::FILE* f = std::fopen("/proc/self/status", "re");
    if (!f)
        return 0;
    char buf[256];
    std::uint64_t kb = 0;
    while (std::fgets(buf, sizeof buf, f)) {
        if (std::strncmp(buf, "VmRSS:", 6) == 0) {
            kb = std::strtoull(buf + 6, nullptr, 10);
            break;
        }
    }
    std::fclose(f);
    return kb * 1024;
}

std::string Metrics::render(const Gauges& g) const
{
    std::string out;
    out.reserve(2048);
    line(&out, "vv_connections", "gauge", "Open TCP connections (HTTP and WebSocket).");
    value(&out, "vv_connections", g.connections);
    line(&out, "vv_websocket_connections", "gauge", "Open WebSocket connections.");
    value(&out, "vv_websocket_connections", g.websockets);
    line(&out, "vv_joined_connections", "gauge", "WebSocket connections that joined a room.");
    value(&out, "vv_joined_connections", g.joined);
    line(&out, "vv_rooms", "gauge", "Rooms with at least one member.");
    value(&out, "vv_rooms", g.rooms);
    line(&out, "vv_draining", "gauge", "1 while the server drains for shutdown.");
    value(&out, "vv_draining", g.draining ? 1 : 0);
    line(&out, "vv_signals_in_total", "counter", "Valid signals received from clients.");
    value(&out, "vv_signals_in_total", signalsIn);
    line(&out, "vv_signals_out_total", "counter", "Signals delivered to clients (one per recipient).");
    value(&out, "vv_signals_out_total", signalsOut);
    line(&out, "vv_invalid_signals_total", "counter", "Frames refused with an invalid_signal error.");
    value(&out, "vv_invalid_signals_total", invalidSignals);
    line(&out, "vv_accepted_total", "counter", "TCP connections accepted.");
    value(&out, "vv_accepted_total", acceptedTotal);
    line(&out, "vv_upgrades_total", "counter", "WebSocket handshakes completed.");
    value(&out, "vv_upgrades_total", upgradesTotal);
    line(&out, "vv_joins_total", "counter", "Successful room joins.");
    value(&out, "vv_joins_total", joinsTotal);
    line(&out, "vv_http_requests_total", "counter", "Plain HTTP requests answered.");
    value(&out, "vv_http_requests_total", httpRequestsTotal);
    line(&out, "vv_refused_total", "counter", "Connections or joins refused, by reason.");
    for (const auto& [reason, count] : refused)
        out += "vv_refused_total{reason=\"" + reason + "\"} " + std::to_string(count) + '\n';
    line(&out, "vv_closed_total", "counter", "WebSocket connections closed, by close code (1006: no close frame).");
    for (const auto& [code, count] : closed)
        out += "vv_closed_total{code=\"" + std::to_string(code) + "\"} " + std::to_string(count) + '\n';
    line(&out, "vv_services", "gauge", "Services this server runs (1 on, 0 switched off).");
    out += std::string("vv_services{service=\"signaling\"} ") + (g.signalingEnabled ? "1" : "0") + '\n';
    out += std::string("vv_services{service=\"store\"} ") + (g.storeEnabled ? "1" : "0") + '\n';
    if (g.storeEnabled) {
        line(&out, "vv_store_requests_total", "counter", "Store (/v1/) requests answered, by route and status.");
        for (const auto& [key, count] : storeRequests) {
            out += "vv_store_requests_total{route=\"" + key.first + "\",status=\"" + std::to_string(key.second) + "\"} "
                + std::to_string(count) + '\n';
        }
        line(&out, "vv_store_push_ops_total", "counter",
            "Ops stored by acknowledged pushes (replays and duplicates not counted).");
        value(&out, "vv_store_push_ops_total", storePushOps);
        line(&out, "vv_store_in_flight", "gauge", "Store requests handed to the worker and not answered yet.");
        value(&out, "vv_store_in_flight", g.storeInFlight);
        line(&out, "vv_store_commits_total", "counter",
            "Push transactions (a group commit of several pushes counts once).");
        value(&out, "vv_store_commits_total", g.storeCommits);
        line(&out, "vv_store_grouped_pushes_total", "counter", "Pushes that shared a group commit with others.");
        value(&out, "vv_store_grouped_pushes_total", g.storeGroupedPushes);
        line(&out, "vv_store_answers_dropped_total", "counter", "Store answers whose connection had closed.");
        value(&out, "vv_store_answers_dropped_total", storeAnswersDropped);
        line(&out, "vv_store_request_duration_seconds", "histogram",
            "Store request time from hand-over to the worker to the answer (queueing and fsync included).");
        std::uint64_t cumulative = 0;
        char buf[96];
        for (std::size_t i = 0; i < StoreLatencyBounds.size(); ++i) {
            cumulative += storeLatencyBuckets[i];
            std::snprintf(
                buf, sizeof buf, "vv_store_request_duration_seconds_bucket{le=\"%g\"} ", StoreLatencyBounds[i]);
            out += buf + std::to_string(cumulative) + '\n';
        }
        cumulative += storeLatencyBuckets.back();
        out += "vv_store_request_duration_seconds_bucket{le=\"+Inf\"} " + std::to_string(cumulative) + '\n';
        std::snprintf(buf, sizeof buf, "vv_store_request_duration_seconds_sum %.6f\n", storeLatencySum);
        out += buf;
        value(&out, "vv_store_request_duration_seconds_count", storeLatencyCount);
    }
    line(&out, "process_start_time_seconds", "gauge", "Start time of the process since the Unix epoch in seconds.");
    valueDouble(&out, "process_start_time_seconds", g.startTimeSeconds);
    line(&out, "vv_uptime_seconds", "gauge", "Seconds since the server started.");
    valueDouble(&out, "vv_uptime_seconds", g.uptimeSeconds);
    line(&out, "process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
    value(&out, "process_resident_memory_bytes", g.residentBytes);
    return out;
}

} // namespace vv::server
