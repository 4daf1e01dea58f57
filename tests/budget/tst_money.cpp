// Money text conversion: exact (no floating point) formatting and parsing per locale.
#include "budget/Money.h"

#include <QTest>

using vv::budget::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void formatUsesNonBreakingSpace();
    void parse_data();
    void parse();
    void parseFixed_data();
    void parseFixed();
    void roundTrip_data();
    void roundTrip();
    void decimals();
};

// Qt puts U+00A0/U+202F where a line must not break; the table writes them as '_' and '~'.
static QString spaces(QString s)
{
    s.replace(QLatin1Char('_'), QChar(0x00A0));
    s.replace(QLatin1Char('~'), QChar(0x202F));
    return s;
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de EUR") << qint64(12345) << "EUR"
                            << "de_DE"
                            << "123,45_€";
    QTest::newRow("de EUR grouping") << qint64(123456789) << "EUR"
                                     << "de_DE"
                                     << "1.234.567,89_€";
    QTest::newRow("de EUR negative") << qint64(-5) << "EUR"
                                     << "de_DE"
                                     << "-0,05_€";
    QTest::newRow("de zero") << qint64(0) << "EUR"
                             << "de_DE"
                             << "0,00_€";
    QTest::newRow("en_US USD") << qint64(123456) << "USD"
                               << "en_US"
                               << "$1,234.56";
    QTest::newRow("en_US USD negative (accounting)") << qint64(-1250) << "USD"
                                                     << "en_US"
                                                     << "($12.50)";
    QTest::newRow("en_US EUR symbol") << qint64(100) << "EUR"
                                      << "en_US"
                                      << "€1.00";
    QTest::newRow("fr_FR EUR narrow nbsp groups") << qint64(123456789) << "EUR"
                                                  << "fr_FR"
                                                  << "1~234~567,89_€";
    QTest::newRow("de_CH CHF apostrophe") << qint64(123456) << "CHF"
                                          << "de_CH"
                                          << "1’234.56_CHF";
    QTest::newRow("ja JPY no decimals") << qint64(1234) << "JPY"
                                        << "ja_JP"
                                        << "￥1,234";
    QTest::newRow("en_US KWD three decimals") << qint64(1234567) << "KWD"
                                              << "en_US"
                                              << "KWD_1,234.567";
    QTest::newRow("en_IN lakh grouping") << qint64(1234567800) << "INR"
                                         << "en_IN"
                                         << "₹1,23,45,678.00";
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << "USD"
                               << "en_US"
                               << "$92,233,720,368,547,758.07";
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << "USD"
                               << "en_US"
                               << "($92,233,720,368,547,758.08)";
}

void TestMoney::format()
{
    // Formatting a minor-unit amount must give the locale's pattern with the exact digits.
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Money::format(minor, currency, QLocale(locale)), spaces(expected));
}

void TestMoney::formatUsesNonBreakingSpace()
{
    // The brief's example: 12345 EUR in de_DE reads "123,45 €" (with a no-break space).
    QString s = vv::budget::formatMoney(12345, QStringLiteral("EUR"), QLocale(QStringLiteral("de_DE")));
    s.replace(QChar(0x00A0), QLatin1Char(' '));
    QCOMPARE(s, QStringLiteral("123,45 €"));
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    auto row = [](const char* name, const char* in, const char* loc, int dec, bool ok, qint64 v) {
        QTest::newRow(name) << QString::fromUtf8(in) << QString::fromLatin1(loc) << dec << ok << v;
    };
    row("de grouped", "1.234,56", "de_DE", 2, true, 123456);
    row("en negative", "-12.50", "en_US", 2, true, -1250);
    row("integer", "12", "en_US", 2, true, 1200);
    row("de integer", "12", "de_DE", 2, true, 1200);
    row("en grouped", "1,234.56", "en_US", 2, true, 123456);
    row("one decimal", "12.5", "en_US", 2, true, 1250);
    row("leading point", ".5", "en_US", 2, true, 50);
    row("trailing point", "12.", "en_US", 2, true, 1200);
    row("de comma typed in en", "12,50", "en_US", 2, true, 1250);
    row("en thousands only", "1,234", "en_US", 2, true, 123400);
    row("de thousands only", "1.234", "de_DE", 2, true, 123400);
    row("de point decimal typed", "12.5", "de_DE", 2, true, 1250);
    row("en point decimal in de with comma later", "1.234.567,8", "de_DE", 2, true, 123456780);
    row("en multiple group", "1,234,567", "en_US", 2, true, 123456700);
    row("both separators en order in de", "1,234.56", "de_DE", 2, true, 123456);
    row("fr spaces", "1 234,56", "fr_FR", 2, true, 123456);
    row("fr narrow nbsp", "1\u202f234,56", "fr_FR", 2, true, 123456);
    row("de_CH apostrophe", "1'234.50", "de_CH", 2, true, 123450);
    row("de_CH typographic apostrophe", "1\u2019234.50", "de_CH", 2, true, 123450);
    row("currency suffix", "12,50 €", "de_DE", 2, true, 1250);
    row("currency prefix", "$1,000", "en_US", 2, true, 100000);
    row("currency code", "EUR -3,10", "de_DE", 2, true, -310);
    row("accounting parentheses", "(12.50)", "en_US", 2, true, -1250);
    row("trailing minus", "12.50-", "en_US", 2, true, -1250);
    row("unicode minus", "\u221212.50", "en_US", 2, true, -1250);
    row("plus sign", "+7", "en_US", 2, true, 700);
    row("spaces around", "  42.00  ", "en_US", 2, true, 4200);
    row("extra zero decimals ok", "12.500", "en_US", 2, true, 1250);
    row("too precise refused", "12.345", "en_US", 2, false, 0);
    row("jpy integer", "1,234", "ja_JP", 0, true, 1234);
    row("jpy decimals refused", "12.5", "ja_JP", 0, false, 0);
    row("kwd three decimals", "1.234", "en_US", 3, true, 1234);
    row("arabic digits", "\u0661\u0662\u066b\u0665\u0660", "ar_EG", 2, true, 1250);
    row("empty", "", "en_US", 2, false, 0);
    row("just minus", "-", "en_US", 2, false, 0);
    row("letters", "abc", "en_US", 2, false, 0);
    row("exponent", "1e3", "en_US", 2, false, 0);
    row("letters inside", "1,2x34", "en_US", 2, false, 0);
    row("two decimal points", "1.2.3", "en_US", 2, true, 12300); // 1.2.3: '.' twice = grouping
    row("double minus", "--5", "en_US", 2, false, 0);
    row("minus and parentheses", "-(5)", "en_US", 2, false, 0);
    row("unbalanced parenthesis", "(5", "en_US", 2, false, 0);
    row("group at start", ",123", "en_US", 2, false, 0);
    row("overflow", "92233720368547758.08", "en_US", 2, false, 0);
    row("max", "92233720368547758.07", "en_US", 2, true, std::numeric_limits<qint64>::max());
    row("zero", "0", "en_US", 2, true, 0);
    row("negative zero", "-0.00", "en_US", 2, true, 0);
}

