#pragma once

#include <QString>
#include <QUrl>

namespace vv::signaling {

// Connection settings for SignalingService. `token` is a secret (P3): it is sent only in the
// Authorization header of the upgrade request and is never logged or put in an error text.
struct SignalingConfig {
    bool enabled = true;
    QUrl url; // ws:// or wss://
    QString budgetId; // opaque room id
    QString token; // bearer token; empty = anonymous (reference server)
    QString deviceId; // our own id: echoes carrying it are dropped
    // wss:// only: SHA-256 of the server's leaf certificate (64 hex digits, colons optional;
    // tls::CertificatePin). Empty: the system CAs decide. Set: the pin alone decides.
    QString pinnedCertificateSha256;
    QString version = QStringLiteral("2.0");
    int reconnectIntervalMs = 5000; // base of the exponential backoff
    int maxReconnectIntervalMs = 60000; // backoff cap
    int heartbeatIntervalMs = 30000;
    int pongTimeoutMs = 10000; // a ping unanswered this long means the link is dead
    int maxReconnectAttempts = 10; // 0 = retry forever
    int connectTimeoutMs = 15000; // handshake deadline

    friend bool operator==(const SignalingConfig&, const SignalingConfig&) = default;
};

} // namespace vv::signaling
