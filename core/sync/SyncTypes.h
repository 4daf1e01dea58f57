#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace vv::sync {

// An encrypted op waiting to be uploaded. `blob` is AEAD ciphertext made by core/store:
// sync moves it as opaque bytes and never decrypts.
struct OutgoingOp {
    QString id; // 1-64 characters of [A-Za-z0-9_-], unique per room
    QByteArray blob;
    friend bool operator==(const OutgoingOp&, const OutgoingOp&) = default;
};

// The server's acknowledgement of one uploaded op.
struct PushAck {
    QString id;
    qint64 seq = 0;
    friend bool operator==(const PushAck&, const PushAck&) = default;
};

struct PushResult {
    QList<PushAck> acks;
    qint64 lastSeq = 0; // room head after the batch was committed
    bool replayed = false; // the idempotency key had been seen: these are the original acks
};

// An op from the room's log, in ascending seq. May be one of our own.
struct RemoteOp {
    QString id;
    qint64 seq = 0;
    QByteArray blob;
    friend bool operator==(const RemoteOp&, const RemoteOp&) = default;
};

struct PullPage {
    QList<RemoteOp> ops;
    qint64 lastSeq = 0; // room head
    bool hasMore = false;
};

} // namespace vv::sync
