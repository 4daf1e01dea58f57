#include "OpPusher.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace vv::bench {

OpPusher::OpPusher(int index, const QUrl& storeBase, const QElapsedTimer* clock, QObject* parent)
    : QObject(parent)
    , m_index(index)
    , m_clock(clock)
{
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    m_client.setBaseUrl(storeBase);
    m_client.setRoomId(QStringLiteral("vvrec-%1-p%2").arg(run).arg(index));
    QByteArray secret(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    m_token = QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_client.setToken(m_token);
    m_client.setTimeout(3000);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OpPusher::pushCurrent);
}

OpPusher::~OpPusher()
{
    m_client.abortAll();
}

void OpPusher::start()
{
    m_idle = false;
    m_finishing = false;
    pushCurrent();
}

void OpPusher::finish()
{
    m_finishing = true;
    if (m_current.isEmpty() && !m_idle) {
        m_timer.stop();
        m_idle = true;
        Q_EMIT idle();
    }
}

void OpPusher::pushCurrent()
{
    if (m_current.isEmpty()) {
        if (m_finishing) {
            m_idle = true;
            Q_EMIT idle();
            return;
        }
        for (int i = 0; i < m_batchSize; ++i) {
            sync::OutgoingOp op;
            op.id = QStringLiteral("p%1-%2").arg(m_index).arg(m_next++, 6, 10, QLatin1Char('0'));
            op.blob.resize(96); // opaque to the server, like the AES-GCM blobs of a real device
            QRandomGenerator::global()->generate(op.blob.begin(), op.blob.end());
            m_generated.append(op.id);
            m_current.append(op);
        }
        m_tries = 0;
    }
    ++m_tries;
    sync::StoreReply* reply = m_client.push(sync::StoreClient::idempotencyKeyFor(m_current), m_current);
    connect(reply, &sync::StoreReply::finished, this, [this, reply] { onFinished(reply); });
}

void OpPusher::onFinished(sync::StoreReply* reply)
{
    reply->deleteLater();
    if (reply->error() == sync::StoreReply::Error::NoError) {
        const qint64 now = m_clock->elapsed();
        for (const sync::PushAck& ack : reply->pushResult().acks)
            m_ackedAt.insert(ack.id, now);
        if (m_tries > 1)
            m_repushedOps += static_cast<int>(m_current.size());
        if (reply->pushResult().replayed)
            ++m_replayedBatches;
        m_current.clear();
        m_timer.start(m_finishing ? 0 : m_paceMs);
        return;
    }
    if (sync::StoreReply::isFatal(reply->error())) {
        m_fatal = reply->errorString();
        m_idle = true;
        Q_EMIT idle();
        return;
    }
    // Server gone or refusing connections: the same batch again, backing off 50 ms .. 400 ms.
    ++m_failedPushes;
    m_timer.start(std::min(400, 50 << std::min(m_tries - 1, 3)));
}

} // namespace vv::bench
