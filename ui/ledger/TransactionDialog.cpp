#include "ledger/TransactionDialog.h"

#include "budget/Budget.h"
#include "ledger/SplitLinesEditor.h"
#include "workspace/BudgetEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

namespace vv::ui {

using vv::budget::Transaction;

TransactionDialog::TransactionDialog(BudgetEditor& editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("transactionDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_date = new QDateEdit(m_editor.today(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_dateLabel = new QLabel(this);
    form->addRow(m_dateLabel, m_date);

    m_payee = new QLineEdit(this);
    m_payee->setObjectName(QStringLiteral("payeeEdit"));
    // Known payees: the index interns them, so this is one pass over the rows.
    QSet<QString> payees;
    const auto& index = m_editor.budget().index();
    for (qsizetype i = 0; i < index.rowCount(); ++i)
        if (!index.row(i).payee.isEmpty())
            payees.insert(index.row(i).payee);
    QStringList known(payees.cbegin(), payees.cend());
    known.sort(Qt::CaseInsensitive);
    auto* completer = new QCompleter(known, m_payee);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_payee->setCompleter(completer);
    m_payeeLabel = new QLabel(this);
    form->addRow(m_payeeLabel, m_payee);

    auto* amountRow = new QHBoxLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignRight);
    m_expense = new QRadioButton(this);
    m_expense->setObjectName(QStringLiteral("expenseButton"));
    m_income = new QRadioButton(this);
    m_income->setObjectName(QStringLiteral("incomeButton"));
    m_kind = new QButtonGroup(this);
    m_kind->addButton(m_expense);
    m_kind->addButton(m_income);
    m_expense->setChecked(true);
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_expense);
    amountRow->addWidget(m_income);
    m_amountLabel = new QLabel(this);
    form->addRow(m_amountLabel, amountRow);

    m_envelope = new QComboBox(this);
    m_envelope->setObjectName(QStringLiteral("envelopeCombo"));
    m_envelope->addItem(QString(), QString()); // Unassigned; text set in retranslateUi
    const auto envelopes = m_editor.budget().envelopes(true);
    for (const vv::budget::Envelope& e : envelopes)
        if (!e.archived)
            m_envelope->addItem(e.name, e.id);
    m_envelopeLabel = new QLabel(this);
    form->addRow(m_envelopeLabel, m_envelope);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_noteLabel = new QLabel(this);
    form->addRow(m_noteLabel, m_note);

    m_cleared = new QCheckBox(this);
    m_cleared->setObjectName(QStringLiteral("clearedCheck"));
    form->addRow(QString(), m_cleared);

    m_split = new QCheckBox(this);
    m_split->setObjectName(QStringLiteral("splitCheck"));
    layout->addWidget(m_split);
    m_lines = new SplitLinesEditor(m_editor, this);
    m_lines->setObjectName(QStringLiteral("splitLines"));
    layout->addWidget(m_lines, 1);
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("remainingLabel"));
    m_remaining->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_remaining);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    QPalette warn = m_message->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_message->setPalette(warn);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Mnemonics (Alt+D, Alt+P, …) need buddies; QFormLayout does not set them for our labels.
    m_dateLabel->setBuddy(m_date);
    m_payeeLabel->setBuddy(m_payee);
    m_amountLabel->setBuddy(m_amount);
    m_envelopeLabel->setBuddy(m_envelope);
    m_noteLabel->setBuddy(m_note);

    setTabOrder(m_date, m_payee);
    setTabOrder(m_payee, m_amount);
    setTabOrder(m_amount, m_expense);
    setTabOrder(m_expense, m_income);
    setTabOrder(m_income, m_envelope);
    setTabOrder(m_envelope, m_note);
    setTabOrder(m_note, m_cleared);
    setTabOrder(m_cleared, m_split);

    for (QLineEdit* e : { m_payee, m_amount, m_note })
        connect(e, &QLineEdit::textChanged, this, &TransactionDialog::validate);
    connect(m_envelope, &QComboBox::currentIndexChanged, this, &TransactionDialog::validate);
    connect(m_kind, &QButtonGroup::buttonToggled, this, &TransactionDialog::validate);
    connect(m_lines, &SplitLinesEditor::linesChanged, this, &TransactionDialog::validate);
    connect(m_split, &QCheckBox::toggled, this, &TransactionDialog::setSplitMode);

    retranslateUi();
    setSplitMode(false);
    m_payee->setFocus();
    resize(520, sizeHint().height());
}

TransactionDialog::~TransactionDialog() = default;

void TransactionDialog::setTransaction(const Transaction& t)
{
    m_original = t;
    m_date->setDate(t.date.isValid() ? t.date : m_editor.today());
    m_payee->setText(t.payee);
    (t.amount > 0 ? m_income : m_expense)->setChecked(true);
    m_amount->setText(SplitLinesEditor::editableAmount(m_editor, t.amount < 0 ? -t.amount : t.amount));
    int i = m_envelope->findData(t.envelopeId);
    if (i < 0) {
        // An archived (or unknown) envelope stays choosable when the transaction already uses it.
        m_envelope->addItem(m_editor.envelopeName(t.envelopeId), t.envelopeId);
        i = m_envelope->count() - 1;
    }
    m_envelope->setCurrentIndex(i);
    m_note->setText(t.note);
    m_cleared->setChecked(t.cleared);
    m_lines->setLines(t.splits);
    m_split->setChecked(t.isSplit());
    setSplitMode(t.isSplit());
    retranslateUi();
    validate();
}

