#include "tls/CertificatePin.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QStringList>

#include <algorithm>
#include <cctype>

namespace vv::tls {

std::optional<CertificatePin> CertificatePin::parse(const QString& text, QString* error)
{
    QString hex = text.trimmed();
    // The openssl CLI prints "sha256 Fingerprint=AB:CD:..." (older: "SHA256 Fingerprint=").
    const qsizetype eq = hex.indexOf(u'=');
    if (eq >= 0 && hex.left(eq).contains(QLatin1StringView("fingerprint"), Qt::CaseInsensitive))
        hex = hex.mid(eq + 1);
    hex.remove(u':');
    hex.remove(u' ');
    if (hex.isEmpty())
        return CertificatePin();
    const bool allHex = std::all_of(
        hex.cbegin(), hex.cend(), [](QChar c) { return std::isxdigit(c.unicode()) && c.unicode() < 0x80; });
    if (hex.size() != 64 || !allHex) {
        // The text itself is not repeated: a pasted value could be anything.
        if (error)
            *error
                = QStringLiteral("A certificate pin must be the SHA-256 fingerprint: 64 hex digits, colons optional.");
        return std::nullopt;
    }
    CertificatePin pin;
    pin.m_digest = QByteArray::fromHex(hex.toLatin1());
    return pin;
}

CertificatePin CertificatePin::of(const QSslCertificate& certificate)
{
    CertificatePin pin;
    if (!certificate.isNull())
        pin.m_digest = certificate.digest(QCryptographicHash::Sha256);
    return pin;
}

QString CertificatePin::toString() const
{
    return QString::fromLatin1(m_digest.toHex(':').toUpper());
}

bool CertificatePin::matches(const QSslCertificate& leaf) const
{
    // Fingerprints are public: no constant-time compare needed.
    return !isNull() && !leaf.isNull() && leaf.digest(QCryptographicHash::Sha256) == m_digest;
}

QSslConfiguration CertificatePin::configure(QSslConfiguration base) const
{
    if (!isNull())
        base.setCaCertificates({}); // also turns off on-demand loading of the system CAs
    return base;
}

bool CertificatePin::accepts(const QSslCertificate& leaf) const
{
    return matches(leaf);
}

QString CertificatePin::refusalMessage(const QSslCertificate& leaf, const QList<QSslError>& errors) const
{
    if (!isNull()) {
        if (leaf.isNull())
            return QStringLiteral("The server presented no certificate to compare with the pinned fingerprint.");
        return QStringLiteral("The server's certificate (SHA-256 %1) does not match the pinned fingerprint %2. "
                              "Not connecting: someone may be intercepting the connection, or the server has a "
                              "new certificate (then update the pin).")
            .arg(of(leaf).toString(), toString());
    }
    QStringList reasons;
    for (const QSslError& e : errors) {
        if (!reasons.contains(e.errorString()))
            reasons << e.errorString();
    }
    return QStringLiteral("The server's certificate is not trusted (%1). For a self-hosted server with its own "
                          "certificate, pin its SHA-256 fingerprint%2.")
        .arg(reasons.isEmpty() ? QStringLiteral("verification failed") : reasons.join(QStringLiteral("; ")),
            leaf.isNull() ? QString()
                          : QStringLiteral(" (%1) after checking it on the server").arg(of(leaf).toString()));
}

} // namespace vv::tls
