#include "crypto/KeyHierarchy.h"

#include <QCryptographicHash>

#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <vector>

namespace vv::crypto {

namespace {

struct KdfDeleter {
    void operator()(EVP_KDF* kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};

QByteArray base64Url(QByteArrayView bytes)
{
    return QByteArray(bytes.data(), bytes.size())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

SecureBytes KeyHierarchy::hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, qsizetype length)
{
    if (ikm.isEmpty() || length <= 0)
        return {};
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    if (!kdf)
        return {};
    std::unique_ptr<EVP_KDF_CTX, KdfDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return {};

    char digest[] = "SHA256";
    // OSSL_PARAM wants non-const pointers; OpenSSL only reads these buffers.
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_KEY, const_cast<char*>(ikm.data()), static_cast<size_t>(ikm.size())),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()), static_cast<size_t>(salt.size())),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()), static_cast<size_t>(info.size())),
        OSSL_PARAM_construct_end(),
    };
    std::vector<unsigned char> out(static_cast<size_t>(length));
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1) {
        OPENSSL_cleanse(out.data(), out.size());
        return {};
    }
    SecureBytes result(QByteArrayView(out.data(), length));
    OPENSSL_cleanse(out.data(), out.size());
    return result;
}

std::optional<BudgetKeys> KeyHierarchy::derive(const MasterKey& key)
{
    if (!key.isValid())
        return std::nullopt;
    const QByteArrayView ikm = key.bytes().view();
    const QByteArrayView salt(Salt);
    const SecureBytes room = hkdfSha256(ikm, salt, QByteArrayView(RoomIdLabel), DerivedSize);
    const SecureBytes token = hkdfSha256(ikm, salt, QByteArrayView(AccessTokenLabel), DerivedSize);
    SecureBytes data = hkdfSha256(ikm, salt, QByteArrayView(DataKeyLabel), DerivedSize);
    if (room.size() != DerivedSize || token.size() != DerivedSize || data.size() != DerivedSize)
        return std::nullopt;

    BudgetKeys keys;
    keys.roomId = QString::fromLatin1(base64Url(room.view()));
    QByteArray tokenText = base64Url(token.view());
    keys.accessToken = SecureBytes(tokenText);
    OPENSSL_cleanse(tokenText.data(), static_cast<size_t>(tokenText.size()));
    keys.dataKey = std::move(data);
    return keys;
}

QByteArray KeyHierarchy::accessTokenHash(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

} // namespace vv::crypto
