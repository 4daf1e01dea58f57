#pragma once

#include "crypto/KeyHierarchy.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>
#include <optional>

namespace vv::crypto {

// AES-256-GCM for operation blobs (OpenSSL EVP). Blob format, version 1:
//   [0x01][12-byte random nonce][ciphertext][16-byte tag]
// The associated data is the version byte followed by the room id (UTF-8), so a blob
// only opens in the room it was written for and a version byte cannot be swapped.
// A fresh random nonce per message: with 2^32 messages per key the collision risk stays
// far below 2^-32 (NIST SP 800-38D), far more than a budget will ever write.
// Copyable (the key is deep-copied and wiped with each copy); never printed.
class Aead
{
public:
    static constexpr char Version = 0x01;
    static constexpr qsizetype KeySize = 32;
    static constexpr qsizetype NonceSize = 12;
    static constexpr qsizetype TagSize = 16;
    static constexpr qsizetype Overhead = 1 + NonceSize + TagSize;

    enum class Error {
        NoError,
        InvalidKey, // the Aead was built without a 32-byte key or a room id
        Truncated, // shorter than the fixed overhead
        UnknownVersion, // first byte is not a known format version
        AuthenticationFailed, // wrong key, wrong room, or the blob was modified
        Internal, // OpenSSL failed (e.g. no randomness)
    };

    struct Result {
        QByteArray plaintext;
        Error error = Error::NoError;
        QString errorString; // says what failed, never includes blob or key bytes
        [[nodiscard]] bool isOk() const { return error == Error::NoError; }
    };

    Aead() = default; // invalid: every call fails with InvalidKey
    Aead(SecureBytes dataKey, QString roomId);
    [[nodiscard]] static Aead fromKeys(const BudgetKeys& keys);

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString roomId() const { return m_roomId; }

    // Seals with a fresh random nonce; nullopt only if the key is invalid or OpenSSL fails.
    [[nodiscard]] std::optional<QByteArray> encrypt(QByteArrayView plaintext) const;
    // Never throws; a failure leaves plaintext empty and says why.
    [[nodiscard]] Result decrypt(QByteArrayView blob) const;
    // The same, decrypting within the blob's own buffer (no second allocation: the snapshot of
    // a large budget is tens of MB). On success the result's plaintext is that buffer; when
    // authentication fails the buffer is wiped and released (earlier checks leave it as it was).
    [[nodiscard]] Result decryptInPlace(QByteArray&& blob) const;

    // Seals a plaintext handed over in pieces and writes the same blob format as encrypt() to
    // `out` as it goes, so sealing tens of MB needs one piece of memory, not two whole copies.
    // The header is written on construction; a failed write or OpenSSL call makes add() and
    // finish() fail. Discard `out` unless finish() returned the tag.
    class Sealer
    {
    public:
        Sealer(const Aead& aead, QIODevice* out);
        ~Sealer();
        Q_DISABLE_COPY(Sealer)

        [[nodiscard]] bool add(QByteArrayView plaintext);
        // Writes the 16-byte tag after the ciphertext and returns it; nullopt if anything failed.
        [[nodiscard]] std::optional<QByteArray> finish();

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };

    // Same as encrypt() with a caller-chosen nonce. Only for test vectors: reusing a nonce
    // under one key destroys GCM's confidentiality and integrity.
    [[nodiscard]] std::optional<QByteArray> encryptWithNonce(QByteArrayView plaintext, QByteArrayView nonce) const;

    // Raw AES-256-GCM primitives (ciphertext || tag), exposed for the NIST vectors.
    [[nodiscard]] static std::optional<QByteArray> gcmSeal(
        QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView plaintext);
    [[nodiscard]] static std::optional<QByteArray> gcmOpen(
        QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView sealed);

    [[nodiscard]] static QString errorName(Error error);

private:
    [[nodiscard]] QByteArray associatedData() const;
    [[nodiscard]] std::optional<Result> checkBlob(QByteArrayView blob) const;

    SecureBytes m_key;
    QString m_roomId;
};

} // namespace vv::crypto
