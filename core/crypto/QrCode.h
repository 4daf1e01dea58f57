#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace vv::crypto {

// A QR code as a plain square matrix of modules (no quiet zone), so the UI can paint it
// with QPainter and core stays free of Widgets. Built with libqrencode.
// Encoding a share code makes the matrix a secret too: do not cache or log it.
class QrCode
{
public:
    enum class ErrorCorrection { Low, Medium, Quartile, High };

    QrCode() = default; // null: size() == 0

    // Encodes UTF-8 text (libqrencode picks numeric/alphanumeric/8-bit segments). Returns a
    // null code if the text is empty or too long for a version-40 symbol.
    [[nodiscard]] static QrCode encode(const QString& text, ErrorCorrection level = ErrorCorrection::Medium);

    [[nodiscard]] bool isNull() const { return m_size == 0; }
    // Modules per side: 17 + 4 * version.
    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] int version() const { return m_version; }
    // True for a dark module; false outside the matrix.
    [[nodiscard]] bool isDark(int x, int y) const;
    // Row-major, size()*size() entries.
    [[nodiscard]] const std::vector<bool>& modules() const { return m_modules; }

    // Overwrites the matrix and makes this null: a share code's QR is as secret as the code.
    void wipe();

    friend bool operator==(const QrCode&, const QrCode&) = default;

private:
    int m_size = 0;
    int m_version = 0;
    std::vector<bool> m_modules;
};

} // namespace vv::crypto
