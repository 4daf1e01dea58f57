// The bank import dialogs: the CSV mapping guessed from realistic bank exports (English and
// German headers, preambles, decimal commas, debit/credit columns, no header), the live preview
// following every change through the widgets, and the Import button adding exactly the new
// rows as one undo step; OFX through the same preview.
#include "BudgetUiFixture.h"
#include "budget/BankImport.h"
#include "importexport/CsvImportDialog.h"
#include "importexport/CsvMappingGuess.h"
#include "importexport/OfxImportDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace vv;
using vv::budget::CsvMapping;
using vv::budget::ImportRow;
using vv::ui::test::BudgetUi;

namespace {

QString samplePath(const QString& name)
{
    return QStringLiteral(VV_BUDGET_TEST_DATA "/") + name;
}

QByteArray sample(const QString& name)
{
    QFile f(samplePath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return f.readAll();
}

// One line per mapping, so a wrong guess shows exactly which field differs.
QString describe(const CsvMapping& m)
{
    auto ch = [](QChar c) {
        return c.isNull() ? QStringLiteral("none") : c == QLatin1Char('\t') ? QStringLiteral("tab") : QString(c);
    };
    return QStringLiteral("delim=%1 skip=%2 header=%3 date=%4 fmt=%5 amount=%6 debit=%7 credit=%8 payee=%9 memo=%10 "
                          "dec=%11 thousands=%12")
        .arg(ch(m.delimiter))
        .arg(m.skipLines)
        .arg(m.hasHeader)
        .arg(m.dateColumn)
        .arg(m.dateFormat)
        .arg(m.amountColumn)
        .arg(m.debitColumn)
        .arg(m.creditColumn)
        .arg(m.payeeColumn)
        .arg(m.memoColumn)
        .arg(ch(m.decimalSeparator), ch(m.thousandsSeparator));
}

template<typename T> T* child(QWidget& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QStringList sl(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromUtf8(i);
    return out;
}

qint64 newSum(const vv::budget::ImportPreview& p)
{
    qint64 sum = 0;
    for (const ImportRow& r : p.rows)
        sum += r.status == ImportRow::Status::New ? r.amount : 0;
    return sum;
}

} // namespace

class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesMapping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // describe() of the mapping the bank's file needs
        QTest::addColumn<int>("fresh");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<int>("errors");
        QTest::addColumn<qint64>("sum"); // of the new rows
        QTest::addColumn<QString>("firstColumnName");

        QTest::newRow("generic comma, quoted payees, CRLF")
            << "generic_comma.csv"
            << "delim=, skip=0 header=1 date=0 fmt=yyyy-MM-dd amount=2 debit=-1 credit=-1 payee=1 memo=3 dec=. "
               "thousands=none"
            << 5 << 0 << 0 << qint64(134313) << "Date";
        QTest::newRow("Sparkasse: BOM, preamble, ';', decimal comma, Buchungstag/Betrag")
            << "de_sparkasse.csv"
            << "delim=; skip=2 header=1 date=0 fmt=dd.MM.yyyy amount=5 debit=-1 credit=-1 payee=3 memo=4 dec=, "
               "thousands=."
            << 4 << 0 << 0 << qint64(95789) << "Buchungstag";
        QTest::newRow("US debit/credit, thousands commas, dates ambiguous but not plausible as dd/MM")
            << "us_debit_credit.csv"
            << "delim=, skip=0 header=1 date=0 fmt=MM/dd/yyyy amount=-1 debit=2 credit=3 payee=1 memo=5 dec=. "
               "thousands=,"
            << 4 << 0 << 0 << qint64(80390) << "Posting Date";
        QTest::newRow("UK tab, no header: columns from the values, 05/01/26 read as 5 January")
            << "uk_tab_noheader.tsv"
            << "delim=tab skip=0 header=0 date=0 fmt=dd/MM/yy amount=2 debit=-1 credit=-1 payee=1 memo=-1 dec=. "
               "thousands=none"
            << 3 << 0 << 0 << qint64(206921) << "Column 1";
        QTest::newRow("duplicates within the file")
            << "dupes.csv"
            << "delim=, skip=0 header=1 date=0 fmt=yyyy-MM-dd amount=2 debit=-1 credit=-1 payee=1 memo=-1 dec=. "
               "thousands=none"
            << 2 << 2 << 0 << qint64(-900) << "Date";
        QTest::newRow("malformed rows reported, the good ones kept")
            << "malformed.csv"
            << "delim=, skip=0 header=1 date=0 fmt=yyyy-MM-dd amount=2 debit=-1 credit=-1 payee=1 memo=-1 dec=. "
               "thousands=none"
            << 2 << 0 << 4 << qint64(234) << "Date";
        QTest::newRow("Volksbank: Latin-1, 3 preamble lines, Soll/Haben, quoted ';' payee")
            << "de_volksbank_sollhaben_latin1.csv"
            << "delim=; skip=3 header=1 date=0 fmt=dd.MM.yyyy amount=-1 debit=4 credit=5 payee=2 memo=3 dec=, "
               "thousands=."
            << 6 << 0 << 0 << qint64(-4520 + 284510 - 7800 - 115000 - 1299 + 31240) << "Buchungstag";
        QTest::newRow("US card: Transaction/Post Date, parentheses negatives, quoted commas")
            << "us_parens_quoted.csv"
            << "delim=, skip=0 header=1 date=0 fmt=MM/dd/yyyy amount=5 debit=-1 credit=-1 payee=2 memo=6 dec=. "
               "thousands=,"
            << 5 << 0 << 0 << qint64(-575 + 245000 - 124999 + 3450 - 8999) << "Transaction Date";
        QTest::newRow("BOM + CRLF, dd/MM/yyyy, a duplicate and an impossible date")
            << "bom_crlf_dmy.csv"
            << "delim=, skip=0 header=1 date=0 fmt=dd/MM/yyyy amount=3 debit=-1 credit=-1 payee=1 memo=2 dec=. "
               "thousands=,"
            << 3 << 1 << 1 << qint64(-450 - 2999 + 210000) << "Date";
    }

