#include "store/StateSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>
#include <QtEndian>

#include <cstring>

namespace vv::store {

namespace {

constexpr char Magic[4] = { 'V', 'V', 'S', 'S' };

enum Tag : quint8 {
    TagText = 0, // index into the string table
    TagNull = 1,
    TagFalse = 2,
    TagTrue = 3,
    TagInteger = 4, // QJsonValue keeps integers apart from doubles (and prints them apart)
    TagDouble = 5,
    TagJson = 6, // array or object, compact JSON (rare: no table worth it)
    TagUndefined = 7,
};

class Writer
{
public:
    QByteArray out;
    // Set for serializeTo(): full pieces go to the sink, so memory stays at about one piece.
    const StateSnapshot::Sink* sink = nullptr;
    qsizetype pieceSize = 0;
    bool ok = true;

    void flushIfFull()
    {
        if (sink && out.size() >= pieceSize)
            flush();
    }
    void flush()
    {
        if (!sink || out.isEmpty())
            return;
        ok = ok && (*sink)(out);
        out.resize(0); // keeps the capacity for the next piece
    }

    void u8(quint8 v) { out.append(char(v)); }
    void varint(quint64 v)
    {
        char buf[10];
        int n = 0;
        do {
            quint8 b = v & 0x7f;
            v >>= 7;
            if (v)
                b |= 0x80;
            buf[n++] = char(b);
        } while (v);
        out.append(buf, n);
    }
    void i64(qint64 v)
    {
        const qint64 le = qToLittleEndian(v);
        out.append(reinterpret_cast<const char*>(&le), sizeof le);
    }
    void bytes(const void* data, qsizetype n) { out.append(static_cast<const char*>(data), n); }
    void string(const QString& s)
    {
        // UTF-16 as is: decoding is one copy, no transcoding.
        varint(quint64(s.size()));
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        bytes(s.utf16(), s.size() * 2);
#else
        for (const QChar c : s) {
            const quint16 le = qToLittleEndian(c.unicode());
            bytes(&le, 2);
        }
#endif
    }
};

class Reader
{
public:
    explicit Reader(QByteArrayView in)
        : m_p(reinterpret_cast<const quint8*>(in.data()))
        , m_end(m_p + in.size())
    { }
    bool ok = true;

