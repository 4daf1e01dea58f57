#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace vv::e2e {

// Takes recorded TCP bytes (TcpProxy::Record) apart, so privacy assertions can look at what
// a server really receives: HTTP requests with their bodies, and WebSocket messages UNMASKED
// (client frames are XOR-masked on the wire, so a raw scan alone would not see their text).

struct HttpMessage {
    QByteArray startLine; // "POST /v1/... HTTP/1.1" or "HTTP/1.1 200 OK"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    [[nodiscard]] QByteArray header(QByteArrayView name) const; // case-insensitive; empty if absent
    [[nodiscard]] QByteArray method() const { return startLine.split(' ').value(0); }
    [[nodiscard]] QByteArray target() const { return startLine.split(' ').value(1); }
};

struct WsMessage {
    int opcode = 0; // 1 text, 2 binary, 8 close, 9 ping, 10 pong
    QByteArray payload; // unmasked, fragments joined
};

struct StreamScan {
    QList<HttpMessage> http; // requests (upstream) or responses (downstream), in order
    bool websocket = false; // an upgrade happened (101 / Upgrade: websocket)
    QList<WsMessage> ws; // every WebSocket message after the upgrade
    bool maskedOk = true; // every upstream frame was masked (RFC 6455 client rule)
    bool truncated = false; // the stream ended mid-message (a cut connection)
    QString error; // set when the bytes are not HTTP/WebSocket at all
};

// One connection's client -> server bytes.
[[nodiscard]] StreamScan scanUpstream(const QByteArray& bytes);
// One connection's server -> client bytes (responses; after a 101, unmasked server frames).
[[nodiscard]] StreamScan scanDownstream(const QByteArray& bytes);

// Every usual text form of secret bytes: raw, hex (both cases), base64 and base64url (padded
// and not). A leak in any of these would be found by a substring scan.
[[nodiscard]] QList<QByteArray> encodedForms(QByteArrayView raw);

} // namespace vv::e2e