    void guessesMapping()
    {
        // Tried: opening each sample. Must hold: the guessed mapping is the one the bank's file
        // needs, and the preview counts (new / duplicate / error) and new-row sum are right.
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(int, fresh);
        QFETCH(int, duplicates);
        QFETCH(int, errors);
        QFETCH(qint64, sum);
        QFETCH(QString, firstColumnName);
        BudgetUi ui;
        ui::CsvImportDialog dialog(ui.editor, samplePath(file), sample(file));
        QCOMPARE(dialog.objectName(), QStringLiteral("csvImportDialog"));
        QCOMPARE(describe(dialog.mapping()), expected);
        QCOMPARE(dialog.columnNames().value(0), firstColumnName);
        QCOMPARE(child<QComboBox>(dialog, "dateColumnCombo")->currentText(), firstColumnName);
        const vv::budget::ImportPreview& p = dialog.preview();
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.count(ImportRow::Status::New), fresh);
        QCOMPARE(p.count(ImportRow::Status::Duplicate), duplicates);
        QCOMPARE(p.count(ImportRow::Status::Error), errors);
        QCOMPARE(newSum(p), sum);
        auto* button = child<QPushButton>(dialog, "importButton");
        QCOMPARE(button->text(), QStringLiteral("&Import %1 Transactions").arg(fresh));
        QVERIFY(button->isEnabled());
    }

    void countsLineAndRowStatus()
    {
        // Tried: the BOM/CRLF sample with one budget transaction equal to one of its rows.
        // Must hold: the counts line reads as specified; the duplicate rows say of what, the
        // error row is red and says why in its tooltip.
        BudgetUi ui;
        ui.transaction(QDate(2026, 3, 1), QStringLiteral("City Gym"), -2999);
        ui::CsvImportDialog dialog(
            ui.editor, samplePath(QStringLiteral("bom_crlf_dmy.csv")), sample(QStringLiteral("bom_crlf_dmy.csv")));
        QCOMPARE(dialog.countsText(), QStringLiteral("2 new · 2 duplicates (skipped) · 1 error (skipped)"));
        QAbstractItemModel* model = child<QTableView>(dialog, "previewTable")->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 5);
        const int status = 5;
        QCOMPARE(model->index(0, status).data().toString(), QStringLiteral("New"));
        QCOMPARE(model->index(1, status).data().toString(), QStringLiteral("Duplicate of line 2"));
        QCOMPARE(model->index(2, status).data().toString(), QStringLiteral("Duplicate of an existing transaction"));
        QCOMPARE(model->index(0, 4).data().toString(), ui.editor.formatMoney(-450));
        QVERIFY(model->index(4, status).data().toString().startsWith(QStringLiteral("Error")));
        QVERIFY(model->index(4, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("31/02/2026")));
        QCOMPARE(model->index(4, 2).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xC6, 0x28, 0x28));
        QVERIFY(model->index(1, 2).data(Qt::ForegroundRole).value<QBrush>().color()
            != model->index(0, 2).data(Qt::ForegroundRole).value<QBrush>().color());
    }

    void mappingChangesUpdateThePreview()
    {
        // Tried: changing the date format, then the payee and amount columns, through the
        // widgets, several edits in a row. Must hold: the preview follows (debounced: one
        // recompute for a burst of edits), the Import button with it.
        BudgetUi ui;
        ui::CsvImportDialog dialog(
            ui.editor, samplePath(QStringLiteral("generic_comma.csv")), sample(QStringLiteral("generic_comma.csv")));
        auto* table = child<QTableView>(dialog, "previewTable");
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(table->model(), &QAbstractItemModel::modelReset);
        auto* button = child<QPushButton>(dialog, "importButton");
        auto* format = child<QComboBox>(dialog, "dateFormatCombo");
        format->setCurrentText(QStringLiteral("dd.MM.yyyy"));
        format->setCurrentText(QStringLiteral("dd.MM.yy"));
        format->setCurrentText(QStringLiteral("dd/MM/yyyy"));
        QTRY_COMPARE(dialog.preview().count(ImportRow::Status::Error), 5);
        QCOMPARE(resets.count(), 1);
        QVERIFY(!button->isEnabled());
        QCOMPARE(dialog.countsText(), QStringLiteral("0 new · 5 errors (skipped)"));
        format->setCurrentText(QStringLiteral("yyyy-MM-dd"));
        QTRY_COMPARE(dialog.preview().count(ImportRow::Status::New), 5);
        QVERIFY(button->isEnabled());

        auto* payee = child<QComboBox>(dialog, "payeeColumnCombo");
        payee->setCurrentIndex(payee->findText(QStringLiteral("Memo")));
        QTRY_COMPARE(dialog.preview().rows.first().payee, QStringLiteral("January salary"));
        QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("January salary"));

        auto* amount = child<QComboBox>(dialog, "amountColumnCombo");
        amount->setCurrentIndex(amount->findText(QStringLiteral("Description")));
        QTRY_COMPARE(dialog.preview().count(ImportRow::Status::Error), 5);
        amount->setCurrentIndex(amount->findText(QStringLiteral("Amount")));
        QTRY_COMPARE(dialog.preview().count(ImportRow::Status::New), 5);
    }

    void separateDebitCreditAndStructure()
    {
        // Tried: switching a one-amount file to "separate debit and credit columns", then the
        // header checkbox and the delimiter. Must hold: the amount combos swap, the preview uses
        // the chosen debit/credit columns, column names follow the header setting, and a wrong
        // delimiter is an inline whole-file message.
        BudgetUi ui;
        ui::CsvImportDialog dialog(ui.editor, samplePath(QStringLiteral("us_debit_credit.csv")),
            sample(QStringLiteral("us_debit_credit.csv")));
        dialog.setPreviewDelay(0);
        QVERIFY(child<QRadioButton>(dialog, "debitCreditRadio")->isChecked());
        child<QRadioButton>(dialog, "singleAmountRadio")->setChecked(true);
        auto* amount = child<QComboBox>(dialog, "amountColumnCombo");
        amount->setCurrentIndex(amount->findText(QStringLiteral("Balance")));
        QTRY_COMPARE(dialog.mapping().amountColumn, 4);
        QTRY_COMPARE(newSum(dialog.preview()), qint64(235000 + 230490 + 128391 + 130390));
        child<QRadioButton>(dialog, "debitCreditRadio")->setChecked(true);
        QTRY_COMPARE(newSum(dialog.preview()), qint64(80390));

        auto* header = child<QCheckBox>(dialog, "headerCheck");
        header->setChecked(false);
        QTRY_COMPARE(dialog.columnNames().value(1), QStringLiteral("Column 2"));
        QTRY_COMPARE(dialog.preview().count(ImportRow::Status::Error), 1); // the header row itself
        header->setChecked(true);
        QTRY_COMPARE(dialog.columnNames().value(1), QStringLiteral("Description"));

        auto* delimiter = child<QComboBox>(dialog, "delimiterCombo");
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        QTRY_VERIFY(!dialog.fileError().isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
        delimiter->setCurrentIndex(0); // detect
        QTRY_COMPARE(dialog.preview().count(ImportRow::Status::New), 4);
        QVERIFY(dialog.fileError().isEmpty());
    }

    void dateColumnChangeRedetectsItsFormat()
    {
        // Tried: picking another column as the date in the US card sample. Must hold: a column
        // of dates keeps a working format (preview all new); a text column says the dates are
        // not recognised and every row becomes an error, never a silent wrong import.
        BudgetUi ui;
        const QString file = QStringLiteral("us_parens_quoted.csv");
        ui::CsvImportDialog dialog(ui.editor, samplePath(file), sample(file));
        dialog.setPreviewDelay(0);
        auto* date = child<QComboBox>(dialog, "dateColumnCombo");
        auto* hint = child<QLabel>(dialog, "dateFormatHint");
        date->setCurrentIndex(date->findText(QStringLiteral("Post Date")));
        QTRY_COMPARE(dialog.mapping().dateColumn, 1);
        QCOMPARE(dialog.mapping().dateFormat, QStringLiteral("MM/dd/yyyy"));
        QTRY_COMPARE(dialog.preview().rows.first().date, QDate(2026, 1, 6));
        QCOMPARE(dialog.preview().count(ImportRow::Status::New), 5);
        date->setCurrentIndex(date->findText(QStringLiteral("Category")));
        QTRY_COMPARE(dialog.preview().count(ImportRow::Status::Error), 5);
        QVERIFY(hint->text().contains(QStringLiteral("Could not recognise")));
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    }

    void importIsOneUndoStepAndReimportFindsDuplicates()
    {
        // Tried: a budget that already has one of the file's transactions; Import clicked; the
        // same file opened again; undo; redo. Must hold: exactly the new rows are added (ledger
        // count, unassigned balance) as ONE undo step named after the count; a re-import is
        // all duplicates with Import disabled; undo removes every imported row.
        BudgetUi ui;
        ui.transaction(QDate(2026, 1, 3), QStringLiteral("Corner Coffee"), -450);
        const QString path = samplePath(QStringLiteral("generic_comma.csv"));
        {
            ui::CsvImportDialog dialog(ui.editor, path, sample(QStringLiteral("generic_comma.csv")));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.countsText(), QStringLiteral("4 new · 1 duplicate (skipped)"));
            QSignalSpy imported(&dialog, &ui::BankImportDialog::imported);
            auto* button = child<QPushButton>(dialog, "importButton");
            QCOMPARE(button->text(), QStringLiteral("&Import 4 Transactions"));
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(imported.count(), 1);
            QCOMPARE(imported.first().first().toInt(), 4);
            QVERIFY(!dialog.isVisible());
        }
        const qint64 added = 250000 - 12000 - 8237 - 95000;
        QCOMPARE(ui.budget().index().rowCount(), 5);
        QCOMPARE(ui.budget().unassigned(), -450 + added);
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        QCOMPARE(ui.editor.undoStack()->undoText(), QStringLiteral("Import 4 transactions"));

        {
            ui::CsvImportDialog again(ui.editor, path, sample(QStringLiteral("generic_comma.csv")));
            QCOMPARE(again.preview().count(ImportRow::Status::New), 0);
            QCOMPARE(again.preview().count(ImportRow::Status::Duplicate), 5);
            QVERIFY(!child<QPushButton>(again, "importButton")->isEnabled());
            QVERIFY(again.countsText().contains(QStringLiteral("already in the budget")));
            again.accept(); // even forced, nothing happens
            QCOMPARE(ui.editor.undoStack()->count(), 1);
        }

        ui.editor.undoStack()->undo();
        QCOMPARE(ui.budget().index().rowCount(), 1);
        QCOMPARE(ui.budget().unassigned(), -450);
        ui.editor.undoStack()->redo();
        QCOMPARE(ui.budget().index().rowCount(), 5);
    }

    void importIntoAnEnvelopeAndPreviewFollowsTheBudget()
    {
        // Tried: importing a German Soll/Haben file into an envelope chosen in the combo, while
        // a second dialog on the same file stays open. Must hold: the envelope holds the sum,
        // unassigned is untouched, and the open dialog's preview turns to duplicates by itself.
        BudgetUi ui;
        const QString food = ui.envelope(QStringLiteral("Groceries"));
        const QString file = QStringLiteral("de_volksbank_sollhaben_latin1.csv");
        ui::CsvImportDialog watcher(ui.editor, samplePath(file), sample(file));
        watcher.setPreviewDelay(0);
        QVERIFY(child<QLabel>(watcher, "encodingLabel")->text().contains(QStringLiteral("Latin-1")));
        QCOMPARE(watcher.preview().rows.at(2).payee, QStringLiteral("Stadtwerke Düsseldorf; Abschlag"));
        ui::CsvImportDialog dialog(ui.editor, samplePath(file), sample(file));
        auto* envelope = child<QComboBox>(dialog, "envelopeCombo");
        QCOMPARE(envelope->currentText(), QStringLiteral("Unassigned"));
        envelope->setCurrentIndex(envelope->findText(QStringLiteral("Groceries")));
        QCOMPARE(dialog.envelopeId(), food);
        dialog.accept();
        const qint64 sum = -4520 + 284510 - 7800 - 115000 - 1299 + 31240;
        QCOMPARE(ui.budget().envelopeBalance(food), sum);
        QCOMPARE(ui.budget().unassigned(), 0);
        QTRY_COMPARE(watcher.preview().count(ImportRow::Status::Duplicate), 6);
        QVERIFY(!child<QPushButton>(watcher, "importButton")->isEnabled());
    }

    void wholeFileErrorsShownInline_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("\r\n  \n") << "The file is empty.";
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00garbage", 14)
                                << "This is not a CSV file: it contains binary data.";
        QTest::newRow("one column") << QByteArray("hello\nworld\n")
                                    << "Only one column was found: check the delimiter.";
        QTest::newRow("header only") << QByteArray("Date,Payee,Amount\n")
                                     << "No transactions were found below the header.";
    }

    void wholeFileErrorsShownInline()
    {
        // Tried: files that are not bank CSV at all. Must hold: a message in the dialog saying
        // what is wrong, no rows, Import disabled (never a silent empty preview).
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        BudgetUi ui;
        ui::CsvImportDialog dialog(ui.editor, QStringLiteral("x.csv"), data);
        QCOMPARE(dialog.fileError(), message);
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
    }

    void ofxImport()
    {
        // Tried: an OFX 1.x statement (a FITID repeated inside it) imported, then opened again.
        // Must hold: the same preview (3 new, 1 duplicate), no mapping controls, the import
        // adds the 3 as one step, the second time all 4 are duplicates by FITID.
        BudgetUi ui(QDate(2026, 3, 15), QStringLiteral("USD"));
        const QString file = QStringLiteral("bank_v1.ofx");
        {
            ui::OfxImportDialog dialog(ui.editor, samplePath(file), sample(file));
            QCOMPARE(dialog.objectName(), QStringLiteral("ofxImportDialog"));
            QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("dateColumnCombo")));
            QCOMPARE(dialog.countsText(), QStringLiteral("3 new · 1 duplicate (skipped)"));
            QCOMPARE(newSum(dialog.preview()), qint64(-4217 + 150000 - 999));
            dialog.accept();
        }
        QCOMPARE(ui.budget().index().rowCount(), 3);
        QCOMPARE(ui.budget().unassigned(), -4217 + 150000 - 999);
        QCOMPARE(ui.editor.undoStack()->count(), 1);
        ui::OfxImportDialog again(ui.editor, samplePath(file), sample(file));
        QCOMPARE(again.preview().count(ImportRow::Status::Duplicate), 4);
        QVERIFY(!child<QPushButton>(again, "importButton")->isEnabled());

        ui::OfxImportDialog broken(ui.editor, QStringLiteral("x.ofx"), QByteArray("not an ofx file"));
        QVERIFY(!broken.fileError().isEmpty());
    }

    void dateFormatDetection_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("ambiguous");
        QTest::newRow("iso") << sl({ "2026-01-31", "2026-02-01" }) << "yyyy-MM-dd" << false;
        QTest::newRow("german") << sl({ "31.01.2026", "01.02.2026" }) << "dd.MM.yyyy" << false;
        QTest::newRow("german short") << sl({ "1.2.26", "15.2.26" }) << "d.M.yy" << false;
        QTest::newRow("us by day > 12") << sl({ "01/31/2026", "02/01/2026" }) << "MM/dd/yyyy" << false;
        QTest::newRow("uk by day > 12") << sl({ "31/01/2026", "01/02/2026" }) << "dd/MM/yyyy" << false;
        QTest::newRow("ambiguous: the past wins") << sl({ "02/03/2026", "03/03/2026" }) << "dd/MM/yyyy"
                                                  << true; // 2-3 March, not 3 Feb and 3 March (both past: span)
        QTest::newRow("compact") << sl({ "20260131" }) << "yyyyMMdd" << false;
        QTest::newRow("not dates") << sl({ "hello", "12.50" }) << "" << false;
    }

    void dateFormatDetection()
    {
        // Tried: date columns as banks write them. Must hold: the format found (or none), and
        // "ambiguous" only when two formats read all values differently.
        QFETCH(QStringList, values);
        QFETCH(QString, format);
        QFETCH(bool, ambiguous);
        bool amb = false;
        QCOMPARE(ui::CsvMappingGuess::detectDateFormat(values, QDate(2026, 3, 15), &amb), format);
        QCOMPARE(amb, ambiguous);
    }
};

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
