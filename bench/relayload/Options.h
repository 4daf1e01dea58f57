#pragma once

#include <cstdint>
#include <netinet/in.h>
#include <string>
#include <sys/types.h>
#include <vector>

namespace vv::bench {

// Command line of vv-relay-load. Scenario defaults follow bench/README.md.
struct Options {
    std::string scenario; // fanout | latency | idle | selftest
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
    std::uint32_t connections = 10000; // idle
    double settleSec = 5;
    double setupTimeoutSec = 90;
    std::uint32_t maxInFlightConnects = 256;
    unsigned maxSeconds = 240; // hard stop (SIGALRM) whatever happens
};

// Parses argv; on error returns false and sets *error (usage text is printed by the caller).
[[nodiscard]] bool parseOptions(int argc, char** argv, Options* options, std::string* error);
[[nodiscard]] const char* usageText();

} // namespace vv::bench
