#include "crypto/Aead.h"

#include <cstring>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace vv::crypto {

namespace {

struct CtxDeleter {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

unsigned char* bytes(QByteArray& v)
{
    return reinterpret_cast<unsigned char*>(v.data());
}

int intSize(QByteArrayView v)
{
    return static_cast<int>(v.size());
}

Aead::Result failure(Aead::Error error, const QString& why)
{
    Aead::Result r;
    r.error = error;
    r.errorString = why;
    return r;
}

} // namespace

Aead::Aead(SecureBytes dataKey, QString roomId)
    : m_key(std::move(dataKey))
    , m_roomId(std::move(roomId))
{ }

Aead Aead::fromKeys(const BudgetKeys& keys)
{
    return Aead(keys.dataKey, keys.roomId);
}

bool Aead::isValid() const
{
    return m_key.size() == KeySize && !m_roomId.isEmpty();
}

QByteArray Aead::associatedData() const
{
    QByteArray aad(1, Version);
    aad += m_roomId.toUtf8();
    return aad;
}

std::optional<QByteArray> Aead::gcmSeal(
    QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView plaintext)
{
    if (key.size() != KeySize || nonce.size() != NonceSize || plaintext.size() > (1 << 30))
        return std::nullopt;
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return std::nullopt;
    QByteArray out(plaintext.size() + TagSize, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    if (EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(key), bytes(nonce), nullptr) != 1)
        return std::nullopt;
    if (!aad.isEmpty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), intSize(aad)) != 1)
        return std::nullopt;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), bytes(out), &len, bytes(plaintext), intSize(plaintext)) != 1)
            return std::nullopt;
        total = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), bytes(out) + total, &len) != 1)
        return std::nullopt;
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(TagSize), bytes(out) + total) != 1)
        return std::nullopt;
    out.truncate(total + TagSize);
    return out;
}

// Decrypts `ciphertext` into `out` (which may be exactly the ciphertext's own bytes: OpenSSL
// supports in-place GCM, not partial overlap) and checks the tag; false on any failure.
static bool gcmOpenInto(QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView ciphertext,
    QByteArrayView tagView, unsigned char* out, qsizetype* outSize)
{
    unsigned char tag[Aead::TagSize];
    std::memcpy(tag, tagView.data(), Aead::TagSize); // the ctrl call takes a non-const pointer
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return false;
    int len = 0;
    int total = 0;
    if (EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(key), bytes(nonce), nullptr) != 1)
        return false;
    if (!aad.isEmpty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), intSize(aad)) != 1)
        return false;
    if (!ciphertext.isEmpty()) {
        if (EVP_DecryptUpdate(ctx.get(), out, &len, bytes(ciphertext), intSize(ciphertext)) != 1)
            return false;
        total = len;
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(Aead::TagSize), tag) != 1)
        return false;
    // The tag check happens here; on failure the caller discards the partial plaintext.
    if (EVP_DecryptFinal_ex(ctx.get(), out + total, &len) != 1)
        return false;
    *outSize = total + len;
    return true;
}

std::optional<QByteArray> Aead::gcmOpen(
    QByteArrayView key, QByteArrayView nonce, QByteArrayView aad, QByteArrayView sealed)
{
    if (key.size() != KeySize || nonce.size() != NonceSize || sealed.size() < TagSize)
        return std::nullopt;
    const QByteArrayView ciphertext = sealed.first(sealed.size() - TagSize);
    QByteArray out(ciphertext.size(), Qt::Uninitialized);
    qsizetype total = 0;
    if (!gcmOpenInto(key, nonce, aad, ciphertext, sealed.last(TagSize), bytes(out), &total)) {
        out.fill('\0');
        return std::nullopt;
    }
    out.truncate(total);
    return out;
}

std::optional<QByteArray> Aead::encryptWithNonce(QByteArrayView plaintext, QByteArrayView nonce) const
{
    if (!isValid() || nonce.size() != NonceSize)
        return std::nullopt;
    const std::optional<QByteArray> sealed = gcmSeal(m_key.view(), nonce, associatedData(), plaintext);
    if (!sealed)
        return std::nullopt;
    QByteArray blob;
    blob.reserve(1 + NonceSize + sealed->size());
    blob.append(Version);
    blob.append(nonce.data(), nonce.size());
    blob.append(*sealed);
    return blob;
}

std::optional<QByteArray> Aead::encrypt(QByteArrayView plaintext) const
{
    unsigned char nonce[NonceSize];
    if (RAND_bytes(nonce, static_cast<int>(NonceSize)) != 1)
        return std::nullopt;
    return encryptWithNonce(plaintext, QByteArrayView(nonce, NonceSize));
}

