#include "signaling/SignalingService.h"

#include "protocol/SignalCodec.h"
#include "signaling/SignalingLog.h"
#include "signaling/SignalingService_p.h"

#include <QUuid>
#include <QWebSocket>

#include <utility>

namespace vv::signaling {

using protocol::Signal;
using protocol::SignalCodec;
using protocol::SignalMetadata;

namespace {

bool connectionFieldsDiffer(const SignalingConfig& a, const SignalingConfig& b)
{
    return a.enabled != b.enabled || a.url != b.url || a.budgetId != b.budgetId || a.token != b.token
        || a.deviceId != b.deviceId || a.version != b.version || a.pinnedCertificateSha256 != b.pinnedCertificateSha256;
}

} // namespace

SignalingService::SignalingService(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SignalingService::~SignalingService()
{
    // Cut the socket loose first so nothing it emits while dying reaches a half-destroyed service.
    d->discardSocket(false);
}

void SignalingService::setConfig(const SignalingConfig& config)
{
    const SignalingConfig old = std::exchange(d->config, config);
    if (!config.deviceId.isEmpty())
        d->deviceId = config.deviceId;
    else if (!old.deviceId.isEmpty())
        d->deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (!config.enabled) {
        d->reconnectTimer->stop();
        d->attempt = 0;
        d->nextRetryAt = {};
        d->discardSocket(true);
        d->clearError();
        d->setState(State::Disabled);
        return;
    }
    if (!d->started) {
        if (d->state == State::Disabled)
            d->setState(State::Disconnected);
        return;
    }
    if (connectionFieldsDiffer(old, config) || d->state == State::Disabled) {
        qCInfo(lcSignaling) << "connection settings changed: reconnecting";
        d->attempt = 0;
        d->notBefore = {};
        d->reconnectTimer->stop();
        d->discardSocket(true);
        d->connectNow();
        return;
    }
    // Only timings changed: apply them to what is running; backoff values apply at the next wait.
    if (d->heartbeatTimer->isActive() && d->heartbeatTimer->interval() != config.heartbeatIntervalMs)
        d->heartbeatTimer->start(config.heartbeatIntervalMs);
}

SignalingConfig SignalingService::config() const
{
    return d->config;
}

void SignalingService::setClock(Clock clock)
{
    d->clock = std::move(clock);
}

void SignalingService::setRandom(Random random)
{
    d->random = std::move(random);
}

SignalingService::State SignalingService::state() const
{
    return d->state;
}

bool SignalingService::isConnected() const
{
    return d->state == State::Connected;
}

QDateTime SignalingService::lastHeartbeat() const
{
    return d->lastHeartbeat;
}

int SignalingService::reconnectAttempts() const
{
    return d->attempt;
}

QDateTime SignalingService::nextRetryAt() const
{
    return d->state == State::Reconnecting ? d->nextRetryAt : QDateTime();
}

SignalingService::Error SignalingService::error() const
{
    return d->error;
}

QString SignalingService::errorString() const
{
    return d->errorString;
}

QString SignalingService::deviceId() const
{
    return d->deviceId;
}

quint64 SignalingService::droppedFrames() const
{
    return d->dropped;
}

qint64 SignalingService::pendingBytes() const
{
    return d->socket ? d->socket->bytesToWrite() : 0;
}

bool SignalingService::sendSignal(protocol::SignalType type, const QVariantMap& metadata, QString* error)
{
    const auto refuse = [error](const QString& why) {
        if (error)
            *error = why;
        qCDebug(lcSignaling).noquote() << "signal refused:" << why;
        return false;
    };
    if (d->state != State::Connected || !d->socket)
        return refuse(QStringLiteral("not connected to the signaling server"));
    if (!SignalCodec::clientMaySend(type))
        return refuse(QStringLiteral("only servers send this signal type"));
    QString why;
    auto meta = SignalMetadata::fromVariantMap(metadata, &why);
    if (!meta)
        return refuse(why);
    meta->deviceId = d->deviceId; // always ours, or echo suppression would break
    if (!meta->version)
        meta->version = d->config.version;
    Signal signal;
    signal.type = type;
    signal.budgetId = d->config.budgetId;
    signal.timestamp = d->now().toMSecsSinceEpoch();
    signal.metadata = *meta;
    if (!d->sendFrame(signal, &why))
        return refuse(why);
    return true;
}

void SignalingService::start()
{
    d->started = true;
    if (!d->config.enabled) {
        d->setState(State::Disabled);
        return;
    }
    if (d->state == State::Connecting || d->state == State::Connected || d->state == State::Reconnecting)
        return;
    d->attempt = 0;
    d->connectNow();
}

void SignalingService::stop()
{
    d->started = false;
    d->reconnectTimer->stop();
    d->attempt = 0;
    d->nextRetryAt = {};
    d->notBefore = {};
    d->discardSocket(true);
    d->clearError();
    d->setState(d->config.enabled ? State::Disconnected : State::Disabled);
}

void SignalingService::reconnect()
{
    d->started = true;
    if (!d->config.enabled) {
        d->setState(State::Disabled);
        return;
    }
    qCInfo(lcSignaling) << "manual reconnect";
    d->reconnectTimer->stop();
    d->attempt = 0;
    d->notBefore = {};
    d->discardSocket(true);
    d->connectNow();
}

void SignalingService::networkChanged()
{
    if (!d->started || !d->config.enabled)
        return;
    switch (d->state) {
    case State::Reconnecting:
        if (d->serverHoldUntil.isValid() && d->now() < d->serverHoldUntil)
            return; // the server asked for this wait; a network change does not overrule it
        qCInfo(lcSignaling) << "network changed: trying now";
        d->openSocket();
        return;
    case State::Failed:
        if (d->error == Error::TokenRefused || d->error == Error::InvalidConfig)
            return;
        qCInfo(lcSignaling) << "network changed: trying again after giving up";
        d->attempt = 0;
        d->connectNow();
        return;
    case State::Connected:
        // The old route may be gone: a ping now finds out within pongTimeoutMs.
        d->sendPing();
        return;
    default:
        return;
    }
}

QString stateName(SignalingService::State state)
{
    switch (state) {
    case SignalingService::State::Disabled:
        return QStringLiteral("disabled");
    case SignalingService::State::Disconnected:
        return QStringLiteral("disconnected");
    case SignalingService::State::Connecting:
        return QStringLiteral("connecting");
    case SignalingService::State::Connected:
        return QStringLiteral("connected");
    case SignalingService::State::Reconnecting:
        return QStringLiteral("reconnecting");
    case SignalingService::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace vv::signaling
