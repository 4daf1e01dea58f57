#include "sharing/ShareBudgetDialog.h"

#include "crypto/QrCode.h"
#include "sharing/QrCodeWidget.h"
#include "sharing/SecretClipboard.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace vv::ui {

ShareBudgetDialog::ShareBudgetDialog(const QString& shareCode, SecretClipboard* clipboard, QWidget* parent)
    : QDialog(parent)
    , m_code(shareCode)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("shareBudgetDialog"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("shareTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    auto* warningIcon = new QLabel(this);
    const int iconSide = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    warningIcon->setPixmap(style()
                               ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                               .pixmap(QSize(iconSide, iconSide), devicePixelRatioF()));
    warningIcon->setAlignment(Qt::AlignTop);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("shareWarning"));
    m_warning->setWordWrap(true);
    auto* warningRow = new QHBoxLayout;
    warningRow->addWidget(warningIcon);
    warningRow->addWidget(m_warning, 1);

    m_codeLabel = new QLabel(m_code, this);
    m_codeLabel->setObjectName(QStringLiteral("shareCodeText"));
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.15);
    m_codeLabel->setFont(mono);
    m_codeLabel->setFrameShape(QFrame::StyledPanel);
    m_codeLabel->setMargin(fontMetrics().height() / 2);
    m_codeLabel->setAlignment(Qt::AlignCenter);

    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyCodeButton"));
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &ShareBudgetDialog::copyCode);
    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("copiedNote"));
    m_copied->setWordWrap(true);
    m_copied->hide();
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addWidget(m_copied, 1);
    copyRow->addStretch(0);

    m_qr = new QrCodeWidget(this);
    m_qr->setCode(crypto::QrCode::encode(m_code, crypto::QrCode::ErrorCorrection::Medium));
    // Large enough for a phone camera at arm's length; fixed so the dialog stays compact.
    const int qrSide = std::max(m_qr->sizeHint().width(), fontMetrics().height() * 14);
    m_qr->setFixedSize(qrSide, qrSide);

    m_instructions = new QLabel(this);
    m_instructions->setWordWrap(true);

    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto* closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(warningRow);
    layout->addWidget(m_instructions);
    layout->addWidget(m_codeLabel);
    layout->addLayout(copyRow);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addLayout(closeRow);

    retranslateUi();
}

ShareBudgetDialog::~ShareBudgetDialog()
{
    m_codeLabel->clear();
    m_code.fill(QLatin1Char('0'));
}

void ShareBudgetDialog::setBudgetName(const QString& name)
{
    m_budgetName = name;
    retranslateUi();
}

QString ShareBudgetDialog::codeText() const
{
    return m_codeLabel->text();
}

void ShareBudgetDialog::copyCode()
{
    if (!m_clipboard)
        return;
    m_clipboard->copy(m_code);
    m_copied->setText(tr("Copied. The clipboard is cleared in %1 seconds unless you copy something else.")
                          .arg(m_clipboard->clearAfter() / 1000));
    m_copied->show();
}

void ShareBudgetDialog::retranslateUi()
{
    setWindowTitle(tr("Share Budget"));
    m_title->setText(m_budgetName.isEmpty() ? tr("Share this budget") : tr("Share “%1”").arg(m_budgetName));
    m_warning->setText(tr("Anyone who has this code can read and change this budget. Share it only with "
                          "your own devices or people you trust, and never by email or chat you do not "
                          "control."));
    m_instructions->setText(tr("On your other device choose Sync → Set Up Sync… → Join a budget with a "
                               "share code, then scan the QR code or type the code."));
    m_codeLabel->setAccessibleName(tr("Share code"));
    m_copy->setText(tr("&Copy Code"));
    m_copy->setEnabled(m_clipboard != nullptr);
    m_close->setText(tr("&Close"));
}

void ShareBudgetDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace vv::ui
