#pragma once

#include "sync/StoreReply.h"
#include "sync/SyncTypes.h"
#include "tls/CertificatePin.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace vv::sync {

// HTTP client of the encrypted op store (docs/api.md). Pushes and pulls opaque blobs; every
// request carries the bearer token, which is a secret (P3): never logged, never in an error text.
class StoreClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(StoreClient)
public:
    using Error = StoreReply::Error;

    explicit StoreClient(QObject* parent = nullptr); // owns its QNetworkAccessManager
    explicit StoreClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~StoreClient() override;

    // http(s)://host:port (no path needed). When unset, derived from the signaling URL.
    void setBaseUrl(const QUrl& url);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    // ws://h:p -> http://h:p, wss://h:p -> https://h:p (both services share one port).
    [[nodiscard]] static QUrl baseUrlFromSignalingUrl(const QUrl& signalingUrl);
    void setRoomId(const QString& roomId);
    [[nodiscard]] QString roomId() const { return m_roomId; }
    void setToken(const QString& token);
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }
    // https:// only: accept the server iff its leaf certificate has this SHA-256 (self-hosted
    // servers); a null pin leaves verification to the system CAs. Applies to the next request.
    void setCertificatePin(const tls::CertificatePin& pin);
    [[nodiscard]] tls::CertificatePin certificatePin() const { return m_pin; }
    void setTimeout(int ms);
    [[nodiscard]] int timeout() const { return m_timeoutMs; }

    static constexpr int DefaultPullLimit = 500;

    // Both return a reply owned by this client (the caller deleteLater()s it after finished()).
    [[nodiscard]] StoreReply* push(const QString& idempotencyKey, const QList<OutgoingOp>& ops);
    [[nodiscard]] StoreReply* pull(qint64 after, int limit = DefaultPullLimit);
    void abortAll();

    // The outcome of the last finished request.
    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // A stable idempotency key for a batch: the same ops give the same key, so a retried
    // upload after a lost response is recognised by the server.
    [[nodiscard]] static QString idempotencyKeyFor(const QList<OutgoingOp>& ops);

Q_SIGNALS:
    void errorOccurred(vv::sync::StoreReply::Error error, const QString& message);

private:
    StoreReply* track(StoreReply* reply);
    [[nodiscard]] QNetworkRequest request(const QUrl& url) const;
    void checkTls(QNetworkReply* network, StoreReply* reply);
    [[nodiscard]] QUrl opsUrl() const;

    QNetworkAccessManager* m_network = nullptr;
    QUrl m_baseUrl;
    QString m_roomId;
    QString m_token;
    tls::CertificatePin m_pin;
    int m_timeoutMs = 30000;
    Error m_error = Error::NoError;
    QString m_errorString;
    QList<QPointer<StoreReply>> m_inFlight;
};

} // namespace vv::sync
