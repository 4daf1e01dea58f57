#pragma once

// Small helpers shared by the TLS tests: an HTTPS GET that trusts the test certificate by pin
// or as a CA, and the server's counters read over HTTPS.
#include "tls/CertificatePin.h"

#include <QByteArray>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace vv::tlstest {

struct HttpsResult {
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
};

// One GET. With a non-null `pin` only that leaf is accepted; with `ca` set that certificate is
// the only trusted CA; with neither, Qt's defaults (system CAs) apply. Bounded by timeoutMs.
inline HttpsResult httpsGet(
    const QUrl& url, const tls::CertificatePin& pin, const QSslCertificate& ca = QSslCertificate(), int timeoutMs = 5000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    QSslConfiguration config = request.sslConfiguration();
    if (!ca.isNull())
        config.setCaCertificates({ ca });
    request.setSslConfiguration(pin.configure(config));
    request.setTransferTimeout(timeoutMs);
    HttpsResult result;
    QNetworkReply* reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError>& errors) {
        result.sslErrors = errors;
        if (pin.accepts(reply->sslConfiguration().peerCertificate()))
            reply->ignoreSslErrors();
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    delete reply;
    return result;
}

// One Prometheus sample from /metrics over HTTPS (pinned); -1 when unreadable, 0 when absent.
inline double metric(const QUrl& base, const tls::CertificatePin& pin, const QByteArray& sample)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/metrics"));
    const HttpsResult r = httpsGet(url, pin);
    if (r.status != 200)
        return -1;
    for (const QByteArray& line : r.body.split('\n')) {
        if (line.startsWith(QByteArray(sample + ' ')))
            return line.mid(sample.size() + 1).toDouble();
    }
    return 0;
}

} // namespace vv::tlstest
