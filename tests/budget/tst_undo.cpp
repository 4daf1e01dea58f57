// Undo/redo of every command (Change::inverse), and convergence: the same ops applied in any
// order give the same state and balances.
#include "BudgetFixture.h"
#include "budget/BankImport.h"
#include "budget/Schema.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace vv::budget;
using vv::budget::test::Device;
using vv::budget::test::Script;
using vv::budget::test::visibleContent;
using vv::store::BudgetState;
using vv::store::Operation;

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void undoRedo_data();
    void undoRedo();
    void undoAfterLaterEditStillWins();
    void remoteDeleteIsNotResurrected();
    void convergence();
};

// Content with entity ids and references left out, plus every balance: for changes whose
// undo or redo must re-create entities under new ids (deletes are permanent).
static QByteArray contentWithoutIds(const Device& dev)
{
    QStringList parts;
    const QJsonArray all = QJsonDocument::fromJson(visibleContent(dev.state)).array();
    for (const QJsonValue& v : all) {
        QJsonObject fields = v.toArray().at(2).toObject();
        fields.remove(schema::TransactionId);
        parts << v.toArray().at(0).toString() + QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    }
    parts.sort();
    for (const Envelope& e : dev.budget.envelopes())
        parts << e.name + QLatin1Char('=') + QString::number(dev.budget.envelopeBalance(e.id));
    parts << QStringLiteral("_=") + QString::number(dev.budget.unassigned());
    return parts.join(QLatin1Char('\n')).toUtf8();
}

void TestUndo::undoRedo_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("sameIds"); // undo restores the very same entities
    for (const char* c : { "budgetInfo", "createEnvelope", "rename", "color", "category", "archive", "target",
             "priority", "goal", "allocate", "move", "fill", "addTx", "addSplitTx", "editTx", "cleared", "setSplits",
             "createBill", "editBill", "payBill", "import" })
        QTest::newRow(c) << QString::fromLatin1(c) << true;
    QTest::newRow("deleteTx") << QStringLiteral("deleteTx") << false;
    QTest::newRow("deleteSplitTx") << QStringLiteral("deleteSplitTx") << false;
    QTest::newRow("deleteBill") << QStringLiteral("deleteBill") << false;
    QTest::newRow("unsplit") << QStringLiteral("unsplit") << false; // removes the line entities
}

