#pragma once

#include "Measure.h"

namespace vv::bench {

// The whole benchmark: without --measure, generate a budget into a profile directory, then
// re-run this program as a child with `--measure DIR` (key on its stdin) so the figures,
// peak memory above all, are those of a clean start. Call after creating the application.
int benchMain(const WindowStage& window);

} // namespace vv::bench
