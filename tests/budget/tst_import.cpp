// Bank imports: CSV with per-bank column mappings, OFX 1.x (SGML) and 2.x (XML), duplicate
// detection, and robustness (malformed input is reported with line numbers, never crashes).
#include "BudgetFixture.h"
#include "budget/BankImport.h"
#include "budget/CsvReader.h"
#include "budget/OfxParser.h"

Q_DECLARE_METATYPE(vv::budget::CsvMapping)

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace vv::budget;
using vv::budget::test::Device;

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void csvSamples_data();
    void csvSamples();
    void csvQuotingDetails();
    void csvReader_data();
    void csvReader();
    void malformedRowsReported();
    void duplicatesWithinFile();
    void ofx_data();
    void ofx();
    void duplicatesAgainstBudgetSkipped();
    void garbageNeverCrashes();
};

static QByteArray sample(const QString& name)
{
    QFile f(QStringLiteral(VV_BUDGET_TEST_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return f.readAll();
}

static QStringList sl(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromUtf8(i);
    return out;
}

static QChar ch(const char* s)
{
    return *s ? QChar::fromLatin1(*s) : QChar();
}

void TestImport::csvSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CsvMapping>("mapping");
    QTest::addColumn<int>("newRows");
    QTest::addColumn<qint64>("sum");
    QTest::addColumn<QDate>("firstDate");
    QTest::addColumn<QString>("firstPayee");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<qint64>("lastAmount");

    auto map = [](const char* delim, int skip, bool header, int date, const char* fmt, int amount, int debit,
                   int credit, int payee, int memo, const char* dec, const char* group) {
        CsvMapping m;
        m.delimiter = QString::fromLatin1(delim) == QLatin1String("\\t") ? QLatin1Char('\t') : ch(delim);
        m.skipLines = skip;
        m.hasHeader = header;
        m.dateColumn = date;
        m.dateFormat = QString::fromLatin1(fmt);
        m.amountColumn = amount;
        m.debitColumn = debit;
        m.creditColumn = credit;
        m.payeeColumn = payee;
        m.memoColumn = memo;
        m.decimalSeparator = ch(dec);
        m.thousandsSeparator = ch(group);
        return m;
    };
    QTest::newRow("generic comma, quoted payees, CRLF, trailing blank lines")
        << "generic_comma.csv" << map(",", 0, true, 0, "yyyy-MM-dd", 2, -1, -1, 1, 3, ".", "") << 5 << qint64(134313)
        << QDate(2026, 1, 2) << "ACME Corp, Payroll" << 2 << qint64(-95000);
    QTest::newRow("German bank: BOM, preamble, semicolon, decimal comma")
        << "de_sparkasse.csv" << map(";", 2, true, 0, "dd.MM.yyyy", 5, -1, -1, 3, 4, ",", ".") << 4 << qint64(95789)
        << QDate(2026, 1, 2) << "Müller GmbH" << 5 << qint64(-85000);
    QTest::newRow("German bank, delimiter detected")
        << "de_sparkasse.csv" << map("", 2, true, 0, "dd.MM.yyyy", 5, -1, -1, 3, 4, ",", ".") << 4 << qint64(95789)
        << QDate(2026, 1, 2) << "Müller GmbH" << 5 << qint64(-85000);
    QTest::newRow("US bank: debit/credit columns, thousands commas, LF")
        << "us_debit_credit.csv" << map(",", 0, true, 0, "MM/dd/yyyy", -1, 2, 3, 1, 5, ".", ",") << 4 << qint64(80390)
        << QDate(2026, 1, 2) << "DIRECT DEP, ACME INC" << 2 << qint64(1999);
    QTest::newRow("UK tab separated, no header, two-digit years")
        << "uk_tab_noheader.tsv" << map("\\t", 0, false, 0, "dd/MM/yy", 2, -1, -1, 1, -1, ".", "") << 3
        << qint64(206921) << QDate(2026, 1, 5) << "TESCO STORES 2041" << 1 << qint64(210000);
}

void TestImport::csvSamples()
{
    // Each sample file with its bank's mapping gives exactly these rows; nothing is lost
    // to quoting, BOMs, line endings or trailing blank lines.
    QFETCH(QString, file);
    QFETCH(CsvMapping, mapping);
    QFETCH(int, newRows);
    QFETCH(qint64, sum);
    QFETCH(QDate, firstDate);
    QFETCH(QString, firstPayee);
    QFETCH(int, firstLine);
    QFETCH(qint64, lastAmount);
    const ImportPreview p = BankImport::previewCsv(sample(file), mapping, 2, nullptr);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    for (const ImportRow& r : p.rows)
        QVERIFY2(
            r.status != ImportRow::Status::Error, qPrintable(QStringLiteral("line %1: %2").arg(r.line).arg(r.error)));
    QCOMPARE(p.count(ImportRow::Status::New), newRows);
    QCOMPARE(p.rows.size(), newRows);
    qint64 total = 0;
    for (const ImportRow& r : p.rows)
        total += r.amount;
    QCOMPARE(total, sum);
    QCOMPARE(p.rows.first().date, firstDate);
    QCOMPARE(p.rows.first().payee, firstPayee);
    QCOMPARE(p.rows.first().line, firstLine);
    QCOMPARE(p.rows.last().amount, lastAmount);
}

void TestImport::csvQuotingDetails()
{
    // Doubled quotes, separators inside quotes and embedded newlines survive; line numbers
    // count physical lines.
    CsvMapping m;
    m.payeeColumn = 1;
    m.amountColumn = 2;
    m.memoColumn = 3;
    const ImportPreview g = BankImport::previewCsv(sample(QStringLiteral("generic_comma.csv")), m, 2, nullptr);
    QCOMPARE(g.header, (sl({ "Date", "Description", "Amount", "Memo" })));
    QCOMPARE(g.rows.at(2).payee, QStringLiteral("Smith, Jones & Co \"Lawyers\""));
    QCOMPARE(g.rows.at(2).memo, QStringLiteral("Invoice 17, final"));
    CsvMapping us;
    us.dateFormat = QStringLiteral("MM/dd/yyyy");
    us.amountColumn = -1;
    us.debitColumn = 2;
    us.creditColumn = 3;
    us.payeeColumn = 1;
    us.memoColumn = 5;
    us.thousandsSeparator = QLatin1Char(',');
    const ImportPreview u = BankImport::previewCsv(sample(QStringLiteral("us_debit_credit.csv")), us, 2, nullptr);
    QCOMPARE(u.rows.at(2).memo, QStringLiteral("Order 1\nlaptop"));
    QCOMPARE(u.rows.at(2).amount, -102099);
    QCOMPARE(u.rows.at(3).line, 6);
    CsvMapping de;
    de.delimiter = QLatin1Char(';');
    de.skipLines = 2;
    de.dateFormat = QStringLiteral("dd.MM.yyyy");
    de.amountColumn = 5;
    de.payeeColumn = 3;
    de.memoColumn = 4;
    de.decimalSeparator = QLatin1Char(',');
    de.thousandsSeparator = QLatin1Char('.');
    const ImportPreview d = BankImport::previewCsv(sample(QStringLiteral("de_sparkasse.csv")), de, 2, nullptr);
    QCOMPARE(d.header.first(), QStringLiteral("Buchungstag")); // BOM stripped
    QCOMPARE(d.rows.at(1).memo, QStringLiteral("Strom; Abschlag 01/2026"));
    QCOMPARE(d.rows.at(1).payee, QStringLiteral("Stadtwerke Köln"));
}

void TestImport::csvReader_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("records"); // fields joined with '|'
    QTest::addColumn<int>("errors");
    QTest::newRow("simple") << "a,b\nc,d"
                            << "," << sl({ "a|b", "c|d" }) << 0;
    QTest::newRow("crlf") << "a,b\r\nc,d\r\n"
                          << "," << sl({ "a|b", "c|d" }) << 0;
    QTest::newRow("old mac cr") << "a,b\rc,d\r"
                                << "," << sl({ "a|b", "c|d" }) << 0;
    QTest::newRow("quoted separator") << "\"a,1\",b"
                                      << "," << sl({ "a,1|b" }) << 0;
    QTest::newRow("doubled quote") << "\"say \"\"hi\"\"\",x"
                                   << "," << sl({ "say \"hi\"|x" }) << 0;
    QTest::newRow("embedded newline") << "\"l1\nl2\",x\ny,z"
                                      << "," << sl({ "l1\nl2|x", "y|z" }) << 0;
    QTest::newRow("empty fields") << ",,\n"
                                  << "," << sl({ "||" }) << 0;
    QTest::newRow("blank lines skipped") << "\n\na\n\n\nb\n\n"
                                         << "," << sl({ "a", "b" }) << 0;
    QTest::newRow("semicolon") << "a;\"b;c\";d"
                               << ";" << sl({ "a|b;c|d" }) << 0;
    QTest::newRow("tab") << "a\tb c\td"
                         << "\t" << sl({ "a|b c|d" }) << 0;
    QTest::newRow("stray quote kept") << "ab\"c,d"
                                      << "," << sl({ "ab\"c|d" }) << 0;
    QTest::newRow("space before quote") << "a, \"b,c\""
                                        << "," << sl({ "a|b,c" }) << 0;
    QTest::newRow("unterminated") << "a,b\n\"c,d\ne"
                                  << "," << sl({ "a|b" }) << 1;
    QTest::newRow("no final newline") << "a,b"
                                      << "," << sl({ "a|b" }) << 0;
}