void TestUndo::undoRedo()
{
    // Apply a command, undo it: the visible state (canonicalJson without stamps/tombstones)
    // equals the state before. Redo: the same content and balances as the first apply.
    QFETCH(QString, command);
    QFETCH(bool, sameIds);
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env Food 30000 1; env Home 50000 2; income 100000; alloc Food 10000; "
                                 "tx Food -2500 2026-01-10; split -3000 Food:-1000,Home:-2000")));
    Bill bill;
    bill.name = QStringLiteral("Rent");
    bill.amount = 40000;
    bill.envelopeId = s.id(QStringLiteral("Home"));
    bill.startDate = QDate(2026, 1, 31);
    const Change billChange = dev.budget.createBill(bill);
    QVERIFY(dev.run(billChange));
    bill.id = billChange.createdId;
    const QString food = s.id(QStringLiteral("Food"));
    const QString home = s.id(QStringLiteral("Home"));
    QString plainTx;
    QString splitTx;
    for (qsizetype i = 0; i < dev.budget.index().rowCount(); ++i) {
        const LedgerRow& r = dev.budget.index().row(i);
        if (r.splitCount > 0)
            splitTx = r.id;
        else if (r.envelopeId == food)
            plainTx = r.id;
    }
    QVERIFY(!plainTx.isEmpty() && !splitTx.isEmpty());

    Budget& b = dev.budget;
    Change c;
    if (command == QLatin1String("budgetInfo")) {
        c = b.setBudgetInfo(QStringLiteral("Family"), QStringLiteral("USD"));
    } else if (command == QLatin1String("createEnvelope")) {
        Envelope e;
        e.name = QStringLiteral("Fun");
        c = b.createEnvelope(e);
    } else if (command == QLatin1String("rename")) {
        c = b.renameEnvelope(food, QStringLiteral("Groceries"));
    } else if (command == QLatin1String("color")) {
        c = b.setEnvelopeColor(food, QStringLiteral("#ff0000"));
    } else if (command == QLatin1String("category")) {
        c = b.setEnvelopeCategory(food, QStringLiteral("Needs"));
    } else if (command == QLatin1String("archive")) {
        c = b.setEnvelopeArchived(food, true);
    } else if (command == QLatin1String("target")) {
        c = b.setEnvelopeTarget(food, 12345);
    } else if (command == QLatin1String("priority")) {
        c = b.setEnvelopePriority(home, 0);
    } else if (command == QLatin1String("goal")) {
        c = b.setEnvelopeGoal(home, 1000000, QDate(2027, 1, 1));
    } else if (command == QLatin1String("allocate")) {
        c = b.allocate(home, 777, Month(2026, 1));
    } else if (command == QLatin1String("move")) {
        c = b.moveMoney(food, home, 555, Month(2026, 1));
    } else if (command == QLatin1String("fill")) {
        c = b.fillToTargets(Month(2026, 1));
    } else if (command == QLatin1String("addTx")) {
        Transaction t;
        t.date = QDate(2026, 1, 20);
        t.payee = QStringLiteral("Shop");
        t.amount = -999;
        t.envelopeId = food;
        c = b.addTransaction(t);
    } else if (command == QLatin1String("addSplitTx")) {
        Transaction t;
        t.date = QDate(2026, 1, 20);
        t.amount = -999;
        t.splits = { SplitLine { {}, {}, food, -500, {} }, SplitLine { {}, {}, home, -499, {} } };
        c = b.addTransaction(t);
    } else if (command == QLatin1String("editTx")) {
        Transaction t = *b.transaction(plainTx);
        t.amount = -3100;
        t.envelopeId = home;
        t.payee = QStringLiteral("Changed");
        t.date = QDate(2026, 2, 1);
        c = b.updateTransaction(t);
    } else if (command == QLatin1String("cleared")) {
        c = b.setCleared(plainTx, true);
    } else if (command == QLatin1String("setSplits")) {
        c = b.setSplits(plainTx, { SplitLine { {}, {}, food, -2000, {} }, SplitLine { {}, {}, home, -500, {} } });
    } else if (command == QLatin1String("unsplit")) {
        c = b.setSplits(splitTx, {});
    } else if (command == QLatin1String("createBill")) {
        Bill other = bill;
        other.name = QStringLiteral("Phone");
        c = b.createBill(other);
    } else if (command == QLatin1String("editBill")) {
        Bill edited = *b.bill(bill.id);
        edited.amount = 41000;
        edited.frequency = Frequency::Yearly;
        c = b.updateBill(edited);
    } else if (command == QLatin1String("payBill")) {
        c = b.payBill(bill.id);
    } else if (command == QLatin1String("import")) {
        CsvMapping m;
        const QByteArray csv = "Date,Amount,Payee\n2026-01-21,-12.00,Cafe\n2026-01-22,30.00,Refund\n";
        c = b.importTransactions(BankImport::previewCsv(csv, m, 2, &b.index()), food);
    } else if (command == QLatin1String("deleteTx")) {
        c = b.deleteTransaction(plainTx);
    } else if (command == QLatin1String("deleteSplitTx")) {
        c = b.deleteTransaction(splitTx);
    } else if (command == QLatin1String("deleteBill")) {
        c = b.deleteBill(bill.id);
    }
    QVERIFY2(c.isValid(), qPrintable(c.error));
    QVERIFY(!c.isEmpty());
    QVERIFY(!c.description.isEmpty());

    const QByteArray before = visibleContent(dev.state);
    const QByteArray beforeLoose = contentWithoutIds(dev);
    QVERIFY(b.redo(c));
    const QByteArray afterLoose = contentWithoutIds(dev);
    QVERIFY(visibleContent(dev.state) != before);
    QVERIFY(b.undo(c));
    if (sameIds)
        QCOMPARE(visibleContent(dev.state), before);
    QCOMPARE(contentWithoutIds(dev), beforeLoose);
    QVERIFY(b.redo(c));
    QCOMPARE(contentWithoutIds(dev), afterLoose);
    QVERIFY(b.undo(c)); // a second round trip works too (aliases follow re-created entities)
    QCOMPARE(contentWithoutIds(dev), beforeLoose);
}

