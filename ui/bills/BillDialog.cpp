#include "bills/BillDialog.h"

#include "bills/BillModel.h"
#include "budget/Budget.h"
#include "envelopes/EnvelopeFormFields.h"
#include "workspace/BudgetEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vv::ui {

using vv::budget::Frequency;

namespace {
constexpr Frequency Frequencies[] = { Frequency::Weekly, Frequency::Biweekly, Frequency::Monthly, Frequency::Yearly };
}

BillDialog::BillDialog(BudgetEditor& editor, const vv::budget::Bill* existing, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("billDialog"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_payee = new QLineEdit(this);
    m_payee->setObjectName(QStringLiteral("payeeEdit"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_envelope = new QComboBox(this);
    m_envelope->setObjectName(QStringLiteral("envelopeCombo"));
    m_envelope->addItem(QString(), QString()); // "Choose an envelope…"
    for (const vv::budget::Envelope& e : editor.budget().envelopes(false))
        m_envelope->addItem(e.name, e.id);
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("frequencyCombo"));
    for (const Frequency f : Frequencies)
        m_frequency->addItem(QString(), static_cast<int>(f));
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_nextDue = new QDateEdit(this);
    m_nextDue->setObjectName(QStringLiteral("nextDueEdit"));
    m_nextDue->setCalendarPopup(true);
    for (QDateEdit* edit : { m_start, m_nextDue })
        edit->setDisplayFormat(editor.locale().dateFormat(QLocale::ShortFormat));
    m_anchorHint = new QLabel(this);
    m_anchorHint->setObjectName(QStringLiteral("anchorHint"));
    m_anchorHint->setWordWrap(true);
    m_anchorHint->setForegroundRole(QPalette::PlaceholderText);
    m_error = envelopefields::messageLabel(this, QStringLiteral("errorLabel"), true);
    m_buttons = envelopefields::okCancelButtons(this, QString(), [this] { return problem().isEmpty(); });

    auto* form = new QFormLayout;
    const auto row = [this, form](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    };
    row(m_name);
    row(m_payee);
    row(m_amount);
    row(m_envelope);
    row(m_frequency);
    row(m_start);
    form->addRow(QString(), m_anchorHint);
    row(m_nextDue);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (existing) {
        m_billId = existing->id;
        m_name->setText(existing->name);
        m_payee->setText(existing->payee == existing->name ? QString() : existing->payee);
        m_amount->setText(m_editor.formatMoney(existing->amount));
        if (m_envelope->findData(existing->envelopeId) < 0) {
            // Archived envelopes are not offered for new bills, but an existing bill keeps its own.
            if (const auto archived = editor.budget().envelope(existing->envelopeId))
                m_envelope->addItem(archived->name, archived->id);
        }
        m_envelope->setCurrentIndex(std::max(0, m_envelope->findData(existing->envelopeId)));
        m_frequency->setCurrentIndex(std::max(0, m_frequency->findData(static_cast<int>(existing->frequency))));
        m_start->setDate(existing->startDate.isValid() ? existing->startDate : existing->nextDue);
        m_nextDue->setDate(existing->nextDue.isValid() ? existing->nextDue : m_start->date());
    } else {
        m_frequency->setCurrentIndex(m_frequency->findData(static_cast<int>(Frequency::Monthly)));
        m_start->setDate(editor.today());
        m_nextDue->setDate(editor.today());
    }
    // Only an existing bill has a next due date apart from its anchor.
    m_nextDue->setVisible(isEditing());
    form->labelForField(m_nextDue)->setVisible(isEditing());

    for (QLineEdit* edit : { m_name, m_payee, m_amount })
        connect(edit, &QLineEdit::textChanged, this, &BillDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& name) { m_payee->setPlaceholderText(name); });
    connect(m_envelope, &QComboBox::currentIndexChanged, this, &BillDialog::validate);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &BillDialog::updateAnchorHint);
    connect(m_start, &QDateEdit::dateChanged, this, &BillDialog::updateAnchorHint);
    connect(m_start, &QDateEdit::dateChanged, this, &BillDialog::validate);
    connect(m_nextDue, &QDateEdit::dateChanged, this, &BillDialog::validate);

    m_payee->setPlaceholderText(m_name->text());
    setMinimumWidth(fontMetrics().averageCharWidth() * 60); // room for the wrapped hints
    retranslateUi();
    validate();
    m_name->setFocus();
}

