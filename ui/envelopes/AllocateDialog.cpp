#include "envelopes/AllocateDialog.h"

#include "budget/Budget.h"
#include "envelopes/EnvelopeFormFields.h"
#include "workspace/BudgetEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

namespace fields = envelopefields;

AllocateDialog::AllocateDialog(
    BudgetEditor& editor, const QString& envelopeId, vv::budget::Month month, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("allocateDialog"));
    setWindowTitle(tr("Allocate"));

    m_envelope = new QComboBox(this);
    m_envelope->setObjectName(QStringLiteral("envelopeCombo"));
    fields::fillEnvelopes(m_envelope, editor, false, envelopeId);
    fields::selectId(m_envelope, envelopeId);
    m_amount = fields::amountEdit(this, editor);
    m_month = fields::monthEdit(this, month);
    m_unassigned = fields::messageLabel(this, QStringLiteral("unassignedLabel"), false);
    m_warning = fields::messageLabel(this, QStringLiteral("warningLabel"), true);
    m_error = fields::messageLabel(this, QStringLiteral("errorLabel"), true);

    m_buttons = fields::okCancelButtons(this, tr("&Allocate"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Envelope:"), m_envelope);
    form->addRow(tr("A&mount:"), m_amount);
    form->addRow(tr("M&onth:"), m_month);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_unassigned);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &AllocateDialog::refresh);
    connect(m_envelope, &QComboBox::currentIndexChanged, this, &AllocateDialog::refresh);
    // Another device's allocation may change what is unassigned while the dialog is open.
    fields::refreshOnBalanceChange(this, editor, [this] { refresh(); });
    m_amount->setFocus();
    refresh();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

AllocateDialog::~AllocateDialog() = default;

QString AllocateDialog::envelopeId() const
{
    return m_envelope->currentData().toString();
}

QString AllocateDialog::problem() const
{
    if (m_envelope->currentIndex() < 0)
        return tr("Create an envelope first.");
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the amount to allocate.");
    const std::optional<qint64> amount = m_editor.parseMoney(text);
    if (!amount)
        return tr("“%1” is not an amount.").arg(text);
    if (*amount <= 0)
        return tr("Enter an amount greater than zero.");
    return {};
}

QString AllocateDialog::unassignedText() const
{
    return m_unassigned->text();
}

QString AllocateDialog::warningText() const
{
    return m_warning->text();
}

void AllocateDialog::refresh()
{
    const qint64 unassigned = m_editor.budget().unassigned();
    const QString why = problem();
    const qint64 amount = why.isEmpty() ? m_editor.parseMoney(m_amount->text()).value_or(0) : 0;
    if (amount > 0) {
        m_unassigned->setText(tr("Unassigned: %1 → %2 after")
                                  .arg(m_editor.formatMoney(unassigned), m_editor.formatMoney(unassigned - amount)));
    } else {
        m_unassigned->setText(tr("Unassigned: %1").arg(m_editor.formatMoney(unassigned)));
    }
    // Allowed, but said plainly: the budget then assigns money it does not have.
    m_warning->setText(unassigned - amount < 0 && amount > 0
            ? tr("This assigns %1 more than is unassigned; unassigned cash will be negative.")
                  .arg(m_editor.formatMoney(amount - std::max<qint64>(unassigned, 0)))
            : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
    m_error->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void AllocateDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_error->setText(why);
        return;
    }
    const vv::budget::Change change = m_editor.budget().allocate(
        envelopeId(), m_editor.parseMoney(m_amount->text()).value_or(0), fields::monthOf(m_month));
    if (!change.isValid()) {
        m_error->setText(change.error);
        return;
    }
    if (!m_editor.apply(change)) {
        m_error->setText(m_editor.lastError());
        return;
    }
    QDialog::accept();
}

} // namespace vv::ui
