#include "net/ByteBuffer.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace vv::server::net {

ByteBuffer::~ByteBuffer()
{
    std::free(m_data);
}

ByteBuffer::ByteBuffer(ByteBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_begin(std::exchange(other.m_begin, 0))
    , m_end(std::exchange(other.m_end, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{ }

ByteBuffer& ByteBuffer::operator=(ByteBuffer&& other) noexcept
{
    if (this != &other) {
        std::free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_begin = std::exchange(other.m_begin, 0);
        m_end = std::exchange(other.m_end, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

void ByteBuffer::append(std::string_view bytes)
{
    if (bytes.empty())
        return;
    const std::size_t used = size();
    const std::size_t needed = used + bytes.size();
    if (m_end + bytes.size() > m_capacity) {
        if (needed <= m_capacity) {
            // Enough room once the consumed prefix is reclaimed.
            std::memmove(m_data, m_data + m_begin, used);
        } else {
            const std::size_t newCapacity = std::max<std::size_t>({ needed, std::size_t(m_capacity) * 2, 256 });
            char* grown = static_cast<char*>(std::malloc(newCapacity));
            if (!grown)
                throw std::bad_alloc();
            if (used)
                std::memcpy(grown, m_data + m_begin, used);
            std::free(m_data);
            m_data = grown;
            m_capacity = std::uint32_t(newCapacity);
        }
        m_begin = 0;
        m_end = std::uint32_t(used);
    }
    std::memcpy(m_data + m_end, bytes.data(), bytes.size());
    m_end += std::uint32_t(bytes.size());
}

void ByteBuffer::consume(std::size_t n)
{
    if (n >= size()) {
        release();
        return;
    }
    m_begin += std::uint32_t(n);
}

void ByteBuffer::release()
{
    std::free(m_data);
    m_data = nullptr;
    m_begin = m_end = m_capacity = 0;
}

} // namespace vv::server::net
