#pragma once

#include "budget/BankImport.h"
#include "budget/CsvReader.h"
#include "importexport/BankImportDialog.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QRadioButton;
class QSpinBox;

namespace vv::ui {

// Bank CSV import: file settings (delimiter, header, preamble lines, date format, decimal
// comma, thousands separator) and the column mapping, all guessed from the file when it
// opens (header names in English and German, else the values), with a live preview that
// follows every change. objectName "csvImportDialog".
class CsvImportDialog : public BankImportDialog
{
    Q_OBJECT
    Q_DISABLE_COPY(CsvImportDialog)
public:
    CsvImportDialog(BudgetEditor& editor, const QString& fileName, QByteArray data, QWidget* parent = nullptr);
    ~CsvImportDialog() override;

    // The mapping the widgets describe now (delimiter resolved: never "detect").
    [[nodiscard]] vv::budget::CsvMapping mapping() const;
    [[nodiscard]] QStringList columnNames() const { return m_columnNames; }
    [[nodiscard]] bool dateFormatAmbiguous() const { return m_dateAmbiguous; }

protected:
    [[nodiscard]] vv::budget::ImportPreview computePreview() const override;
    void retranslateUi() override;

private:
    void buildUi();
    void applyGuess(const vv::budget::CsvMapping& m);
    void fillColumnCombos();
    void setColumn(QComboBox* combo, int column);
    [[nodiscard]] static int column(const QComboBox* combo);
    void onStructureChanged(bool reguessColumns);
    void onDateColumnChanged();
    void onAmountColumnsChanged();
    void updateAmountMode();
    void updateDateHint(bool found, bool ambiguous);
    [[nodiscard]] QChar chosenDelimiter() const;
    [[nodiscard]] QString wholeFileError() const;

    QChar m_detectedDelimiter;
    QList<vv::budget::CsvRecord> m_records; // split with chosenDelimiter()
    QStringList m_columnNames;
    bool m_latin1 = false;
    bool m_dateFound = false;
    bool m_dateAmbiguous = false;
    bool m_updating = false; // programmatic widget changes: no re-guessing

    QGroupBox* m_formatBox = nullptr;
    QFormLayout* m_formatForm = nullptr;
    QComboBox* m_delimiter = nullptr;
    QCheckBox* m_header = nullptr;
    QSpinBox* m_skip = nullptr;
    QLabel* m_encoding = nullptr;
    QComboBox* m_dateFormat = nullptr;
    QLabel* m_dateHint = nullptr;
    QCheckBox* m_decimalComma = nullptr;
    QComboBox* m_thousands = nullptr;

    QGroupBox* m_columnsBox = nullptr;
    QFormLayout* m_columnsForm = nullptr;
    QRadioButton* m_singleAmount = nullptr;
    QRadioButton* m_debitCredit = nullptr;
    QComboBox* m_dateColumn = nullptr;
    QComboBox* m_amountColumn = nullptr;
    QComboBox* m_debitColumn = nullptr;
    QComboBox* m_creditColumn = nullptr;
    QComboBox* m_payeeColumn = nullptr;
    QComboBox* m_memoColumn = nullptr;
};

} // namespace vv::ui
