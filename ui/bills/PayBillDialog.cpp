#include "bills/PayBillDialog.h"

#include "envelopes/EnvelopeFormFields.h"
#include "workspace/BudgetEditor.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

PayBillDialog::PayBillDialog(BudgetEditor& editor, const vv::budget::Bill& bill, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_bill(bill)
{
    setObjectName(QStringLiteral("payBillDialog"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("billSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_paidOn = new QDateEdit(this);
    m_paidOn->setObjectName(QStringLiteral("paidOnEdit"));
    m_paidOn->setCalendarPopup(true);
    m_paidOn->setDisplayFormat(editor.locale().dateFormat(QLocale::ShortFormat));
    m_paidOn->setDate(bill.nextDue.isValid() ? bill.nextDue : editor.today());
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amount->setText(editor.formatMoney(bill.amount));
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextDueHint"));
    m_next->setWordWrap(true);
    m_error = envelopefields::messageLabel(this, QStringLiteral("errorLabel"), true);
    // The OK text ("Pay") is set in retranslateUi().
    m_buttons = envelopefields::okCancelButtons(this, QString(), [this] { return problem().isEmpty(); });

    m_paidOnLabel = new QLabel(this);
    m_paidOnLabel->setBuddy(m_paidOn);
    m_amountLabel = new QLabel(this);
    m_amountLabel->setBuddy(m_amount);
    auto* form = new QFormLayout;
    form->addRow(m_paidOnLabel, m_paidOn);
    form->addRow(m_amountLabel, m_amount);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_next);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &PayBillDialog::validate);
    connect(m_paidOn, &QDateEdit::dateChanged, this, &PayBillDialog::validate);
    setMinimumWidth(fontMetrics().averageCharWidth() * 55);
    retranslateUi();
    m_amount->setFocus();
    m_amount->selectAll();
}

PayBillDialog::~PayBillDialog() = default;

QDate PayBillDialog::paidOn() const
{
    return m_paidOn->date();
}

std::optional<qint64> PayBillDialog::amount() const
{
    const std::optional<qint64> value = m_editor.parseMoney(m_amount->text());
    if (!value || *value <= 0)
        return std::nullopt;
    return value;
}

QString PayBillDialog::problem() const
{
    if (m_amount->text().trimmed().isEmpty())
        return tr("Enter the amount paid.");
    const std::optional<qint64> value = m_editor.parseMoney(m_amount->text());
    if (!value)
        return tr("“%1” is not an amount.").arg(m_amount->text().trimmed());
    if (*value <= 0)
        return tr("The amount must be more than zero.");
    if (!m_paidOn->date().isValid())
        return tr("Choose the date paid.");
    return {};
}

void PayBillDialog::validate()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void PayBillDialog::retranslateUi()
{
    setWindowTitle(tr("Pay Bill"));
    const QString payee = m_bill.payee.isEmpty() ? m_bill.name : m_bill.payee;
    const QString envelope = m_editor.envelopeName(m_bill.envelopeId);
    const QString dueText = m_editor.formatDate(m_bill.nextDue);
    m_summary->setText(payee == m_bill.name
            ? tr("%1 from %2, due %3.").arg(m_bill.name, envelope, dueText)
            : tr("%1 to %2 from %3, due %4.").arg(m_bill.name, payee, envelope, dueText));
    m_paidOnLabel->setText(tr("&Date paid:"));
    m_amountLabel->setText(tr("&Amount:"));
    m_amount->setToolTip(tr("Change it when this payment differs from the usual amount."));
    const QDate due = m_bill.nextDue.isValid() ? m_bill.nextDue : m_bill.startDate;
    const QDate next
        = vv::budget::Recurrence::nextAfter(m_bill.startDate.isValid() ? m_bill.startDate : due, m_bill.frequency, due);
    m_next->setText(next.isValid() ? tr("The expense is recorded in %1 and the next due date moves to %2.")
                                         .arg(m_editor.envelopeName(m_bill.envelopeId), m_editor.formatDate(next))
                                   : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Pay"));
    validate();
}

void PayBillDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace vv::ui