void TestUndo::undoAfterLaterEditStillWins()
{
    // Undo ops are stamped when committed, so they win over the edit they undo even though the
    // Change was planned earlier.
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env Food")));
    const QString food = s.id(QStringLiteral("Food"));
    const Change rename = dev.budget.renameEnvelope(food, QStringLiteral("A"));
    QVERIFY(dev.budget.redo(rename));
    QVERIFY(dev.budget.undo(rename));
    QCOMPARE(dev.budget.envelope(food)->name, QStringLiteral("Food"));
    QVERIFY(dev.budget.redo(rename));
    QCOMPARE(dev.budget.envelope(food)->name, QStringLiteral("A"));
}

void TestUndo::remoteDeleteIsNotResurrected()
{
    // Another device deleted the transaction; undoing our earlier edit must not bring it back.
    Device dev;
    Script s { dev, {}, {} };
    QVERIFY(s.run(QStringLiteral("env Food; tx Food -100")));
    const QString tx = dev.budget.index().row(0).id;
    const Change clear = dev.budget.setCleared(tx, true);
    QVERIFY(dev.budget.redo(clear));
    vv::store::HybridLogicalClock other(QStringLiteral("devB"), [] { return 1'900'000'000'000LL; });
    const Operation del = Operation::makeDelete(schema::Transaction, tx, other.now());
    dev.state.apply(del);
    dev.budget.operationsApplied({ del });
    QCOMPARE(dev.budget.index().rowCount(), 0);
    QVERIFY(dev.budget.undo(clear));
    QCOMPARE(dev.budget.index().rowCount(), 0);
    QCOMPARE(dev.budget.envelopeBalance(s.id(QStringLiteral("Food"))), 0);
}

