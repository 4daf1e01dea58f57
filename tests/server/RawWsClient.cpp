#include "RawWsClient.h"

#include "net/WsFrame.h"

#include <QHostAddress>
#include <QTest>

RawWsClient::RawWsClient(QObject* parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer += m_socket.readAll();
        parse();
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_disconnected = true; });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            m_disconnected = true;
    });
}

RawWsClient::~RawWsClient()
{
    m_socket.abort();
}

bool RawWsClient::open(quint16 port, const QByteArray& token, const QByteArray& path, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    if (!m_socket.waitForConnected(timeoutMs))
        return false;
    QByteArray request = "GET " + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    request += "\r\n";
    m_socket.write(request);
    return QTest::qWaitFor([this] { return m_upgraded || m_disconnected; }, timeoutMs) && m_upgraded;
}

void RawWsClient::sendRaw(const QByteArray& bytes)
{
    m_socket.write(bytes);
}

void RawWsClient::sendText(const QByteArray& text)
{
    const std::string frame = vv::server::net::WsFrame::clientFrame(
        vv::server::net::WsOpcode::Text, std::string_view(text.constData(), text.size()));
    m_socket.write(frame.data(), qint64(frame.size()));
}

void RawWsClient::stopReading()
{
    disconnect(&m_socket, &QTcpSocket::readyRead, this, nullptr);
    // A full 1-byte read buffer makes Qt stop pulling from the kernel, so the server's
    // output backs up for real.
    m_socket.setReadBufferSize(1);
}

void RawWsClient::parse()
{
    if (!m_upgraded) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_response = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        m_upgraded = m_response.startsWith("HTTP/1.1 101");
        if (!m_upgraded)
            return;
    }
    // Server frames are unmasked; lengths here are small (<= 64 KiB).
    while (m_buffer.size() >= 2) {
        const auto b1 = quint8(m_buffer.at(1));
        qsizetype header = 2;
        qint64 length = b1 & 0x7f;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return;
            length = (qint64(quint8(m_buffer.at(2))) << 8) | quint8(m_buffer.at(3));
            header = 4;
        } else if (length == 127) {
            return; // never sent by the relay to these tests
        }
        if (m_buffer.size() < header + length)
            return;
        m_frames.append({ quint8(m_buffer.at(0) & 0x0f), m_buffer.mid(header, length) });
        m_buffer.remove(0, header + length);
    }
}

bool RawWsClient::waitForFrames(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_frames.size() >= count || m_disconnected; }, timeoutMs)
        && m_frames.size() >= count;
}

quint16 RawWsClient::waitForClose(int timeoutMs)
{
    auto closeFrame = [this]() -> const Frame* {
        for (const Frame& f : m_frames) {
            if (f.opcode == vv::server::net::WsOpcode::Close)
                return &f;
        }
        return nullptr;
    };
    static_cast<void>(QTest::qWaitFor([&] { return closeFrame() || m_disconnected; }, timeoutMs));
    if (const Frame* f = closeFrame()) {
        if (f->payload.size() < 2)
            return 1005;
        return quint16((quint8(f->payload.at(0)) << 8) | quint8(f->payload.at(1)));
    }
    return m_disconnected ? 1006 : 0;
}
