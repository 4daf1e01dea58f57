#pragma once

#include "protocol/Signal.h"
#include "signaling/SignalingConfig.h"

#include <QDateTime>
#include <QObject>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace vv::signaling {

// Real-time "something changed" signaling over one QWebSocket (DESIGN.md, Signaling: client).
// Owns at most one socket at a time; reconnects with exponential backoff and full jitter;
// detects dead links by ping/pong; drops its own echoes by deviceId.
class SignalingService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(SignalingService)
public:
    enum class State {
        Disabled, // signaling switched off in the config
        Disconnected, // idle: never started, or stopped by the user
        Connecting, // opening the socket / joining
        Connected, // joined, heartbeat running
        Reconnecting, // waiting for the next attempt (see reconnectAttempts(), nextRetryAt())
        Failed, // gave up after maxReconnectAttempts, or the server refused the token
    };
    Q_ENUM(State)

    enum class Error {
        NoError,
        ConnectionFailed, // could not reach the server
        ConnectionLost, // the socket closed or broke
        HeartbeatTimeout, // no pong before the deadline
        TokenRefused, // close code 4001/4003: will not retry until reconnect()
        RateLimited, // server asked us to slow down
        ServerGoingAway, // server draining
        GaveUp, // maxReconnectAttempts reached
        InvalidConfig, // bad URL / budget id
        ProtocolError, // server closed for a protocol reason
        CertificateRejected, // wss://: untrusted certificate or pin mismatch; no retry until reconnect()
    };
    Q_ENUM(Error)

    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit SignalingService(QObject* parent = nullptr);
    ~SignalingService() override;

    // Applies at once: a change of url/budget/token/enabled reconnects, disabled disconnects.
    void setConfig(const SignalingConfig& config);
    [[nodiscard]] SignalingConfig config() const;

    // Test seams: the time source and the jitter source.
    void setClock(Clock clock);
    void setRandom(Random random);

    [[nodiscard]] State state() const;
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] QDateTime lastHeartbeat() const; // time of the last pong
    // The reconnect attempt scheduled or in progress (1..max) since the last success; 0 after a
    // success. A connection counts as a success once its first pong arrives (the join was accepted).
    [[nodiscard]] int reconnectAttempts() const;
    [[nodiscard]] QDateTime nextRetryAt() const; // valid while Reconnecting
    [[nodiscard]] Error error() const;
    [[nodiscard]] QString errorString() const; // never contains a secret
    // The device id put in every signal we send: config().deviceId, or a random one when unset.
    [[nodiscard]] QString deviceId() const;
    // Frames from the server that were dropped (invalid, oversized or binary) since construction.
    [[nodiscard]] quint64 droppedFrames() const;
    // Bytes of sent signals not yet handed to the operating system (0 when idle or not connected).
    [[nodiscard]] qint64 pendingBytes() const;

    // Returns false (and sets *error) if not connected, the type may not be sent by a client,
    // or the metadata breaks the whitelist. Adds budgetId, timestamp, deviceId and version.
    bool sendSignal(protocol::SignalType type, const QVariantMap& metadata = {}, QString* error = nullptr);

public Q_SLOTS:
    void start(); // connect (if enabled)
    void stop(); // clean disconnect; state Disconnected (or Disabled)
    void reconnect(); // manual: resets the attempt count and tries now
    void networkChanged(); // network came back / wake-up: try now if reconnecting or failed;
                           // when connected, checks the link at once with a ping

Q_SIGNALS:
    // Valid signals from other devices of our room, and the server's error / retry_later notices.
    // Never: pongs (consumed; see heartbeat()), our own echoes, frames the codec refuses (counted
    // in droppedFrames()), binary frames, or signals naming another room.
    void signalReceived(const vv::protocol::Signal& signal);
    void stateChanged(vv::signaling::SignalingService::State state);
    void heartbeat(const QDateTime& at);
    void errorOccurred(const QString& message);
    void reconnectScheduled(int attempt, int maxAttempts, const QDateTime& at);
    // The socket handed bytes to the operating system (see pendingBytes()).
    void bytesWritten(qint64 bytes);

private:
    class Private;
    std::unique_ptr<Private> d;
};

[[nodiscard]] QString stateName(SignalingService::State state);

} // namespace vv::signaling
