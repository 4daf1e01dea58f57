#pragma once

#include "crypto/MasterKey.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace vv::crypto {

// What a budget's master key K unlocks. Two devices holding the same K derive the same values.
struct BudgetKeys {
    // Opaque room id: base64url (no padding) of 32 derived bytes, 43 characters. The server
    // routes and stores by it; it reveals nothing about K. Valid per SignalCodec::isValidBudgetId.
    QString roomId;
    // Bearer token for the WebSocket upgrade and the HTTP store: base64url of 32 bytes, as
    // ASCII. A secret: never log it. The server keeps only accessTokenHash() of it.
    SecureBytes accessToken;
    // AES-256-GCM key for operation blobs (see Aead).
    SecureBytes dataKey;
};

// HKDF-SHA256 (OpenSSL EVP_KDF "HKDF") from K with a fixed salt and one info label per
// purpose, so the outputs are independent: knowing the room id or the token tells nothing
// about the data key. Changing a label or the salt changes every derived value: never do it
// for v1 budgets (the pinned vectors in tests/crypto guard this).
class KeyHierarchy
{
public:
    static constexpr char Salt[] = "violetvault/v1/hkdf-salt";
    static constexpr char RoomIdLabel[] = "violetvault/v1/room-id";
    static constexpr char AccessTokenLabel[] = "violetvault/v1/access-token";
    static constexpr char DataKeyLabel[] = "violetvault/v1/data-key";
    static constexpr qsizetype DerivedSize = 32;

    // nullopt if K is invalid or OpenSSL fails (nothing is logged about K).
    [[nodiscard]] static std::optional<BudgetKeys> derive(const MasterKey& key);

    // Lowercase hex SHA-256 of a token: what a server stores and compares against.
    [[nodiscard]] static QByteArray accessTokenHash(QByteArrayView token);

    // Low-level HKDF-SHA256 (exposed for the test vectors); empty on failure.
    [[nodiscard]] static SecureBytes hkdfSha256(
        QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, qsizetype length);
};

} // namespace vv::crypto
