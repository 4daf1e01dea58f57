// vv-largepages-probe: calls relaunchWithLargePages() as the app's main() does, then reports
// what the process sees (one "key=value" per line) for tst_largepages: whether it was
// relaunched, the environment its children would inherit, its arguments and stdin, and how
// much of its heap ended up on huge pages after building ~64 MiB of small objects.
#include "platform/LargePages.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

long anonHugePagesKb()
{
    std::FILE* f = std::fopen("/proc/self/smaps_rollup", "re");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, "AnonHugePages:", 14) == 0)
            kb = std::strtol(line + 14, nullptr, 10);
    }
    std::fclose(f);
    return kb;
}

} // namespace

int main(int argc, char* argv[])
{
    vv::platform::relaunchWithLargePages(argv);
    std::string in;
    std::getline(std::cin, in);
    std::printf("relaunched=%d\n", vv::platform::isRelaunchedWithLargePages() ? 1 : 0);
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    std::printf("tunables=%s\n", tunables ? tunables : "(unset)");
    std::printf("marker=%s\n", std::getenv("VV_LARGE_PAGES_RELAUNCH") ? "set" : "unset");
    std::string args;
    for (int i = 1; i < argc; ++i)
        args += (i > 1 ? "|" : "") + std::string(argv[i]);
    std::printf("args=%s\n", args.c_str());
    std::printf("stdin=%s\n", in.c_str());
    char comm[32] = {};
    if (std::FILE* f = std::fopen("/proc/self/comm", "re")) {
        if (std::fgets(comm, sizeof comm, f))
            comm[std::strcspn(comm, "\n")] = '\0';
        std::fclose(f);
    }
    std::printf("comm=%s\n", comm);
    // Many small heap objects, as a budget's state is: 1 Mi of 64-byte blocks, each touched.
    std::vector<std::unique_ptr<char[]>> blocks;
    blocks.reserve(1 << 20);
    for (int i = 0; i < (1 << 20); ++i) {
        blocks.emplace_back(new char[64]);
        std::memset(blocks.back().get(), i & 0xff, 64);
    }
    std::printf("anonhuge_kb=%ld\n", anonHugePagesKb());
    return 0;
}
