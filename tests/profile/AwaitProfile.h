#pragma once

#include "sync/BudgetProfile.h"

#include <QTest>

#include <functional>

namespace vv::testsupport {

// Runs one asynchronous BudgetProfile operation (open, create, join, ...) to its end, bounded
// to 10 s; true only if it finished and succeeded.
inline bool awaitProfile(const std::function<void(vv::sync::BudgetProfile::Done)>& start)
{
    bool finished = false;
    bool result = false;
    start([&](bool ok) {
        finished = true;
        result = ok;
    });
    (void)QTest::qWaitFor([&] { return finished; }, 10000);
    return finished && result;
}

} // namespace vv::testsupport
