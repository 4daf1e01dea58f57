#pragma once

// Private implementation of SignalingService (not installed, not part of the API).

#include "signaling/SignalingService.h"

#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>
#include <QTimer>

class QWebSocket;

namespace vv::signaling {

class SignalingService::Private
{
public:
    explicit Private(SignalingService* owner);

    [[nodiscard]] QDateTime now() const; // the injected clock, or UTC now
    [[nodiscard]] double draw() const; // the injected jitter source, or the global generator

    void setState(State s);
    void setError(Error e, const QString& text);
    void clearError();
    [[nodiscard]] QString configProblem() const;
    void connectNow();
    void openSocket();
    void discardSocket(bool graceful);
    void onConnected(QWebSocket* s);
    void onSocketError(QWebSocket* s);
    void onSslErrors(QWebSocket* s, const QList<QSslError>& errors);
    void onSocketGone(QWebSocket* s);
    void onText(const QString& message);
    void dropFrame(const QString& why);
    void sendPing();
    void loseSocket(Error e, const QString& text);
    void scheduleReconnect(Error e, const QString& text);
    void fail(Error e, const QString& text);
    bool sendFrame(const protocol::Signal& signal, QString* why);

    SignalingService* const q;
    QTimer* const reconnectTimer;
    QTimer* const heartbeatTimer;
    QTimer* const pongTimer;
    QTimer* const connectTimer;

    SignalingConfig config;
    QString deviceId;
    Clock clock;
    Random random;

    State state = State::Disconnected;
    Error error = Error::NoError;
    QString errorString;
    bool started = false; // start()/reconnect() called and no stop() since
    int attempt = 0; // reconnect attempt scheduled or running; 0 after a success
    QDateTime nextRetryAt;
    QDateTime lastHeartbeat;
    QDateTime notBefore; // from retry_later: the next attempt waits at least until then
    QDateTime serverHoldUntil; // the current wait was set by the server: networkChanged() keeps it
    quint64 dropped = 0;

    QWebSocket* socket = nullptr; // the one live socket; old ones are disconnected and deleteLater'd
    bool opened = false; // the current socket completed the handshake
    bool confirmed = false; // the current socket got its first pong (join accepted)
    QString tlsRefusal; // why the current socket's TLS handshake was refused (empty: it was not)
};

} // namespace vv::signaling
