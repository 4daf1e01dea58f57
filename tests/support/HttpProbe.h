#pragma once

#include <QByteArray>
#include <QString>

namespace vv::testsupport {

// A minimal blocking HTTP/1.1 client for tests (one request, Connection: close), plus the
// pieces to drive keep-alive/pipelined exchanges on a socket of one's own (build + takeReply).
class HttpProbe
{
public:
    struct Reply {
        int status = 0; // 0: no valid response
        QByteArray head;
        QByteArray body;
        [[nodiscard]] QByteArray header(const QByteArray& name) const;
    };
    [[nodiscard]] static Reply request(quint16 port, const QByteArray& method, const QByteArray& path,
        const QByteArray& extraHeaders = {}, int timeoutMs = 5000, const QByteArray& body = {});
    // One request's bytes: Host, Content-Length (when there is a body), optional Authorization:
    // Bearer, and Connection: close unless keepAlive.
    [[nodiscard]] static QByteArray build(const QByteArray& method, const QByteArray& path,
        const QByteArray& token = {}, const QByteArray& body = {}, bool keepAlive = true,
        const QByteArray& extraHeaders = {});
    // Removes one complete response (Content-Length framed) from the front of *buffer into
    // *reply; false while it is incomplete.
    [[nodiscard]] static bool takeReply(QByteArray* buffer, Reply* reply);
    [[nodiscard]] static Reply get(quint16 port, const QByteArray& path, int timeoutMs = 5000)
    {
        return request(port, "GET", path, {}, timeoutMs);
    }
    // The value of one Prometheus sample, e.g. metric(body, "vv_closed_total{code=\"4029\"}"); 0 if absent.
    [[nodiscard]] static double metric(const QByteArray& body, const QByteArray& sample);
};

} // namespace vv::testsupport