void TestImport::csvReader()
{
    // RFC 4180 parsing with the lenient edges banks need.
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, records);
    QFETCH(int, errors);
    const CsvReader::Result r = CsvReader::parse(text, delimiter.at(0));
    QStringList got;
    for (const CsvRecord& rec : r.records)
        got << rec.fields.join(QLatin1Char('|'));
    QCOMPARE(got, records);
    QCOMPARE(r.errors.size(), errors);
}

void TestImport::malformedRowsReported()
{
    // Bad dates, bad amounts, missing amounts and an unterminated quote are each reported with
    // their line; the good rows are still importable.
    CsvMapping m;
    m.payeeColumn = 1;
    m.amountColumn = 2;
    const ImportPreview p = BankImport::previewCsv(sample(QStringLiteral("malformed.csv")), m, 2, nullptr);
    QCOMPARE(p.count(ImportRow::Status::New), 2);
    QList<int> errorLines;
    for (const ImportRow& r : p.rows) {
        if (r.status == ImportRow::Status::Error) {
            errorLines << r.line;
            QVERIFY(!r.error.isEmpty());
        }
    }
    QCOMPARE(errorLines, (QList<int> { 3, 4, 5, 7 }));
    Device dev;
    QVERIFY(dev.run(dev.budget.importTransactions(p)));
    QCOMPARE(dev.budget.index().rowCount(), 2);
    QCOMPARE(dev.budget.unassigned(), -1000 + 1234);
}

