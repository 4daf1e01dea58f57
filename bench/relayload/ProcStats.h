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
// CPU seconds all cores have spent so far (/proc/stat). Busy time left after the server and the
// generator is other load on the machine, which skews a run on shared cores. Softirq is apart:
// with IRQ time accounting the loopback TCP receive path lands there, charged to no process.
struct MachineCpu {
    double busySeconds = 0; // user, nice, system, irq, steal
    double softirqSeconds = 0;
};
[[nodiscard]] MachineCpu machineCpu();

} // namespace vv::bench
