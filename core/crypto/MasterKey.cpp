#include "crypto/MasterKey.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace vv::crypto {

MasterKey::MasterKey(SecureBytes key)
    : m_key(std::move(key))
{ }

std::optional<MasterKey> MasterKey::generate()
{
    unsigned char buffer[Size];
    if (RAND_bytes(buffer, static_cast<int>(Size)) != 1)
        return std::nullopt;
    MasterKey key { SecureBytes(QByteArrayView(buffer, Size)) };
    OPENSSL_cleanse(buffer, sizeof buffer);
    return key;
}

std::optional<MasterKey> MasterKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size)
        return std::nullopt;
    return MasterKey(SecureBytes(bytes));
}

} // namespace vv::crypto
