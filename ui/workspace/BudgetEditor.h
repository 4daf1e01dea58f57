#pragma once

#include "budget/Change.h"
#include "budget/Month.h"

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace vv::budget {
class Budget;
}

namespace vv::ui {

// What every budget view needs, passed in (no singletons): the Budget to read, an undo stack
// that every edit goes through, the user's locale for money and dates, and "today" (injectable,
// so tests and screenshots do not depend on the calendar).
// Views plan a Change with the Budget and hand it to apply(): a refused change is reported
// through errorOccurred (and not pushed), an empty one is a no-op, anything else becomes one
// undoable step.
class BudgetEditor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(BudgetEditor)
public:
    using TodayFunction = std::function<QDate()>;

    // `budget` is not owned and must outlive the editor.
    explicit BudgetEditor(vv::budget::Budget& budget, QObject* parent = nullptr);
    ~BudgetEditor() override;

    [[nodiscard]] vv::budget::Budget& budget() const { return m_budget; }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undoStack; }

    // Pushes `change` as one undoable step. False if it was refused or could not be stored.
    bool apply(const vv::budget::Change& change);

    [[nodiscard]] QLocale locale() const { return m_locale; }
    void setLocale(const QLocale& locale);
    [[nodiscard]] QDate today() const;
    void setTodayFunction(TodayFunction today); // empty = QDate::currentDate
    [[nodiscard]] vv::budget::Month currentMonth() const { return vv::budget::Month::fromDate(today()); }

    // The budget's currency, formatted/parsed in locale(). Negative amounts always carry a
    // leading minus sign (never accounting parentheses).
    [[nodiscard]] QString currency() const;
    [[nodiscard]] int decimals() const;
    [[nodiscard]] QString formatMoney(qint64 minor) const;
    [[nodiscard]] std::optional<qint64> parseMoney(const QString& text) const;
    // Short date as the locale writes it.
    [[nodiscard]] QString formatDate(QDate date) const;
    [[nodiscard]] QString envelopeName(const QString& envelopeId) const; // "" -> "Unassigned"

    // Where the last refused change's message is shown: a parent for a message box, or none
    // (then only errorOccurred). Views set it to their window.
    void setMessageParent(QWidget* parent);
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void localeChanged();

private:
    void report(const QString& message);

    vv::budget::Budget& m_budget;
    QUndoStack* m_undoStack = nullptr;
    QLocale m_locale;
    TodayFunction m_today;
    QPointer<QWidget> m_messageParent;
    QString m_lastError;
};

} // namespace vv::ui
