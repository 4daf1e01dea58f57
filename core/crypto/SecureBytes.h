#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace vv::crypto {

// Owns secret bytes (a key) and wipes them with OPENSSL_cleanse when it dies.
// The buffer is never shared: copies are deep, so wiping one copy cannot leave
// another holder with a zeroed key, and no implicitly shared copy outlives the wipe.
// There is deliberately no QDebug operator and no conversion to QString.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView bytes);
    SecureBytes(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    [[nodiscard]] QByteArrayView view() const { return QByteArrayView(m_bytes); }
    [[nodiscard]] const unsigned char* data() const;
    [[nodiscard]] qsizetype size() const { return m_bytes.size(); }
    [[nodiscard]] bool isEmpty() const { return m_bytes.isEmpty(); }
    // Zeroes and releases the bytes.
    void clear();

    // Constant-time comparison (does not leak where two keys differ).
    friend bool operator==(const SecureBytes& a, const SecureBytes& b);

private:
    QByteArray m_bytes;
};

} // namespace vv::crypto
