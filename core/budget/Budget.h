#pragma once

#include "budget/BudgetIndex.h"
#include "budget/Change.h"
#include "budget/Entities.h"
#include "budget/Month.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace vv::store {
class BudgetState;
class HybridLogicalClock;
} // namespace vv::store

namespace vv::budget {

struct ImportPreview;

// One envelope's month: what the budget screen shows per row.
struct EnvelopeMonth {
    QString envelopeId;
    Month month;
    qint64 target = 0; // what this month asks for (monthly target, else the goal's need)
    qint64 funded = 0; // allocated in - out this month
    qint64 spent = 0; // outflows this month (positive)
    qint64 inflow = 0; // refunds/income assigned to the envelope this month
    qint64 available = 0; // balance at the end of the month
    qint64 need = 0; // max(0, target - funded)
};

struct GoalStatus {
    qint64 goalAmount = 0;
    QDate goalDate;
    qint64 balance = 0;
    int monthsRemaining = 0; // including the current month; <= 0 when the date has passed
    qint64 monthlyNeeded = 0; // 0 once reached; the whole shortfall when the date has passed
    bool reached = false;
    bool overdue = false; // date passed and not reached
};

struct BillDue {
    enum class Status { Overdue, DueToday, Upcoming };
    Bill bill;
    Status status = Status::Upcoming;
    int daysUntil = 0; // negative when overdue
    int missedCount = 0; // occurrences in [nextDue, today) not paid
};

// The budgeting domain on top of the operation fold. Reads come from the BudgetState and an
// incrementally maintained BudgetIndex; commands return a Change (ops + inverse) without
// applying it; commit() stamps the ops and hands them to the sink, which must append them to
// the LocalStore and apply them to the same BudgetState, then the index catches up.
// Ops applied to the state by anyone else (sync pulls) must be reported through
// operationsApplied() so balances stay right.
class Budget : public QObject
{
    Q_OBJECT

public:
    // Persist + apply to the state; false if nothing was stored (the change is then dropped).
    using OpSink = std::function<bool(const QList<vv::store::Operation>& ops)>;

    Budget(const vv::store::BudgetState& state, OpSink sink, vv::store::HybridLogicalClock& clock,
        QObject* parent = nullptr);
    ~Budget() override;
    Q_DISABLE_COPY(Budget)

    // --- reading ---
    [[nodiscard]] const vv::store::BudgetState& state() const { return m_state; }
    [[nodiscard]] const BudgetIndex& index() const { return m_index; }
    [[nodiscard]] BudgetInfo info() const;
    [[nodiscard]] int decimals() const; // of the budget's currency
    [[nodiscard]] QList<Envelope> envelopes(bool includeArchived = true) const; // by priority, name
    [[nodiscard]] std::optional<Envelope> envelope(const QString& id) const;
    [[nodiscard]] std::optional<Transaction> transaction(const QString& id) const; // with splits
    [[nodiscard]] QList<Allocation> allocations() const;
    [[nodiscard]] QList<Bill> bills() const;
    [[nodiscard]] std::optional<Bill> bill(const QString& id) const;
    [[nodiscard]] qint64 envelopeBalance(const QString& id) const { return m_index.balance(id); }
    [[nodiscard]] qint64 unassigned() const { return m_index.balance(QString()); }
    [[nodiscard]] EnvelopeMonth envelopeMonth(const QString& id, Month month) const;
    [[nodiscard]] GoalStatus goalStatus(const QString& envelopeId, QDate asOf) const;
    [[nodiscard]] static GoalStatus computeGoal(qint64 goalAmount, QDate goalDate, qint64 balance, QDate asOf);
    // Overdue bills and those due within `horizonDays` of `today`, soonest first.
    [[nodiscard]] QList<BillDue> billsDue(QDate today, int horizonDays = 14) const;

    // --- commands (plan only; nothing changes until commit) ---
    Change setBudgetInfo(const QString& name, const QString& currencyCode);
    Change createEnvelope(const Envelope& envelope); // envelope.id ignored; Change::createdId
    Change updateEnvelope(const Envelope& envelope); // writes only the fields that differ
    Change renameEnvelope(const QString& id, const QString& name);
    Change setEnvelopeColor(const QString& id, const QString& color);
    Change setEnvelopeCategory(const QString& id, const QString& category);
    Change setEnvelopeArchived(const QString& id, bool archived);
    Change setEnvelopeTarget(const QString& id, qint64 monthlyTarget);
    Change setEnvelopePriority(const QString& id, int priority);
    Change setEnvelopeGoal(const QString& id, qint64 goalAmount, QDate goalDate);

    Change allocate(const QString& envelopeId, qint64 amount, Month month); // from unassigned
    Change moveMoney(const QString& fromEnvelopeId, const QString& toEnvelopeId, qint64 amount, Month month);
    // In priority order, each envelope gets min(its need this month, what is left unassigned).
    Change fillToTargets(Month month);

    Change addTransaction(const Transaction& transaction); // splits must sum to amount
    Change updateTransaction(const Transaction& transaction); // fields + split lines, per field
    Change deleteTransaction(const QString& id);
    Change setCleared(const QString& id, bool cleared);
    Change setSplits(const QString& transactionId, const QList<SplitLine>& lines); // empty = unsplit

    Change createBill(const Bill& bill);
    Change updateBill(const Bill& bill);
    Change deleteBill(const QString& id);
    // Records the expense (dated paidOn, default the due date) and moves nextDue on.
    Change payBill(const QString& id, QDate paidOn = {}, std::optional<qint64> amount = std::nullopt);

    // Adds the preview's new rows (skipping duplicates and errors) to `envelopeId` ("" = unassigned).
    Change importTransactions(const ImportPreview& preview, const QString& envelopeId = {});
    // Writes every entity of a backup; refused unless the budget is empty (its own settings
    // alone count as empty: the backup's replace them, undoably) or held these entities before.
    Change restoreBackup(const QByteArray& json);

    // --- applying ---
    // Stamps, resolves aliases of re-created entities, sinks, re-indexes. `committed` gets the
    // ops exactly as stored.
    bool commit(const QList<vv::store::Operation>& ops, QList<vv::store::Operation>* committed = nullptr);
    bool redo(const Change& change) { return commit(change.ops); }
    bool undo(const Change& change) { return commit(change.inverse); }
    // Ops someone else already applied to the state (sync pulls).
    void operationsApplied(const QList<vv::store::Operation>& ops);
    // Recomputes everything from the state (after loading it).
    void reload();

    // Validation used by addTransaction/setSplits: empty if fine.
    [[nodiscard]] static QString validateSplits(qint64 total, const QList<SplitLine>& lines);

signals:
    void changed(const vv::budget::AppliedChanges& changes);
    void errorOccurred(const QString& message);

private:
    [[nodiscard]] Change envelopeField(
        const QString& id, const QString& field, const QJsonValue& value, const QString& description);
    void observeState();
    [[nodiscard]] QString resolve(const QString& id) const;
    [[nodiscard]] QJsonValue resolve(const QJsonValue& value) const;
    void writeSplits(class ChangeBuilder& b, const QString& txId, const QList<SplitLine>& lines);

    const vv::store::BudgetState& m_state;
    OpSink m_sink;
    vv::store::HybridLogicalClock& m_clock;
    BudgetIndex m_index;
    QHash<QString, QString> m_aliases; // deleted entity id -> id it was re-created under
    QSet<QString> m_deletedHere; // ids this session deleted (only those may be re-created)
};

} // namespace vv::budget

Q_DECLARE_METATYPE(vv::budget::AppliedChanges)
