#pragma once

#include "budget/Entities.h"
#include "budget/Month.h"
#include "store/BudgetState.h"
#include "store/Operation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace vv::budget {

// One ledger line: what a QAbstractItemModel row shows, kept compact for 100k rows.
struct LedgerRow {
    QString id;
    QDate date;
    qint64 amount = 0;
    QString payee; // equal payees share one buffer (the state's)
    QString note;
    QString envelopeId; // "" = unassigned
    QString fitId;
    bool cleared = false;
    int splitCount = 0;
};

// Money flow of one envelope (or of unassigned, id "") in one month.
struct MonthFlow {
    qint64 funded = 0; // allocations in - out during the month
    qint64 inflow = 0; // positive transaction amounts
    qint64 outflow = 0; // negative transaction amounts, as a positive number (spent)
};

struct MonthTotals {
    qint64 income = 0; // sum of positive transaction amounts
    qint64 spending = 0; // sum of negative transaction amounts, as a positive number
};

struct LedgerFilter {
    QString text; // case-insensitive, in payee or note
    std::optional<QString> envelopeId; // "" = unassigned only; split rows match any line
    QDate from; // inclusive, invalid = open
    QDate to;
    std::optional<bool> cleared;
};

// What an update changed, for models: reset the ledger on structure changes, emit
// dataChanged for `transactions` otherwise.
struct AppliedChanges {
    QSet<QString> transactions; // ids added, edited or removed
    bool ledgerStructureChanged = false; // rows added/removed or re-sorted
    bool balancesChanged = false;
    bool envelopesChanged = false;
    bool billsChanged = false;
    bool budgetChanged = false;
    bool rebuilt = false;
};

// Balances and the ledger, computed in one pass over the state and then kept up to date
// per applied op (each op touches one transaction's, split's or allocation's contribution:
// subtract the old, add the new). Ledger order (date, id) is re-sorted lazily.
// Split rule: a transaction's split lines go to their envelopes; whatever the lines do not
// cover (after concurrent edits) stays with the transaction's own envelope, so balances
// always account for every transaction in full.
class BudgetIndex
{
public:
    void rebuild(const vv::store::BudgetState& state);
    AppliedChanges update(const vv::store::BudgetState& state, const QList<vv::store::Operation>& ops);

    // "" = unassigned cash. Negative balances are reported as they are.
    [[nodiscard]] qint64 balance(const QString& envelopeId) const;
    [[nodiscard]] MonthFlow monthFlow(const QString& envelopeId, Month month) const;
    // Sum of the flows of all months before `month` (balance at the start of it).
    [[nodiscard]] qint64 balanceBefore(const QString& envelopeId, Month month) const;
    [[nodiscard]] MonthTotals monthTotals(Month month) const;
    [[nodiscard]] QStringList envelopeIdsWithActivity() const;
    [[nodiscard]] qint64 totalOfTransactions() const { return m_total; }

    // Ledger rows sorted by (date, id).
    [[nodiscard]] qsizetype rowCount() const { return static_cast<qsizetype>(m_rows.size()); }
    [[nodiscard]] const LedgerRow& row(qsizetype position) const;
    [[nodiscard]] std::optional<qsizetype> position(const QString& transactionId) const;
    [[nodiscard]] const LedgerRow* find(const QString& transactionId) const;
    [[nodiscard]] QList<qsizetype> filter(const LedgerFilter& filter) const; // positions, in order
    [[nodiscard]] QList<SplitLine> splitsOf(const QString& transactionId) const;
    // Live envelope and bill ids, sorted (kept here so views need no pass over the state).
    [[nodiscard]] QStringList envelopeIds() const;
    [[nodiscard]] QStringList billIds() const;
    // Bumped by every change; models compare it.
    [[nodiscard]] quint64 revision() const { return m_revision; }

private:
    struct SplitRow {
        QString transactionId;
        QString envelopeId;
        qint64 amount = 0;
        QString note;
    };
    struct AllocRow {
        Month month;
        QString from;
        QString to;
        qint64 amount = 0;
    };
    struct EnvAgg {
        qint64 balance = 0;
        QMap<int, MonthFlow> months;
    };

    void clear();
    [[nodiscard]] LedgerRow readRow(const QString& id, const vv::store::BudgetState::EntityView& tx);
    void readSplit(const QString& id, const vv::store::BudgetState::EntityView& line);
    void readSplit(const vv::store::BudgetState& state, const QString& id);
    [[nodiscard]] static AllocRow readAlloc(const vv::store::BudgetState::EntityView& allocation);
    void dropSplit(const QString& id);
    void contributeTx(const LedgerRow& row, int sign);
    void contributeAlloc(const AllocRow& row, int sign);
    void flow(const QString& envelopeId, QDate date, qint64 amount, int sign);
    void insertRow(LedgerRow row);
    void removeRow(const QString& id);
    void ensureOrder() const;

    std::vector<LedgerRow> m_rows; // slots, unordered
    QHash<QString, int> m_slotOf;
    mutable std::vector<int> m_order; // slots by (date, id)
    mutable std::vector<int> m_positionOfSlot;
    mutable bool m_orderDirty = true;

    QHash<QString, SplitRow> m_splits;
    QHash<QString, QStringList> m_splitsByTx;
    QHash<QString, AllocRow> m_allocs;
    QHash<QString, EnvAgg> m_env;
    QMap<int, MonthTotals> m_months;
    QSet<QString> m_envelopeIds;
    QSet<QString> m_billIds;
    qint64 m_total = 0;
    quint64 m_revision = 0;
};

} // namespace vv::budget
