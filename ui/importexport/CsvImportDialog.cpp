#include "importexport/CsvImportDialog.h"

#include "budget/Budget.h"
#include "importexport/CsvMappingGuess.h"
#include "workspace/BudgetEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vv::ui {

using vv::budget::CsvMapping;
using vv::budget::ImportPreview;

namespace {
const QString Comma = QStringLiteral(",");
const QString Semicolon = QStringLiteral(";");
const QString Tab = QStringLiteral("\t");

// A row with a real label (QFormLayout makes none for an empty text), the buddy for its mnemonic.
void addLabelledRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

void setLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
        label->setText(text);
}
} // namespace

CsvImportDialog::CsvImportDialog(BudgetEditor& editor, const QString& fileName, QByteArray data, QWidget* parent)
    : BankImportDialog(editor, fileName, std::move(data), parent)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    buildUi();
    const CsvGuess guess = CsvMappingGuess::guess(this->data(), editor.today());
    m_detectedDelimiter = guess.mapping.delimiter;
    m_latin1 = guess.latin1;
    m_records = CsvMappingGuess::records(this->data(), m_detectedDelimiter);
    m_columnNames = guess.columnNames;
    m_dateFound = guess.dateFormatFound;
    m_dateAmbiguous = guess.dateFormatAmbiguous;
    applyGuess(guess.mapping); // the delimiter stays on "Detect": it shows what was found
    retranslateUi();
    refreshPreview();
}

CsvImportDialog::~CsvImportDialog() = default;

void CsvImportDialog::buildUi()
{
    auto* row = new QHBoxLayout;
    m_formatBox = new QGroupBox(this);
    m_formatForm = new QFormLayout(m_formatBox);
    m_delimiter = new QComboBox(m_formatBox);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    for (int i = 0; i < 4; ++i)
        m_delimiter->addItem(QString(), QStringList { QString(), Comma, Semicolon, Tab }.at(i));
    addLabelledRow(m_formatForm, m_delimiter);
    m_header = new QCheckBox(m_formatBox);
    m_header->setObjectName(QStringLiteral("headerCheck"));
    m_formatForm->addRow(m_header);
    m_skip = new QSpinBox(m_formatBox);
    m_skip->setObjectName(QStringLiteral("skipLinesSpin"));
    m_skip->setRange(0, 50);
    addLabelledRow(m_formatForm, m_skip);
    m_dateFormat = new QComboBox(m_formatBox);
    m_dateFormat->setObjectName(QStringLiteral("dateFormatCombo"));
    m_dateFormat->setEditable(true);
    m_dateFormat->setInsertPolicy(QComboBox::NoInsert);
    m_dateFormat->addItems(CsvMappingGuess::dateFormats());
    addLabelledRow(m_formatForm, m_dateFormat);
    m_dateHint = new QLabel(m_formatBox);
    m_dateHint->setObjectName(QStringLiteral("dateFormatHint"));
    m_dateHint->setWordWrap(true);
    m_formatForm->addRow(m_dateHint);
    m_decimalComma = new QCheckBox(m_formatBox);
    m_decimalComma->setObjectName(QStringLiteral("decimalCommaCheck"));
    m_formatForm->addRow(m_decimalComma);
    m_thousands = new QComboBox(m_formatBox);
    m_thousands->setObjectName(QStringLiteral("thousandsCombo"));
    for (const QString& sep : { QString(), Comma, QStringLiteral("."), QStringLiteral(" "), QStringLiteral("'") })
        m_thousands->addItem(QString(), sep);
    addLabelledRow(m_formatForm, m_thousands);
    m_encoding = new QLabel(m_formatBox);
    m_encoding->setObjectName(QStringLiteral("encodingLabel"));
    m_encoding->setWordWrap(true);
    m_formatForm->addRow(m_encoding);
    row->addWidget(m_formatBox, 1);

    m_columnsBox = new QGroupBox(this);
    m_columnsForm = new QFormLayout(m_columnsBox);
    m_singleAmount = new QRadioButton(m_columnsBox);
    m_singleAmount->setObjectName(QStringLiteral("singleAmountRadio"));
    m_debitCredit = new QRadioButton(m_columnsBox);
    m_debitCredit->setObjectName(QStringLiteral("debitCreditRadio"));
    auto* modes = new QButtonGroup(m_columnsBox);
    modes->addButton(m_singleAmount);
    modes->addButton(m_debitCredit);
    m_singleAmount->setChecked(true);
    m_columnsForm->addRow(m_singleAmount);
    m_columnsForm->addRow(m_debitCredit);
    auto makeCombo = [this](const char* name) {
        auto* combo = new QComboBox(m_columnsBox);
        combo->setObjectName(QString::fromLatin1(name));
        addLabelledRow(m_columnsForm, combo);
        return combo;
    };
    m_dateColumn = makeCombo("dateColumnCombo");
    m_amountColumn = makeCombo("amountColumnCombo");
    m_debitColumn = makeCombo("debitColumnCombo");
    m_creditColumn = makeCombo("creditColumnCombo");
    m_payeeColumn = makeCombo("payeeColumnCombo");
    m_memoColumn = makeCombo("memoColumnCombo");
    row->addWidget(m_columnsBox, 1);
    settingsLayout()->addLayout(row);

    // Settings that change which rows and columns there are.
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] { onStructureChanged(true); });
    connect(m_skip, &QSpinBox::valueChanged, this, [this] { onStructureChanged(true); });
    connect(m_header, &QCheckBox::toggled, this, [this] { onStructureChanged(false); });
    // Settings that only change how the same cells are read.
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, [this] {
        if (!m_updating)
            updateDateHint(true, false);
        schedulePreview();
    });
    connect(m_decimalComma, &QCheckBox::toggled, this, &CsvImportDialog::schedulePreview);
    connect(m_thousands, &QComboBox::currentIndexChanged, this, &CsvImportDialog::schedulePreview);
    connect(m_singleAmount, &QRadioButton::toggled, this, [this] {
        updateAmountMode();
        onAmountColumnsChanged();
    });
    connect(m_dateColumn, &QComboBox::currentIndexChanged, this, &CsvImportDialog::onDateColumnChanged);
    for (QComboBox* c : { m_amountColumn, m_debitColumn, m_creditColumn })
        connect(c, &QComboBox::currentIndexChanged, this, &CsvImportDialog::onAmountColumnsChanged);
    for (QComboBox* c : { m_payeeColumn, m_memoColumn })
        connect(c, &QComboBox::currentIndexChanged, this, &CsvImportDialog::schedulePreview);
}

