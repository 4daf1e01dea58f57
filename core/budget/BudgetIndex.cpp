#include "budget/BudgetIndex.h"

#include "budget/Schema.h"
#include "store/BudgetState.h"

#include <algorithm>

namespace vv::budget {

namespace s = schema;
using vv::store::BudgetState;
using vv::store::Operation;

void BudgetIndex::clear()
{
    m_rows.clear();
    m_slotOf.clear();
    m_order.clear();
    m_positionOfSlot.clear();
    m_orderDirty = true;
    m_splits.clear();
    m_splitsByTx.clear();
    m_allocs.clear();
    m_env.clear();
    m_months.clear();
    m_envelopeIds.clear();
    m_billIds.clear();
    m_total = 0;
}

namespace {

// "YYYY-MM-DD" (what the budget stores) without QDate::fromString's general parser; anything
// else goes to it, so the result is the same.
QDate isoDate(const QString& text)
{
    const auto digit = [&text](qsizetype i) { return text.at(i).unicode() - u'0'; };
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        bool digits = true;
        for (qsizetype i : { 0, 1, 2, 3, 5, 6, 8, 9 })
            digits = digits && text.at(i) >= u'0' && text.at(i) <= u'9';
        if (digits) {
            const int year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
            if (year > 0)
                return QDate(year, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
        }
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

LedgerRow BudgetIndex::readRow(const QString& id, const BudgetState::EntityView& tx)
{
    // One entity lookup per row; the state already shares equal strings (payee, envelope).
    LedgerRow row;
    row.id = id;
    row.date = isoDate(tx.string(s::Date));
    row.amount = tx.value(s::Amount).toInteger();
    row.payee = tx.string(s::Payee);
    row.note = tx.string(s::Note);
    row.envelopeId = tx.string(s::EnvelopeId);
    row.fitId = tx.string(s::FitId);
    row.cleared = tx.value(s::Cleared).toBool();
    const auto lines = m_splitsByTx.constFind(id);
    row.splitCount = lines == m_splitsByTx.constEnd() ? 0 : static_cast<int>(lines->size());
    return row;
}

void BudgetIndex::readSplit(const QString& id, const BudgetState::EntityView& line)
{
    SplitRow split;
    split.transactionId = line.string(s::TransactionId);
    split.envelopeId = line.string(s::EnvelopeId);
    split.amount = line.value(s::Amount).toInteger();
    split.note = line.string(s::Note);
    m_splitsByTx[split.transactionId].append(id);
    m_splits.insert(id, split);
}

BudgetIndex::AllocRow BudgetIndex::readAlloc(const BudgetState::EntityView& a)
{
    // The fields Allocation::fromJson reads, without building a QJsonObject.
    return AllocRow { Month::fromString(a.string(s::Month)).value_or(Month()), a.string(s::FromEnvelope),
        a.string(s::ToEnvelope), a.value(s::Amount).toInteger() };
}

void BudgetIndex::readSplit(const BudgetState& state, const QString& id)
{
    if (const auto line = state.find(s::Split, id))
        readSplit(id, *line);
}

void BudgetIndex::dropSplit(const QString& id)
{
    const auto it = m_splits.find(id);
    if (it == m_splits.end())
        return;
    auto list = m_splitsByTx.find(it->transactionId);
    if (list != m_splitsByTx.end()) {
        list->removeAll(id);
        if (list->isEmpty())
            m_splitsByTx.erase(list);
    }
    m_splits.erase(it);
}

void BudgetIndex::flow(const QString& envelopeId, QDate date, qint64 amount, int sign)
{
    EnvAgg& agg = m_env[envelopeId];
    agg.balance += sign * amount;
    const int month = Month::fromDate(date).index();
    MonthFlow& f = agg.months[month];
    MonthTotals& t = m_months[month];
    if (amount >= 0) {
        f.inflow += sign * amount;
        t.income += sign * amount;
    } else {
        f.outflow -= sign * amount;
        t.spending -= sign * amount;
    }
}

void BudgetIndex::contributeTx(const LedgerRow& row, int sign)
{
    m_total += sign * row.amount;
    qint64 covered = 0;
    const auto lines = m_splitsByTx.constFind(row.id);
    if (lines != m_splitsByTx.constEnd()) {
        for (const QString& lineId : *lines) {
            const SplitRow& line = m_splits[lineId];
            flow(line.envelopeId, row.date, line.amount, sign);
            covered += line.amount;
        }
    }
    if (row.amount - covered != 0 || lines == m_splitsByTx.constEnd())
        flow(row.envelopeId, row.date, row.amount - covered, sign);
}

void BudgetIndex::contributeAlloc(const AllocRow& row, int sign)
{
    EnvAgg& from = m_env[row.from];
    from.balance -= sign * row.amount;
    from.months[row.month.index()].funded -= sign * row.amount;
    EnvAgg& to = m_env[row.to];
    to.balance += sign * row.amount;
    to.months[row.month.index()].funded += sign * row.amount;
}

void BudgetIndex::insertRow(LedgerRow row)
{
    const QString id = row.id;
    const auto slot = m_slotOf.constFind(id);
    if (slot != m_slotOf.constEnd()) {
        m_rows[static_cast<size_t>(*slot)] = std::move(row);
        return;
    }
    m_slotOf.insert(id, static_cast<int>(m_rows.size()));
    m_rows.push_back(std::move(row));
    m_orderDirty = true;
}

void BudgetIndex::removeRow(const QString& id)
{
    const auto it = m_slotOf.find(id);
    if (it == m_slotOf.end())
        return;
    const auto slot = static_cast<size_t>(*it);
    m_slotOf.erase(it);
    if (slot + 1 != m_rows.size()) {
        m_rows[slot] = std::move(m_rows.back());
        m_slotOf[m_rows[slot].id] = static_cast<int>(slot);
    }
    m_rows.pop_back();
    m_orderDirty = true;
}

void BudgetIndex::rebuild(const BudgetState& state)
{
    clear();
    ++m_revision;
    // Typed iteration: each pass visits only its own type's entities, with one lookup each.
    // Id order does not matter here (the ledger sorts by date): skip sorting 100k ids.
    constexpr auto any = BudgetState::Order::Any;
    state.forEachEntity(
        s::Split, [this](const QString& id, const BudgetState::EntityView& e) { readSplit(id, e); }, any);
    state.forEachEntity(
        s::Envelope, [this](const QString& id, const BudgetState::EntityView&) { m_envelopeIds.insert(id); });
    state.forEachEntity(s::Bill, [this](const QString& id, const BudgetState::EntityView&) { m_billIds.insert(id); });
    const qsizetype txCount = state.entityCount(s::Transaction);
    // Headroom so the first edits after loading do not reallocate 100k rows at once.
    m_rows.reserve(static_cast<size_t>(txCount + txCount / 4 + 64));
    m_slotOf.reserve(txCount + txCount / 4 + 64);
    state.forEachEntity(
        s::Transaction,
        [this](const QString& id, const BudgetState::EntityView& e) {
            LedgerRow row = readRow(id, e);
            contributeTx(row, +1);
            insertRow(std::move(row));
        },
        any);
    m_allocs.reserve(state.entityCount(s::Allocation));
    state.forEachEntity(
        s::Allocation,
        [this](const QString& id, const BudgetState::EntityView& e) {
            const AllocRow row = readAlloc(e);
            contributeAlloc(row, +1);
            m_allocs.insert(id, row);
        },
        any);
}

AppliedChanges BudgetIndex::update(const BudgetState& state, const QList<Operation>& ops)
{
    AppliedChanges changes;
    ++m_revision;
    // A big batch (first pull, import) is cheaper as one pass than op by op.
    if (ops.size() > qMax<qsizetype>(5000, static_cast<qsizetype>(m_rows.size()) / 4)) {
        rebuild(state);
        changes.rebuilt = changes.ledgerStructureChanged = changes.balancesChanged = true;
        changes.envelopesChanged = changes.billsChanged = changes.budgetChanged = true;
        return changes;
    }
    QSet<QString> txs;
    QSet<QString> splits;
    QSet<QString> allocs;
    for (const Operation& op : ops) {
        if (op.entityType == s::Transaction) {
            txs.insert(op.entityId);
        } else if (op.entityType == s::Split) {
            splits.insert(op.entityId);
            const auto it = m_splits.constFind(op.entityId);
            if (it != m_splits.constEnd())
                txs.insert(it->transactionId);
        } else if (op.entityType == s::Allocation) {
            allocs.insert(op.entityId);
        } else if (op.entityType == s::Envelope) {
            changes.envelopesChanged = true;
            if (state.contains(s::Envelope, op.entityId))
                m_envelopeIds.insert(op.entityId);
            else
                m_envelopeIds.remove(op.entityId);
        } else if (op.entityType == s::Bill) {
            changes.billsChanged = true;
            if (state.contains(s::Bill, op.entityId))
                m_billIds.insert(op.entityId);
            else
                m_billIds.remove(op.entityId);
        } else if (op.entityType == s::Budget) {
            changes.budgetChanged = true;
        }
    }
    for (const QString& id : std::as_const(splits)) {
        const QJsonValue tx = state.value(s::Split, id, s::TransactionId);
        if (tx.isString())
            txs.insert(tx.toString());
    }
    // Subtract the old contributions with the old caches, refresh, add the new ones.
    for (const QString& id : std::as_const(txs)) {
        if (const LedgerRow* row = find(id))
            contributeTx(*row, -1);
    }
    for (const QString& id : std::as_const(splits)) {
        dropSplit(id);
        readSplit(state, id);
    }
    for (const QString& id : std::as_const(txs)) {
        const LedgerRow* old = find(id);
        const auto tx = state.find(s::Transaction, id);
        if (!tx) {
            if (old) {
                removeRow(id);
                changes.ledgerStructureChanged = true;
                changes.transactions.insert(id);
            }
            continue;
        }
        LedgerRow row = readRow(id, *tx);
        contributeTx(row, +1);
        if (!old || old->date != row.date)
            changes.ledgerStructureChanged = true;
        if (old && old->date != row.date)
            m_orderDirty = true;
        changes.transactions.insert(id);
        insertRow(std::move(row));
    }
    for (const QString& id : std::as_const(allocs)) {
        const auto old = m_allocs.constFind(id);
        if (old != m_allocs.constEnd()) {
            contributeAlloc(*old, -1);
            m_allocs.erase(old);
        }
        const auto alloc = state.find(s::Allocation, id);
        if (!alloc)
            continue;
        const AllocRow row = readAlloc(*alloc);
        contributeAlloc(row, +1);
        m_allocs.insert(id, row);
    }
    changes.balancesChanged = !txs.isEmpty() || !allocs.isEmpty();
    return changes;
}

qint64 BudgetIndex::balance(const QString& envelopeId) const
{
    const auto it = m_env.constFind(envelopeId);
    return it == m_env.constEnd() ? 0 : it->balance;
}

MonthFlow BudgetIndex::monthFlow(const QString& envelopeId, Month month) const
{
    const auto it = m_env.constFind(envelopeId);
    return it == m_env.constEnd() ? MonthFlow {} : it->months.value(month.index());
}

qint64 BudgetIndex::balanceBefore(const QString& envelopeId, Month month) const
{
    const auto it = m_env.constFind(envelopeId);
    if (it == m_env.constEnd())
        return 0;
    qint64 sum = 0;
    for (auto m = it->months.constBegin(); m != it->months.constEnd() && m.key() < month.index(); ++m)
        sum += m->funded + m->inflow - m->outflow;
    return sum;
}

MonthTotals BudgetIndex::monthTotals(Month month) const
{
    return m_months.value(month.index());
}

QStringList BudgetIndex::envelopeIds() const
{
    QStringList ids(m_envelopeIds.cbegin(), m_envelopeIds.cend());
    ids.sort();
    return ids;
}

QStringList BudgetIndex::billIds() const
{
    QStringList ids(m_billIds.cbegin(), m_billIds.cend());
    ids.sort();
    return ids;
}

QStringList BudgetIndex::envelopeIdsWithActivity() const
{
    QStringList ids = m_env.keys();
    ids.removeAll(QString());
    ids.sort();
    return ids;
}

void BudgetIndex::ensureOrder() const
{
    if (!m_orderDirty && m_order.size() == m_rows.size())
        return;
    m_order.resize(m_rows.size());
    for (size_t i = 0; i < m_order.size(); ++i)
        m_order[i] = static_cast<int>(i);
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        const LedgerRow& ra = m_rows[static_cast<size_t>(a)];
        const LedgerRow& rb = m_rows[static_cast<size_t>(b)];
        if (ra.date != rb.date)
            return ra.date < rb.date;
        return ra.id < rb.id;
    });
    m_positionOfSlot.assign(m_rows.size(), 0);
    for (size_t pos = 0; pos < m_order.size(); ++pos)
        m_positionOfSlot[static_cast<size_t>(m_order[pos])] = static_cast<int>(pos);
    m_orderDirty = false;
}

const LedgerRow& BudgetIndex::row(qsizetype position) const
{
    ensureOrder();
    return m_rows[static_cast<size_t>(m_order[static_cast<size_t>(position)])];
}

std::optional<qsizetype> BudgetIndex::position(const QString& transactionId) const
{
    const auto it = m_slotOf.constFind(transactionId);
    if (it == m_slotOf.constEnd())
        return std::nullopt;
    ensureOrder();
    return m_positionOfSlot[static_cast<size_t>(*it)];
}

const LedgerRow* BudgetIndex::find(const QString& transactionId) const
{
    const auto it = m_slotOf.constFind(transactionId);
    return it == m_slotOf.constEnd() ? nullptr : &m_rows[static_cast<size_t>(*it)];
}

QList<qsizetype> BudgetIndex::filter(const LedgerFilter& f) const
{
    ensureOrder();
    QList<qsizetype> out;
    // Payees and notes are interned, so 100k rows hold a few hundred distinct buffers: each
    // buffer is searched once per filter (keyed by buffer and length, valid while we run).
    QHash<QPair<const QChar*, qsizetype>, bool> seen;
    const auto textIn = [&](const QString& str) {
        if (str.isEmpty())
            return false;
        const QPair<const QChar*, qsizetype> key(str.constData(), str.size());
        const auto it = seen.constFind(key);
        if (it != seen.constEnd())
            return *it;
        const bool match = str.contains(f.text, Qt::CaseInsensitive);
        seen.insert(key, match);
        return match;
    };
    for (size_t pos = 0; pos < m_order.size(); ++pos) {
        const LedgerRow& r = m_rows[static_cast<size_t>(m_order[pos])];
        if (f.from.isValid() && r.date < f.from)
            continue;
        if (f.to.isValid() && r.date > f.to)
            continue;
        if (f.cleared && r.cleared != *f.cleared)
            continue;
        if (f.envelopeId) {
            // A split row belongs to its lines' envelopes (and to its own for an uncovered rest).
            bool match = r.splitCount == 0 && r.envelopeId == *f.envelopeId;
            if (r.splitCount > 0) {
                qint64 covered = 0;
                const auto lines = m_splitsByTx.constFind(r.id);
                if (lines != m_splitsByTx.constEnd()) {
                    for (const QString& lineId : *lines) {
                        const auto line = m_splits.constFind(lineId);
                        if (line == m_splits.constEnd())
                            continue;
                        match = match || line->envelopeId == *f.envelopeId;
                        covered += line->amount;
                    }
                }
                match = match || (covered != r.amount && r.envelopeId == *f.envelopeId);
            }
            if (!match)
                continue;
        }
        if (!f.text.isEmpty() && !textIn(r.payee) && !textIn(r.note))
            continue;
        out.append(static_cast<qsizetype>(pos));
    }
    return out;
}

QList<SplitLine> BudgetIndex::splitsOf(const QString& transactionId) const
{
    QList<SplitLine> lines;
    for (const QString& id : m_splitsByTx.value(transactionId)) {
        const SplitRow& r = m_splits[id];
        lines.append(SplitLine { id, r.transactionId, r.envelopeId, r.amount, r.note });
    }
    std::sort(lines.begin(), lines.end(), [](const SplitLine& a, const SplitLine& b) { return a.id < b.id; });
    return lines;
}

} // namespace vv::budget
