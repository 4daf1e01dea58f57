// Export: the ledger as RFC 4180 CSV, and the versioned JSON backup that restores into an
// empty budget (as ops) with identical content.
#include "BudgetFixture.h"
#include "budget/CsvReader.h"
#include "budget/Exporter.h"
#include "budget/Money.h"
#include "budget/Schema.h"

#include <QTest>

using namespace vv::budget;
using vv::budget::test::Device;
using vv::budget::test::Script;
using vv::budget::test::visibleContent;

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void ledgerCsv();
    void backupRoundTrip();
    void backupRefusals_data();
    void backupRefusals();
    void restoreIsUndoable();
    void restoreIntoNewBudgetWithSettings();

private:
    static void fill(Device& dev, Script& s);
};

void TestExport::fill(Device& dev, Script& s)
{
    QVERIFY(dev.run(dev.budget.setBudgetInfo(QStringLiteral("Family \"Budget\""), QStringLiteral("EUR"))));
    QVERIFY(s.run(QStringLiteral("env Food 30000 1; env Home 50000 2; income 250000 2026-01-01; alloc Food 30000; "
                                 "move Food Home 500; split -3000 Food:-1000,Home:-2000; fill")));
    Transaction t;
    t.date = QDate(2026, 1, 20);
    t.payee = QStringLiteral("Smith, Jones & \"Co\"");
    t.note = QStringLiteral("two\nlines");
    t.amount = -12345;
    t.envelopeId = s.id(QStringLiteral("Food"));
    t.cleared = true;
    t.fitId = QStringLiteral("F1");
    QVERIFY(dev.run(dev.budget.addTransaction(t)));
    Bill b;
    b.name = QStringLiteral("Rent");
    b.amount = 90000;
    b.envelopeId = s.id(QStringLiteral("Home"));
    b.frequency = Frequency::Monthly;
    b.startDate = QDate(2026, 1, 31);
    const Change bill = dev.budget.createBill(b);
    QVERIFY(dev.run(bill));
    QVERIFY(dev.run(dev.budget.payBill(bill.createdId)));
    QVERIFY(dev.run(dev.budget.setEnvelopeGoal(s.id(QStringLiteral("Home")), 500000, QDate(2026, 12, 1))));
    // A field cleared by an undo (null) must not break the round trip.
    const Change color = dev.budget.setEnvelopeColor(s.id(QStringLiteral("Food")), QStringLiteral("#123456"));
    QVERIFY(dev.run(color));
}

void TestExport::ledgerCsv()
{
    // The CSV reads back (with our own RFC 4180 reader) into the same fields: quotes,
    // commas and newlines in payees and notes survive; a split gives one row per line.
    Device dev;
    Script s { dev, {}, {} };
    fill(dev, s);
    const QByteArray csv = Exporter::ledgerCsv(dev.budget);
    QVERIFY(csv.contains("\r\n"));
    QVERIFY(csv.contains("\"Smith, Jones & \"\"Co\"\"\""));
    const CsvReader::Result r = CsvReader::parse(QString::fromUtf8(csv), QLatin1Char(','));
    QCOMPARE(r.errors.size(), 0);
    QCOMPARE(r.records.first().fields,
        (QStringList { QStringLiteral("Date"), QStringLiteral("Payee"), QStringLiteral("Amount"),
            QStringLiteral("Envelope"), QStringLiteral("Memo"), QStringLiteral("Cleared"), QStringLiteral("Id") }));
    // income, split (2 rows), the expense, the bill payment
    QCOMPARE(r.records.size(), 1 + 1 + 2 + 1 + 1);
    qint64 total = 0;
    bool sawQuoted = false;
    for (qsizetype i = 1; i < r.records.size(); ++i) {
        const QStringList& f = r.records[i].fields;
        QCOMPARE(f.size(), 7);
        total += *Money::parseFixed(f[2], QLatin1Char('.'), QChar(), 2);
        if (f[1] == QLatin1String("Smith, Jones & \"Co\"")) {
            sawQuoted = true;
            QCOMPARE(f[4], QStringLiteral("two\nlines"));
            QCOMPARE(f[2], QStringLiteral("-123.45"));
            QCOMPARE(f[3], QStringLiteral("Food"));
            QCOMPARE(f[5], QStringLiteral("yes"));
        }
    }
    QVERIFY(sawQuoted);
    QCOMPARE(total, dev.budget.index().totalOfTransactions());
}

