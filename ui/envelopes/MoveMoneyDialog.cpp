#include "envelopes/MoveMoneyDialog.h"

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

MoveMoneyDialog::MoveMoneyDialog(
    BudgetEditor& editor, const QString& fromEnvelopeId, vv::budget::Month month, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("moveMoneyDialog"));
    setWindowTitle(tr("Move Money"));

    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fromCombo"));
    fields::fillEnvelopes(m_from, editor, true, fromEnvelopeId);
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("toCombo"));
    fields::fillEnvelopes(m_to, editor, true, fromEnvelopeId);
    if (!fromEnvelopeId.isEmpty())
        fields::selectId(m_from, fromEnvelopeId);
    // Preselect the first envelope other than the source.
    for (int i = 0; i < m_to->count(); ++i) {
        const QString id = m_to->itemData(i).toString();
        if (!id.isEmpty() && id != fromId()) {
            m_to->setCurrentIndex(i);
            break;
        }
    }
    m_amount = fields::amountEdit(this, editor);
    m_month = fields::monthEdit(this, month);
    m_fromBalance = fields::messageLabel(this, QStringLiteral("fromBalanceLabel"), false);
    m_toBalance = fields::messageLabel(this, QStringLiteral("toBalanceLabel"), false);
    m_error = fields::messageLabel(this, QStringLiteral("errorLabel"), true);

    m_buttons = fields::okCancelButtons(this, tr("&Move"));

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(QString(), m_fromBalance);
    form->addRow(tr("&To:"), m_to);
    form->addRow(QString(), m_toBalance);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("M&onth:"), m_month);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &MoveMoneyDialog::refresh);
    connect(m_from, &QComboBox::currentIndexChanged, this, &MoveMoneyDialog::refresh);
    connect(m_to, &QComboBox::currentIndexChanged, this, &MoveMoneyDialog::refresh);
    fields::refreshOnBalanceChange(this, editor, [this] { refresh(); });
    m_amount->setFocus();
    refresh();
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
}

MoveMoneyDialog::~MoveMoneyDialog() = default;

QString MoveMoneyDialog::fromId() const
{
    return m_from->currentData().toString();
}

QString MoveMoneyDialog::toId() const
{
    return m_to->currentData().toString();
}

qint64 MoveMoneyDialog::balanceOf(const QString& id) const
{
    return id.isEmpty() ? m_editor.budget().unassigned() : m_editor.budget().envelopeBalance(id);
}

QString MoveMoneyDialog::problem() const
{
    if (m_from->currentIndex() < 0 || m_to->currentIndex() < 0)
        return tr("Choose where the money comes from and where it goes.");
    if (fromId() == toId())
        return tr("Choose two different envelopes.");
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the amount to move.");
    const std::optional<qint64> amount = m_editor.parseMoney(text);
    if (!amount)
        return tr("“%1” is not an amount.").arg(text);
    if (*amount <= 0)
        return tr("Enter an amount greater than zero.");
    return {};
}

QString MoveMoneyDialog::errorText() const
{
    return m_error->text();
}

QString MoveMoneyDialog::fromBalanceText() const
{
    return m_fromBalance->text();
}

QString MoveMoneyDialog::toBalanceText() const
{
    return m_toBalance->text();
}

void MoveMoneyDialog::refresh()
{
    const QString why = problem();
    const qint64 amount = why.isEmpty() ? m_editor.parseMoney(m_amount->text()).value_or(0) : 0;
    const auto line = [this](QLabel* label, qint64 before, qint64 after) {
        label->setText(before == after ? m_editor.formatMoney(before)
                                       : tr("%1 → %2").arg(m_editor.formatMoney(before), m_editor.formatMoney(after)));
        QPalette palette = label->palette();
        palette.setColor(
            QPalette::WindowText, after < 0 ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::WindowText));
        label->setPalette(palette);
    };
    if (m_from->currentIndex() >= 0) {
        const qint64 from = balanceOf(fromId());
        line(m_fromBalance, from, from - amount);
    }
    if (m_to->currentIndex() >= 0) {
        const qint64 to = balanceOf(toId());
        line(m_toBalance, to, to + amount);
    }
    m_error->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void MoveMoneyDialog::accept()
{
    const std::optional<qint64> amount = m_editor.parseMoney(m_amount->text());
    // Planned even when the inputs look wrong: the domain's refusal is what is shown then.
    const vv::budget::Change change
        = m_editor.budget().moveMoney(fromId(), toId(), amount.value_or(0), fields::monthOf(m_month));
    if (!change.isValid()) {
        m_error->setText(change.error);
        return;
    }
    const QString why = problem();
    if (!why.isEmpty()) {
        m_error->setText(why);
        return;
    }
    if (!m_editor.apply(change)) {
        m_error->setText(m_editor.lastError());
        return;
    }
    QDialog::accept();
}

} // namespace vv::ui
