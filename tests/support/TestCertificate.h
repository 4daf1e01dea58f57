#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace vv::testsupport {

// A throw-away TLS identity made with the OpenSSL API (no `openssl` CLI needed): a fresh EC
// P-256 key and a self-signed certificate for `commonName` with the subject alternative names
// localhost, 127.0.0.1 and ::1, valid from an hour ago for a day, written as cert.pem and
// key.pem into a private temporary directory that goes with the object.
class TestCertificate
{
public:
    explicit TestCertificate(const QString& commonName = QStringLiteral("localhost"));
    ~TestCertificate();
    Q_DISABLE_COPY(TestCertificate)

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString certFile() const;
    [[nodiscard]] QString keyFile() const;
    [[nodiscard]] QSslCertificate certificate() const { return m_certificate; }
    [[nodiscard]] QByteArray keyPem() const { return m_keyPem; }
    // "AB:CD:..." as `openssl x509 -noout -fingerprint -sha256` prints it.
    [[nodiscard]] QString sha256() const;
    // --tls-cert FILE --tls-key FILE for violetvault-server.
    [[nodiscard]] QStringList serverArguments() const;

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QByteArray m_keyPem;
    QString m_error;
};

} // namespace vv::testsupport
