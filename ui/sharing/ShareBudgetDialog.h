#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace vv::ui {

class QrCodeWidget;
class SecretClipboard;

// "Share this budget": the share code as text (monospace, in groups, selectable, with a Copy
// button whose clipboard copy is cleared after a minute if unchanged) and as a QR code, with
// the plain warning that anyone who has the code can read the budget. The dialog holds the
// code only while open and wipes its copies on close.
class ShareBudgetDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(ShareBudgetDialog)
public:
    // `clipboard` is not owned (it must outlive the dialog to clear the copy later); may be null.
    ShareBudgetDialog(const QString& shareCode, SecretClipboard* clipboard, QWidget* parent = nullptr);
    ~ShareBudgetDialog() override;

    void setBudgetName(const QString& name);
    [[nodiscard]] QString codeText() const; // as shown
    [[nodiscard]] QrCodeWidget* qrCodeWidget() const { return m_qr; }

public Q_SLOTS:
    void copyCode();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_code;
    QString m_budgetName;
    SecretClipboard* m_clipboard;
    QLabel* m_title = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_instructions = nullptr;
    QLabel* m_copied = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_close = nullptr;
    QrCodeWidget* m_qr = nullptr;
};

} // namespace vv::ui
