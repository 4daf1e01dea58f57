#pragma once

// A budget for widget tests: the domain's in-memory Device (tests/budget/BudgetFixture.h: real
// BudgetState fold, deterministic HLC) plus the BudgetEditor every page takes, with a fixed
// "today" and locale so texts and months do not depend on the machine.
#include "BudgetFixture.h"
#include "workspace/BudgetEditor.h"

#include <QUndoStack>

namespace vv::ui::test {

struct BudgetUi {
    explicit BudgetUi(QDate today = QDate(2026, 3, 15), const QString& currency = QStringLiteral("EUR"))
        : editor(device.budget)
    {
        editor.setTodayFunction([today] { return today; });
        editor.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        device.run(device.budget.setBudgetInfo(QStringLiteral("Household"), currency));
        editor.undoStack()->clear();
    }

    vv::budget::test::Device device;
    BudgetEditor editor;

    [[nodiscard]] vv::budget::Budget& budget() { return device.budget; }
    // Creates an envelope directly (not on the undo stack) and returns its id.
    QString envelope(const QString& name, qint64 monthlyTarget = 0, const QString& category = {})
    {
        vv::budget::Envelope e;
        e.name = name;
        e.monthlyTarget = monthlyTarget;
        e.category = category;
        const vv::budget::Change c = device.budget.createEnvelope(e);
        device.run(c);
        return c.createdId;
    }
    QString transaction(QDate date, const QString& payee, qint64 amount, const QString& envelopeId = {})
    {
        vv::budget::Transaction t;
        t.date = date;
        t.payee = payee;
        t.amount = amount;
        t.envelopeId = envelopeId;
        const vv::budget::Change c = device.budget.addTransaction(t);
        device.run(c);
        return c.createdId;
    }
};

} // namespace vv::ui::test
