#include "SignalCommand.h"

#include <QTest>

using vv::cli::SignalCommand;

// `--meta key=value` parsing for `violetvault-cli signal send`: typed values for the integer keys,
// and the shared whitelist deciding what may go on the wire.
class tst_CliMeta : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void tst_CliMeta::parse_data()
{
    QTest::addColumn<QStringList>("pairs");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariantMap>("expected");
    QTest::addColumn<QString>("secret"); // must not appear in the error text

    QTest::newRow("none") << QStringList {} << true << QVariantMap {} << QString();
    QTest::newRow("seq is an integer") << QStringList { QStringLiteral("seq=42") } << true
                                       << QVariantMap { { QStringLiteral("seq"), qint64(42) } } << QString();
    QTest::newRow("version stays text") << QStringList { QStringLiteral("version=3") } << true
                                        << QVariantMap { { QStringLiteral("version"), QStringLiteral("3") } }
                                        << QString();
    QTest::newRow("value with '='") << QStringList { QStringLiteral("version=a=b") } << true
                                    << QVariantMap { { QStringLiteral("version"), QStringLiteral("a=b") } }
                                    << QString();
    QTest::newRow("several") << QStringList { QStringLiteral("seq=1"), QStringLiteral("deviceId=dev-1") } << true
                             << QVariantMap { { QStringLiteral("seq"), qint64(1) },
                                    { QStringLiteral("deviceId"), QStringLiteral("dev-1") } }
                             << QString();
    QTest::newRow("amount refused") << QStringList { QStringLiteral("amount=1200") } << false << QVariantMap {}
                                    << QStringLiteral("1200");
    QTest::newRow("payee refused") << QStringList { QStringLiteral("payee=Landlord") } << false << QVariantMap {}
                                   << QStringLiteral("Landlord");
    QTest::newRow("seq text refused") << QStringList { QStringLiteral("seq=rent") } << false << QVariantMap {}
                                      << QStringLiteral("rent");
    QTest::newRow("negative seq refused")
        << QStringList { QStringLiteral("seq=-1") } << false << QVariantMap {} << QString();
    QTest::newRow("no '='") << QStringList { QStringLiteral("seq") } << false << QVariantMap {} << QString();
    QTest::newRow("empty key") << QStringList { QStringLiteral("=5") } << false << QVariantMap {} << QString();
    QTest::newRow("bad device id") << QStringList { QStringLiteral("deviceId=a b") } << false << QVariantMap {}
                                   << QString();
}

void tst_CliMeta::parse()
{
    // Tried: one --meta list. Must hold: accepted with exactly the typed map, or refused with an
    // error that does not repeat the refused value.
    QFETCH(QStringList, pairs);
    QFETCH(bool, accepted);
    QFETCH(QVariantMap, expected);
    QFETCH(QString, secret);
    QString error;
    const auto parsed = SignalCommand::parseMeta(pairs, &error);
    QCOMPARE(parsed.has_value(), accepted);
    if (accepted) {
        QCOMPARE(*parsed, expected);
    } else {
        QVERIFY(!error.isEmpty());
        if (!secret.isEmpty())
            QVERIFY2(!error.contains(secret), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(tst_CliMeta)
#include "tst_climeta.moc"
