#pragma once

#include "store/BudgetState.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

namespace vv::store {

// The folded BudgetState as compact bytes, so opening a budget replays only the ops stored
// after it instead of the whole log. Exact: every slot keeps its value, winning stamp and op
// id, and tombstones stay, so later merges behave as on the full fold (canonicalJson equal).
//
// Format (little endian, version 1): "VVSS" [u8 version] [i64 covers] then the interned
// tables (field names, device ids, odd op ids, string values: each written once) and the
// entities. `covers` is the LocalStore insertion sequence the state includes; it is inside
// the (encrypted, authenticated) bytes so a blob cannot be presented for another position.
// Plaintext only in memory: LocalStore encrypts it before it reaches the disk (P4).
class StateSnapshot
{
public:
    static constexpr quint8 Version = 1;

    using Sink = std::function<bool(QByteArrayView piece)>;

    [[nodiscard]] static QByteArray serialize(const BudgetState& state, qint64 covers);
    // The same bytes handed to `sink` in pieces of about `pieceSize` (a large budget's snapshot
    // is tens of MB: LocalStore encrypts and writes each piece as it comes). False as soon as
    // the sink returns false.
    [[nodiscard]] static bool serializeTo(
        const BudgetState& state, qint64 covers, const Sink& sink, qsizetype pieceSize = 1 << 20);
    // nullopt if the bytes are truncated, corrupt, of another version or cover another
    // position than `expectedCovers`; never crashes on hostile input.
    [[nodiscard]] static std::optional<BudgetState> deserialize(QByteArrayView bytes, qint64 expectedCovers);
};

} // namespace vv::store