    [[nodiscard]] qsizetype remaining() const { return m_end - m_p; }
    bool take(void* dst, qsizetype n)
    {
        if (!ok || n < 0 || remaining() < n)
            return ok = false;
        std::memcpy(dst, m_p, size_t(n));
        m_p += n;
        return true;
    }
    quint8 u8()
    {
        quint8 v = 0;
        take(&v, 1);
        return v;
    }
    quint64 varint()
    {
        if (ok && m_p < m_end && *m_p < 0x80)
            return *m_p++; // most indexes and counters: one byte
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const quint8 b = u8();
            if (!ok)
                return 0;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        ok = false;
        return 0;
    }
    // A count of items each at least `minBytes` long: rejects counts the rest cannot hold
    // before anything is allocated for them.
    quint64 count(qsizetype minBytes)
    {
        const quint64 n = varint();
        if (ok && n > quint64(remaining() / qMax<qsizetype>(1, minBytes)))
            ok = false;
        return ok ? n : 0;
    }
    quint32 index(size_t limit)
    {
        const quint64 v = varint();
        if (v >= limit)
            ok = false;
        return ok ? quint32(v) : 0;
    }
    qint64 i64()
    {
        qint64 le = 0;
        take(&le, sizeof le);
        return qFromLittleEndian(le);
    }
    QString string()
    {
        const quint64 n = count(2);
        if (!ok)
            return {};
        QString s(qsizetype(n), Qt::Uninitialized);
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        take(s.data(), qsizetype(n) * 2);
#else
        QChar* d = s.data();
        for (quint64 i = 0; i < n; ++i) {
            quint16 u = 0;
            take(&u, 2);
            d[i] = QChar(qFromLittleEndian(u));
        }
#endif
        return s;
    }

private:
    const quint8* m_p;
    const quint8* m_end;
};

bool isInteger(const QJsonValue& v)
{
    return v.toVariant().typeId() == QMetaType::LongLong;
}

} // namespace

QByteArray StateSnapshot::serialize(const BudgetState& state, qint64 covers)
{
    QByteArray all;
    all.reserve(1 << 20);
    (void)serializeTo(state, covers, [&all](QByteArrayView piece) {
        all.append(piece);
        return true;
    });
    return all;
}

bool StateSnapshot::serializeTo(const BudgetState& state, qint64 covers, const Sink& sink, qsizetype pieceSize)
{
    Writer w;
    w.sink = &sink;
    w.pieceSize = qMax<qsizetype>(pieceSize, 4096);
    w.out.reserve(w.pieceSize + (64 << 10));
    w.bytes(Magic, 4);
    w.u8(Version);
    w.i64(covers);
    w.i64(qint64(state.m_applied));
    w.i64(state.m_maxStamp.wallMs);
    w.varint(state.m_maxStamp.counter);
    w.string(state.m_maxStamp.deviceId);

    const auto table = [&w](const std::vector<QString>& names) {
        w.varint(names.size());
        for (const QString& s : names)
            w.string(s);
    };
    table(state.m_fieldNames);
    table(state.m_devices);
    table(state.m_oddOpIds);
    // String values once each; slots refer to them by index.
    QHash<QString, quint32> stringIndex;
    stringIndex.reserve(state.m_strings.size());
    w.varint(quint64(state.m_strings.size()));
    for (const QString& s : state.m_strings) {
        stringIndex.insert(s, quint32(stringIndex.size()));
        w.string(s);
        w.flushIfFull();
    }

    w.varint(state.m_types.size());
    for (const BudgetState::TypeTable& t : state.m_types) {
        w.string(t.name);
        w.varint(t.fieldsHint);
        w.varint(t.entities.size());
        for (const auto& [id, entity] : t.entities) {
            w.string(id);
            w.u8(entity.deleted ? 1 : 0);
            w.varint(entity.fields.size());
            for (const BudgetState::Slot& s : entity.fields) {
                w.varint(s.field);
                w.varint(s.device);
                w.i64(s.wallMs);
                w.varint(s.counter);
                w.varint(s.opId.odd);
                if (s.opId.odd == 0)
                    w.bytes(s.opId.bytes.data(), 16);
                if (s.isText) {
                    // Always interned by apply(); a stray one is added to the table below.
                    const auto it = stringIndex.constFind(s.text);
                    w.u8(TagText);
                    w.varint(it == stringIndex.constEnd() ? quint64(UINT32_MAX) : *it);
                    continue;
                }
                const QJsonValue& v = s.value;
                switch (v.type()) {
                case QJsonValue::Null:
                    w.u8(TagNull);
                    break;
                case QJsonValue::Bool:
                    w.u8(v.toBool() ? TagTrue : TagFalse);
                    break;
                case QJsonValue::Double:
                    if (isInteger(v)) {
                        w.u8(TagInteger);
                        w.i64(v.toInteger());
                    } else {
                        w.u8(TagDouble);
                        const double d = v.toDouble();
                        qint64 bits = 0;
                        std::memcpy(&bits, &d, sizeof bits);
                        w.i64(bits);
                    }
                    break;
                case QJsonValue::String: // not reached: strings are text slots
                case QJsonValue::Array:
                case QJsonValue::Object: {
                    w.u8(TagJson);
                    QJsonArray wrap { v }; // a document needs an array or object at the top
                    const QByteArray json = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
                    w.varint(quint64(json.size()));
                    w.bytes(json.constData(), json.size());
                    break;
                }
                case QJsonValue::Undefined:
                    w.u8(TagUndefined);
                    break;
                }
            }
            w.flushIfFull();
            if (!w.ok)
                return false; // the sink failed (e.g. disk full): stop early
        }
    }
    w.flush();
    return w.ok;
}

std::optional<BudgetState> StateSnapshot::deserialize(QByteArrayView bytes, qint64 expectedCovers)
{
    Reader r(bytes);
    char magic[4] = {};
    r.take(magic, 4);
    if (!r.ok || std::memcmp(magic, Magic, 4) != 0 || r.u8() != Version || r.i64() != expectedCovers || !r.ok)
        return std::nullopt;

    BudgetState state;
    state.m_applied = qsizetype(r.i64());
    state.m_maxStamp.wallMs = r.i64();
    state.m_maxStamp.counter = quint32(r.varint());
    state.m_maxStamp.deviceId = r.string();

    const auto table = [&r](std::vector<QString>& names, QHash<QString, quint32>* index) {
        const quint64 n = r.count(1);
        names.reserve(size_t(n));
        for (quint64 i = 0; r.ok && i < n; ++i) {
            names.push_back(r.string());
            if (index && r.ok) {
                if (index->contains(names.back()))
                    r.ok = false; // an interned table never repeats a name
                index->insert(names.back(), quint32(i));
            }
        }
    };
    table(state.m_fieldNames, &state.m_fieldIndex);
    table(state.m_devices, &state.m_deviceIndex);
    table(state.m_oddOpIds, nullptr);
    std::vector<QString> strings;
    table(strings, nullptr);
    if (!r.ok)
        return std::nullopt;
    state.m_strings.reserve(qsizetype(strings.size()));
    for (QString& s : strings)
        s = *state.m_strings.insert(s); // the slots below share these buffers

    const quint64 types = r.count(3);
    for (quint64 ti = 0; r.ok && ti < types; ++ti) {
        BudgetState::TypeTable t;
        t.name = r.string();
        if (state.table(t.name))
            return std::nullopt;
        t.fieldsHint = size_t(qBound<quint64>(1, r.varint(), 16));
        const quint64 entities = r.count(3);
        t.entities.reserve(size_t(entities));
        for (quint64 ei = 0; r.ok && ei < entities; ++ei) {
            QString id = r.string();
            const quint8 deleted = r.u8();
            const quint64 nFields = r.count(13);
            if (!r.ok || deleted > 1)
                return std::nullopt;
            auto [it, inserted] = t.entities.try_emplace(std::move(id));
            if (!inserted)
                return std::nullopt;
            BudgetState::Entity& e = it->second;
            e.deleted = deleted != 0;
            e.fields.resize(size_t(nFields));
            for (BudgetState::Slot& s : e.fields) {
                s.field = r.index(state.m_fieldNames.size());
                s.device = r.index(state.m_devices.size());
                s.wallMs = r.i64();
                s.counter = quint32(r.varint());
                s.opId.odd = r.index(state.m_oddOpIds.size() + 1);
                if (s.opId.odd == 0)
                    r.take(s.opId.bytes.data(), 16);
                const quint8 tag = r.u8();
                switch (tag) {
                case TagText: {
                    const quint32 i = r.index(strings.size());
                    if (!r.ok)
                        return std::nullopt;
                    s.isText = true;
                    s.text = strings[i];
                    break;
                }
                case TagNull:
                    s.value = QJsonValue(QJsonValue::Null);
                    break;
                case TagFalse:
                case TagTrue:
                    s.value = QJsonValue(tag == TagTrue);
                    break;
                case TagInteger:
                    s.value = QJsonValue(r.i64());
                    break;
                case TagDouble: {
                    const qint64 bits = r.i64();
                    double d = 0;
                    std::memcpy(&d, &bits, sizeof d);
                    s.value = QJsonValue(d);
                    break;
                }
                case TagJson: {
                    const quint64 n = r.count(1);
                    QByteArray json(qsizetype(n), Qt::Uninitialized);
                    r.take(json.data(), json.size());
                    const QJsonDocument doc = QJsonDocument::fromJson(json);
                    if (!r.ok || !doc.isArray() || doc.array().size() != 1)
                        return std::nullopt;
                    s.value = doc.array().at(0);
                    break;
                }
                case TagUndefined:
                    s.value = QJsonValue(QJsonValue::Undefined);
                    break;
                default:
                    return std::nullopt;
                }
                if (!r.ok)
                    return std::nullopt;
            }
        }
        state.m_types.push_back(std::move(t));
    }
    if (!r.ok || r.remaining() != 0)
        return std::nullopt;
    return state;
}

} // namespace vv::store
