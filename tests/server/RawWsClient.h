#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpSocket>

// A hand-driven WebSocket client on a QTcpSocket for the cases QWebSocket cannot produce:
// unmasked, oversized, fragmented, binary or non-UTF-8 frames, or a client that never reads.
class RawWsClient : public QObject
{
    Q_OBJECT
public:
    struct Frame {
        quint8 opcode = 0;
        QByteArray payload;
    };

    explicit RawWsClient(QObject* parent = nullptr);
    ~RawWsClient() override;
    Q_DISABLE_COPY(RawWsClient)

    // Connects and performs the upgrade; true once the 101 response arrived.
    bool open(quint16 port, const QByteArray& token = {}, const QByteArray& path = "/", int timeoutMs = 5000);
    void sendRaw(const QByteArray& bytes);
    void sendText(const QByteArray& text); // one masked text frame
    // Stops reading from the socket entirely (a client that never reads its input).
    void stopReading();
    // Waits for the server's close frame (or the TCP close); returns its code, 0 if none, 1006 if cut.
    quint16 waitForClose(int timeoutMs = 5000);
    bool waitForFrames(int count, int timeoutMs = 5000);
    [[nodiscard]] const QList<Frame>& frames() const { return m_frames; }
    [[nodiscard]] bool isDisconnected() const { return m_disconnected; }
    [[nodiscard]] QTcpSocket* socket() { return &m_socket; }
    [[nodiscard]] QByteArray upgradeResponse() const { return m_response; }

private:
    void parse();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_response;
    QList<Frame> m_frames;
    bool m_upgraded = false;
    bool m_disconnected = false;
};
