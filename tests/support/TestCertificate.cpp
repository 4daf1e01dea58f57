#include "TestCertificate.h"

#include <QCryptographicHash>
#include <QFile>

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace vv::testsupport {
namespace {

struct KeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct CertFree {
    void operator()(X509* x) const { X509_free(x); }
};
struct BioFree {
    void operator()(BIO* b) const { BIO_free(b); }
};

QByteArray readBio(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

TestCertificate::TestCertificate(const QString& commonName)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    std::unique_ptr<X509, CertFree> cert(X509_new());
    if (!key || !cert) {
        m_error = QStringLiteral("key generation failed");
        return;
    }
    unsigned char serial[8];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_set_version(cert.get(), 2); // v3: extensions
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    X509_EXTENSION* san = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
    if (!san || X509_add_ext(cert.get(), san, -1) != 1 || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        X509_EXTENSION_free(san);
        m_error = QStringLiteral("certificate signing failed");
        return;
    }
    X509_EXTENSION_free(san);

    std::unique_ptr<BIO, BioFree> certBio(BIO_new(BIO_s_mem()));
    std::unique_ptr<BIO, BioFree> keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        m_error = QStringLiteral("PEM encoding failed");
        return;
    }
    const QByteArray certPem = readBio(certBio.get());
    m_keyPem = readBio(keyBio.get());
    if (!writeFile(certFile(), certPem) || !writeFile(keyFile(), m_keyPem)) {
        m_error = QStringLiteral("cannot write the PEM files");
        return;
    }
    m_certificate = QSslCertificate(certPem, QSsl::Pem);
    if (m_certificate.isNull())
        m_error = QStringLiteral("Qt cannot read the certificate");
}

TestCertificate::~TestCertificate() = default;

QString TestCertificate::certFile() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QString TestCertificate::keyFile() const
{
    return m_dir.filePath(QStringLiteral("key.pem"));
}

QString TestCertificate::sha256() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QStringList TestCertificate::serverArguments() const
{
    return { QStringLiteral("--tls-cert"), certFile(), QStringLiteral("--tls-key"), keyFile() };
}

} // namespace vv::testsupport