BillDialog::~BillDialog() = default;

vv::budget::Bill BillDialog::bill() const
{
    vv::budget::Bill b;
    b.id = m_billId;
    b.name = m_name->text().trimmed();
    b.payee = m_payee->text().trimmed().isEmpty() ? b.name : m_payee->text().trimmed();
    b.amount = m_editor.parseMoney(m_amount->text()).value_or(0);
    b.envelopeId = m_envelope->currentData().toString();
    b.frequency = static_cast<Frequency>(m_frequency->currentData().toInt());
    b.startDate = m_start->date();
    b.nextDue = isEditing() ? m_nextDue->date() : m_start->date();
    return b;
}

QString BillDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the bill a name.");
    if (m_amount->text().trimmed().isEmpty())
        return tr("Enter the amount you pay each time.");
    const std::optional<qint64> amount = m_editor.parseMoney(m_amount->text());
    if (!amount)
        return tr("“%1” is not an amount.").arg(m_amount->text().trimmed());
    if (*amount <= 0)
        return tr("The amount must be more than zero.");
    if (m_envelope->count() <= 1)
        return tr("Create an envelope first: a bill is paid from an envelope.");
    if (m_envelope->currentData().toString().isEmpty())
        return tr("Choose the envelope the bill is paid from.");
    if (!m_start->date().isValid())
        return tr("Choose the first due date.");
    if (isEditing() && m_nextDue->date() < m_start->date())
        return tr("The next due date cannot be before the first due date.");
    return {};
}

void BillDialog::validate()
{
    const QString why = problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void BillDialog::updateAnchorHint()
{
    const auto f = static_cast<Frequency>(m_frequency->currentData().toInt());
    const int day = m_start->date().day();
    // Monthly/yearly schedules keep their anchor day: say what happens in shorter months.
    const bool clamps = (f == Frequency::Monthly && day > 28)
        || (f == Frequency::Yearly && m_start->date().month() == 2 && day == 29);
    if (!clamps) {
        m_anchorHint->clear();
        m_anchorHint->setVisible(false);
        return;
    }
    m_anchorHint->setText(f == Frequency::Yearly
            ? tr("In years without February 29 the bill is due on February 28.")
            : tr("In months without day %1 the bill is due on the last day of the month.").arg(day));
    m_anchorHint->setVisible(true);
}

void BillDialog::retranslateUi()
{
    setWindowTitle(isEditing() ? tr("Edit Bill") : tr("New Bill"));
    const QStringList labels { tr("&Name:"), tr("&Payee:"), tr("&Amount:"), tr("&Envelope:"), tr("&Frequency:"),
        tr("F&irst due date:"), tr("Ne&xt due date:") };
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_name->setPlaceholderText(tr("Rent, phone, streaming…"));
    m_amount->setPlaceholderText(m_editor.formatMoney(0));
    m_envelope->setItemText(0, tr("Choose an envelope…"));
    for (int i = 0; i < m_frequency->count(); ++i)
        m_frequency->setItemText(i, BillModel::frequencyText(static_cast<Frequency>(m_frequency->itemData(i).toInt())));
    m_start->setToolTip(tr("The day the schedule is counted from. A bill on the 31st is due on the last day of "
                           "shorter months (February 28 or 29), and on the 31st again when the month has one."));
    m_nextDue->setToolTip(tr("When the next payment is due; paying the bill moves it to the following date."));
    m_payee->setToolTip(tr("Who is paid; the bill's name when left empty."));
    updateAnchorHint();
    validate();
}

void BillDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace vv::ui
