#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace vv::bench {

// Kernel randomness (getrandom) handed out from a refilled buffer: WebSocket masks and
// handshake keys must be unpredictable (RFC 6455 5.3), and one syscall per frame would
// cost more than the frame itself.
class RandomPool
{
public:
    RandomPool() = default;
    RandomPool(const RandomPool&) = delete;
    RandomPool& operator=(const RandomPool&) = delete;

    [[nodiscard]] std::uint32_t next32();
    void fill(void* out, std::size_t size);

private:
    void refill();

    std::array<std::uint8_t, 4096> m_buffer {};
    std::size_t m_pos = m_buffer.size();
};

} // namespace vv::bench
