#pragma once

#include "crypto/QrCode.h"

#include <QWidget>

namespace vv::ui {

// Paints a crypto::QrCode: dark modules on white (scanners need that contrast, whatever the
// theme), a quiet zone of quietZone() modules around it, every module an exact whole number
// of device pixels (crisp at any DPI, no anti-aliasing), centred and as large as the widget
// allows. The matrix of a share code is a secret: it is overwritten when replaced and never
// exposed through accessibility (the description says what it is, not what it encodes).
class QrCodeWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY(QrCodeWidget)
public:
    static constexpr int DefaultQuietZone = 4; // modules, as ISO/IEC 18004 asks

    explicit QrCodeWidget(QWidget* parent = nullptr);
    ~QrCodeWidget() override;

    void setCode(const crypto::QrCode& code);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_code.isNull(); }
    [[nodiscard]] int moduleCount() const { return m_code.size(); }

    void setQuietZone(int modules);
    [[nodiscard]] int quietZone() const { return m_quietZone; }

    // Where module (0,0) starts and how many device pixels one module takes, for the current
    // size and device pixel ratio (tests check pixels with these).
    [[nodiscard]] int modulePixels() const;
    [[nodiscard]] QPoint originPixels() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    [[nodiscard]] int sideModules() const;

    crypto::QrCode m_code;
    int m_quietZone = DefaultQuietZone;
};

} // namespace vv::ui
