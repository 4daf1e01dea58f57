// vv-relay-load: a lean WebSocket load generator for the signaling relay benchmark
// (bench/README.md). One thread, raw non-blocking sockets and epoll, so it stays light
// next to the server on a small machine.
#include "ChurnScenario.h"
#include "FanoutScenario.h"
#include "IdleScenario.h"
#include "LatencyScenario.h"
#include "Options.h"
#include "SelfTest.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <string_view>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// Each client is one descriptor: raise the soft limit (and, when allowed, the hard one).
// Returns the limit in force afterwards.
rlim_t raiseFileLimit(rlim_t wanted)
{
    rlimit lim {};
    getrlimit(RLIMIT_NOFILE, &lim);
    if (lim.rlim_cur >= wanted)
        return lim.rlim_cur;
    rlimit raised { wanted, lim.rlim_max == RLIM_INFINITY || lim.rlim_max > wanted ? lim.rlim_max : wanted };
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
        return wanted;
    // Raising the hard limit needs CAP_SYS_RESOURCE; take what the hard limit allows.
    raised = { lim.rlim_max, lim.rlim_max };
    setrlimit(RLIMIT_NOFILE, &raised);
    getrlimit(RLIMIT_NOFILE, &lim);
    return lim.rlim_cur;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace vv::bench;
    if (argc >= 2 && (std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h")) {
        std::fputs(usageText(), stdout);
        return 0;
    }
    Options options;
    std::string error;
    if (!parseOptions(argc, argv, &options, &error)) {
        std::fprintf(stderr, "vv-relay-load: %s\n%s", error.c_str(), usageText());
        return 64;
    }
    if (options.scenario == "selftest")
        return runSelfTest() == 0 ? 0 : 1;

    std::signal(SIGPIPE, SIG_IGN);
    // Whatever happens, the run ends by itself (a soak gets its length plus set-up and drain).
    unsigned maxSeconds = options.maxSeconds;
    if (options.scenario == "soak")
        maxSeconds = std::max(maxSeconds, static_cast<unsigned>(options.minutes * 60) + 180);
    alarm(maxSeconds);
    std::uint64_t clients = options.connections ? options.connections : 10000;
    if (options.scenario == "churn" || options.scenario == "soak")
        clients = std::uint64_t { options.connections ? options.connections : 500 }
            + std::uint64_t { options.scenario == "soak" ? options.fanoutRooms : 0 }
                * (options.members ? options.members : 10);
    else if (options.scenario != "idle")
        clients = std::uint64_t { options.rooms ? options.rooms : 1000 } * (options.members ? options.members : 10);
    const auto wanted = static_cast<rlim_t>(clients + 64);
    if (const rlim_t got = raiseFileLimit(wanted); got < wanted) {
        std::fprintf(stderr,
            "vv-relay-load: %llu clients need %llu descriptors but RLIMIT_NOFILE stops at %llu; raise the "
            "hard limit (ulimit -Hn as root with CAP_SYS_RESOURCE, or the container's nofile limit)\n",
            static_cast<unsigned long long>(clients), static_cast<unsigned long long>(wanted),
            static_cast<unsigned long long>(got));
        std::printf("ERROR %s RLIMIT_NOFILE %llu is too low for %llu clients\n", options.scenario.c_str(),
            static_cast<unsigned long long>(got), static_cast<unsigned long long>(clients));
        return 2;
    }

    std::unique_ptr<Scenario> scenario;
    if (options.scenario == "fanout")
        scenario = std::make_unique<FanoutScenario>(options);
    else if (options.scenario == "churn" || options.scenario == "soak")
        scenario = std::make_unique<ChurnScenario>(options);
    else if (options.scenario == "latency")
        scenario = std::make_unique<LatencyScenario>(options);
    else
        scenario = std::make_unique<IdleScenario>(options);
    return scenario->run();
}
