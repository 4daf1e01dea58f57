#include "HttpProbe.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>

namespace vv::testsupport {

QByteArray HttpProbe::Reply::header(const QByteArray& name) const
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

HttpProbe::Reply HttpProbe::request(
    quint16 port, const QByteArray& method, const QByteArray& path, const QByteArray& extraHeaders, int timeoutMs)
{
    Reply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return reply;
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extraHeaders + "\r\n");
    QByteArray data;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(200))))) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        data += socket.readAll();
    }
    data += socket.readAll();
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0 || !data.startsWith("HTTP/1.1 "))
        return reply;
    reply.head = data.left(end);
    reply.body = data.mid(end + 4);
    reply.status = data.mid(9, 3).toInt();
    return reply;
}

double HttpProbe::metric(const QByteArray& body, const QByteArray& sample)
{
    const QList<QByteArray> lines = body.split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(QByteArray(sample + ' ')))
            return line.mid(sample.size() + 1).trimmed().toDouble();
    }
    return 0;
}

} // namespace vv::testsupport