void CsvImportDialog::applyGuess(const CsvMapping& m)
{
    m_updating = true;
    m_header->setChecked(m.hasHeader);
    m_skip->setValue(m.skipLines);
    fillColumnCombos();
    setColumn(m_dateColumn, m.dateColumn);
    setColumn(m_amountColumn, m.amountColumn);
    setColumn(m_debitColumn, m.debitColumn);
    setColumn(m_creditColumn, m.creditColumn);
    setColumn(m_payeeColumn, m.payeeColumn);
    setColumn(m_memoColumn, m.memoColumn);
    const bool split = m.amountColumn < 0 && (m.debitColumn >= 0 || m.creditColumn >= 0);
    (split ? m_debitCredit : m_singleAmount)->setChecked(true);
    m_dateFormat->setCurrentText(m.dateFormat);
    m_decimalComma->setChecked(m.decimalSeparator == QLatin1Char(','));
    const int t = m_thousands->findData(m.thousandsSeparator.isNull() ? QString() : QString(m.thousandsSeparator));
    m_thousands->setCurrentIndex(std::max(t, 0));
    updateAmountMode();
    updateDateHint(m_dateFound, m_dateAmbiguous);
    m_updating = false;
}

void CsvImportDialog::fillColumnCombos()
{
    const bool was = m_updating;
    m_updating = true;
    for (QComboBox* c : { m_dateColumn, m_amountColumn, m_debitColumn, m_creditColumn, m_payeeColumn, m_memoColumn }) {
        const int current = column(c);
        const QSignalBlocker block(c);
        c->clear();
        if (c != m_dateColumn && c != m_amountColumn)
            c->addItem(tr("(None)"), -1);
        for (int i = 0; i < m_columnNames.size(); ++i)
            c->addItem(m_columnNames.at(i), i);
        setColumn(c, current);
    }
    m_updating = was;
}

void CsvImportDialog::setColumn(QComboBox* combo, int column)
{
    const int i = combo->findData(column);
    combo->setCurrentIndex(i >= 0 ? i : (combo->count() > 0 ? 0 : -1));
}

int CsvImportDialog::column(const QComboBox* combo)
{
    return combo->currentIndex() < 0 ? -1 : combo->currentData().toInt();
}

