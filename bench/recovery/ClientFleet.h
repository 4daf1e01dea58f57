#pragma once

#include "signaling/SignalingService.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace vv::bench {

struct FleetOptions {
    QUrl url; // ws://127.0.0.1:PORT/
    int clients = 200;
    int roomSize = 5;
    int reconnectBaseMs = 500; // SignalingConfig::reconnectIntervalMs
    int reconnectCapMs = 2000; // SignalingConfig::maxReconnectIntervalMs
    int heartbeatMs = 5000;
    int pongTimeoutMs = 3000;
    int connectTimeoutMs = 3000;
};

// Many real SignalingService clients in one process (one Qt event loop), anonymous, in rooms of
// roomSize, reconnecting forever with the given backoff (full jitter from the default source).
// A client is "joined" from its first pong after a (re)connect: the server answered the join.
class ClientFleet : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ClientFleet)
public:
    ClientFleet(const FleetOptions& options, const QElapsedTimer* clock, QObject* parent = nullptr);
    ~ClientFleet() override;

    void start();
    void stop();
    [[nodiscard]] int size() const { return static_cast<int>(m_clients.size()); }
    [[nodiscard]] int joinedCount() const { return m_joined; }
    // From now on, record when each client loses its link and when it has joined again.
    void beginOutage();
    // Per client, ms on the clock; -1 if it has not happened since beginOutage().
    [[nodiscard]] std::vector<qint64> lostAtMs() const;
    [[nodiscard]] std::vector<qint64> backAtMs() const;
    // Per client: when the attempt that brought it back started (the client's own timer fired).
    [[nodiscard]] std::vector<qint64> returnAttemptAtMs() const;
    // Per client: the reconnect attempt that brought it back (1 = the first try after the loss).
    [[nodiscard]] std::vector<int> attemptsToReturn() const;
    // Sends one data_changed from the next client in turn (light signal load); false if not joined.
    bool sendOne();
    [[nodiscard]] quint64 signalsReceived() const { return m_received; }

Q_SIGNALS:
    void joinedCountChanged(int joined);

private:
    struct Client {
        std::unique_ptr<signaling::SignalingService> service;
        bool joined = false;
        bool awaitingPong = false;
        int lastAttempt = 0;
        int attemptAtReturn = 0;
        qint64 lostAt = -1;
        qint64 backAt = -1;
        qint64 connectingAt = -1;
        qint64 returnAttemptAt = -1;
    };
    void onState(Client& c, signaling::SignalingService::State state);
    void onHeartbeat(Client& c);

    FleetOptions m_options;
    const QElapsedTimer* m_clock;
    std::vector<std::unique_ptr<Client>> m_clients;
    int m_joined = 0;
    bool m_outage = false;
    std::size_t m_nextSender = 0;
    quint64 m_received = 0;
};

} // namespace vv::bench
