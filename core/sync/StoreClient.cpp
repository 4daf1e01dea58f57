#include "sync/StoreClient.h"

#include "sync/SyncLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUrlQuery>

namespace vv::sync {

StoreClient::StoreClient(QObject* parent)
    : StoreClient(nullptr, parent)
{ }

StoreClient::StoreClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{ }

StoreClient::~StoreClient()
{
    abortAll();
}

void StoreClient::setBaseUrl(const QUrl& url)
{
    m_baseUrl = url;
}

QUrl StoreClient::baseUrlFromSignalingUrl(const QUrl& signalingUrl)
{
    if (!signalingUrl.isValid())
        return {};
    QUrl url;
    const QString scheme = signalingUrl.scheme().toLower();
    if (scheme == QLatin1StringView("ws"))
        url.setScheme(QStringLiteral("http"));
    else if (scheme == QLatin1StringView("wss"))
        url.setScheme(QStringLiteral("https"));
    else if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"))
        url.setScheme(scheme);
    else
        return {};
    url.setHost(signalingUrl.host());
    url.setPort(signalingUrl.port());
    return url;
}

void StoreClient::setRoomId(const QString& roomId)
{
    m_roomId = roomId;
}

void StoreClient::setToken(const QString& token)
{
    m_token = token;
}

void StoreClient::setCertificatePin(const tls::CertificatePin& pin)
{
    if (pin == m_pin)
        return;
    m_pin = pin;
    // A kept-alive connection was accepted under the old rule.
    m_network->clearConnectionCache();
}

QNetworkRequest StoreClient::request(const QUrl& url) const
{
    QNetworkRequest request(url);
    if (!m_pin.isNull())
        request.setSslConfiguration(m_pin.configure(request.sslConfiguration()));
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    return request;
}

// sslErrors comes during the handshake, before the request is written: errors left unignored
// abort it. With a pin every handshake comes here (configure() trusts no CA).
void StoreClient::checkTls(QNetworkReply* network, StoreReply* reply)
{
    connect(network, &QNetworkReply::sslErrors, reply, [this, network, reply](const QList<QSslError>& errors) {
        const QSslCertificate leaf = network->sslConfiguration().peerCertificate();
        if (m_pin.accepts(leaf)) {
            network->ignoreSslErrors();
            return;
        }
        reply->finish(Error::CertificateRejected, m_pin.refusalMessage(leaf, errors));
    });
    // Defence in depth: a pinned connection that got through without errors must still match.
    connect(network, &QNetworkReply::encrypted, reply, [this, network, reply] {
        const QSslCertificate leaf = network->sslConfiguration().peerCertificate();
        if (!m_pin.isNull() && !m_pin.matches(leaf)) {
            reply->finish(Error::CertificateRejected, m_pin.refusalMessage(leaf, {}));
            network->abort();
        }
    });
}

void StoreClient::setTimeout(int ms)
{
    m_timeoutMs = ms;
}

QUrl StoreClient::opsUrl() const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v1/rooms/") + m_roomId + QStringLiteral("/ops"));
    return url;
}

QString StoreClient::idempotencyKeyFor(const QList<OutgoingOp>& ops)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const OutgoingOp& op : ops) {
        hash.addData(op.id.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

StoreReply* StoreClient::track(StoreReply* reply)
{
    m_inFlight.removeAll(nullptr);
    m_inFlight.append(reply);
    connect(reply, &StoreReply::finished, this, [this, reply] {
        m_inFlight.removeAll(reply);
        m_error = reply->error();
        m_errorString = reply->errorString();
        if (m_error != Error::NoError && m_error != Error::Aborted) {
            qCInfo(lcSync).noquote() << "store request failed:" << m_errorString;
            Q_EMIT errorOccurred(m_error, m_errorString);
        }
    });
    return reply;
}

StoreReply* StoreClient::push(const QString& idempotencyKey, const QList<OutgoingOp>& ops)
{
    if (!m_baseUrl.isValid() || m_roomId.isEmpty() || m_token.isEmpty()) {
        auto* reply = track(new StoreReply(StoreReply::Kind::Push, nullptr, this));
        QMetaObject::invokeMethod(
            reply, [reply] { reply->finish(Error::InvalidConfig, tr("The sync server is not configured.")); },
            Qt::QueuedConnection);
        return reply;
    }
    QJsonArray array;
    for (const OutgoingOp& op : ops) {
        array.append(QJsonObject {
            { QStringLiteral("id"), op.id }, { QStringLiteral("blob"), QString::fromLatin1(op.blob.toBase64()) } });
    }
    const QByteArray body = QJsonDocument(
        QJsonObject { { QStringLiteral("idempotencyKey"), idempotencyKey },
            { QStringLiteral("ops"),
                array } }).toJson(QJsonDocument::Compact);
    QNetworkRequest request = this->request(opsUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* network = m_network->post(request, body);
    auto* reply = track(new StoreReply(StoreReply::Kind::Push, network, this));
    checkTls(network, reply);
    return reply;
}

StoreReply* StoreClient::pull(qint64 after, int limit)
{
    if (!m_baseUrl.isValid() || m_roomId.isEmpty() || m_token.isEmpty()) {
        auto* reply = track(new StoreReply(StoreReply::Kind::Pull, nullptr, this));
        QMetaObject::invokeMethod(
            reply, [reply] { reply->finish(Error::InvalidConfig, tr("The sync server is not configured.")); },
            Qt::QueuedConnection);
        return reply;
    }
    QUrl url = opsUrl();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    QNetworkReply* network = m_network->get(request(url));
    auto* reply = track(new StoreReply(StoreReply::Kind::Pull, network, this));
    checkTls(network, reply);
    return reply;
}

void StoreClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<StoreReply>& reply : replies) {
        if (reply)
            reply->abort();
    }
    m_inFlight.clear();
}

} // namespace vv::sync