QChar CsvImportDialog::chosenDelimiter() const
{
    const QString d = m_delimiter->currentData().toString();
    return d.isEmpty() ? m_detectedDelimiter : d.front();
}

void CsvImportDialog::onStructureChanged(bool reguessColumns)
{
    if (m_updating)
        return;
    m_records = CsvMappingGuess::records(data(), chosenDelimiter());
    CsvGuess g;
    g.mapping = mapping();
    CsvMappingGuess::guessColumns(m_records, g, editor().today());
    m_columnNames = g.columnNames;
    if (reguessColumns) {
        // Other columns: start again from what their names and values say.
        m_dateFound = g.dateFormatFound;
        m_dateAmbiguous = g.dateFormatAmbiguous;
        applyGuess(g.mapping);
    } else {
        fillColumnCombos(); // same columns, other names ("Column 1" vs the header)
    }
    schedulePreview();
}

void CsvImportDialog::onDateColumnChanged()
{
    if (m_updating)
        return;
    // A different column may be written differently: read its format from its values.
    const CsvMapping m = mapping();
    QStringList values;
    for (qsizetype i = m.skipLines + (m.hasHeader ? 1 : 0); i < m_records.size() && values.size() < 200; ++i) {
        const QString v = m_records.at(i).fields.value(m.dateColumn).trimmed();
        if (!v.isEmpty())
            values.append(v);
    }
    bool ambiguous = false;
    const QString format = CsvMappingGuess::detectDateFormat(values, editor().today(), &ambiguous);
    m_updating = true;
    if (!format.isEmpty())
        m_dateFormat->setCurrentText(format);
    m_updating = false;
    m_dateFound = !format.isEmpty();
    m_dateAmbiguous = ambiguous;
    updateDateHint(m_dateFound, m_dateAmbiguous);
    schedulePreview();
}

void CsvImportDialog::onAmountColumnsChanged()
{
    if (m_updating)
        return;
    const CsvMapping m = mapping();
    QStringList values;
    for (qsizetype i = m.skipLines + (m.hasHeader ? 1 : 0); i < m_records.size() && values.size() < 200; ++i) {
        for (int c : { m.amountColumn, m.debitColumn, m.creditColumn }) {
            const QString v = c >= 0 ? m_records.at(i).fields.value(c).trimmed() : QString();
            if (!v.isEmpty())
                values.append(v);
        }
    }
    if (!values.isEmpty()) {
        QChar decimal;
        QChar thousands;
        CsvMappingGuess::detectSeparators(values, &decimal, &thousands);
        m_updating = true;
        m_decimalComma->setChecked(decimal == QLatin1Char(','));
        const int t = m_thousands->findData(thousands.isNull() ? QString() : QString(thousands));
        m_thousands->setCurrentIndex(std::max(t, 0));
        m_updating = false;
    }
    schedulePreview();
}

void CsvImportDialog::updateAmountMode()
{
    const bool split = m_debitCredit->isChecked();
    m_columnsForm->setRowVisible(m_amountColumn, !split);
    m_columnsForm->setRowVisible(m_debitColumn, split);
    m_columnsForm->setRowVisible(m_creditColumn, split);
}

void CsvImportDialog::updateDateHint(bool found, bool ambiguous)
{
    m_dateFound = found;
    m_dateAmbiguous = ambiguous;
    if (!found)
        m_dateHint->setText(tr("Could not recognise the dates: choose or type their format."));
    else if (ambiguous)
        m_dateHint->setText(tr("Several formats fit these dates: check them in the preview."));
    else
        m_dateHint->setText(QString());
    m_dateHint->setVisible(!m_dateHint->text().isEmpty());
}

CsvMapping CsvImportDialog::mapping() const
{
    CsvMapping m;
    m.delimiter = chosenDelimiter();
    m.hasHeader = m_header->isChecked();
    m.skipLines = m_skip->value();
    m.dateColumn = column(m_dateColumn);
    m.dateFormat = m_dateFormat->currentText().trimmed();
    const bool split = m_debitCredit->isChecked();
    m.amountColumn = split ? -1 : column(m_amountColumn);
    m.debitColumn = split ? column(m_debitColumn) : -1;
    m.creditColumn = split ? column(m_creditColumn) : -1;
    m.payeeColumn = column(m_payeeColumn);
    m.memoColumn = column(m_memoColumn);
    m.decimalSeparator = m_decimalComma->isChecked() ? QLatin1Char(',') : QLatin1Char('.');
    const QString t = m_thousands->currentData().toString();
    m.thousandsSeparator = t.isEmpty() ? QChar() : t.front();
    return m;
}

