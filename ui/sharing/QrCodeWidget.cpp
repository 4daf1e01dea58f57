#include "sharing/QrCodeWidget.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace vv::ui {

namespace {
// A module of fewer than 3 physical pixels is hard for a phone camera to resolve.
constexpr int PreferredModulePixels = 5;
constexpr int MinimumModulePixels = 2;
} // namespace

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::NoFocus);
    retranslateUi();
}

QrCodeWidget::~QrCodeWidget()
{
    m_code.wipe();
}

void QrCodeWidget::setCode(const crypto::QrCode& code)
{
    m_code.wipe();
    m_code = code;
    updateGeometry();
    update();
}

void QrCodeWidget::clear()
{
    setCode(crypto::QrCode());
}

void QrCodeWidget::setQuietZone(int modules)
{
    m_quietZone = std::max(0, modules);
    updateGeometry();
    update();
}

int QrCodeWidget::sideModules() const
{
    return m_code.size() + 2 * m_quietZone;
}

int QrCodeWidget::modulePixels() const
{
    if (m_code.isNull())
        return 0;
    const qreal dpr = devicePixelRatioF();
    const int available = static_cast<int>(std::floor(std::min(width(), height()) * dpr));
    return std::max(1, available / sideModules());
}

QPoint QrCodeWidget::originPixels() const
{
    const qreal dpr = devicePixelRatioF();
    const int module = modulePixels();
    const int side = module * sideModules();
    const int x = (static_cast<int>(std::floor(width() * dpr)) - side) / 2;
    const int y = (static_cast<int>(std::floor(height() * dpr)) - side) / 2;
    return { x + module * m_quietZone, y + module * m_quietZone };
}

QSize QrCodeWidget::sizeHint() const
{
    const int modules = m_code.isNull() ? 21 + 2 * m_quietZone : sideModules();
    const int side = static_cast<int>(std::ceil(modules * PreferredModulePixels / devicePixelRatioF()));
    return { side, side };
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int modules = m_code.isNull() ? 21 + 2 * m_quietZone : sideModules();
    const int side = static_cast<int>(std::ceil(modules * MinimumModulePixels / devicePixelRatioF()));
    return { side, side };
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_code.isNull())
        return;
    // Work in device pixels so every module edge lands on a pixel boundary.
    const qreal dpr = devicePixelRatioF();
    painter.scale(1.0 / dpr, 1.0 / dpr);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int module = modulePixels();
    const QPoint origin = originPixels();
    const int quiet = module * m_quietZone;
    const int codeSide = module * m_code.size();
    painter.fillRect(
        QRect(origin.x() - quiet, origin.y() - quiet, codeSide + 2 * quiet, codeSide + 2 * quiet), Qt::white);
    const int n = m_code.size();
    for (int y = 0; y < n; ++y) {
        // Runs of dark modules in a row become one rectangle: fewer paint calls, no seams.
        int x = 0;
        while (x < n) {
            if (!m_code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && m_code.isDark(x, y))
                ++x;
            painter.fillRect(
                QRect(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module), Qt::black);
        }
    }
}

void QrCodeWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QrCodeWidget::retranslateUi()
{
    setAccessibleName(tr("QR code"));
    setAccessibleDescription(tr("A QR code of the share code shown as text next to it. Scan it with "
                                "VioletVault on your other device."));
}

} // namespace vv::ui
