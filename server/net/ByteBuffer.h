#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace vv::server::net {

// A growable byte queue that owns no memory while empty. Idle connections are the common case
// (100k of them), so read/write buffers must cost nothing until bytes are actually pending.
class ByteBuffer
{
public:
    ByteBuffer() = default;
    ~ByteBuffer();
    ByteBuffer(const ByteBuffer&) = delete;
    ByteBuffer& operator=(const ByteBuffer&) = delete;
    ByteBuffer(ByteBuffer&& other) noexcept;
    ByteBuffer& operator=(ByteBuffer&& other) noexcept;

    [[nodiscard]] const char* data() const { return m_data + m_begin; }
    [[nodiscard]] char* data() { return m_data + m_begin; }
    [[nodiscard]] std::size_t size() const { return m_end - m_begin; }
    [[nodiscard]] bool isEmpty() const { return m_end == m_begin; }
    [[nodiscard]] std::size_t capacity() const { return m_capacity; }
    [[nodiscard]] std::string_view view() const { return { data(), size() }; }

    void append(std::string_view bytes);
    // Drops n bytes from the front; frees the storage once nothing is left.
    void consume(std::size_t n);
    // Drops everything and frees the storage.
    void release();

private:
    char* m_data = nullptr;
    std::uint32_t m_begin = 0;
    std::uint32_t m_end = 0;
    std::uint32_t m_capacity = 0;
};

} // namespace vv::server::net