void TestImport::duplicatesWithinFile()
{
    // The same date + amount + payee (case and spacing ignored) earlier in the file is a duplicate.
    CsvMapping m;
    m.payeeColumn = 1;
    m.amountColumn = 2;
    const ImportPreview p = BankImport::previewCsv(sample(QStringLiteral("dupes.csv")), m, 2, nullptr);
    QCOMPARE(p.rows.size(), 4);
    QCOMPARE(p.rows[0].status, ImportRow::Status::New);
    QCOMPARE(p.rows[1].status, ImportRow::Status::Duplicate);
    QVERIFY(p.rows[1].error.contains(QLatin1String("line 2")));
    QCOMPARE(p.rows[2].status, ImportRow::Status::Duplicate);
    QCOMPARE(p.rows[3].status, ImportRow::Status::New);
}

void TestImport::ofx_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QStringList>("payees");
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<int>("duplicates");
    QTest::newRow("OFX 1.x SGML, unclosed tags, entity, decimal comma, repeated FITID")
        << "bank_v1.ofx"
        << "USD" << QList<qint64> { -4217, 150000, -999, -4217 }
        << sl({ "BARNES & NOBLE #123", "PAYROLL ACME", "STREAMING CO", "BARNES & NOBLE #123" })
        << QList<QDate> { QDate(2026, 1, 5), QDate(2026, 1, 15), QDate(2026, 1, 20), QDate(2026, 1, 5) } << 1;
    QTest::newRow("OFX 2.x XML, PAYEE aggregate, time zone")
        << "bank_v2.ofx"
        << "EUR" << QList<qint64> { -1500, 200050 } << sl({ "Café Élan", "Employer SE" })
        << QList<QDate> { QDate(2026, 2, 3), QDate(2026, 2, 28) } << 0;
}

