#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace vv::protocol {

// Every kind of frame on the signaling socket. Only metadata travels here (P1):
// budget data goes through the encrypted store, never through a signal.
enum class SignalType {
    Connected, // client -> server: join a room; server -> peers: a member joined
    Disconnected, // client -> server: leave; server -> peers: a member left
    DataChanged, // "something changed, pull from the store"
    SyncRequired, // "please sync now"
    Ping, // heartbeat request (answered to the sender only)
    Pong, // heartbeat answer
    Error, // server -> client: what was wrong (a code, never the client's input)
    RetryLater, // server -> client: come back after metadata.retryAfterMs
};

[[nodiscard]] QString signalTypeName(SignalType type);
[[nodiscard]] std::optional<SignalType> signalTypeFromName(QStringView name);

// Whitelisted metadata: one optional field per allowed key, so a key outside the
// whitelist cannot even be represented. fromVariantMap() is the only door from
// loosely typed input and refuses anything it does not know.
struct SignalMetadata {
    std::optional<QString> version; // app/protocol version, printable ASCII, <= 32
    std::optional<QString> deviceId; // [A-Za-z0-9_-], <= 64
    std::optional<qint64> seq; // store sequence number, 0 .. 2^53
    std::optional<QString> code; // error code, [a-z_], <= 32
    std::optional<qint64> retryAfterMs; // 0 .. 3,600,000

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QVariantMap toVariantMap() const;
    // Returns nullopt and sets *error when a key is not whitelisted or a value is invalid.
    [[nodiscard]] static std::optional<SignalMetadata> fromVariantMap(const QVariantMap& map, QString* error = nullptr);
    friend bool operator==(const SignalMetadata&, const SignalMetadata&) = default;
};

struct Signal {
    SignalType type = SignalType::Ping;
    QString budgetId; // opaque room id; empty for ping/pong/error/retry_later
    qint64 timestamp = 0; // ms since the Unix epoch (Date.now() in the reference)
    SignalMetadata metadata;

    friend bool operator==(const Signal&, const Signal&) = default;
};

} // namespace vv::protocol

Q_DECLARE_METATYPE(vv::protocol::Signal)
Q_DECLARE_METATYPE(vv::protocol::SignalType)