QString CsvImportDialog::wholeFileError() const
{
    const QByteArray& bytes = data();
    if (bytes.trimmed().isEmpty())
        return tr("The file is empty.");
    if (bytes.left(4096).contains('\0'))
        return tr("This is not a CSV file: it contains binary data.");
    const CsvMapping m = mapping();
    if (m_columnNames.size() < 2)
        return tr("Only one column was found: check the delimiter.");
    if (m.dateColumn < 0)
        return tr("Choose the column that holds the date.");
    if (m.amountColumn < 0 && m.debitColumn < 0 && m.creditColumn < 0)
        return m_debitCredit->isChecked() ? tr("Choose the debit or the credit column.")
                                          : tr("Choose the column that holds the amount.");
    if (m.dateFormat.isEmpty())
        return tr("Enter the date format, e.g. dd.MM.yyyy.");
    if (m.decimalSeparator == m.thousandsSeparator)
        return tr("The decimal and thousands separators must differ.");
    return {};
}

ImportPreview CsvImportDialog::computePreview() const
{
    if (const QString why = wholeFileError(); !why.isEmpty()) {
        ImportPreview p;
        p.error = why;
        return p;
    }
    ImportPreview p
        = vv::budget::BankImport::previewCsv(data(), mapping(), editor().decimals(), &editor().budget().index());
    if (p.error.isEmpty() && p.rows.isEmpty())
        p.error = tr("No transactions were found below the header.");
    return p;
}

void CsvImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Bank CSV"));
    m_formatBox->setTitle(tr("File format"));
    const QString detected = m_detectedDelimiter == QLatin1Char(';') ? tr("semicolon")
        : m_detectedDelimiter == QLatin1Char('\t')                   ? tr("tab")
                                                                     : tr("comma");
    m_delimiter->setItemText(0, tr("Detect (%1)").arg(detected));
    m_delimiter->setItemText(1, tr("Comma ,"));
    m_delimiter->setItemText(2, tr("Semicolon ;"));
    m_delimiter->setItemText(3, tr("Tab"));
    setLabel(m_formatForm, m_delimiter, tr("&Delimiter:"));
    m_header->setText(tr("First row is a &header"));
    setLabel(m_formatForm, m_skip, tr("S&kip lines at the start:"));
    m_skip->setToolTip(tr("Banks often put account details above the table."));
    setLabel(m_formatForm, m_dateFormat, tr("Date &format:"));
    m_dateFormat->setToolTip(tr("dd = day, MM = month, yyyy = year (yy = two digits); type your own if needed."));
    m_decimalComma->setText(tr("Decimal &comma (1.234,56)"));
    setLabel(m_formatForm, m_thousands, tr("&Thousands separator:"));
    m_thousands->setItemText(0, tr("None"));
    m_thousands->setItemText(1, tr("Comma ,"));
    m_thousands->setItemText(2, tr("Period ."));
    m_thousands->setItemText(3, tr("Space"));
    m_thousands->setItemText(4, tr("Apostrophe '"));
    m_encoding->setText(
        m_latin1 ? tr("This file is not UTF-8: it is read as Western European (Latin-1) text.") : QString());
    m_encoding->setVisible(m_latin1);
    m_columnsBox->setTitle(tr("Columns"));
    m_singleAmount->setText(tr("&One amount column"));
    m_debitCredit->setText(tr("&Separate debit and credit columns"));
    setLabel(m_columnsForm, m_dateColumn, tr("D&ate:"));
    setLabel(m_columnsForm, m_amountColumn, tr("Amou&nt:"));
    setLabel(m_columnsForm, m_debitColumn, tr("De&bit (money out):"));
    setLabel(m_columnsForm, m_creditColumn, tr("C&redit (money in):"));
    setLabel(m_columnsForm, m_payeeColumn, tr("&Payee:"));
    setLabel(m_columnsForm, m_memoColumn, tr("Me&mo (optional):"));
    m_columnNames = CsvMappingGuess::columnNames(m_header->isChecked() && m_skip->value() < m_records.size()
            ? m_records.at(m_skip->value()).fields
            : QStringList(),
        int(m_columnNames.size()));
    fillColumnCombos();
    updateDateHint(m_dateFound, m_dateAmbiguous);
    BankImportDialog::retranslateUi();
}

} // namespace vv::ui
