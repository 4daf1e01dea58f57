#pragma once

#include "sync/SyncTypes.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace vv::sync {

class StoreClient;

// One push or pull in flight. Emits finished() exactly once (also when aborted); the caller
// deletes it (deleteLater) afterwards. Parented to the StoreClient.
class StoreReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(StoreReply)
public:
    enum class Kind { Push, Pull };
    Q_ENUM(Kind)

    // Mirrors StoreClient::Error (kept here so a reply is self-describing).
    enum class Error {
        NoError,
        Unauthorized, // 401: no or malformed token (fatal)
        TokenRefused, // 403: the room belongs to another token (fatal)
        BadRequest, // 400: a client bug; retrying the same request will not help
        TooLarge, // 413
        RateLimited, // 429: see retryAfterMs()
        ServerError, // 5xx: retry with backoff
        NetworkError, // could not reach the server or the connection broke: retry with backoff
        Timeout, // no answer in time: retry with backoff
        ProtocolError, // an answer we could not understand
        Aborted, // abort() or StoreClient::abortAll()
        InvalidConfig, // no base URL, room id or token set (fatal)
        CertificateRejected, // https://: untrusted certificate or pin mismatch; nothing was sent (fatal)
    };
    Q_ENUM(Error)

    ~StoreReply() override;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_errorString; } // never contains the token
    [[nodiscard]] int httpStatus() const { return m_httpStatus; }
    [[nodiscard]] qint64 retryAfterMs() const { return m_retryAfterMs; } // from Retry-After, else -1
    // The server's machine-readable "error" code (e.g. batch_too_large), empty if none.
    [[nodiscard]] QString serverErrorCode() const { return m_serverCode; }
    [[nodiscard]] const PushResult& pushResult() const { return m_push; }
    [[nodiscard]] const PullPage& pullPage() const { return m_pull; }

    [[nodiscard]] static bool isFatal(Error error);
    [[nodiscard]] static bool isRetryable(Error error);

public Q_SLOTS:
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class StoreClient;
    StoreReply(Kind kind, QNetworkReply* reply, QObject* parent);
    void onFinished();
    void finish(Error error, const QString& text);
    bool parsePush(const QByteArray& body);
    bool parsePull(const QByteArray& body);

    Kind m_kind;
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
    bool m_aborted = false;
    Error m_error = Error::NoError;
    QString m_errorString;
    int m_httpStatus = 0;
    qint64 m_retryAfterMs = -1;
    QString m_serverCode;
    PushResult m_push;
    PullPage m_pull;
};

} // namespace vv::sync
