#pragma once

#include <cstdint>
#include <netinet/in.h>
#include <string>
#include <sys/types.h>
#include <vector>

namespace vv::bench {

// Command line of vv-relay-load. Scenario defaults follow bench/README.md.
struct Options {
    std::string scenario; // fanout | latency | idle | churn | soak | selftest
    std::string url = "ws://127.0.0.1:8080/";
    sockaddr_in server {};
    std::string hostHeader;
    std::string path = "/";
    pid_t serverPid = 0; // the server under test, for /proc CPU and RSS
    std::vector<in_addr> sources; // --source-addrs
    std::uint32_t rooms = 0; // 0 = scenario default
    std::uint32_t members = 0;
    std::uint32_t window = 16; // fanout: signals in flight per sender
    double warmupSec = -1;
    double durationSec = -1;
    double ratePerRoom = 1.0; // latency: signals per room per second
    bool rateSet = false; // --rate given (soak's fan-out has its own default)
    std::uint32_t connections = 0; // idle (0 = 10000), churn/soak slots (0 = 500)
    double settleSec = 5;
    double setupTimeoutSec = 90;
    std::uint32_t maxInFlightConnects = 256;
    unsigned maxSeconds = 240; // hard stop (SIGALRM) whatever happens
    // churn / soak
    std::uint32_t cycles = 20000; // churn: measured connect-join-signal-leave-close cycles
    std::uint32_t warmupCycles = 0; // churn: 0 = a quarter of --cycles
    double holdMs = 200; // churn: time a slot stays joined before it signals, leaves and closes
    double cycleRate = 0; // cycles started per second at most; 0 = scenario default
    double minutes = 2; // soak: length of the run
    double sampleSec = 2; // soak: RSS sampling interval
    std::string csvPath; // soak: RSS samples as CSV
    std::uint32_t fanoutRooms = 50; // soak: rooms of --members with steady traffic (0 = churn only)
    double thresholdKb = -1; // churn: allowed end-start RSS growth; <0 = default (see README)
};

// Parses argv; on error returns false and sets *error (usage text is printed by the caller).
[[nodiscard]] bool parseOptions(int argc, char** argv, Options* options, std::string* error);
[[nodiscard]] const char* usageText();

} // namespace vv::bench
