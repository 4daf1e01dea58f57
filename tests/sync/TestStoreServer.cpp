#include "TestStoreServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>

namespace vv::test {

namespace {
server::store::StoreLimits unlimited()
{
    server::store::StoreLimits limits;
    limits.requestsPerSecond = 0;
    return limits;
}
} // namespace

TestStoreServer::TestStoreServer(QObject* parent)
    : TestStoreServer(unlimited(), parent)
{ }

TestStoreServer::TestStoreServer(const server::store::StoreLimits& limits, QObject* parent)
    : QAbstractHttpServer(parent)
{
    server::store::StoreService::Options options;
    options.databasePath = server::store::StoreService::databasePathFor(m_dir.path().toStdString());
    options.limits = limits;
    std::string error;
    m_service = server::store::StoreService::open(options, &error);
    if (!m_service)
        qFatal("StoreService::open failed: %s", error.c_str());
}

TestStoreServer::~TestStoreServer() = default;

quint16 TestStoreServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

void TestStoreServer::stopListening()
{
    const auto list = servers();
    for (QTcpServer* server : list)
        server->close();
}

QUrl TestStoreServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool TestStoreServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    server::store::Request r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        r.method = "GET";
        ++m_pulls;
        break;
    case QHttpServerRequest::Method::Post:
        r.method = "POST";
        ++m_pushes;
        break;
    case QHttpServerRequest::Method::Delete:
        r.method = "DELETE";
        break;
    default:
        r.method = "OTHER";
        break;
    }
    r.path = request.url().path(QUrl::FullyEncoded).toStdString();
    r.query = request.url().query(QUrl::FullyEncoded).toStdString();
    const auto headers = request.headers();
    for (const auto& [name, value] : headers)
        r.headers.emplace_back(name.toLower().toStdString(), value.toStdString());
    r.body = request.body().toStdString();

    const server::store::Response response = m_service->handle(r);
    Q_EMIT requestHandled(QByteArray::fromStdString(r.method), response.status);
    if (r.method == "POST" && response.status == 200 && m_dropPushes > 0) {
        // Committed, but the client never hears about it.
        --m_dropPushes;
        ++m_dropped;
        socket->abort();
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", QByteArray::fromStdString(response.contentType));
    responder.writeHeader("Content-Length", QByteArray::number(static_cast<qsizetype>(response.body.size())));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    responder.writeBody(QByteArray::fromStdString(response.body));
    return true;
}

void TestStoreServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace vv::test