void TestImport::ofx()
{
    // STMTTRN records come out with DTPOSTED, TRNAMT, NAME/PAYEE, MEMO and FITID; a FITID seen
    // earlier in the download is a duplicate.
    QFETCH(QString, file);
    QFETCH(QString, currency);
    QFETCH(QList<qint64>, amounts);
    QFETCH(QStringList, payees);
    QFETCH(QList<QDate>, dates);
    QFETCH(int, duplicates);
    const QByteArray data = sample(file);
    QCOMPARE(OfxParser::parse(data).currency, currency);
    const ImportPreview p = BankImport::previewOfx(data, 2, nullptr);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.rows.size(), amounts.size());
    for (qsizetype i = 0; i < p.rows.size(); ++i) {
        QCOMPARE(p.rows[i].amount, amounts[i]);
        QCOMPARE(p.rows[i].payee, payees[i]);
        QCOMPARE(p.rows[i].date, dates[i]);
        QVERIFY(!p.rows[i].fitId.isEmpty());
    }
    QCOMPARE(p.count(ImportRow::Status::Duplicate), duplicates);
    QCOMPARE(p.count(ImportRow::Status::Error), 0);
}

void TestImport::duplicatesAgainstBudgetSkipped()
{
    // Importing the same statement twice adds nothing the second time: OFX by FITID, CSV by
    // date + amount + payee. Memo differences do not matter.
    Device dev;
    const QByteArray ofx = sample(QStringLiteral("bank_v1.ofx"));
    QVERIFY(dev.run(dev.budget.importTransactions(BankImport::previewOfx(ofx, 2, &dev.budget.index()))));
    QCOMPARE(dev.budget.index().rowCount(), 3);
    const ImportPreview again = BankImport::previewOfx(ofx, 2, &dev.budget.index());
    QCOMPARE(again.count(ImportRow::Status::New), 0);
    QCOMPARE(again.count(ImportRow::Status::Duplicate), 4);
    QVERIFY(dev.budget.importTransactions(again).isEmpty());

    CsvMapping m;
    m.payeeColumn = 1;
    m.amountColumn = 2;
    m.memoColumn = 3;
    const QByteArray csv = sample(QStringLiteral("generic_comma.csv"));
    QVERIFY(dev.run(dev.budget.importTransactions(BankImport::previewCsv(csv, m, 2, &dev.budget.index()))));
    QCOMPARE(dev.budget.index().rowCount(), 8);
    QByteArray edited = csv;
    edited.replace("weekly shop", "different memo");
    edited.append("2026-02-01,New Shop,-1.00,\r\n");
    const ImportPreview second = BankImport::previewCsv(edited, m, 2, &dev.budget.index());
    QCOMPARE(second.count(ImportRow::Status::Duplicate), 5);
    QCOMPARE(second.count(ImportRow::Status::New), 1);
    QVERIFY(second.rows[0].error.contains(QLatin1String("existing")));
}

void TestImport::garbageNeverCrashes()
{
    // Every prefix of every sample, and seeded random bytes, parse without crashing; whatever
    // rows come out have valid dates or are marked as errors.
    const quint32 seed = qEnvironmentVariableIsSet("VV_TEST_SEED") ? qEnvironmentVariable("VV_TEST_SEED").toUInt()
                                                                   : QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    CsvMapping csvMap;
    csvMap.delimiter = QChar();
    csvMap.amountColumn = -1;
    csvMap.debitColumn = 2;
    csvMap.creditColumn = 3;
    QList<QByteArray> inputs;
    for (const char* f : { "generic_comma.csv", "de_sparkasse.csv", "us_debit_credit.csv", "malformed.csv",
             "bank_v1.ofx", "bank_v2.ofx" }) {
        const QByteArray data = sample(QString::fromLatin1(f));
        for (qsizetype n = 0; n <= data.size(); n += 7)
            inputs << data.left(n);
    }
    for (int i = 0; i < 200; ++i) {
        QByteArray junk(rng.bounded(1, 400), Qt::Uninitialized);
        const char alphabet[] = "<>/\",;\t\r\n\"0123456789.-STMTRNAFIDOX \xC3\xA9\xFF";
        for (char& c : junk)
            c = alphabet[rng.bounded(static_cast<int>(sizeof alphabet) - 1)];
        inputs << junk;
    }
    for (const QByteArray& in : std::as_const(inputs)) {
        for (const ImportPreview& p :
            { BankImport::previewCsv(in, csvMap, 2, nullptr), BankImport::previewOfx(in, 2, nullptr) }) {
            for (const ImportRow& r : p.rows)
                QVERIFY(r.status == ImportRow::Status::Error || r.date.isValid());
        }
    }
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