int TransactionDialog::sign() const
{
    return m_income->isChecked() ? 1 : -1;
}

std::optional<qint64> TransactionDialog::amount() const
{
    const auto value = m_editor.parseMoney(m_amount->text());
    if (!value || *value <= 0)
        return std::nullopt;
    return value;
}

Transaction TransactionDialog::transaction() const
{
    Transaction t = m_original; // keeps id and fitId when editing
    t.date = m_date->date();
    t.payee = m_payee->text().trimmed();
    t.amount = sign() * amount().value_or(0);
    t.note = m_note->text().trimmed();
    t.cleared = m_cleared->isChecked();
    t.splits.clear();
    if (m_split->isChecked()) {
        t.splits = m_lines->lines(sign()).value_or(QList<vv::budget::SplitLine> {});
        // The transaction's own envelope takes whatever the lines might not cover later
        // (concurrent edits): the first line's envelope is the natural home.
        t.envelopeId = t.splits.isEmpty() ? QString() : t.splits.first().envelopeId;
    } else {
        t.envelopeId = m_envelope->currentData().toString();
    }
    return t;
}

vv::budget::Change TransactionDialog::change() const
{
    const Transaction t = transaction();
    return isNew() ? m_editor.budget().addTransaction(t) : m_editor.budget().updateTransaction(t);
}

void TransactionDialog::setSplitMode(bool split)
{
    m_lines->setVisible(split);
    m_remaining->setVisible(split);
    m_envelope->setEnabled(!split);
    if (split && m_lines->lineCount() == 0) {
        // Start with the whole amount on the chosen envelope and an empty second line.
        const QString envelope = m_envelope->currentData().toString();
        m_lines->addLine(envelope, amount().value_or(0));
        m_lines->addLine();
    }
    validate();
}

void TransactionDialog::validate()
{
    QString problem;
    const QString amountText = m_amount->text().trimmed();
    const auto total = amount();
    if (amountText.isEmpty())
        problem = tr("Enter an amount.");
    else if (!m_editor.parseMoney(amountText))
        problem = tr("Enter the amount as a number, e.g. %1.").arg(SplitLinesEditor::editableAmount(m_editor, 1250));
    else if (!total)
        problem = tr("The amount must be more than zero; choose Expense or Income for its direction.");

    if (m_split->isChecked()) {
        const qint64 remaining = total.value_or(0) - m_lines->typedSum();
        m_remaining->setText(tr("Remaining to assign: %1").arg(m_editor.formatMoney(remaining)));
        if (problem.isEmpty()) {
            QString lineError;
            const auto lines = m_lines->lines(sign(), &lineError);
            if (!lines)
                problem = lineError;
            else if (remaining != 0)
                problem = remaining > 0
                    ? tr("Assign the remaining %1 to a line.").arg(m_editor.formatMoney(remaining))
                    : tr("The lines are %1 more than the amount.").arg(m_editor.formatMoney(-remaining));
            else
                problem = vv::budget::Budget::validateSplits(sign() * *total, *lines);
        }
    } else if (problem.isEmpty() && sign() < 0 && m_envelope->currentData().toString().isEmpty()
        && !(!isNew() && m_original.envelopeId.isEmpty() && m_original.amount < 0)) {
        problem = tr("Choose the envelope this expense is paid from.");
    }
    m_problem = problem;
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void TransactionDialog::retranslateUi()
{
    setWindowTitle(isNew() ? tr("New Transaction") : tr("Edit Transaction"));
    m_dateLabel->setText(tr("&Date:"));
    m_payeeLabel->setText(tr("&Payee:"));
    m_payee->setPlaceholderText(tr("Who was paid, or who paid you"));
    m_amountLabel->setText(tr("&Amount:"));
    m_amount->setPlaceholderText(SplitLinesEditor::editableAmount(m_editor, 0));
    m_expense->setText(tr("E&xpense"));
    m_expense->setToolTip(tr("Money going out"));
    m_income->setText(tr("&Income"));
    m_income->setToolTip(tr("Money coming in"));
    m_envelopeLabel->setText(tr("&Envelope:"));
    m_envelope->setItemText(0, tr("Unassigned"));
    m_envelope->setToolTip(tr("Income can stay unassigned until you allocate it"));
    m_noteLabel->setText(tr("&Note:"));
    m_cleared->setText(tr("C&leared (the bank has it)"));
    m_split->setText(tr("&Split across envelopes"));
    m_split->setToolTip(tr("Divide this transaction between several envelopes"));
    validate();
}

void TransactionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace vv::ui
