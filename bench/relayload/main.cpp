// vv-relay-load: a lean WebSocket load generator for the signaling relay benchmark
// (bench/README.md). One thread, raw non-blocking sockets and epoll, so it stays light
// next to the server on a small machine.
#include "FanoutScenario.h"
#include "IdleScenario.h"
#include "LatencyScenario.h"
#include "Options.h"
#include "SelfTest.h"

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// Each client is one descriptor: raise the soft limit (and, when allowed, the hard one).
void raiseFileLimit(rlim_t wanted)
{
    rlimit lim {};
    getrlimit(RLIMIT_NOFILE, &lim);
    if (lim.rlim_cur >= wanted)
        return;
    rlimit raised { wanted, lim.rlim_max == RLIM_INFINITY || lim.rlim_max > wanted ? lim.rlim_max : wanted };
    if (setrlimit(RLIMIT_NOFILE, &raised) != 0) {
        raised = { lim.rlim_max, lim.rlim_max };
        setrlimit(RLIMIT_NOFILE, &raised);
        std::fprintf(stderr, "warning: RLIMIT_NOFILE limited to %llu (wanted %llu)\n",
            static_cast<unsigned long long>(lim.rlim_max), static_cast<unsigned long long>(wanted));
    }
}

} // namespace

int main(int argc, char** argv)
{
    using namespace vv::bench;
    Options options;
    std::string error;
    if (!parseOptions(argc, argv, &options, &error)) {
        std::fprintf(stderr, "vv-relay-load: %s\n%s", error.c_str(), usageText());
        return 64;
    }
    if (options.scenario == "selftest")
        return runSelfTest() == 0 ? 0 : 1;

    std::signal(SIGPIPE, SIG_IGN);
    // Whatever happens, the run ends by itself.
    alarm(options.maxSeconds);
    std::uint64_t clients = options.connections;
    if (options.scenario != "idle")
        clients = std::uint64_t { options.rooms ? options.rooms : 1000 } * (options.members ? options.members : 10);
    raiseFileLimit(static_cast<rlim_t>(clients + 256));

    std::unique_ptr<Scenario> scenario;
    if (options.scenario == "fanout")
        scenario = std::make_unique<FanoutScenario>(options);
    else if (options.scenario == "latency")
        scenario = std::make_unique<LatencyScenario>(options);
    else
        scenario = std::make_unique<IdleScenario>(options);
    return scenario->run();
}