void TestMoney::parse()
{
    // User input must parse to exact minor units, or be refused (never rounded).
    QFETCH(QString, input);
    QFETCH(QString, locale);
    QFETCH(int, decimals);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const std::optional<qint64> v = Money::parse(input, QLocale(locale), decimals);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, expected);
}

void TestMoney::parseFixed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QChar>("decimal");
    QTest::addColumn<QChar>("group");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("point") << "-12.50" << QChar(u'.') << QChar() << true << qint64(-1250);
    QTest::newRow("comma") << "-1.234,56" << QChar(u',') << QChar(u'.') << true << qint64(-123456);
    QTest::newRow("group not allowed") << "1,234.00" << QChar(u'.') << QChar() << false << qint64(0);
    QTest::newRow("misplaced group") << "1..234,00" << QChar(u',') << QChar(u'.') << false << qint64(0);
    QTest::newRow("two decimals") << "1,2,3" << QChar(u',') << QChar() << false << qint64(0);
    QTest::newRow("empty") << "" << QChar(u'.') << QChar() << false << qint64(0);
    // Letters used to be dropped wherever they were: "1e3" read as 13 (13.00), not refused.
    QTest::newRow("exponent refused") << "1e3" << QChar(u'.') << QChar() << false << qint64(0);
    QTest::newRow("exponent with decimals refused") << "1.5e2" << QChar(u'.') << QChar() << false << qint64(0);
    QTest::newRow("letters inside refused") << "12abc34" << QChar(u'.') << QChar() << false << qint64(0);
    QTest::newRow("symbol inside refused") << "1$000" << QChar(u'.') << QChar() << false << qint64(0);
    QTest::newRow("letters only") << "abc" << QChar(u'.') << QChar() << false << qint64(0);
    QTest::newRow("code before kept") << "EUR -3.10" << QChar(u'.') << QChar() << true << qint64(-310);
    QTest::newRow("symbol after kept") << "12,50 EUR" << QChar(u',') << QChar() << true << qint64(1250);
}

void TestMoney::parseFixed()
{
    // Bank formats are strict: only the configured separators are accepted.
    QFETCH(QString, input);
    QFETCH(QChar, decimal);
    QFETCH(QChar, group);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const std::optional<qint64> v = Money::parseFixed(input, decimal, group, 2);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, expected);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    for (const char* l : { "de_DE", "en_US", "fr_FR", "de_CH", "ja_JP", "en_IN", "nl_NL", "ar_EG" }) {
        for (const char* c : { "EUR", "USD", "JPY", "KWD" })
            QTest::addRow("%s %s", l, c) << QString::fromLatin1(l) << QString::fromLatin1(c);
    }
}

void TestMoney::roundTrip()
{
    // Whatever we display, the user can paste back and get the same minor units.
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    const QLocale loc(locale);
    const int dec = Money::decimals(currency);
    for (const qint64 v :
        { qint64(0), qint64(1), qint64(-1), qint64(99), qint64(12345), qint64(-123456789), qint64(100000000000LL) }) {
        const QString shown = Money::format(v, currency, loc);
        const std::optional<qint64> back = Money::parse(shown, loc, dec);
        QVERIFY2(back.has_value(), qPrintable(shown));
        QCOMPARE(*back, v);
    }
}

void TestMoney::decimals()
{
    QCOMPARE(Money::decimals(QStringLiteral("EUR")), 2);
    QCOMPARE(Money::decimals(QStringLiteral("jpy")), 0);
    QCOMPARE(Money::decimals(QStringLiteral("KWD")), 3);
    QCOMPARE(Money::toPlain(-1250, 2), QStringLiteral("-12.50"));
    QCOMPARE(Money::toPlain(5, 3), QStringLiteral("0.005"));
    QCOMPARE(Money::toPlain(42, 0), QStringLiteral("42"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
