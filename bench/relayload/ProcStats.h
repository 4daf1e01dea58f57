#pragma once

#include <optional>
#include <sys/types.h>

namespace vv::bench {

// What the kernel accounts to another process (the server under test): CPU time of all its
// threads (utime + stime from /proc/PID/stat) and resident memory (VmRSS from /proc/PID/status).
struct ProcSample {
    double cpuSeconds = 0;
    long rssKb = 0;
};

[[nodiscard]] std::optional<ProcSample> sampleProcess(pid_t pid);
// CPU seconds (user + system) used so far by this process, the load generator.
[[nodiscard]] double selfCpuSeconds();

} // namespace vv::bench
