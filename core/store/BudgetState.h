#pragma once

#include "store/Operation.h"
#include "store/Stamp.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace vv::store {

// The budget as the fold of its operations. The merge is a state-based CRDT, so replicas
// holding the same SET of ops have identical state, whatever the order or duplication:
//  - per field, the write with the greatest (stamp, opId) wins (last writer wins; stamps of
//    different devices never tie, and opId breaks the impossible same-device tie);
//  - a delete wins over every write to that entity, whether stamped earlier or later, and
//    an entity once deleted stays deleted (restoring means creating a new entity id).
//    Simple and convergent: no write can resurrect a row another device removed.
// apply() is idempotent and commutative, so applying new ops incrementally equals a refold.
//
// Layout (a 100k-transaction budget is ~700k ops, so bytes per field count): one hash table
// per entity type; an entity holds a small array of field slots; field names and device ids
// are interned to indexes, string values are shared between equal strings, and op ids are
// kept as 16 bytes. Readers see QString/QJsonValue exactly as written.
class BudgetState
{
    struct Entity;

public:
    // One live entity during forEachEntity() / find(); valid until the state changes.
    class EntityView
    {
    public:
        // The field's value; Undefined if the entity has no such field.
        [[nodiscard]] QJsonValue value(const QString& field) const;
        // value(field).toString() without a copy: equal strings of the state share a buffer.
        [[nodiscard]] QString string(const QString& field) const;
        [[nodiscard]] QJsonObject toObject() const; // as BudgetState::entity()

    private:
        friend class BudgetState;
        EntityView(const BudgetState* state, const Entity* entity)
            : m_state(state)
            , m_entity(entity)
        { }
        const BudgetState* m_state;
        const Entity* m_entity;
    };
    using EntityVisitor = std::function<void(const QString& id, const EntityView& entity)>;
    enum class Order {
        ById, // as entityIds()
        Any, // hash order: skips sorting the ids, for callers that order things themselves
    };

    // Returns true if what readers see changed.
    bool apply(const Operation& op);
    void applyAll(const QList<Operation>& ops);
    [[nodiscard]] static BudgetState fold(const QList<Operation>& ops);

    // Live = has at least one field and is not deleted.
    [[nodiscard]] bool contains(const QString& type, const QString& id) const;
    [[nodiscard]] bool isDeleted(const QString& type, const QString& id) const;
    // Field name -> value of a live entity; empty object if absent or deleted.
    [[nodiscard]] QJsonObject entity(const QString& type, const QString& id) const;
    [[nodiscard]] QJsonValue value(const QString& type, const QString& id, const QString& field) const;
    // A live entity, for reading several fields with one lookup.
    [[nodiscard]] std::optional<EntityView> find(const QString& type, const QString& id) const;
    // Ids of live entities of a type, sorted.
    [[nodiscard]] QStringList entityIds(const QString& type) const;
    // Calls visit(id, entity) for each live entity of `type`, in entityIds() order. The state
    // must not be modified from inside `visit`.
    void forEachEntity(const QString& type, const EntityVisitor& visit, Order order = Order::ById) const;
    [[nodiscard]] qsizetype entityCount(const QString& type) const; // live ones
    [[nodiscard]] qsizetype liveEntityCount() const;

    // The greatest stamp among all applied ops (seed a HybridLogicalClock with it on start).
    [[nodiscard]] Stamp maxStamp() const { return m_maxStamp; }
    [[nodiscard]] qsizetype appliedCount() const { return m_applied; }

    // Everything (values, winning stamps, tombstones), canonical: equal states give equal bytes.
    [[nodiscard]] QByteArray canonicalJson() const;
    friend bool operator==(const BudgetState& a, const BudgetState& b)
    {
        return a.canonicalJson() == b.canonicalJson();
    }

private:
    friend class StateSnapshot; // writes and rebuilds the private layout exactly

    // An op id: 32 lowercase hex chars packed into 16 bytes (same order as the text). Any
    // other text (never produced by newOpId(), rejected by validate()) is kept verbatim aside.
    struct OpIdKey {
        std::array<quint8, 16> bytes {};
        quint32 odd = 0; // 0: packed; else 1 + index into m_oddOpIds
    };
    struct Slot {
        QString text; // a string value (shared with equal strings); `value` is then unused
        QJsonValue value; // any other value
        qint64 wallMs = 0;
        quint32 counter = 0;
        quint32 field = 0; // into m_fieldNames
        quint32 device = 0; // into m_devices
        OpIdKey opId;
        bool isText = false;
    };
    struct Entity {
        std::vector<Slot> fields;
        bool deleted = false;
        [[nodiscard]] bool isLive() const { return !deleted && !fields.empty(); }
    };
    struct IdHash {
        size_t operator()(const QString& s) const noexcept { return qHash(s); }
    };
    using Table = std::unordered_map<QString, Entity, IdHash>;
    using Node = Table::value_type;
    // Entities in id order, rebuilt lazily after an id is added (nodes never move or vanish:
    // deleted entities stay as tombstones). A copy starts without it.
    struct SortedCache {
        SortedCache() = default;
        SortedCache(const SortedCache&) { }
        SortedCache(SortedCache&&) noexcept = default;
        SortedCache& operator=(const SortedCache&)
        {
            nodes.clear();
            valid = false;
            return *this;
        }
        SortedCache& operator=(SortedCache&&) noexcept = default;
        ~SortedCache() = default;
        std::vector<const Node*> nodes;
        bool valid = false;
    };
    struct TypeTable {
        QString name;
        Table entities;
        mutable SortedCache sorted;
        size_t fieldsHint = 1; // most fields an entity of this type has had (capacity to reserve)
    };

    [[nodiscard]] const TypeTable* table(const QString& type) const;
    TypeTable& tableFor(const QString& type);
    [[nodiscard]] const Entity* findEntity(const QString& type, const QString& id) const;
    [[nodiscard]] const std::vector<const Node*>& sortedNodes(const TypeTable& table) const;
    [[nodiscard]] const Slot* slot(const Entity& entity, const QString& field) const;
    quint32 intern(QHash<QString, quint32>& index, std::vector<QString>& names, const QString& s);
    [[nodiscard]] static QJsonValue valueOf(const Slot& slot);
    [[nodiscard]] static bool holds(const Slot& slot, const QJsonValue& value);
    [[nodiscard]] OpIdKey opIdKey(const QString& opId);
    [[nodiscard]] QString opIdText(const OpIdKey& key) const;
    [[nodiscard]] bool isNewer(const Operation& op, const Slot& current) const;
    void assign(Slot& slot, const Operation& op, quint32 field);

    std::vector<TypeTable> m_types; // few (budget, envelope, transaction, ...): a linear scan
    QHash<QString, quint32> m_fieldIndex;
    std::vector<QString> m_fieldNames;
    QHash<QString, quint32> m_deviceIndex;
    std::vector<QString> m_devices;
    QSet<QString> m_strings; // equal string values share one buffer
    std::vector<QString> m_oddOpIds;
    Stamp m_maxStamp;
    qsizetype m_applied = 0;
};

} // namespace vv::store
