// `tx add --amount` parsing: exact minor units from text, no floating point, nothing ambiguous
// accepted (a comma could be a decimal or a group separator, so it is refused outright).
#include "TxCommand.h"

#include <QTest>

#include <optional>

using vv::cli::TxCommand;

class TestTxAmount : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("expense") << QStringLiteral("-12.50") << 2 << true << qint64(-1250);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << 2 << true << qint64(1250);
        QTest::newRow("integer") << QStringLiteral("1500") << 2 << true << qint64(150000);
        QTest::newRow("plus sign") << QStringLiteral("+3") << 2 << true << qint64(300);
        QTest::newRow("a cent") << QStringLiteral("0.01") << 2 << true << qint64(1);
        QTest::newRow("0.1 is exact") << QStringLiteral("0.10") << 2 << true << qint64(10);
        QTest::newRow("surrounding spaces") << QStringLiteral("  -4.20 ") << 2 << true << qint64(-420);
        QTest::newRow("extra zero decimals") << QStringLiteral("1.500") << 2 << true << qint64(150);
        QTest::newRow("JPY no decimals") << QStringLiteral("1200") << 0 << true << qint64(1200);
        QTest::newRow("BHD three decimals") << QStringLiteral("1.234") << 3 << true << qint64(1234);
        QTest::newRow("large exact") << QStringLiteral("92233720368547.58") << 2 << true << qint64(9223372036854758);
        QTest::newRow("too many decimals") << QStringLiteral("12.505") << 2 << false << qint64(0);
        QTest::newRow("JPY with decimals") << QStringLiteral("12.5") << 0 << false << qint64(0);
        QTest::newRow("comma") << QStringLiteral("12,50") << 2 << false << qint64(0);
        QTest::newRow("grouping") << QStringLiteral("1,000.00") << 2 << false << qint64(0);
        QTest::newRow("space grouping") << QStringLiteral("1 000") << 2 << false << qint64(0);
        QTest::newRow("empty") << QString() << 2 << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("abc") << 2 << false << qint64(0);
        QTest::newRow("exponent") << QStringLiteral("1e3") << 2 << false << qint64(0);
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << 2 << false << qint64(0);
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << 2 << false << qint64(0);
        QTest::newRow("overflow") << QStringLiteral("92233720368547758.08") << 2 << false << qint64(0);
    }

    // Tried: each row's text. Must hold: valid rows give exactly `minor`, the others nothing.
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const std::optional<qint64> parsed = TxCommand::parseAmount(text, decimals);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, minor);
    }
};

QTEST_GUILESS_MAIN(TestTxAmount)
#include "tst_txamount.moc"
