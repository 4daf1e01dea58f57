#pragma once

#include <QString>

// Entity types and field names of the budget, as stored in Operations. Changing a name here
// breaks existing budgets: add new names, never rename.
namespace vv::budget::schema {

// Singleton budget settings entity (type "budget", id "budget").
inline const QString Budget = QStringLiteral("budget");
inline const QString BudgetId = QStringLiteral("budget");
inline const QString Name = QStringLiteral("name");
inline const QString Currency = QStringLiteral("currency"); // ISO 4217

inline const QString Envelope = QStringLiteral("envelope");
inline const QString Color = QStringLiteral("color"); // "#rrggbb"
inline const QString Category = QStringLiteral("category"); // group name
inline const QString Archived = QStringLiteral("archived");
inline const QString Target = QStringLiteral("target"); // monthly target, minor units
inline const QString Priority = QStringLiteral("priority"); // fill order, lower first
inline const QString GoalAmount = QStringLiteral("goalAmount");
inline const QString GoalDate = QStringLiteral("goalDate"); // ISO date

inline const QString Transaction = QStringLiteral("transaction");
inline const QString Date = QStringLiteral("date"); // ISO date
inline const QString Payee = QStringLiteral("payee");
inline const QString Amount = QStringLiteral("amount"); // signed minor units
inline const QString EnvelopeId = QStringLiteral("envelopeId"); // "" or absent = unassigned
inline const QString Note = QStringLiteral("note");
inline const QString Cleared = QStringLiteral("cleared");
inline const QString FitId = QStringLiteral("fitId"); // bank id from OFX

// One line of a split transaction: its own entity so concurrent edits merge per field.
inline const QString Split = QStringLiteral("split");
inline const QString TransactionId = QStringLiteral("transactionId");

// Money moved between unassigned ("") and envelopes: append-only, so concurrent allocations add up.
inline const QString Allocation = QStringLiteral("allocation");
inline const QString Month = QStringLiteral("month"); // "YYYY-MM"
inline const QString FromEnvelope = QStringLiteral("from");
inline const QString ToEnvelope = QStringLiteral("to");

inline const QString Bill = QStringLiteral("bill");
inline const QString Frequency = QStringLiteral("frequency");
inline const QString StartDate = QStringLiteral("startDate"); // anchor of the schedule
inline const QString NextDue = QStringLiteral("nextDue");

} // namespace vv::budget::schema
