#include "crypto/QrCode.h"

#include <qrencode.h>

#include <algorithm>
#include <openssl/crypto.h>

namespace vv::crypto {

QrCode QrCode::encode(const QString& text, ErrorCorrection level)
{
    QrCode code;
    if (text.isEmpty())
        return code;
    QRecLevel ec = QR_ECLEVEL_M;
    switch (level) {
    case ErrorCorrection::Low:
        ec = QR_ECLEVEL_L;
        break;
    case ErrorCorrection::Medium:
        ec = QR_ECLEVEL_M;
        break;
    case ErrorCorrection::Quartile:
        ec = QR_ECLEVEL_Q;
        break;
    case ErrorCorrection::High:
        ec = QR_ECLEVEL_H;
        break;
    }
    QByteArray utf8 = text.toUtf8();
    // version 0 = smallest that fits; case-sensitive keeps the text exact.
    QRcode* qr = QRcode_encodeString(utf8.constData(), 0, ec, QR_MODE_8, 1);
    OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    if (!qr)
        return code;
    const int width = qr->width;
    code.m_size = width;
    code.m_version = qr->version;
    code.m_modules.resize(static_cast<size_t>(width) * static_cast<size_t>(width));
    for (size_t i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = (qr->data[i] & 0x01) != 0; // bit 0 = dark; the others are libqrencode's own flags
    // The matrix encodes the input (maybe a share code): wipe libqrencode's copy.
    OPENSSL_cleanse(qr->data, static_cast<size_t>(width) * static_cast<size_t>(width));
    QRcode_free(qr);
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[static_cast<size_t>(y) * static_cast<size_t>(m_size) + static_cast<size_t>(x)];
}

void QrCode::wipe()
{
    std::fill(m_modules.begin(), m_modules.end(), false);
    m_modules.clear();
    m_size = 0;
    m_version = 0;
}

} // namespace vv::crypto
