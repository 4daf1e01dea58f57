#include "ledger/SplitLinesEditor.h"

#include "budget/Budget.h"
#include "budget/Money.h"
#include "workspace/BudgetEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vv::ui {

namespace {
enum { EnvelopeCol, AmountCol, NoteCol };
}

SplitLinesEditor::SplitLinesEditor(BudgetEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("splitTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(EnvelopeCol, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AmountCol, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);
    layout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addLineButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeLineButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addLine(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        removeLine(row >= 0 ? row : m_table->rowCount() - 1);
    });
    retranslateUi();
    updateButtons();
}

SplitLinesEditor::~SplitLinesEditor() = default;

QString SplitLinesEditor::editableAmount(const BudgetEditor& editor, qint64 minor)
{
    // Exact (no floating point), with the locale's decimal separator and no grouping.
    QString text = vv::budget::Money::toPlain(minor, editor.decimals());
    const int dot = static_cast<int>(text.indexOf(QLatin1Char('.')));
    if (dot >= 0)
        text.replace(dot, 1, editor.locale().decimalPoint());
    return text;
}

int SplitLinesEditor::lineCount() const
{
    return m_table->rowCount();
}

void SplitLinesEditor::addLine(const QString& envelopeId, qint64 positiveAmount, const QString& note)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_lineIds.append(QString());

    auto* envelope = new QComboBox(m_table);
    envelope->setObjectName(QStringLiteral("lineEnvelope%1").arg(row));
    const auto envelopes = m_editor.budget().envelopes(true);
    for (const vv::budget::Envelope& e : envelopes)
        if (!e.archived || e.id == envelopeId) // archived only when already chosen
            envelope->addItem(e.name, e.id);
    envelope->addItem(tr("Unassigned"), QString());
    const int chosen = envelope->findData(envelopeId);
    envelope->setCurrentIndex(envelopeId.isEmpty() && row < envelope->count() - 1 ? row : qMax(chosen, 0));
    m_table->setCellWidget(row, EnvelopeCol, envelope);

    auto* amount = new QLineEdit(m_table);
    amount->setObjectName(QStringLiteral("lineAmount%1").arg(row));
    amount->setAlignment(Qt::AlignRight);
    amount->setPlaceholderText(editableAmount(m_editor, 0));
    if (positiveAmount != 0)
        amount->setText(editableAmount(m_editor, positiveAmount));
    m_table->setCellWidget(row, AmountCol, amount);

    auto* noteEdit = new QLineEdit(note, m_table);
    noteEdit->setObjectName(QStringLiteral("lineNote%1").arg(row));
    m_table->setCellWidget(row, NoteCol, noteEdit);

    connect(envelope, &QComboBox::currentIndexChanged, this, &SplitLinesEditor::linesChanged);
    connect(amount, &QLineEdit::textChanged, this, &SplitLinesEditor::linesChanged);
    connect(noteEdit, &QLineEdit::textChanged, this, &SplitLinesEditor::linesChanged);
    updateButtons();
    Q_EMIT linesChanged();
}

void SplitLinesEditor::removeLine(int line)
{
    if (line < 0 || line >= m_table->rowCount())
        return;
    m_table->removeRow(line);
    m_lineIds.removeAt(line);
    updateButtons();
    Q_EMIT linesChanged();
}

void SplitLinesEditor::clearLines()
{
    m_table->setRowCount(0);
    m_lineIds.clear();
    updateButtons();
    Q_EMIT linesChanged();
}

std::optional<QList<vv::budget::SplitLine>> SplitLinesEditor::lines(int sign, QString* error) const
{
    QList<vv::budget::SplitLine> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* envelope = qobject_cast<QComboBox*>(m_table->cellWidget(row, EnvelopeCol));
        const auto* amount = qobject_cast<QLineEdit*>(m_table->cellWidget(row, AmountCol));
        const auto* note = qobject_cast<QLineEdit*>(m_table->cellWidget(row, NoteCol));
        const auto value = m_editor.parseMoney(amount->text());
        if (!value || *value < 0) {
            if (error)
                *error = amount->text().trimmed().isEmpty()
                    ? tr("Line %1 has no amount.").arg(row + 1)
                    : tr("Line %1: enter the amount as a positive number, e.g. 12.50.").arg(row + 1);
            return std::nullopt;
        }
        vv::budget::SplitLine line;
        line.id = m_lineIds.value(row);
        line.envelopeId = envelope->currentData().toString();
        line.amount = sign * *value;
        line.note = note->text().trimmed();
        out.append(line);
    }
    return out;
}

void SplitLinesEditor::setLines(const QList<vv::budget::SplitLine>& lines)
{
    QSignalBlocker block(this);
    clearLines();
    for (const vv::budget::SplitLine& line : lines) {
        addLine(line.envelopeId, line.amount < 0 ? -line.amount : line.amount, line.note);
        m_lineIds.last() = line.id;
    }
    block.unblock();
    Q_EMIT linesChanged();
}

qint64 SplitLinesEditor::typedSum() const
{
    qint64 sum = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* amount = qobject_cast<QLineEdit*>(m_table->cellWidget(row, AmountCol));
        sum += m_editor.parseMoney(amount->text()).value_or(0);
    }
    return sum;
}

void SplitLinesEditor::updateButtons()
{
    m_remove->setEnabled(m_table->rowCount() > 0);
}

void SplitLinesEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({ tr("Envelope"), tr("Amount"), tr("Note") });
    m_add->setText(tr("&Add Line"));
    m_add->setToolTip(tr("Add another envelope to this split"));
    m_remove->setText(tr("&Remove Line"));
    m_remove->setToolTip(tr("Remove the selected line"));
}

void SplitLinesEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace vv::ui
