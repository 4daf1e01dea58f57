#pragma once

#include "Scenario.h"

namespace vv::bench {

// Memory per idle joined connection: the server's RSS after N clients are connected,
// joined and left idle for a settle period, minus its RSS before the first connect, over N.
class IdleScenario final : public Scenario
{
public:
    using Scenario::Scenario;

protected:
    int measure() override;
};

} // namespace vv::bench
