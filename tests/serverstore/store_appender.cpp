// Test child for tst_storeservice::killedWriterLosesNothingAcknowledged: appends one op per
// request in a loop and prints "<opId> <seq>" only after handle() returned 200, i.e. after the
// commit was fsynced. The parent kills it with SIGKILL at a random moment.
#include "StoreService.h"

#include <cstdio>
#include <string>

using namespace vv::server::store;

int main(int argc, char** argv)
{
    if (argc < 2)
        return 2;
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
        const std::string id = "op-" + std::to_string(i);
        request.body = R"({"idempotencyKey":"crash-key-)" + std::to_string(100000000 + i) + R"(","ops":[{"id":")" + id
            + R"(","blob":")" + blob + R"("}]})";
        const Response response = service->handle(request);
        if (response.status != 200)
            return 4;
        const auto pos = response.body.find("\"seq\":");
        std::printf(
            "%s %s\n", id.c_str(), response.body.substr(pos + 6, response.body.find('}', pos) - pos - 6).c_str());
        std::fflush(stdout);
    }
    return 0;
}
