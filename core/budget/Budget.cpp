#include "budget/Budget.h"

#include "budget/BudgetLog.h"
#include "budget/Money.h"
#include "budget/Schema.h"
#include "store/BudgetState.h"
#include "store/HybridLogicalClock.h"

#include <algorithm>

namespace vv::budget {

namespace s = schema;
using vv::store::BudgetState;
using vv::store::Operation;

Budget::Budget(const BudgetState& state, OpSink sink, vv::store::HybridLogicalClock& clock, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_sink(std::move(sink))
    , m_clock(clock)
{
    qRegisterMetaType<vv::budget::AppliedChanges>();
    observeState();
    m_index.rebuild(m_state);
}

void Budget::observeState()
{
    // Edits made after seeing ops must order after them, or they would lose to what they edit.
    if (!m_state.maxStamp().isNull())
        m_clock.observe(m_state.maxStamp());
}

Budget::~Budget() = default;

void Budget::reload()
{
    observeState();
    m_index.rebuild(m_state);
    AppliedChanges all;
    all.rebuilt = all.ledgerStructureChanged = all.balancesChanged = true;
    all.envelopesChanged = all.billsChanged = all.budgetChanged = true;
    emit changed(all);
}

BudgetInfo Budget::info() const
{
    return BudgetInfo::fromJson(m_state.entity(s::Budget, s::BudgetId));
}

int Budget::decimals() const
{
    return Money::decimals(info().currency);
}

QList<Envelope> Budget::envelopes(bool includeArchived) const
{
    QList<Envelope> out;
    for (const QString& id : m_index.envelopeIds()) {
        Envelope e = Envelope::fromJson(id, m_state.entity(s::Envelope, id));
        if (includeArchived || !e.archived)
            out.append(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(), [](const Envelope& a, const Envelope& b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        const int c = a.name.localeAwareCompare(b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return out;
}

std::optional<Envelope> Budget::envelope(const QString& id) const
{
    if (!m_state.contains(s::Envelope, id))
        return std::nullopt;
    return Envelope::fromJson(id, m_state.entity(s::Envelope, id));
}

std::optional<Transaction> Budget::transaction(const QString& id) const
{
    if (!m_state.contains(s::Transaction, id))
        return std::nullopt;
    Transaction t = Transaction::fromJson(id, m_state.entity(s::Transaction, id));
    t.splits = m_index.splitsOf(id);
    return t;
}

QList<Allocation> Budget::allocations() const
{
    QList<Allocation> out;
    for (const QString& id : m_state.entityIds(s::Allocation))
        out.append(Allocation::fromJson(id, m_state.entity(s::Allocation, id)));
    return out;
}

QList<Bill> Budget::bills() const
{
    QList<Bill> out;
    for (const QString& id : m_index.billIds())
        out.append(Bill::fromJson(id, m_state.entity(s::Bill, id)));
    return out;
}

std::optional<Bill> Budget::bill(const QString& id) const
{
    if (!m_state.contains(s::Bill, id))
        return std::nullopt;
    return Bill::fromJson(id, m_state.entity(s::Bill, id));
}

GoalStatus Budget::computeGoal(qint64 goalAmount, QDate goalDate, qint64 balance, QDate asOf)
{
    GoalStatus g;
    g.goalAmount = goalAmount;
    g.goalDate = goalDate;
    g.balance = balance;
    if (goalAmount <= 0 || !goalDate.isValid() || !asOf.isValid())
        return g;
    g.monthsRemaining = Month::fromDate(goalDate).index() - Month::fromDate(asOf).index() + 1;
    g.reached = balance >= goalAmount;
    if (g.reached)
        return g;
    const qint64 shortfall = goalAmount - balance;
    if (g.monthsRemaining <= 0) {
        g.overdue = true;
        g.monthlyNeeded = shortfall; // the date passed: all of it is needed now
        return g;
    }
    g.monthlyNeeded = (shortfall + g.monthsRemaining - 1) / g.monthsRemaining;
    return g;
}

GoalStatus Budget::goalStatus(const QString& envelopeId, QDate asOf) const
{
    const std::optional<Envelope> e = envelope(envelopeId);
    if (!e)
        return {};
    return computeGoal(e->goalAmount, e->goalDate, m_index.balance(envelopeId), asOf);
}

EnvelopeMonth Budget::envelopeMonth(const QString& id, Month month) const
{
    EnvelopeMonth em;
    em.envelopeId = id;
    em.month = month;
    const MonthFlow flow = m_index.monthFlow(id, month);
    em.funded = flow.funded;
    em.spent = flow.outflow;
    em.inflow = flow.inflow;
    const qint64 start = m_index.balanceBefore(id, month);
    em.available = start + flow.funded + flow.inflow - flow.outflow;
    if (const std::optional<Envelope> e = envelope(id)) {
        em.target = e->monthlyTarget;
        if (em.target == 0 && e->hasGoal()) {
            // The goal's need from the balance the month started with, so funding it this
            // month does not move the target.
            em.target = computeGoal(e->goalAmount, e->goalDate, start, month.firstDay()).monthlyNeeded;
        }
    }
    em.need = qMax<qint64>(0, em.target - em.funded);
    return em;
}

QList<BillDue> Budget::billsDue(QDate today, int horizonDays) const
{
    QList<BillDue> out;
    for (const Bill& b : bills()) {
        if (!b.nextDue.isValid())
            continue;
        BillDue due;
        due.bill = b;
        due.daysUntil = static_cast<int>(today.daysTo(b.nextDue));
        if (due.daysUntil < 0) {
            due.status = BillDue::Status::Overdue;
            due.missedCount = Recurrence::countBetween(
                b.startDate.isValid() ? b.startDate : b.nextDue, b.frequency, b.nextDue, today.addDays(-1));
        } else if (due.daysUntil == 0) {
            due.status = BillDue::Status::DueToday;
        } else if (due.daysUntil > horizonDays) {
            continue;
        }
        out.append(due);
    }
    std::stable_sort(out.begin(), out.end(), [](const BillDue& a, const BillDue& b) {
        if (a.bill.nextDue != b.bill.nextDue)
            return a.bill.nextDue < b.bill.nextDue;
        return a.bill.name < b.bill.name;
    });
    return out;
}

QString Budget::resolve(const QString& id) const
{
    QString current = id;
    for (int guard = 0; guard < 64; ++guard) {
        const auto it = m_aliases.constFind(current);
        if (it == m_aliases.constEnd())
            break;
        current = *it;
    }
    return current;
}

QJsonValue Budget::resolve(const QJsonValue& value) const
{
    if (!value.isString() || m_aliases.isEmpty())
        return value;
    return resolve(value.toString());
}

bool Budget::commit(const QList<Operation>& ops, QList<Operation>* committed)
{
    if (ops.isEmpty())
        return true;
    // Writes to an entity this session deleted re-create it under a new id (deletes are
    // permanent); entities deleted elsewhere stay deleted and those writes are dropped.
    QStringList newAliases;
    for (const Operation& op : ops) {
        const QString id = resolve(op.entityId);
        if (!op.deleted && m_state.isDeleted(op.entityType, id) && m_deletedHere.contains(id)) {
            m_aliases.insert(id, Operation::newEntityId());
            newAliases.append(id);
        }
    }
    QList<Operation> out;
    out.reserve(ops.size());
    for (const Operation& op : ops) {
        Operation o = op;
        o.entityId = resolve(op.entityId);
        if (m_state.isDeleted(o.entityType, o.entityId))
            continue;
        if (!o.deleted)
            o.value = resolve(op.value);
        o.stamp = m_clock.now();
        o.opId = Operation::newOpId();
        out.append(o);
    }
    if (out.isEmpty())
        return true;
    if (!m_sink || !m_sink(out)) {
        for (const QString& id : std::as_const(newAliases))
            m_aliases.remove(id);
        qCWarning(lcBudget) << "commit of" << out.size() << "ops was not stored";
        emit errorOccurred(tr("The change could not be saved."));
        return false;
    }
    for (const Operation& o : std::as_const(out)) {
        if (o.deleted)
            m_deletedHere.insert(o.entityId);
    }
    if (committed)
        *committed = out;
    emit changed(m_index.update(m_state, out));
    return true;
}

void Budget::operationsApplied(const QList<Operation>& ops)
{
    if (ops.isEmpty())
        return;
    observeState();
    emit changed(m_index.update(m_state, ops));
}

QString Budget::validateSplits(qint64 total, const QList<SplitLine>& lines)
{
    if (lines.isEmpty())
        return {};
    if (lines.size() < 2)
        return tr("A split needs at least two lines.");
    qint64 sum = 0;
    for (const SplitLine& l : lines) {
        if (l.amount == 0)
            return tr("A split line has no amount.");
        sum += l.amount;
    }
    if (sum != total)
        return tr("The split lines add up to %1 but the transaction is %2.")
            .arg(Money::toPlain(sum, 2), Money::toPlain(total, 2));
    return {};
}

} // namespace vv::budget
