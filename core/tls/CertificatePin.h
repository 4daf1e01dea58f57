#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

class QSslCertificate;

namespace vv::tls {

// The SHA-256 fingerprint of a server's leaf certificate, for a self-hosted server whose
// certificate no CA vouches for (docs/security.md, TLS). A null pin changes nothing: Qt verifies
// the chain against the system CAs and the host name, as by default. With a pin the fingerprint
// alone decides: a leaf that matches is accepted even if self-signed, expired or issued for
// another name; one that does not is refused even if a CA trusts it. The check runs in the
// handshake, before a request (and its bearer token) is sent.
//
// Use: configure() the socket's QSslConfiguration, then on sslErrors call accepts() with the
// peer's leaf and ignore the errors only when it returns true (refusalMessage() says why not).
class CertificatePin
{
public:
    CertificatePin() = default; // null: no pinning

    // 64 hex digits, upper or lower case, optionally separated by ':' or spaces (as printed by
    // `openssl x509 -noout -fingerprint -sha256`, with or without its "sha256 Fingerprint=" prefix).
    // Empty text gives a null pin. nullopt (and *error) for anything else.
    [[nodiscard]] static std::optional<CertificatePin> parse(const QString& text, QString* error = nullptr);
    [[nodiscard]] static CertificatePin of(const QSslCertificate& certificate);

    [[nodiscard]] bool isNull() const { return m_digest.isEmpty(); }
    [[nodiscard]] QByteArray digest() const { return m_digest; } // 32 bytes, or empty
    // "AB:CD:...": the openssl CLI's notation. Empty for a null pin.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] bool matches(const QSslCertificate& leaf) const;

    // The configuration to connect with. Null pin: `base` as it is. With a pin: `base` trusting
    // no CA at all, so every handshake reports errors and comes to accepts() -- the only way to
    // refuse a CA-valid certificate before any application data is sent.
    [[nodiscard]] QSslConfiguration configure(QSslConfiguration base) const;
    // For a sslErrors handler: true iff pinned and `leaf` matches (then ignore the errors).
    [[nodiscard]] bool accepts(const QSslCertificate& leaf) const;
    // Why the handshake is refused: the pin mismatch (with the fingerprint the server showed,
    // which is public), or the verification errors when not pinned. Never empty.
    [[nodiscard]] QString refusalMessage(const QSslCertificate& leaf, const QList<QSslError>& errors) const;

    friend bool operator==(const CertificatePin&, const CertificatePin&) = default;

private:
    QByteArray m_digest;
};

} // namespace vv::tls
