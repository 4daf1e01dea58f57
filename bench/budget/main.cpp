// vv-budget-bench: a 100,000-transaction budget, opened from disk in a fresh process:
// start -> ready, peak memory, ledger filters, against the targets. See bench/README.md.
#include "BenchMain.h"
#include "platform/LargePages.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    vv::platform::relaunchWithLargePages(argv); // as the app does: the measured start includes it
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vv-budget-bench"));
    return vv::bench::benchMain({}); // core stages only; vv-budget-ui-bench adds the window
}
