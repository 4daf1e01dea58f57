#include "Options.h"

#include <arpa/inet.h>
#include <charconv>
#include <cstring>
#include <string_view>

namespace vv::bench {

namespace {

template<typename T> bool parseNumber(std::string_view text, T* out)
{
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

bool parseDouble(const std::string& text, double* out)
{
    char* end = nullptr;
    *out = std::strtod(text.c_str(), &end);
    return !text.empty() && end == text.c_str() + text.size() && *out >= 0;
}

bool parseIpv4(std::string_view text, in_addr* out)
{
    const std::string s(text == "localhost" ? std::string_view("127.0.0.1") : text);
    return inet_pton(AF_INET, s.c_str(), out) == 1;
}

// "ws://HOST:PORT[/path]", HOST an IPv4 literal or localhost (the benchmark is loopback only).
bool parseUrl(const std::string& url, Options* o, std::string* error)
{
    std::string_view rest(url);
    if (rest.substr(0, 5) != "ws://") {
        *error = "--url must start with ws://";
        return false;
    }
    rest.remove_prefix(5);
    const auto slash = rest.find('/');
    const std::string_view authority = rest.substr(0, slash);
    o->path = slash == std::string_view::npos ? std::string("/") : std::string(rest.substr(slash));
    const auto colon = authority.rfind(':');
    std::uint16_t port = 0;
    if (colon == std::string_view::npos || !parseNumber(authority.substr(colon + 1), &port) || port == 0) {
        *error = "--url needs an explicit port";
        return false;
    }
    o->server = {};
    o->server.sin_family = AF_INET;
    o->server.sin_port = htons(port);
    if (!parseIpv4(authority.substr(0, colon), &o->server.sin_addr)) {
        *error = "--url host must be an IPv4 address";
        return false;
    }
    o->hostHeader = std::string(authority);
    return true;
}

// "127.0.0.1-127.0.0.8" (a range), "127.0.0.1,127.0.0.2" (a list), or a count N = 127.0.0.1..N.
bool parseSources(const std::string& text, std::vector<in_addr>* out, std::string* error)
{
    out->clear();
    std::uint32_t count = 0;
    if (parseNumber(std::string_view(text), &count)) {
        if (count == 0 || count > 254) {
            *error = "--source-addrs count must be 1..254";
            return false;
        }
        for (std::uint32_t i = 1; i <= count; ++i)
            out->push_back(in_addr { htonl((127u << 24) | i) });
        return true;
    }
    std::string_view rest(text);
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        const auto dash = item.find('-');
        in_addr first {};
        in_addr last {};
        if (!parseIpv4(item.substr(0, dash), &first)
            || !parseIpv4(dash == std::string_view::npos ? item : item.substr(dash + 1), &last)
            || ntohl(last.s_addr) < ntohl(first.s_addr) || ntohl(last.s_addr) - ntohl(first.s_addr) > 1024) {
            *error = "bad --source-addrs item: " + std::string(item);
            return false;
        }
        for (std::uint32_t a = ntohl(first.s_addr); a <= ntohl(last.s_addr); ++a)
            out->push_back(in_addr { htonl(a) });
        if (comma == std::string_view::npos)
            break;
        rest.remove_prefix(comma + 1);
    }
    return !out->empty();
}

} // namespace

const char* usageText()
{
    return "usage: vv-relay-load SCENARIO --url ws://127.0.0.1:PORT [--server-pid PID] [options]\n"
           "scenarios:\n"
           "  fanout   rooms x members, member 0 of each room sends with a bounded in-flight window;\n"
           "           deliveries/s, server CPU s per 100k deliveries (defaults 100 x 10, window 16)\n"
           "  latency  rooms x members, one signal per room per second spread evenly in time;\n"
           "           end-to-end delivery latency percentiles (defaults 1000 x 5)\n"
           "  idle     --connections N joined idle clients; server RSS growth per connection\n"
           "  churn    --connections N slots each repeating connect, join, signal, leave, close over\n"
           "           --rooms rooms; server RSS after --cycles cycles vs after the warm-up (defaults\n"
           "           500 slots, 100 rooms, 20000 cycles after 5000 warm-up, 2000 cycles/s)\n"
           "  soak     churn plus steady fan-out (--fanout-rooms x --members, --rate per room) for\n"
           "           --minutes M; server RSS every --sample S s to --csv PATH; flat at the end?\n"
           "  selftest check the RFC 6455 frame and handshake code, no server needed\n"
           "options:\n"
           "  --rooms N --members N --window N --warmup S --duration S --rate PER_ROOM_PER_S\n"
           "  --connections N --settle S --setup-timeout S --max-connecting N --max-seconds S\n"
           "  --cycles N --warmup-cycles N --cycle-rate PER_S --hold-ms MS --threshold-kb KB\n"
           "  --minutes M --sample S --csv PATH --fanout-rooms N\n"
           "  --source-addrs 127.0.0.1-127.0.0.8 | a,b,c | COUNT   bind client sockets round-robin\n"
           "results: one 'RESULT key value' line per figure on stdout; progress on stderr.\n";
}

bool parseOptions(int argc, char** argv, Options* o, std::string* error)
{
    if (argc < 2) {
        *error = "missing scenario";
        return false;
    }
    o->scenario = argv[1];
    if (o->scenario != "fanout" && o->scenario != "latency" && o->scenario != "idle" && o->scenario != "churn"
        && o->scenario != "soak" && o->scenario != "selftest") {
        *error = "unknown scenario: " + o->scenario;
        return false;
    }
    bool haveUrl = false;
    for (int i = 2; i < argc; ++i) {
        const std::string_view name = argv[i];
        if (i + 1 >= argc) {
            *error = "missing value for " + std::string(name);
            return false;
        }
        const std::string value = argv[++i];
        bool ok = true;
        if (name == "--url") {
            ok = parseUrl(value, o, error);
            haveUrl = ok;
            if (!ok)
                return false;
        } else if (name == "--server-pid") {
            ok = parseNumber(std::string_view(value), &o->serverPid);
        } else if (name == "--source-addrs") {
            if (!parseSources(value, &o->sources, error))
                return false;
        } else if (name == "--rooms") {
            ok = parseNumber(std::string_view(value), &o->rooms) && o->rooms > 0;
        } else if (name == "--members") {
            ok = parseNumber(std::string_view(value), &o->members) && o->members >= 2;
        } else if (name == "--window") {
            ok = parseNumber(std::string_view(value), &o->window) && o->window > 0 && o->window <= 4096;
        } else if (name == "--warmup") {
            ok = parseDouble(value, &o->warmupSec);
        } else if (name == "--duration") {
            ok = parseDouble(value, &o->durationSec) && o->durationSec > 0;
        } else if (name == "--rate") {
            ok = parseDouble(value, &o->ratePerRoom) && o->ratePerRoom > 0;
            o->rateSet = true;
        } else if (name == "--connections") {
            ok = parseNumber(std::string_view(value), &o->connections) && o->connections > 0;
        } else if (name == "--settle") {
            ok = parseDouble(value, &o->settleSec);
        } else if (name == "--setup-timeout") {
            ok = parseDouble(value, &o->setupTimeoutSec);
        } else if (name == "--max-connecting") {
            ok = parseNumber(std::string_view(value), &o->maxInFlightConnects) && o->maxInFlightConnects > 0;
        } else if (name == "--max-seconds") {
            ok = parseNumber(std::string_view(value), &o->maxSeconds) && o->maxSeconds > 0;
        } else if (name == "--cycles") {
            ok = parseNumber(std::string_view(value), &o->cycles) && o->cycles > 0;
        } else if (name == "--warmup-cycles") {
            ok = parseNumber(std::string_view(value), &o->warmupCycles);
        } else if (name == "--hold-ms") {
            ok = parseDouble(value, &o->holdMs);
        } else if (name == "--cycle-rate") {
            ok = parseDouble(value, &o->cycleRate);
        } else if (name == "--threshold-kb") {
            ok = parseDouble(value, &o->thresholdKb);
        } else if (name == "--minutes") {
            ok = parseDouble(value, &o->minutes) && o->minutes > 0;
        } else if (name == "--sample") {
            ok = parseDouble(value, &o->sampleSec) && o->sampleSec >= 0.1;
        } else if (name == "--csv") {
            o->csvPath = value;
        } else if (name == "--fanout-rooms") {
            ok = parseNumber(std::string_view(value), &o->fanoutRooms);
        } else {
            *error = "unknown option: " + std::string(name);
            return false;
        }
        if (!ok) {
            *error = "bad value for " + std::string(name) + ": " + value;
            return false;
        }
    }
    if (!haveUrl && o->scenario != "selftest") {
        *error = "--url is required";
        return false;
    }
    return true;
}

} // namespace vv::bench
