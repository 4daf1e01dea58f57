#pragma once

#include "protocol/Signal.h"
#include "signaling/SignalingConfig.h"
#include "signaling/SignalingService.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace vv::test {

// A config with intervals short enough for tests, long enough for a loaded 2-core machine.
inline signaling::SignalingConfig fastConfig(const QUrl& url, const QString& room, const QString& deviceId)
{
    signaling::SignalingConfig c;
    c.url = url;
    c.budgetId = room;
    c.deviceId = deviceId;
    c.reconnectIntervalMs = 20;
    c.maxReconnectIntervalMs = 200;
    c.heartbeatIntervalMs = 10000;
    c.pongTimeoutMs = 5000;
    c.maxReconnectAttempts = 0;
    c.connectTimeoutMs = 5000;
    return c;
}

// A frame as a server would send it, for injecting through FakeRelay::sendTextToAll().
inline QString wireFrame(const QString& type, const QString& room, const QJsonObject& metadata = {})
{
    QJsonObject o { { QStringLiteral("type"), type }, { QStringLiteral("timestamp"), 1700000000000.0 } };
    if (!room.isEmpty())
        o.insert(QStringLiteral("budgetId"), room);
    if (!metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), metadata);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The service's own sockets and timers (direct children only: QWebSocket has internals).
inline qsizetype socketCount(const QObject* service)
{
    return service->findChildren<QWebSocket*>(Qt::FindDirectChildrenOnly).size();
}
inline qsizetype timerCount(const QObject* service)
{
    return service->findChildren<QTimer*>(Qt::FindDirectChildrenOnly).size();
}

// A fixed, injectable clock: tests compare scheduled times exactly.
inline QDateTime fixedNow()
{
    return QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL, Qt::UTC);
}

} // namespace vv::test
