#pragma once

// A household budget that looks like a real one after six months of use (Jun-Nov 2026):
// fourteen envelopes in four categories with targets and three savings goals, salary and some
// freelance income, weekly groceries and everyday spending from a fixed-seed generator, a split
// Costco run, monthly bills paid until October (November's partly due/overdue on 2026-11-28),
// and Dining Out overspent. Used for screenshots and demos; deterministic.
#include "budget/Budget.h"
#include "workspace/BudgetEditor.h"

#include <QHash>
#include <QRandomGenerator>

namespace vv::ui::test {

// Returns the reasons of any refused command (empty when all went in).
inline QStringList fillRealisticBudget(vv::budget::Budget& budget)
{
    using namespace vv::budget;
    QStringList refused;
    auto run = [&budget, &refused](const Change& c) {
        if (!c.isValid()) {
            refused << c.error;
            return false;
        }
        if (!budget.redo(c)) {
            refused << QStringLiteral("not stored: ") + c.description;
            return false;
        }
        return true;
    };
    struct Env {
        const char* name;
        const char* category;
        qint64 target;
        const char* color;
        int priority;
    };
    const Env envs[] = {
        { "Rent", "Bills", 145000, "#6a1b9a", 1 },
        { "Electricity", "Bills", 8500, "#f9a825", 1 },
        { "Internet", "Bills", 4500, "#0277bd", 1 },
        { "Phone", "Bills", 3000, "#00838f", 1 },
        { "Groceries", "Everyday", 60000, "#2e7d32", 2 },
        { "Dining Out", "Everyday", 15000, "#ef6c00", 3 },
        { "Transport", "Everyday", 12000, "#455a64", 2 },
        { "Household", "Everyday", 6000, "#8d6e63", 3 },
        { "Books & Games", "Fun", 4000, "#ad1457", 4 },
        { "Gifts", "Fun", 8000, "#c62828", 4 },
        { "Vacation", "Savings", 0, "#00897b", 5 },
        { "Emergency Fund", "Savings", 0, "#1565c0", 5 },
        { "New Laptop", "Savings", 0, "#5e35b1", 5 },
    };
    QHash<QString, QString> id;
    for (const Env& e : envs) {
        Envelope v;
        v.name = QString::fromUtf8(e.name);
        v.category = QString::fromUtf8(e.category);
        v.monthlyTarget = e.target;
        v.color = QString::fromLatin1(e.color);
        v.priority = e.priority;
        const Change c = budget.createEnvelope(v);
        run(c);
        id.insert(v.name, c.createdId);
    }
    run(budget.setEnvelopeGoal(id.value(QStringLiteral("Vacation")), 240000, QDate(2027, 7, 1)));
    run(budget.setEnvelopeGoal(id.value(QStringLiteral("Emergency Fund")), 1000000, QDate(2027, 12, 31)));
    run(budget.setEnvelopeGoal(id.value(QStringLiteral("New Laptop")), 150000, QDate(2027, 3, 1)));

    struct BillDef {
        const char* name;
        const char* payee;
        qint64 amount;
        const char* envelope;
        QDate start;
    };
    const BillDef billDefs[] = {
        { "Rent", "Parkside Apartments", 145000, "Rent", QDate(2026, 6, 1) },
        { "Electricity", "City Power & Light", 8200, "Electricity", QDate(2026, 6, 15) },
        { "Internet", "FiberNet", 4500, "Internet", QDate(2026, 6, 30) },
        { "Phone", "Mobilia", 2999, "Phone", QDate(2026, 6, 27) },
    };
    QList<QString> billIds;
    for (const BillDef& d : billDefs) {
        Bill b;
        b.name = QString::fromUtf8(d.name);
        b.payee = QString::fromUtf8(d.payee);
        b.amount = d.amount;
        b.envelopeId = id.value(QString::fromUtf8(d.envelope));
        b.frequency = Frequency::Monthly;
        b.startDate = d.start;
        const Change c = budget.createBill(b);
        run(c);
        billIds << c.createdId;
    }
    Bill streaming;
    streaming.name = QStringLiteral("Streaming");
    streaming.payee = QStringLiteral("StreamBox");
    streaming.amount = 1299;
    streaming.envelopeId = id.value(QStringLiteral("Books & Games"));
    streaming.frequency = Frequency::Monthly;
    streaming.startDate = QDate(2026, 12, 3);
    run(budget.createBill(streaming));
    Bill insurance;
    insurance.name = QStringLiteral("Car insurance");
    insurance.payee = QStringLiteral("SafeDrive");
    insurance.amount = 38000;
    insurance.envelopeId = id.value(QStringLiteral("Transport"));
    insurance.frequency = Frequency::Yearly;
    insurance.startDate = QDate(2027, 2, 14);
    run(budget.createBill(insurance));

    QRandomGenerator rng(20261128);
    auto amount = [&rng](int from, int to) { return qint64(from + int(rng.bounded(to - from + 1))); };
    auto tx = [&](QDate date, const QString& payee, qint64 minor, const QString& envelope, bool cleared = true,
                  const QString& note = {}) {
        Transaction t;
        t.date = date;
        t.payee = payee;
        t.amount = minor;
        t.envelopeId = envelope.isEmpty() ? QString() : id.value(envelope);
        t.cleared = cleared;
        t.note = note;
        run(budget.addTransaction(t));
    };
    const QStringList grocers = { QStringLiteral("Green Basket Market"), QStringLiteral("Aldi"), QStringLiteral("Lidl"),
        QStringLiteral("Farmers' Market") };
    const QStringList diners = { QStringLiteral("Luigi's Trattoria"), QStringLiteral("Noodle Bar"),
        QStringLiteral("Corner Café"), QStringLiteral("Sushi Go") };
    for (int m = 6; m <= 11; ++m) {
        const Month month(2026, m);
        const bool current = m == 11;
        tx(QDate(2026, m, 1), QStringLiteral("Acme Corp (salary)"), 420000, {}, true, QStringLiteral("Net pay"));
        if (m % 2 == 0)
            tx(QDate(2026, m, 18), QStringLiteral("Freelance: web design"), amount(40000, 80000), {}, true);
        run(budget.fillToTargets(month));
        run(budget.allocate(id.value(QStringLiteral("Vacation")), 30000, month));
        run(budget.allocate(id.value(QStringLiteral("Emergency Fund")), 40000, month));
        run(budget.allocate(id.value(QStringLiteral("New Laptop")), 15000, month));
        for (int week = 0; week < 4; ++week) {
            const QDate d(2026, m, 3 + week * 7);
            if (current && d > QDate(2026, 11, 27))
                break;
            tx(d, grocers.at(int(rng.bounded(grocers.size()))), -amount(6500, 16500), QStringLiteral("Groceries"),
                !current || week < 3);
            if (rng.bounded(3) != 0)
                tx(d.addDays(2), diners.at(int(rng.bounded(diners.size()))), -amount(1800, 6400),
                    QStringLiteral("Dining Out"), !current);
        }
        tx(QDate(2026, m, 9), QStringLiteral("Metro card"), -amount(4000, 6000), QStringLiteral("Transport"));
        tx(QDate(2026, m, 22), QStringLiteral("Shell"), -amount(3500, 6500), QStringLiteral("Transport"), !current);
        if (m % 3 == 0)
            tx(QDate(2026, m, 12), QStringLiteral("Bookshop on Main"), -amount(1500, 4500),
                QStringLiteral("Books & Games"));
        // A Costco run split between groceries and household.
        Transaction costco;
        costco.date = QDate(2026, m, 26 > QDate(2026, m, 1).daysInMonth() ? 25 : 26);
        if (!current) {
            costco.payee = QStringLiteral("Costco");
            costco.amount = -amount(9000, 14000);
            costco.cleared = true;
            SplitLine food;
            food.envelopeId = id.value(QStringLiteral("Groceries"));
            food.amount = costco.amount * 6 / 10;
            SplitLine home;
            home.envelopeId = id.value(QStringLiteral("Household"));
            home.amount = costco.amount - food.amount;
            home.note = QStringLiteral("cleaning, paper towels");
            costco.splits = { food, home };
            run(budget.addTransaction(costco));
        }
        // Bills: paid through the bill schedule until October; November's rent and power too.
        for (const QString& billId : std::as_const(billIds)) {
            const auto bill = budget.bill(billId);
            if (!bill || !bill->nextDue.isValid())
                continue;
            if (bill->nextDue.year() == 2026 && (bill->nextDue.month() < 11 || (current && bill->nextDue.day() <= 15)))
                run(budget.payBill(billId));
        }
    }
    // November: a birthday and one dinner too many, so Dining Out is overspent (shown plainly).
    tx(QDate(2026, 11, 21), QStringLiteral("Gift shop"), -6450, QStringLiteral("Gifts"), false,
        QStringLiteral("Mia's birthday"));
    const qint64 dining = budget.envelopeBalance(id.value(QStringLiteral("Dining Out")));
    tx(QDate(2026, 11, 25), QStringLiteral("Le Petit Bistro"), -(qMax<qint64>(dining, 0) + 4250),
        QStringLiteral("Dining Out"), false, QStringLiteral("anniversary dinner"));
    return refused;
}

} // namespace vv::ui::test
