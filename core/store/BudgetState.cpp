#include "store/BudgetState.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

namespace vv::store {

namespace {

int hexNibble(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return -1;
}

} // namespace

// ---- interning ----

quint32 BudgetState::intern(QHash<QString, quint32>& index, std::vector<QString>& names, const QString& s)
{
    const auto it = index.constFind(s);
    if (it != index.constEnd())
        return *it;
    const auto i = static_cast<quint32>(names.size());
    names.push_back(s);
    index.insert(s, i);
    return i;
}

QJsonValue BudgetState::valueOf(const Slot& slot)
{
    return slot.isText ? QJsonValue(slot.text) : slot.value;
}

bool BudgetState::holds(const Slot& slot, const QJsonValue& value)
{
    if (slot.isText)
        return value.isString() && value.toString() == slot.text;
    return slot.value == value;
}

BudgetState::OpIdKey BudgetState::opIdKey(const QString& opId)
{
    OpIdKey key;
    bool packed = opId.size() == 32;
    for (qsizetype i = 0; packed && i < 16; ++i) {
        const int hi = hexNibble(opId.at(2 * i).unicode());
        const int lo = hexNibble(opId.at(2 * i + 1).unicode());
        packed = hi >= 0 && lo >= 0;
        key.bytes[static_cast<size_t>(i)] = static_cast<quint8>(hi << 4 | lo);
    }
    if (!packed) {
        m_oddOpIds.push_back(opId);
        key.bytes = {};
        key.odd = static_cast<quint32>(m_oddOpIds.size());
    }
    return key;
}

QString BudgetState::opIdText(const OpIdKey& key) const
{
    if (key.odd != 0)
        return m_oddOpIds[key.odd - 1];
    static constexpr char Hex[] = "0123456789abcdef";
    QString s(32, Qt::Uninitialized);
    QChar* out = s.data();
    for (size_t i = 0; i < 16; ++i) {
        out[2 * i] = QLatin1Char(Hex[key.bytes[i] >> 4]);
        out[2 * i + 1] = QLatin1Char(Hex[key.bytes[i] & 0xf]);
    }
    return s;
}

// ---- tables ----

const BudgetState::TypeTable* BudgetState::table(const QString& type) const
{
    for (const TypeTable& t : m_types) {
        if (t.name == type)
            return &t;
    }
    return nullptr;
}

BudgetState::TypeTable& BudgetState::tableFor(const QString& type)
{
    for (TypeTable& t : m_types) {
        if (t.name == type)
            return t;
    }
    m_types.push_back(TypeTable { type, {}, {}, 1 });
    return m_types.back();
}

const BudgetState::Entity* BudgetState::findEntity(const QString& type, const QString& id) const
{
    const TypeTable* t = table(type);
    if (!t)
        return nullptr;
    const auto it = t->entities.find(id);
    return it == t->entities.end() ? nullptr : &it->second;
}

const std::vector<const BudgetState::Node*>& BudgetState::sortedNodes(const TypeTable& t) const
{
    SortedCache& cache = t.sorted;
    if (!cache.valid) {
        cache.nodes.clear();
        cache.nodes.reserve(t.entities.size());
        for (const Node& n : t.entities)
            cache.nodes.push_back(&n);
        std::sort(
            cache.nodes.begin(), cache.nodes.end(), [](const Node* a, const Node* b) { return a->first < b->first; });
        cache.valid = true;
    }
    return cache.nodes;
}

const BudgetState::Slot* BudgetState::slot(const Entity& entity, const QString& field) const
{
    const auto f = m_fieldIndex.constFind(field);
    if (f == m_fieldIndex.constEnd())
        return nullptr;
    for (const Slot& s : entity.fields) {
        if (s.field == *f)
            return &s;
    }
    return nullptr;
}

// ---- the fold ----

bool BudgetState::isNewer(const Operation& op, const Slot& current) const
{
    // (stamp, opId): the total order that picks a field's winner.
    if (op.stamp.wallMs != current.wallMs)
        return op.stamp.wallMs > current.wallMs;
    if (op.stamp.counter != current.counter)
        return op.stamp.counter > current.counter;
    const int d = QString::compare(op.stamp.deviceId, m_devices[current.device], Qt::CaseSensitive);
    if (d != 0)
        return d > 0;
    return op.opId > opIdText(current.opId);
}

void BudgetState::assign(Slot& s, const Operation& op, quint32 field)
{
    // A parsed string value owns its own buffer; budgets repeat payees, dates and envelope
    // ids thousands of times, so equal strings keep one (and readers get it without a copy).
    s.isText = op.value.isString();
    if (s.isText) {
        const QString text = op.value.toString();
        auto it = m_strings.constFind(text);
        if (it == m_strings.constEnd())
            it = m_strings.insert(text);
        s.text = *it;
        s.value = QJsonValue();
    } else {
        s.text = QString();
        s.value = op.value;
    }
    s.wallMs = op.stamp.wallMs;
    s.counter = op.stamp.counter;
    s.field = field;
    s.device = intern(m_deviceIndex, m_devices, op.stamp.deviceId);
    s.opId = opIdKey(op.opId);
}

bool BudgetState::apply(const Operation& op)
{
    ++m_applied;
    if (m_maxStamp.isNull() || op.stamp > m_maxStamp)
        m_maxStamp = op.stamp;
    TypeTable& t = tableFor(op.entityType);
    const auto [it, inserted] = t.entities.try_emplace(op.entityId);
    if (inserted)
        t.sorted.valid = false;
    Entity& entity = it->second;
    if (entity.deleted)
        return false; // deleted stays deleted
    if (op.deleted) {
        const bool wasLive = !entity.fields.empty();
        entity.deleted = true;
        entity.fields = {}; // no longer needed: nothing can bring them back
        return wasLive;
    }
    const quint32 field = intern(m_fieldIndex, m_fieldNames, op.field);
    for (Slot& s : entity.fields) {
        if (s.field != field)
            continue;
        if (!isNewer(op, s))
            return false;
        const bool changed = !holds(s, op.value);
        assign(s, op, field);
        return changed;
    }
    if (entity.fields.capacity() == 0)
        entity.fields.reserve(t.fieldsHint); // entities of a type mostly have the same fields
    entity.fields.emplace_back();
    t.fieldsHint = std::clamp<size_t>(entity.fields.size(), t.fieldsHint, 16);
    assign(entity.fields.back(), op, field);
    return true;
}

void BudgetState::applyAll(const QList<Operation>& ops)
{
    for (const Operation& op : ops)
        apply(op);
}

BudgetState BudgetState::fold(const QList<Operation>& ops)
{
    BudgetState state;
    state.applyAll(ops);
    return state;
}

// ---- reading ----

bool BudgetState::contains(const QString& type, const QString& id) const
{
    const Entity* e = findEntity(type, id);
    return e && e->isLive();
}

bool BudgetState::isDeleted(const QString& type, const QString& id) const
{
    const Entity* e = findEntity(type, id);
    return e && e->deleted;
}

QJsonValue BudgetState::EntityView::value(const QString& field) const
{
    const Slot* s = m_state->slot(*m_entity, field);
    return s ? valueOf(*s) : QJsonValue(QJsonValue::Undefined);
}

QString BudgetState::EntityView::string(const QString& field) const
{
    const Slot* s = m_state->slot(*m_entity, field);
    if (!s)
        return {};
    return s->isText ? s->text : s->value.toString();
}

QJsonObject BudgetState::EntityView::toObject() const
{
    QJsonObject out;
    for (const Slot& s : m_entity->fields)
        out.insert(m_state->m_fieldNames[s.field], valueOf(s));
    return out;
}

std::optional<BudgetState::EntityView> BudgetState::find(const QString& type, const QString& id) const
{
    const Entity* e = findEntity(type, id);
    if (!e || !e->isLive())
        return std::nullopt;
    return EntityView(this, e);
}

QJsonObject BudgetState::entity(const QString& type, const QString& id) const
{
    const Entity* e = findEntity(type, id);
    if (!e || e->deleted)
        return {};
    return EntityView(this, e).toObject();
}

QJsonValue BudgetState::value(const QString& type, const QString& id, const QString& field) const
{
    const Entity* e = findEntity(type, id);
    if (!e || e->deleted)
        return QJsonValue(QJsonValue::Undefined);
    const Slot* s = slot(*e, field);
    return s ? valueOf(*s) : QJsonValue(QJsonValue::Undefined);
}

void BudgetState::forEachEntity(const QString& type, const EntityVisitor& visit, Order order) const
{
    const TypeTable* t = table(type);
    if (!t)
        return;
    if (order == Order::Any) {
        for (const Node& n : t->entities) {
            if (n.second.isLive())
                visit(n.first, EntityView(this, &n.second));
        }
        return;
    }
    for (const Node* n : sortedNodes(*t)) {
        if (n->second.isLive())
            visit(n->first, EntityView(this, &n->second));
    }
}

QStringList BudgetState::entityIds(const QString& type) const
{
    QStringList ids;
    const TypeTable* t = table(type);
    if (!t)
        return ids;
    const auto& nodes = sortedNodes(*t);
    ids.reserve(static_cast<qsizetype>(nodes.size()));
    for (const Node* n : nodes) {
        if (n->second.isLive())
            ids.append(n->first);
    }
    return ids;
}

qsizetype BudgetState::entityCount(const QString& type) const
{
    const TypeTable* t = table(type);
    if (!t)
        return 0;
    qsizetype n = 0;
    for (const Node& node : t->entities)
        n += node.second.isLive() ? 1 : 0;
    return n;
}

qsizetype BudgetState::liveEntityCount() const
{
    qsizetype n = 0;
    for (const TypeTable& t : m_types)
        n += entityCount(t.name);
    return n;
}

QByteArray BudgetState::canonicalJson() const
{
    // [[type, id, deleted, {field: [value, stamp, opId]}], ...] in (type, id) order.
    std::vector<const TypeTable*> types;
    for (const TypeTable& t : m_types)
        types.push_back(&t);
    std::sort(types.begin(), types.end(), [](const TypeTable* a, const TypeTable* b) { return a->name < b->name; });
    QJsonArray all;
    for (const TypeTable* t : types) {
        for (const Node* n : sortedNodes(*t)) {
            const Entity& e = n->second;
            if (!e.deleted && e.fields.empty())
                continue;
            QJsonObject fields;
            for (const Slot& s : e.fields) {
                const Stamp stamp { s.wallMs, s.counter, m_devices[s.device] };
                fields.insert(m_fieldNames[s.field], QJsonArray { valueOf(s), stamp.toString(), opIdText(s.opId) });
            }
            all.append(QJsonArray { t->name, n->first, e.deleted, fields });
        }
    }
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

} // namespace vv::store
