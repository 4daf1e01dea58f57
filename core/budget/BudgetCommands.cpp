// Budget's commands: each plans one user action as a Change (ops + inverse).
#include "budget/BankImport.h"
#include "budget/Budget.h"
#include "budget/ChangeBuilder.h"
#include "budget/Exporter.h"
#include "budget/Schema.h"
#include "store/BudgetState.h"

namespace vv::budget {

namespace s = schema;

Change Budget::setBudgetInfo(const QString& name, const QString& currencyCode)
{
    const QString code = currencyCode.trimmed().toUpper();
    if (code.size() != 3)
        return Change::failed(tr("The currency must be a three-letter ISO 4217 code."));
    ChangeBuilder b(m_state);
    b.set(s::Budget, s::BudgetId, s::Name, name);
    b.set(s::Budget, s::BudgetId, s::Currency, code);
    return b.finish(tr("Edit budget settings"));
}

Change Budget::createEnvelope(const Envelope& envelope)
{
    if (envelope.name.trimmed().isEmpty())
        return Change::failed(tr("An envelope needs a name."));
    ChangeBuilder b(m_state);
    const QString id = b.create(s::Envelope, envelope.toJson());
    return b.finish(tr("Create envelope %1").arg(envelope.name), id);
}

Change Budget::updateEnvelope(const Envelope& envelope)
{
    if (!m_state.contains(s::Envelope, envelope.id))
        return Change::failed(tr("No such envelope."));
    if (envelope.name.trimmed().isEmpty())
        return Change::failed(tr("An envelope needs a name."));
    ChangeBuilder b(m_state);
    const QJsonObject fields = envelope.toJson();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        b.set(s::Envelope, envelope.id, it.key(), it.value());
    return b.finish(tr("Edit envelope %1").arg(envelope.name));
}

Change Budget::envelopeField(
    const QString& id, const QString& field, const QJsonValue& value, const QString& description)
{
    if (!m_state.contains(s::Envelope, id))
        return Change::failed(tr("No such envelope."));
    ChangeBuilder b(m_state);
    b.set(s::Envelope, id, field, value);
    return b.finish(description);
}

Change Budget::renameEnvelope(const QString& id, const QString& name)
{
    if (name.trimmed().isEmpty())
        return Change::failed(tr("An envelope needs a name."));
    return envelopeField(id, s::Name, name, tr("Rename envelope"));
}

Change Budget::setEnvelopeColor(const QString& id, const QString& color)
{
    return envelopeField(id, s::Color, color, tr("Change envelope colour"));
}

Change Budget::setEnvelopeCategory(const QString& id, const QString& category)
{
    return envelopeField(id, s::Category, category, tr("Move envelope to group"));
}

Change Budget::setEnvelopeArchived(const QString& id, bool archived)
{
    return envelopeField(id, s::Archived, archived, archived ? tr("Archive envelope") : tr("Unarchive envelope"));
}

Change Budget::setEnvelopeTarget(const QString& id, qint64 monthlyTarget)
{
    if (monthlyTarget < 0)
        return Change::failed(tr("A target cannot be negative."));
    return envelopeField(id, s::Target, monthlyTarget, tr("Set monthly target"));
}

Change Budget::setEnvelopePriority(const QString& id, int priority)
{
    return envelopeField(id, s::Priority, priority, tr("Reorder envelopes"));
}

Change Budget::setEnvelopeGoal(const QString& id, qint64 goalAmount, QDate goalDate)
{
    if (!m_state.contains(s::Envelope, id))
        return Change::failed(tr("No such envelope."));
    if (goalAmount < 0 || (goalAmount > 0 && !goalDate.isValid()))
        return Change::failed(tr("A goal needs a positive amount and a date."));
    ChangeBuilder b(m_state);
    b.set(s::Envelope, id, s::GoalAmount, goalAmount);
    b.set(s::Envelope, id, s::GoalDate,
        goalDate.isValid() ? QJsonValue(goalDate.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    return b.finish(tr("Set savings goal"));
}

Change Budget::allocate(const QString& envelopeId, qint64 amount, Month month)
{
    Change c = moveMoney(QString(), envelopeId, amount, month);
    if (c.isValid())
        c.description = tr("Allocate to envelope");
    return c;
}

Change Budget::moveMoney(const QString& fromEnvelopeId, const QString& toEnvelopeId, qint64 amount, Month month)
{
    if (amount == 0)
        return Change::failed(tr("Nothing to move."));
    if (fromEnvelopeId == toEnvelopeId)
        return Change::failed(tr("Choose two different envelopes."));
    if (!month.isValid())
        return Change::failed(tr("Choose a month."));
    for (const QString& id : { fromEnvelopeId, toEnvelopeId }) {
        if (!id.isEmpty() && !m_state.contains(s::Envelope, id))
            return Change::failed(tr("No such envelope."));
    }
    ChangeBuilder b(m_state);
    QJsonObject fields;
    fields.insert(s::Month, month.toString());
    fields.insert(s::FromEnvelope, fromEnvelopeId);
    fields.insert(s::ToEnvelope, toEnvelopeId);
    fields.insert(s::Amount, amount);
    const QString id = b.create(s::Allocation, fields);
    return b.finish(tr("Move money"), id);
}

Change Budget::fillToTargets(Month month)
{
    if (!month.isValid())
        return Change::failed(tr("Choose a month."));
    ChangeBuilder b(m_state);
    qint64 remaining = unassigned();
    for (const Envelope& e : envelopes(false)) {
        if (remaining <= 0)
            break;
        const qint64 give = qMin(envelopeMonth(e.id, month).need, remaining);
        if (give <= 0)
            continue;
        QJsonObject fields;
        fields.insert(s::Month, month.toString());
        fields.insert(s::FromEnvelope, QString());
        fields.insert(s::ToEnvelope, e.id);
        fields.insert(s::Amount, give);
        b.create(s::Allocation, fields);
        remaining -= give;
    }
    return b.finish(tr("Fill envelopes to targets"));
}

void Budget::writeSplits(ChangeBuilder& b, const QString& txId, const QList<SplitLine>& lines)
{
    const QList<SplitLine> existing = m_index.splitsOf(txId);
    QSet<QString> kept;
    for (const SplitLine& line : lines) {
        const bool known = !line.id.isEmpty() && m_state.contains(s::Split, line.id);
        if (!known) {
            SplitLine fresh = line;
            fresh.transactionId = txId;
            b.create(s::Split, fresh.toJson());
            continue;
        }
        kept.insert(line.id);
        b.set(s::Split, line.id, s::EnvelopeId, line.envelopeId);
        b.set(s::Split, line.id, s::Amount, line.amount);
        b.set(s::Split, line.id, s::Note, line.note);
    }
    for (const SplitLine& old : existing) {
        if (!kept.contains(old.id))
            b.remove(s::Split, old.id);
    }
}

Change Budget::addTransaction(const Transaction& t)
{
    if (!t.date.isValid())
        return Change::failed(tr("A transaction needs a date."));
    const QString splitError = validateSplits(t.amount, t.splits);
    if (!splitError.isEmpty())
        return Change::failed(splitError);
    ChangeBuilder b(m_state);
    const QString id = b.create(s::Transaction, t.toJson());
    writeSplits(b, id, t.splits);
    return b.finish(t.amount >= 0 ? tr("Add income") : tr("Add expense"), id);
}

Change Budget::updateTransaction(const Transaction& t)
{
    if (!m_state.contains(s::Transaction, t.id))
        return Change::failed(tr("No such transaction."));
    if (!t.date.isValid())
        return Change::failed(tr("A transaction needs a date."));
    const QString splitError = validateSplits(t.amount, t.splits);
    if (!splitError.isEmpty())
        return Change::failed(splitError);
    ChangeBuilder b(m_state);
    const QJsonObject fields = t.toJson();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        b.set(s::Transaction, t.id, it.key(), it.value());
    writeSplits(b, t.id, t.splits);
    return b.finish(tr("Edit transaction"));
}

Change Budget::deleteTransaction(const QString& id)
{
    if (!m_state.contains(s::Transaction, id))
        return Change::failed(tr("No such transaction."));
    ChangeBuilder b(m_state);
    for (const SplitLine& line : m_index.splitsOf(id))
        b.remove(s::Split, line.id);
    b.remove(s::Transaction, id);
    return b.finish(tr("Delete transaction"));
}

Change Budget::setCleared(const QString& id, bool cleared)
{
    if (!m_state.contains(s::Transaction, id))
        return Change::failed(tr("No such transaction."));
    ChangeBuilder b(m_state);
    b.set(s::Transaction, id, s::Cleared, cleared);
    return b.finish(cleared ? tr("Mark cleared") : tr("Mark uncleared"));
}

Change Budget::setSplits(const QString& transactionId, const QList<SplitLine>& lines)
{
    const std::optional<Transaction> t = transaction(transactionId);
    if (!t)
        return Change::failed(tr("No such transaction."));
    const QString splitError = validateSplits(t->amount, lines);
    if (!splitError.isEmpty())
        return Change::failed(splitError);
    ChangeBuilder b(m_state);
    writeSplits(b, transactionId, lines);
    return b.finish(lines.isEmpty() ? tr("Remove split") : tr("Split transaction"));
}

namespace {
QString validateBill(const Bill& bill)
{
    if (bill.name.trimmed().isEmpty())
        return Budget::tr("A bill needs a name.");
    if (bill.amount <= 0)
        return Budget::tr("A bill needs a positive amount.");
    if (!bill.startDate.isValid())
        return Budget::tr("A bill needs a first due date.");
    return {};
}
} // namespace

Change Budget::createBill(const Bill& bill)
{
    const QString why = validateBill(bill);
    if (!why.isEmpty())
        return Change::failed(why);
    ChangeBuilder b(m_state);
    const QString id = b.create(s::Bill, bill.toJson());
    return b.finish(tr("Create bill %1").arg(bill.name), id);
}

Change Budget::updateBill(const Bill& bill)
{
    if (!m_state.contains(s::Bill, bill.id))
        return Change::failed(tr("No such bill."));
    const QString why = validateBill(bill);
    if (!why.isEmpty())
        return Change::failed(why);
    ChangeBuilder b(m_state);
    const QJsonObject fields = bill.toJson();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        b.set(s::Bill, bill.id, it.key(), it.value());
    return b.finish(tr("Edit bill %1").arg(bill.name));
}

Change Budget::deleteBill(const QString& id)
{
    if (!m_state.contains(s::Bill, id))
        return Change::failed(tr("No such bill."));
    ChangeBuilder b(m_state);
    b.remove(s::Bill, id);
    return b.finish(tr("Delete bill"));
}

Change Budget::payBill(const QString& id, QDate paidOn, std::optional<qint64> amount)
{
    const std::optional<Bill> bill = this->bill(id);
    if (!bill)
        return Change::failed(tr("No such bill."));
    const QDate due = bill->nextDue.isValid() ? bill->nextDue : bill->startDate;
    const QDate next = Recurrence::nextAfter(bill->startDate.isValid() ? bill->startDate : due, bill->frequency, due);
    if (!due.isValid() || !next.isValid())
        return Change::failed(tr("The bill has no valid due date."));
    Transaction t;
    t.date = paidOn.isValid() ? paidOn : due;
    t.payee = bill->payee.isEmpty() ? bill->name : bill->payee;
    t.amount = -amount.value_or(bill->amount);
    t.envelopeId = bill->envelopeId;
    t.note = bill->name;
    ChangeBuilder b(m_state);
    const QString txId = b.create(s::Transaction, t.toJson());
    b.set(s::Bill, id, s::NextDue, next.toString(Qt::ISODate));
    return b.finish(tr("Pay bill %1").arg(bill->name), txId);
}

Change Budget::importTransactions(const ImportPreview& preview, const QString& envelopeId)
{
    if (!envelopeId.isEmpty() && !m_state.contains(s::Envelope, envelopeId))
        return Change::failed(tr("No such envelope."));
    ChangeBuilder b(m_state);
    int count = 0;
    for (const ImportRow& row : preview.rows) {
        if (row.status != ImportRow::Status::New)
            continue;
        Transaction t;
        t.date = row.date;
        t.payee = row.payee;
        t.amount = row.amount;
        t.note = row.memo;
        t.fitId = row.fitId;
        t.envelopeId = envelopeId;
        b.create(s::Transaction, t.toJson());
        ++count;
    }
    return b.finish(tr("Import %n transaction(s)", nullptr, count));
}

Change Budget::restoreBackup(const QByteArray& json)
{
    QString error;
    const std::optional<QList<BackupEntity>> entities = Exporter::parseBackup(json, &error);
    if (!entities)
        return Change::failed(error);
    // A new budget already holds its settings (name, currency): that alone still counts as empty,
    // and the backup's settings overwrite them field by field, so an undo gives them back.
    const bool hasSettings = m_state.contains(schema::Budget, schema::BudgetId);
    if (m_state.liveEntityCount() > (hasSettings ? 1 : 0))
        return Change::failed(tr("A backup can only be restored into an empty budget."));
    // Deletes are permanent: entities this budget held once (a restore that was undone) cannot
    // be written again, and a restore that silently skipped them would look like a success.
    for (const BackupEntity& e : *entities) {
        if (m_state.isDeleted(e.type, e.id))
            return Change::failed(tr("This budget already held the data of this backup once (a restore that "
                                     "was undone): create a new budget to restore it again."));
    }
    ChangeBuilder b(m_state);
    for (const BackupEntity& e : *entities) {
        if (e.type == schema::Budget && m_state.contains(e.type, e.id)) {
            for (auto it = e.fields.constBegin(); it != e.fields.constEnd(); ++it)
                b.set(e.type, e.id, it.key(), it.value());
        } else {
            b.create(e.type, e.fields, e.id);
        }
    }
    return b.finish(tr("Restore backup"));
}

} // namespace vv::budget