void TestUndo::convergence()
{
    // Two devices share a base, then work concurrently (allocations, spending, edits of the
    // same transaction and envelope, split edits, undo). Every replica that folds the union of
    // their ops, in any seeded-shuffled order, ends with identical state and balances.
    const quint32 seed = qEnvironmentVariableIsSet("VV_TEST_SEED") ? qEnvironmentVariable("VV_TEST_SEED").toUInt()
                                                                   : QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator rng(seed);
    Device a(QStringLiteral("devA"));
    Device b(QStringLiteral("devB"));
    b.wallMs = a.wallMs + 3; // clocks a little apart
    Script sa { a, {}, {} };
    QVERIFY(
        sa.run(QStringLiteral("env Food 20000 1; env Home 50000 2; income 100000; split -3000 Food:-1000,Home:-2000; "
                              "tx Food -700")));
    b.state.applyAll(a.log);
    b.budget.reload();
    Script sb { b, sa.ids, {} };
    const qsizetype base = a.log.size();
    const QString food = sa.id(QStringLiteral("Food"));
    const QString home = sa.id(QStringLiteral("Home"));
    QString splitTx;
    QString plainTx;
    for (qsizetype i = 0; i < a.budget.index().rowCount(); ++i) {
        const LedgerRow& r = a.budget.index().row(i);
        (r.splitCount > 0 ? splitTx : plainTx) = r.amount == 100000 ? plainTx : r.id;
    }
    QVERIFY(!splitTx.isEmpty() && !plainTx.isEmpty());

    QVERIFY(sa.run(QStringLiteral("alloc Food 15000; move Food Home 2000; tx Home -5000 2026-01-20")));
    QVERIFY(a.run(a.budget.renameEnvelope(food, QStringLiteral("Groceries"))));
    Transaction ta = *a.budget.transaction(plainTx);
    ta.amount = -900;
    QVERIFY(a.run(a.budget.updateTransaction(ta)));
    QList<SplitLine> linesA = a.budget.transaction(splitTx)->splits;
    linesA[0].amount -= 50;
    linesA[1].amount += 50;
    QVERIFY(a.run(a.budget.setSplits(splitTx, linesA)));

    QVERIFY(sb.run(QStringLiteral("fill; income 25000 2026-01-25; tx Food -1234 2026-01-26")));
    QVERIFY(b.run(b.budget.renameEnvelope(food, QStringLiteral("Food & Drink"))));
    Transaction tb = *b.budget.transaction(plainTx);
    tb.envelopeId = home;
    tb.amount = -800;
    QVERIFY(b.run(b.budget.updateTransaction(tb)));
    const Change undone = b.budget.allocate(home, 999, Month(2026, 1));
    QVERIFY(b.run(undone));
    QVERIFY(b.budget.undo(undone));
    QVERIFY(b.run(b.budget.deleteTransaction(splitTx)));

    QList<Operation> all = a.log;
    all.append(b.log); // b's log holds only what b committed
    auto replica = [&](QList<Operation> ops, BudgetState& state) {
        for (qsizetype i = ops.size() - 1; i > 0; --i)
            ops.swapItemsAt(i, rng.bounded(static_cast<int>(i + 1)));
        state.applyAll(ops);
    };
    BudgetState reference;
    reference.applyAll(all);
    vv::store::HybridLogicalClock clock(QStringLiteral("reader"));
    const Budget refBudget(reference, {}, clock);
    for (int round = 0; round < 5; ++round) {
        BudgetState state;
        replica(all, state);
        QCOMPARE(state.canonicalJson(), reference.canonicalJson());
        const Budget budget(state, {}, clock);
        QCOMPARE(budget.unassigned(), refBudget.unassigned());
        for (const QString& id : { food, home })
            QCOMPARE(budget.envelopeBalance(id), refBudget.envelopeBalance(id));
    }
    // The devices themselves converge once they exchange the ops they are missing.
    const QList<Operation> fromA = a.log.mid(base);
    const QList<Operation> fromB = b.log;
    a.state.applyAll(fromB);
    a.budget.operationsApplied(fromB);
    b.state.applyAll(fromA);
    b.budget.operationsApplied(fromA);
    QCOMPARE(a.state.canonicalJson(), reference.canonicalJson());
    QCOMPARE(b.state.canonicalJson(), reference.canonicalJson());
    for (const QString& id : { food, home, QString() }) {
        QCOMPARE(a.budget.envelopeBalance(id), refBudget.envelopeBalance(id));
        QCOMPARE(b.budget.envelopeBalance(id), refBudget.envelopeBalance(id));
    }
    // The transaction both edited merges per field: B alone moved it to Home; both changed
    // the amount and A's write carries the later stamp (A made more edits after the base).
    QCOMPARE(a.budget.transaction(plainTx)->envelopeId, home);
    QCOMPARE(a.budget.transaction(plainTx)->amount, -900);
    QVERIFY(!a.budget.transaction(splitTx)); // deleted on B: stays deleted
    // Both renamed the envelope: the rename with the greater stamp wins everywhere.
    const Operation* lastRename = nullptr;
    for (const Operation& o : std::as_const(all)) {
        if (o.entityId == food && o.field == schema::Name && (!lastRename || o.stamp > lastRename->stamp))
            lastRename = &o;
    }
    QVERIFY(lastRename);
    QCOMPARE(a.budget.envelope(food)->name, lastRename->value.toString());
    QCOMPARE(b.budget.envelope(food)->name, lastRename->value.toString());
    qint64 sum = a.budget.unassigned();
    for (const Envelope& e : a.budget.envelopes())
        sum += a.budget.envelopeBalance(e.id);
    QCOMPARE(sum, a.budget.index().totalOfTransactions());
}

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
