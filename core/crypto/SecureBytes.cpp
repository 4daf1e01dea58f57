#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

namespace vv::crypto {

namespace {
QByteArray deepCopy(QByteArrayView bytes)
{
    // QByteArray(const char*, n) always allocates its own buffer.
    return QByteArray(bytes.data(), bytes.size());
}
} // namespace

SecureBytes::SecureBytes(QByteArrayView bytes)
    : m_bytes(deepCopy(bytes))
{ }

SecureBytes::SecureBytes(const SecureBytes& other)
    : m_bytes(deepCopy(other.view()))
{ }

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        clear();
        m_bytes = deepCopy(other.view());
    }
    return *this;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

const unsigned char* SecureBytes::data() const
{
    return reinterpret_cast<const unsigned char*>(m_bytes.constData());
}

void SecureBytes::clear()
{
    if (!m_bytes.isEmpty()) {
        // constData() avoids a detach: the buffer is ours alone (see class comment).
        OPENSSL_cleanse(const_cast<char*>(m_bytes.constData()), static_cast<size_t>(m_bytes.size()));
    }
    m_bytes = QByteArray();
}

bool operator==(const SecureBytes& a, const SecureBytes& b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace vv::crypto
