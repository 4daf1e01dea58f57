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

QByteArray HttpProbe::build(const QByteArray& method, const QByteArray& path, const QByteArray& token,
    const QByteArray& body, bool keepAlive, const QByteArray& extraHeaders)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    return out + extraHeaders + "\r\n" + body;
}

bool HttpProbe::takeReply(QByteArray* buffer, Reply* reply)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0 || !buffer->startsWith("HTTP/1.1 "))
        return false;
    Reply r;
    r.head = buffer->left(end);
    const qsizetype length = r.header("Content-Length").toLongLong();
    if (buffer->size() < end + 4 + length)
        return false;
    r.status = buffer->mid(9, 3).toInt();
    r.body = buffer->mid(end + 4, length);
    buffer->remove(0, end + 4 + length);
    *reply = r;
    return true;
}

HttpProbe::Reply HttpProbe::request(quint16 port, const QByteArray& method, const QByteArray& path,
    const QByteArray& extraHeaders, int timeoutMs, const QByteArray& body)
{
    Reply reply;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return reply;
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extraHeaders;
    if (!body.isEmpty())
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    socket.write(bytes + "\r\n" + body);
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
