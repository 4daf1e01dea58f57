// Linux: glibc's malloc.hugetlb tunable, set by re-executing /proc/self/exe (see LargePages.h).
#include "platform/LargePages.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/auxv.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace vv::platform {

namespace {

constexpr const char* Tunables = "GLIBC_TUNABLES";
constexpr const char* Tunable = "glibc.malloc.hugetlb=1";
// Set only across the exec: the value GLIBC_TUNABLES had before (Unset when it was unset), so
// the relaunched process can put it back and children (a browser, a file dialog helper) are
// not started with our allocator setting.
constexpr const char* Marker = "VV_LARGE_PAGES_RELAUNCH";
constexpr const char* Unset = "vv:unset"; // the marker's value when GLIBC_TUNABLES was not set

bool s_relaunched = false;

bool isSet(const char* name)
{
    const char* value = std::getenv(name);
    return value && *value && std::strcmp(value, "0") != 0;
}

// The selected mode is the bracketed word: "always [madvise] never".
bool transparentHugePagesOnMadvise()
{
    std::FILE* f = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "re");
    if (!f)
        return false;
    char line[128] = {};
    const bool read = std::fgets(line, sizeof line, f) != nullptr;
    std::fclose(f);
    return read && std::strstr(line, "[madvise]") != nullptr;
}

bool underValgrind()
{
    const char* preload = std::getenv("LD_PRELOAD");
    return preload && std::strstr(preload, "vgpreload") != nullptr;
}

#if defined(__has_feature) // clang
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define VV_SANITIZED_ALLOCATOR 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) // gcc
#define VV_SANITIZED_ALLOCATOR 1
#endif

constexpr bool sanitizerBuild()
{
#if defined(VV_SANITIZED_ALLOCATOR)
    return true; // the sanitizer's allocator replaces glibc's: the tunable would do nothing
#else
    return false;
#endif
}

} // namespace

void relaunchWithLargePages(char** argv)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 35))
    if (const char* before = std::getenv(Marker)) {
        // The relaunched process: malloc has read the tunable; restore what children inherit.
        if (std::strcmp(before, Unset) == 0)
            ::unsetenv(Tunables);
        else
            ::setenv(Tunables, before, 1);
        ::unsetenv(Marker);
        // exec named the process after the path it ran, "exe": give back the name that
        // pgrep, top and the journal know (the kernel keeps 15 bytes).
        if (argv && argv[0]) {
            const char* slash = std::strrchr(argv[0], '/');
            ::prctl(PR_SET_NAME, slash ? slash + 1 : argv[0], 0, 0, 0);
        }
        s_relaunched = true;
        return;
    }
    const char* current = std::getenv(Tunables);
    // AT_BASE is 0 when the kernel started the dynamic loader itself ("ld.so ./violetvault"):
    // then /proc/self/exe is the loader, and executing it with our argv would not start us.
    if (!argv || !argv[0] || ::getauxval(AT_BASE) == 0 || sanitizerBuild() || isSet("VV_NO_LARGE_PAGES")
        || underValgrind() || (current && std::strstr(current, "glibc.malloc.hugetlb"))
        || !transparentHugePagesOnMadvise())
        return;
    const std::string before = current ? std::string(current) : std::string(Unset);
    const std::string next = (current && *current) ? std::string(current) + ':' + Tunable : std::string(Tunable);
    const auto restore = [&before, wasSet = current != nullptr] {
        if (wasSet)
            ::setenv(Tunables, before.c_str(), 1);
        else
            ::unsetenv(Tunables);
        ::unsetenv(Marker);
    };
    if (::setenv(Marker, before.c_str(), 1) != 0 || ::setenv(Tunables, next.c_str(), 1) != 0) {
        restore();
        return;
    }
    ::execv("/proc/self/exe", argv);
    restore(); // only reached if the exec failed (e.g. no /proc): go on as we are
#else
    (void)argv; // an older glibc or another libc has no such tunable
#endif
}

bool isRelaunchedWithLargePages()
{
    return s_relaunched;
}

} // namespace vv::platform
