#include "budget/Entities.h"

#include "budget/Schema.h"

namespace vv::budget {

namespace s = schema;

namespace {
QString str(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString();
}
qint64 integer(const QJsonObject& o, const QString& key)
{
    return o.value(key).toInteger();
}
QDate dateField(const QJsonObject& o, const QString& key)
{
    return QDate::fromString(o.value(key).toString(), Qt::ISODate);
}
QJsonValue isoOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

BudgetInfo BudgetInfo::fromJson(const QJsonObject& o)
{
    BudgetInfo info;
    info.name = str(o, s::Name);
    const QString currency = str(o, s::Currency);
    if (!currency.isEmpty())
        info.currency = currency;
    return info;
}

Envelope Envelope::fromJson(const QString& id, const QJsonObject& o)
{
    Envelope e;
    e.id = id;
    e.name = str(o, s::Name);
    e.color = str(o, s::Color);
    e.category = str(o, s::Category);
    e.archived = o.value(s::Archived).toBool();
    e.monthlyTarget = integer(o, s::Target);
    e.priority = static_cast<int>(integer(o, s::Priority));
    e.goalAmount = integer(o, s::GoalAmount);
    e.goalDate = dateField(o, s::GoalDate);
    return e;
}

QJsonObject Envelope::toJson() const
{
    QJsonObject o;
    o.insert(s::Name, name);
    o.insert(s::Color, color);
    o.insert(s::Category, category);
    o.insert(s::Archived, archived);
    o.insert(s::Target, monthlyTarget);
    o.insert(s::Priority, priority);
    o.insert(s::GoalAmount, goalAmount);
    o.insert(s::GoalDate, isoOrNull(goalDate));
    return o;
}

SplitLine SplitLine::fromJson(const QString& id, const QJsonObject& o)
{
    SplitLine l;
    l.id = id;
    l.transactionId = str(o, s::TransactionId);
    l.envelopeId = str(o, s::EnvelopeId);
    l.amount = integer(o, s::Amount);
    l.note = str(o, s::Note);
    return l;
}

QJsonObject SplitLine::toJson() const
{
    QJsonObject o;
    o.insert(s::TransactionId, transactionId);
    o.insert(s::EnvelopeId, envelopeId);
    o.insert(s::Amount, amount);
    o.insert(s::Note, note);
    return o;
}

Transaction Transaction::fromJson(const QString& id, const QJsonObject& o)
{
    Transaction t;
    t.id = id;
    t.date = dateField(o, s::Date);
    t.payee = str(o, s::Payee);
    t.amount = integer(o, s::Amount);
    t.envelopeId = str(o, s::EnvelopeId);
    t.note = str(o, s::Note);
    t.cleared = o.value(s::Cleared).toBool();
    t.fitId = str(o, s::FitId);
    return t;
}

QJsonObject Transaction::toJson() const
{
    QJsonObject o;
    o.insert(s::Date, isoOrNull(date));
    o.insert(s::Payee, payee);
    o.insert(s::Amount, amount);
    o.insert(s::EnvelopeId, envelopeId);
    o.insert(s::Note, note);
    o.insert(s::Cleared, cleared);
    if (!fitId.isEmpty())
        o.insert(s::FitId, fitId);
    return o;
}

Allocation Allocation::fromJson(const QString& id, const QJsonObject& o)
{
    Allocation a;
    a.id = id;
    a.month = Month::fromString(str(o, s::Month)).value_or(Month());
    a.fromEnvelopeId = str(o, s::FromEnvelope);
    a.toEnvelopeId = str(o, s::ToEnvelope);
    a.amount = integer(o, s::Amount);
    a.note = str(o, s::Note);
    return a;
}

Bill Bill::fromJson(const QString& id, const QJsonObject& o)
{
    Bill b;
    b.id = id;
    b.name = str(o, s::Name);
    b.payee = str(o, s::Payee);
    b.amount = integer(o, s::Amount);
    b.envelopeId = str(o, s::EnvelopeId);
    b.frequency = Recurrence::fromString(str(o, s::Frequency)).value_or(Frequency::Monthly);
    b.startDate = dateField(o, s::StartDate);
    b.nextDue = dateField(o, s::NextDue);
    if (!b.nextDue.isValid())
        b.nextDue = b.startDate;
    return b;
}

QJsonObject Bill::toJson() const
{
    QJsonObject o;
    o.insert(s::Name, name);
    o.insert(s::Payee, payee);
    o.insert(s::Amount, amount);
    o.insert(s::EnvelopeId, envelopeId);
    o.insert(s::Frequency, Recurrence::toString(frequency));
    o.insert(s::StartDate, isoOrNull(startDate));
    o.insert(s::NextDue, isoOrNull(nextDue.isValid() ? nextDue : startDate));
    return o;
}

} // namespace vv::budget