void TestExport::backupRoundTrip()
{
    // Backup -> restore into an empty budget -> backup again gives the same bytes, and the
    // restored budget has the same balances, ledger, bills and goals.
    Device dev;
    Script s { dev, {}, {} };
    fill(dev, s);
    const QByteArray backup = Exporter::backupJson(dev.state);
    QVERIFY(backup.contains("\"version\": 1"));

    Device restored(QStringLiteral("devR"));
    const Change c = restored.budget.restoreBackup(backup);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    QVERIFY(restored.budget.redo(c));
    QCOMPARE(Exporter::backupJson(restored.state), backup);
    QCOMPARE(restored.budget.info().name, QStringLiteral("Family \"Budget\""));
    QCOMPARE(restored.budget.unassigned(), dev.budget.unassigned());
    for (const Envelope& e : dev.budget.envelopes()) {
        QCOMPARE(restored.budget.envelopeBalance(e.id), dev.budget.envelopeBalance(e.id));
        QCOMPARE(restored.budget.envelope(e.id)->goalAmount, e.goalAmount);
        QCOMPARE(restored.budget.envelopeMonth(e.id, Month(2026, 1)).funded,
            dev.budget.envelopeMonth(e.id, Month(2026, 1)).funded);
    }
    QCOMPARE(restored.budget.index().rowCount(), dev.budget.index().rowCount());
    QCOMPARE(restored.budget.bills().first().nextDue, dev.budget.bills().first().nextDue);
    QCOMPARE(Exporter::ledgerCsv(restored.budget), Exporter::ledgerCsv(dev.budget));
    // The restore is ordinary ops: another device folding them sees the same budget.
    vv::store::BudgetState other;
    other.applyAll(restored.log);
    QCOMPARE(visibleContent(other), visibleContent(restored.state));
}

void TestExport::backupRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{nope");
    QTest::newRow("not a backup") << QByteArray(R"({"format":"other","version":1,"entities":{}})");
    QTest::newRow("newer version") << QByteArray(R"({"format":"violetvault-backup","version":2,"entities":{}})");
    QTest::newRow("no version") << QByteArray(R"({"format":"violetvault-backup","entities":{}})");
    QTest::newRow("unknown type") << QByteArray(
        R"({"format":"violetvault-backup","version":1,"entities":{"secret":{"a":{"x":1}}}})");
    QTest::newRow("damaged entity") << QByteArray(
        R"({"format":"violetvault-backup","version":1,"entities":{"envelope":{"a":5}}})");
}

void TestExport::backupRefusals()
{
    // Anything that is not a backup we can read is refused with a message, writing nothing.
    QFETCH(QByteArray, json);
    Device dev;
    const Change c = dev.budget.restoreBackup(json);
    QVERIFY(!c.isValid());
    QVERIFY(c.ops.isEmpty());
}

void TestExport::restoreIsUndoable()
{
    // Restoring into a non-empty budget is refused; a restore into an empty one can be undone.
    Device source;
    Script s { source, {}, {} };
    fill(source, s);
    const QByteArray backup = Exporter::backupJson(source.state);
    QVERIFY(!source.budget.restoreBackup(backup).isValid());
    Device target(QStringLiteral("devT"));
    const Change c = target.budget.restoreBackup(backup);
    QVERIFY(target.budget.redo(c));
    QVERIFY(target.budget.index().rowCount() > 0);
    QVERIFY(target.budget.undo(c));
    QCOMPARE(visibleContent(target.state), QByteArray("[]"));
    QCOMPARE(target.budget.index().rowCount(), 0);
    QCOMPARE(target.budget.unassigned(), 0);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"

void TestExport::restoreIntoNewBudgetWithSettings()
{
    // Tried: restore into a budget that holds only its own settings (what File → New Budget…
    // and `budget init` leave), undo it, and restore the same backup again. Must hold: the
    // restore is allowed and takes the backup's name and currency; undo gives the new budget's
    // own settings back and removes the rest; restoring again is refused with a clear reason
    // (the entities were deleted for good) instead of an empty "success".
    Device dev;
    Script s { dev, {}, {} };
    fill(dev, s);
    const QByteArray backup = Exporter::backupJson(dev.state);

    Device fresh(QStringLiteral("devN"));
    QVERIFY(fresh.run(fresh.budget.setBudgetInfo(QStringLiteral("New"), QStringLiteral("USD"))));
    const Change c = fresh.budget.restoreBackup(backup);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    QVERIFY(fresh.budget.redo(c));
    QCOMPARE(fresh.budget.info().name, QStringLiteral("Family \"Budget\""));
    QCOMPARE(fresh.budget.info().currency, QStringLiteral("EUR"));
    QCOMPARE(fresh.budget.unassigned(), dev.budget.unassigned());
    QVERIFY(fresh.budget.undo(c));
    QCOMPARE(fresh.budget.info().name, QStringLiteral("New"));
    QCOMPARE(fresh.budget.info().currency, QStringLiteral("USD"));
    QVERIFY(fresh.budget.envelopes().isEmpty());
    const Change again = fresh.budget.restoreBackup(backup);
    QVERIFY(!again.isValid());
    QVERIFY(again.error.contains(QStringLiteral("once")));

    // A budget with anything beyond its settings is refused and left alone.
    Device used(QStringLiteral("devU"));
    Script su { used, {}, {} };
    QVERIFY(su.run(QStringLiteral("env Food")));
    QVERIFY(!used.budget.restoreBackup(backup).isValid());
}