// The checks before any decryption, shared by decrypt() and decryptInPlace().
std::optional<Aead::Result> Aead::checkBlob(QByteArrayView blob) const
{
    if (!isValid())
        return failure(Error::InvalidKey, QStringLiteral("no valid data key or room id"));
    if (blob.isEmpty())
        return failure(Error::Truncated, QStringLiteral("blob is empty"));
    if (blob.at(0) != Version)
        return failure(Error::UnknownVersion, QStringLiteral("unknown blob format version"));
    if (blob.size() < Overhead)
        return failure(Error::Truncated, QStringLiteral("blob is shorter than the format overhead"));
    return std::nullopt;
}

Aead::Result Aead::decrypt(QByteArrayView blob) const
{
    if (std::optional<Result> bad = checkBlob(blob))
        return *bad;
    const QByteArrayView nonce = blob.sliced(1, NonceSize);
    const QByteArrayView sealed = blob.sliced(1 + NonceSize);
    std::optional<QByteArray> plain = gcmOpen(m_key.view(), nonce, associatedData(), sealed);
    if (!plain) {
        return failure(Error::AuthenticationFailed,
            QStringLiteral("authentication failed (wrong key, wrong room, or modified blob)"));
    }
    Result r;
    r.plaintext = std::move(*plain);
    return r;
}

struct Aead::Sealer::Private {
    CtxPtr ctx;
    QIODevice* out = nullptr;
    QByteArray buffer; // ciphertext of one piece, reused
    bool ok = false;
};

Aead::Sealer::Sealer(const Aead& aead, QIODevice* out)
    : d(std::make_unique<Private>())
{
    d->out = out;
    unsigned char nonce[NonceSize];
    if (!out || !aead.isValid() || RAND_bytes(nonce, static_cast<int>(NonceSize)) != 1)
        return;
    d->ctx.reset(EVP_CIPHER_CTX_new());
    const QByteArray aad = aead.associatedData();
    int len = 0;
    if (!d->ctx || EVP_EncryptInit_ex2(d->ctx.get(), EVP_aes_256_gcm(), bytes(aead.m_key.view()), nonce, nullptr) != 1
        || EVP_EncryptUpdate(d->ctx.get(), nullptr, &len, bytes(aad), intSize(aad)) != 1)
        return;
    const char version = Version;
    d->ok = out->write(&version, 1) == 1 && out->write(reinterpret_cast<const char*>(nonce), NonceSize) == NonceSize;
}

Aead::Sealer::~Sealer() = default;

bool Aead::Sealer::add(QByteArrayView plaintext)
{
    if (!d->ok || plaintext.isEmpty())
        return d->ok;
    d->buffer.resize(plaintext.size()); // GCM: ciphertext is as long as the plaintext
    int len = 0;
    d->ok = EVP_EncryptUpdate(d->ctx.get(), bytes(d->buffer), &len, bytes(plaintext), intSize(plaintext)) == 1
        && d->out->write(d->buffer.constData(), len) == len;
    return d->ok;
}

std::optional<QByteArray> Aead::Sealer::finish()
{
    if (!d->ok)
        return std::nullopt;
    d->ok = false; // once only
    unsigned char tail[16];
    int len = 0;
    if (EVP_EncryptFinal_ex(d->ctx.get(), tail, &len) != 1 || len != 0) // GCM writes nothing here
        return std::nullopt;
    QByteArray tag(TagSize, Qt::Uninitialized);
    if (EVP_CIPHER_CTX_ctrl(d->ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(TagSize), bytes(tag)) != 1
        || d->out->write(tag) != TagSize)
        return std::nullopt;
    return tag;
}

Aead::Result Aead::decryptInPlace(QByteArray&& blob) const
{
    if (std::optional<Result> bad = checkBlob(blob))
        return *bad;
    unsigned char* data = bytes(blob); // detaches if shared: the caller's copies keep the ciphertext
    const qsizetype header = 1 + NonceSize;
    const qsizetype cipherSize = blob.size() - header - TagSize;
    const QByteArrayView nonce(blob.constData() + 1, NonceSize);
    const QByteArrayView ciphertext(blob.constData() + header, cipherSize);
    const QByteArrayView tag(blob.constData() + header + cipherSize, TagSize);
    qsizetype total = 0;
    if (!gcmOpenInto(m_key.view(), nonce, associatedData(), ciphertext, tag, data + header, &total)) {
        blob.fill('\0'); // no partial plaintext left behind
        blob.clear();
        return failure(Error::AuthenticationFailed,
            QStringLiteral("authentication failed (wrong key, wrong room, or modified blob)"));
    }
    // The plaintext sits after the header; move it to the front within the same allocation.
    std::memmove(data, data + header, size_t(total));
    blob.truncate(total);
    Result r;
    r.plaintext = std::move(blob);
    return r;
}

QString Aead::errorName(Error error)
{
    switch (error) {
    case Error::NoError:
        return QStringLiteral("no_error");
    case Error::InvalidKey:
        return QStringLiteral("invalid_key");
    case Error::Truncated:
        return QStringLiteral("truncated");
    case Error::UnknownVersion:
        return QStringLiteral("unknown_version");
    case Error::AuthenticationFailed:
        return QStringLiteral("authentication_failed");
    case Error::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace vv::crypto
