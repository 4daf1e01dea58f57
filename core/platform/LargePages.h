#pragma once

namespace vv::platform {

// Opening a large budget builds ~100 MB of small objects in a few hundred milliseconds. On
// Linux each first touch of a 4 KiB page is a page fault, and on virtual machines a fault
// costs ~20 us: half of the start-up of a 100,000-transaction budget went to faults. With
// transparent huge pages in "madvise" mode (the distributions' default) glibc >= 2.35 backs
// its heap with 2 MiB pages when the tunable glibc.malloc.hugetlb=1 is set, which glibc reads
// only at process start. So this function, called first thing in main(), sets the tunable
// and executes the same program again (same arguments, same open files); the relaunched
// process restores the environment its children see and returns. Measured: bench/README.md.
//
// Does nothing (returns) when the tunable cannot help or is already decided: another OS or
// libc, THP "always" or "never", GLIBC_TUNABLES already naming hugetlb, a sanitizer build,
// valgrind, or VV_NO_LARGE_PAGES=1 in the environment. If the exec fails the process goes on
// unchanged. Must run before any thread is started.
void relaunchWithLargePages(char** argv);

// True in a process that relaunchWithLargePages() started with the tunable set.
[[nodiscard]] bool isRelaunchedWithLargePages();

} // namespace vv::platform
