#pragma once

#include "store/Stamp.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace vv::crypto {
class Aead;
}

namespace vv::store {

// One change: a field-level write on an entity, or a tombstone deleting the entity.
// Merge rule (see BudgetState): last writer wins per field by `stamp`; a delete wins over
// every write to that entity, earlier or later, and an entity stays deleted.
// Money values are integers in minor units (cents), never floating point.
// On disk and on the wire an operation only exists encrypted (encrypt()/decrypt()).
struct Operation {
    static constexpr int FormatVersion = 1;

    QString opId; // 32 lowercase hex chars (random 128 bits); also the upload idempotency key
    QString entityType; // [a-z_], 1-32: "envelope", "transaction", "bill", "budget", ...
    QString entityId; // [A-Za-z0-9_-], 1-64; newEntityId() gives random ones
    QString field; // [A-Za-z0-9_], 1-64 for writes; empty for a delete
    QJsonValue value; // the new field value (null for a delete)
    Stamp stamp; // HLC stamp; stamp.deviceId is the writing device
    bool deleted = false;

    [[nodiscard]] QString deviceId() const { return stamp.deviceId; }

    [[nodiscard]] static Operation makeWrite(const QString& entityType, const QString& entityId, const QString& field,
        const QJsonValue& value, const Stamp& stamp);
    [[nodiscard]] static Operation makeDelete(const QString& entityType, const QString& entityId, const Stamp& stamp);
    [[nodiscard]] static QString newOpId();
    [[nodiscard]] static QString newEntityId(); // 22 chars, base64url of 128 random bits

    // Empty when valid, else which rule failed (never the data itself).
    [[nodiscard]] QString validate() const;
    [[nodiscard]] bool isValid() const { return validate().isEmpty(); }

    // Canonical compact JSON (sorted keys): the same op always gives the same bytes.
    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static std::optional<Operation> fromJson(QByteArrayView json, QString* error = nullptr);

    // toJson() sealed with the budget's AEAD (room-bound). nullopt if invalid or on crypto failure.
    [[nodiscard]] std::optional<QByteArray> encrypt(const vv::crypto::Aead& aead) const;
    [[nodiscard]] static std::optional<Operation> decrypt(
        const vv::crypto::Aead& aead, QByteArrayView blob, QString* error = nullptr);

    friend bool operator==(const Operation& a, const Operation& b);
};

} // namespace vv::store

Q_DECLARE_METATYPE(vv::store::Operation)
