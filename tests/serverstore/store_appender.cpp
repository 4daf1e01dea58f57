// Test child for tst_storeservice::killedWriterLosesNothingAcknowledged: appends in a loop and
// prints "<opId> <seq>" per op only after handle() returned 200, i.e. after the commit was
// fsynced. The parent kills it with SIGKILL at a random moment.
// Optional second argument: ops per request (default 1), for a quick throughput figure:
//   timeout -s KILL 3 vv_store_appender /tmp/x.sqlite 100 | wc -l   (acknowledged ops in ~3 s)
#include "StoreService.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace vv::server::store;

int main(int argc, char** argv)
{
    if (argc < 2)
        return 2;
    const int perRequest = argc > 2 ? std::clamp(std::atoi(argv[2]), 1, 500) : 1;
    StoreService::Options options;
    options.databasePath = argv[1];
    options.limits.requestsPerSecond = 0;
    std::string error;
    auto service = StoreService::open(options, &error);
    if (!service)
        return 3;
    const std::string blob = "Y2lwaGVydGV4dA=="; // opaque bytes; content does not matter here
    constexpr int MaxIterations = 200000; // bounded: the parent kills us long before
    for (int i = 0; i < MaxIterations; ++i) {
        Request request;
        request.method = "POST";
        request.path = "/v1/rooms/crash-room/ops";
        request.headers.emplace_back("authorization", "Bearer crash-token");
        std::string ops;
        for (int k = 0; k < perRequest; ++k) {
            const std::string id = "op-" + std::to_string(i) + "-" + std::to_string(k);
            ops += std::string(k ? "," : "") + R"({"id":")" + id + R"(","blob":")" + blob + R"("})";
        }
        request.body = R"({"idempotencyKey":"crash-key-)" + std::to_string(100000000 + i) + R"(","ops":[)" + ops + "]}";
        const Response response = service->handle(request);
        if (response.status != 200)
            return 4;
        // One line per acknowledged op, parsed from {"ops":[{"id":"..","seq":N},...],...}.
        std::string out;
        std::size_t pos = 0;
        while ((pos = response.body.find(R"({"id":")", pos)) != std::string::npos) {
            const std::size_t idStart = pos + 7;
            const std::size_t idEnd = response.body.find('"', idStart);
            const std::size_t seqStart = response.body.find(R"("seq":)", idEnd) + 6;
            const std::size_t seqEnd = response.body.find('}', seqStart);
            out += response.body.substr(idStart, idEnd - idStart) + " "
                + response.body.substr(seqStart, seqEnd - seqStart) + "\n";
            pos = seqEnd;
        }
        std::fputs(out.c_str(), stdout);
        std::fflush(stdout);
    }
    return 0;
}
