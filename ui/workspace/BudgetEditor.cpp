#include "workspace/BudgetEditor.h"

#include "budget/Budget.h"
#include "budget/Money.h"
#include "workspace/BudgetUndoCommand.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QUndoStack>

#include <limits>

Q_LOGGING_CATEGORY(lcBudgetUi, "vv.ui.budget")

namespace vv::ui {

BudgetEditor::BudgetEditor(vv::budget::Budget& budget, QObject* parent)
    : QObject(parent)
    , m_budget(budget)
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setObjectName(QStringLiteral("budgetUndoStack"));
    connect(&m_budget, &vv::budget::Budget::errorOccurred, this, &BudgetEditor::report);
}

BudgetEditor::~BudgetEditor()
{
    // Commands hold a QPointer to us, but clear them before the Budget reference dangles.
    m_undoStack->clear();
}

bool BudgetEditor::apply(const vv::budget::Change& change)
{
    if (!change.isValid()) {
        report(change.error);
        return false;
    }
    if (change.isEmpty())
        return true;
    // Commit first: a change the store refused must not become an undo step.
    if (!m_budget.redo(change)) {
        report(tr("The change could not be saved on this computer."));
        return false;
    }
    m_undoStack->push(new BudgetUndoCommand(this, change)); // its first redo() is the commit above
    return true;
}

void BudgetEditor::setLocale(const QLocale& locale)
{
    if (m_locale == locale)
        return;
    m_locale = locale;
    Q_EMIT localeChanged();
}

QDate BudgetEditor::today() const
{
    return m_today ? m_today() : QDate::currentDate();
}

void BudgetEditor::setTodayFunction(TodayFunction today)
{
    m_today = std::move(today);
}

QString BudgetEditor::currency() const
{
    return m_budget.info().currency;
}

int BudgetEditor::decimals() const
{
    return m_budget.decimals();
}

QString BudgetEditor::formatMoney(qint64 minor) const
{
    // Some locales write negative currency in accounting parentheses ("(€50.00)" in en_US);
    // a budget shows an overspent envelope plainly, with the locale's minus sign in front.
    if (minor < 0 && minor != std::numeric_limits<qint64>::min())
        return m_locale.negativeSign() + vv::budget::Money::format(-minor, currency(), m_locale);
    return vv::budget::Money::format(minor, currency(), m_locale);
}

std::optional<qint64> BudgetEditor::parseMoney(const QString& text) const
{
    return vv::budget::Money::parse(text, m_locale, decimals());
}

QString BudgetEditor::formatDate(QDate date) const
{
    return m_locale.toString(date, QLocale::ShortFormat);
}

QString BudgetEditor::envelopeName(const QString& envelopeId) const
{
    if (envelopeId.isEmpty())
        return tr("Unassigned");
    const auto envelope = m_budget.envelope(envelopeId);
    return envelope ? envelope->name : tr("(deleted envelope)");
}

void BudgetEditor::setMessageParent(QWidget* parent)
{
    m_messageParent = parent;
}

void BudgetEditor::report(const QString& message)
{
    m_lastError = message;
    qCInfo(lcBudgetUi) << "edit refused or failed"; // the message may quote budget data: not logged
    Q_EMIT errorOccurred(message);
    if (m_messageParent) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("VioletVault"), message, QMessageBox::Ok, m_messageParent);
        box->setObjectName(QStringLiteral("budgetErrorMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace vv::ui
