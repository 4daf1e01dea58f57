#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArrayView>

#include <optional>

namespace vv::crypto {

// A budget's random 256-bit master key K. Everything else (room id, access token,
// data key) is derived from it by KeyHierarchy. K is wiped from memory on destruction
// and has no debug/print operator: it must only ever go to the keychain or a ShareCode.
class MasterKey
{
public:
    static constexpr qsizetype Size = 32;

    MasterKey() = default; // an invalid (empty) key

    // A fresh key from the OpenSSL CSPRNG; nullopt only if RAND_bytes fails.
    [[nodiscard]] static std::optional<MasterKey> generate();
    // Wraps existing key bytes (from the keychain or a share code); nullopt unless exactly Size bytes.
    [[nodiscard]] static std::optional<MasterKey> fromBytes(QByteArrayView bytes);

    [[nodiscard]] bool isValid() const { return m_key.size() == Size; }
    // The raw bytes, for storing in the keychain or encoding as a share code. Do not log.
    [[nodiscard]] const SecureBytes& bytes() const { return m_key; }

    friend bool operator==(const MasterKey& a, const MasterKey& b) { return a.m_key == b.m_key; }

private:
    explicit MasterKey(SecureBytes key);
    SecureBytes m_key;
};

} // namespace vv::crypto
