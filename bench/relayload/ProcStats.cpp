#include "ProcStats.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace vv::bench {

namespace {

std::optional<std::string> readSmallFile(const std::string& path)
{
    FILE* f = std::fopen(path.c_str(), "re");
    if (!f)
        return std::nullopt;
    std::string text;
    char buf[4096];
    std::size_t n = 0;
    while (text.size() < 65536 && (n = std::fread(buf, 1, sizeof buf, f)) > 0)
        text.append(buf, n);
    std::fclose(f);
    return text;
}

} // namespace

std::optional<ProcSample> sampleProcess(pid_t pid)
{
    const std::string base = "/proc/" + std::to_string(pid);
    const auto stat = readSmallFile(base + "/stat");
    const auto status = readSmallFile(base + "/status");
    if (!stat || !status)
        return std::nullopt;
    // The command name (field 2) may contain spaces and parentheses: fields restart after the last ')'.
    const auto close = stat->rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    unsigned long utime = 0;
    unsigned long stime = 0;
    // After ")": state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14) stime(15)
    if (std::sscanf(stat->c_str() + close + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime)
        != 2)
        return std::nullopt;
    ProcSample sample;
    sample.cpuSeconds = static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
    const auto rss = status->find("VmRSS:");
    if (rss == std::string::npos || std::sscanf(status->c_str() + rss + 6, "%ld", &sample.rssKb) != 1)
        return std::nullopt;
    return sample;
}

double selfCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds
        = [](const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

MachineCpu machineCpu()
{
    const auto stat = readSmallFile("/proc/stat");
    unsigned long long v[8] = {};
    if (!stat
        || std::sscanf(stat->c_str(), "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2], &v[3], &v[4],
               &v[5], &v[6], &v[7])
            != 8)
        return {};
    // user nice system idle iowait irq softirq steal
    const auto tick = static_cast<double>(sysconf(_SC_CLK_TCK));
    MachineCpu cpu;
    cpu.busySeconds = static_cast<double>(v[0] + v[1] + v[2] + v[5] + v[7]) / tick;
    cpu.softirqSeconds = static_cast<double>(v[6]) / tick;
    return cpu;
}

} // namespace vv::bench
