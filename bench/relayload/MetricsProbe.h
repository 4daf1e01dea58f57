#pragma once

#include <map>
#include <netinet/in.h>
#include <optional>
#include <string>

namespace vv::bench {

// GET /metrics from the server under test (Prometheus text): one blocking request with a 2 s
// timeout on its own socket, so it can be asked between poll()s. Returns name -> value of
// every unlabelled sample, or nothing if the server has no /metrics (the Node reference).
[[nodiscard]] std::optional<std::map<std::string, double>> fetchMetrics(
    const sockaddr_in& server, const std::string& hostHeader);

} // namespace vv::bench
