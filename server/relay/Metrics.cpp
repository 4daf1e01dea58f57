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
    line(&out, "process_start_time_seconds", "gauge", "Start time of the process since the Unix epoch in seconds.");
    valueDouble(&out, "process_start_time_seconds", g.startTimeSeconds);
    line(&out, "vv_uptime_seconds", "gauge", "Seconds since the server started.");
    valueDouble(&out, "vv_uptime_seconds", g.uptimeSeconds);
    line(&out, "process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
    value(&out, "process_resident_memory_bytes", g.residentBytes);
    return out;
}

} // namespace vv::server
