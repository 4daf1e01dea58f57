#pragma once

namespace vv::bench {

// Checks the RFC 6455 code against hand-built frames and the RFC's own handshake example.
// Returns the number of failed checks (0 = pass); prints each failure.
[[nodiscard]] int runSelfTest();

} // namespace vv::bench
