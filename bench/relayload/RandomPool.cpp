#include "RandomPool.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/random.h>

namespace vv::bench {

std::uint32_t RandomPool::next32()
{
    std::uint32_t value = 0;
    fill(&value, sizeof value);
    return value;
}

void RandomPool::fill(void* out, std::size_t size)
{
    auto* dst = static_cast<std::uint8_t*>(out);
    while (size > 0) {
        if (m_pos == m_buffer.size())
            refill();
        const std::size_t n = std::min(size, m_buffer.size() - m_pos);
        std::memcpy(dst, m_buffer.data() + m_pos, n);
        m_pos += n;
        dst += n;
        size -= n;
    }
}

void RandomPool::refill()
{
    std::size_t got = 0;
    // getrandom() of <= 256 bytes never returns short; larger requests may, hence the loop
    // (bounded: a failure other than EINTR aborts, there is no sane fallback).
    for (int attempt = 0; got < m_buffer.size() && attempt < 1000; ++attempt) {
        const ssize_t n = getrandom(m_buffer.data() + got, m_buffer.size() - got, 0);
        if (n > 0)
            got += static_cast<std::size_t>(n);
        else if (n < 0 && errno != EINTR)
            std::abort();
    }
    if (got < m_buffer.size())
        std::abort();
    m_pos = 0;
}

} // namespace vv::bench
