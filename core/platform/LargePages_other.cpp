// Windows and macOS: their allocators need no start-up tunable; nothing to do.
#include "platform/LargePages.h"

namespace vv::platform {

void relaunchWithLargePages(char** /*argv*/) { }

bool isRelaunchedWithLargePages()
{
    return false;
}

} // namespace vv::platform
