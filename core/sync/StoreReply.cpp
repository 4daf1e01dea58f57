#include "sync/StoreReply.h"

#include "sync/SyncLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

#include <algorithm>

namespace vv::sync {

StoreReply::StoreReply(Kind kind, QNetworkReply* reply, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
    , m_reply(reply)
{
    if (reply) {
        reply->setParent(this);
        connect(reply, &QNetworkReply::finished, this, &StoreReply::onFinished);
    }
}

StoreReply::~StoreReply() = default;

bool StoreReply::isFatal(Error error)
{
    return error == Error::Unauthorized || error == Error::TokenRefused || error == Error::InvalidConfig
        || error == Error::CertificateRejected;
}

bool StoreReply::isRetryable(Error error)
{
    switch (error) {
    case Error::RateLimited:
    case Error::ServerError:
    case Error::NetworkError:
    case Error::Timeout:
    case Error::ProtocolError: // e.g. a proxy's error page: try again later
        return true;
    default:
        return false;
    }
}

void StoreReply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // emits finished -> onFinished
    if (!m_finished)
        finish(Error::Aborted, tr("The request was cancelled."));
}

void StoreReply::finish(Error error, const QString& text)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = text;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->deleteLater();
    }
    Q_EMIT finished();
}

void StoreReply::onFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply* reply = m_reply;
    if (m_aborted) {
        finish(Error::Aborted, tr("The request was cancelled."));
        return;
    }
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (m_httpStatus == 0) {
        // No HTTP answer at all: the server is down, unreachable, or dropped the connection.
        const bool timedOut
            = reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError;
        finish(timedOut ? Error::Timeout : Error::NetworkError,
            timedOut ? tr("The sync server did not answer in time.")
                     : tr("Could not reach the sync server (%1).").arg(reply->errorString()));
        return;
    }
    if (m_httpStatus == 200) {
        const bool ok = m_kind == Kind::Push ? parsePush(body) : parsePull(body);
        if (!ok) {
            finish(Error::ProtocolError, tr("The sync server sent an answer that could not be read."));
            return;
        }
        finish(Error::NoError, {});
        return;
    }
    const QString code = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    // Only a short [a-z_] code is kept: it names a rule, never carries request data.
    if (code.size() <= 32 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
            return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_');
        }))
        m_serverCode = code;
    switch (m_httpStatus) {
    case 400:
        finish(Error::BadRequest, tr("The sync server refused the request as malformed."));
        return;
    case 401:
        finish(Error::Unauthorized, tr("The sync server requires an access token."));
        return;
    case 403:
        finish(Error::TokenRefused, tr("The sync server refused the access token for this budget."));
        return;
    case 404:
        if (m_kind == Kind::Pull && code == QLatin1StringView("not_found")) {
            // The room has no writer yet: an empty log (docs/api.md).
            m_pull = {};
            finish(Error::NoError, {});
            return;
        }
        finish(Error::ProtocolError, tr("The sync server does not offer the store API at this address."));
        return;
    case 413:
        finish(Error::TooLarge, tr("The sync server refused the upload as too large."));
        return;
    case 429: {
        bool ok = false;
        const qint64 seconds = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
        m_retryAfterMs = ok && seconds >= 0 ? qMin<qint64>(seconds, 3600) * 1000 : -1;
        finish(Error::RateLimited, tr("The sync server asked us to slow down."));
        return;
    }
    default:
        break;
    }
    if (m_httpStatus >= 500) {
        finish(Error::ServerError, tr("The sync server had a problem (HTTP %1).").arg(m_httpStatus));
        return;
    }
    finish(Error::ProtocolError, tr("The sync server answered unexpectedly (HTTP %1).").arg(m_httpStatus));
}

bool StoreReply::parsePush(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    const QJsonValue ops = root.value(QStringLiteral("ops"));
    const QJsonValue lastSeq = root.value(QStringLiteral("lastSeq"));
    if (!ops.isArray() || !lastSeq.isDouble())
        return false;
    m_push.lastSeq = lastSeq.toInteger();
    m_push.replayed = root.value(QStringLiteral("replayed")).toBool();
    for (const QJsonValue& value : ops.toArray()) {
        const QJsonObject op = value.toObject();
        const QString id = op.value(QStringLiteral("id")).toString();
        const qint64 seq = op.value(QStringLiteral("seq")).toInteger();
        if (id.isEmpty() || seq <= 0)
            return false;
        m_push.acks.append({ id, seq });
    }
    return true;
}

bool StoreReply::parsePull(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    const QJsonValue ops = root.value(QStringLiteral("ops"));
    const QJsonValue lastSeq = root.value(QStringLiteral("lastSeq"));
    if (!ops.isArray() || !lastSeq.isDouble())
        return false;
    m_pull.lastSeq = lastSeq.toInteger();
    m_pull.hasMore = root.value(QStringLiteral("hasMore")).toBool();
    qint64 previous = 0;
    for (const QJsonValue& value : ops.toArray()) {
        const QJsonObject op = value.toObject();
        RemoteOp remote;
        remote.id = op.value(QStringLiteral("id")).toString();
        remote.seq = op.value(QStringLiteral("seq")).toInteger();
        const auto blob = QByteArray::fromBase64Encoding(
            op.value(QStringLiteral("blob")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        // Seqs must ascend: the orchestrator's high-water mark depends on it.
        if (remote.id.isEmpty() || remote.seq <= previous || !blob)
            return false;
        previous = remote.seq;
        remote.blob = blob.decoded;
        m_pull.ops.append(std::move(remote));
    }
    return true;
}

} // namespace vv::sync
