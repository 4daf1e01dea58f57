#pragma once

#include "StoreService.h"

#include <QAbstractHttpServer>
#include <QTemporaryDir>

#include <memory>

namespace vv::test {

// A real HTTP server on 127.0.0.1 (QtHttpServer) that routes every request into a real
// StoreService on a real SQLite file in a temporary directory. Counts requests and can drop
// the connection after a push was committed (to test retried uploads).
class TestStoreServer : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY(TestStoreServer)
public:
    explicit TestStoreServer(QObject* parent = nullptr);
    // With limits (e.g. a rate limit); by default there is none, tests hammer on purpose.
    explicit TestStoreServer(const server::store::StoreLimits& limits, QObject* parent = nullptr);
    ~TestStoreServer() override;

    // Listens on 127.0.0.1:port (0 = any free port); returns the port or 0.
    quint16 start(quint16 port = 0);
    void stopListening();
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] server::store::StoreService* service() const { return m_service.get(); }
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }

    [[nodiscard]] int pullCount() const { return m_pulls; }
    [[nodiscard]] int pushCount() const { return m_pushes; }
    // The next N pushes are committed, then the connection is aborted without an answer.
    void dropPushResponses(int count) { m_dropPushes = count; }
    [[nodiscard]] int droppedResponses() const { return m_dropped; }

Q_SIGNALS:
    void requestHandled(const QByteArray& method, int status);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::store::StoreService> m_service;
    quint16 m_port = 0;
    int m_pulls = 0;
    int m_pushes = 0;
    int m_dropPushes = 0;
    int m_dropped = 0;
};

} // namespace vv::test
