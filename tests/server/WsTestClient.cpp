#include "WsTestClient.h"

#include "protocol/SignalCodec.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QTest>

using vv::protocol::Signal;
using vv::protocol::SignalCodec;
using vv::protocol::SignalType;

WsTestClient::WsTestClient(QObject* parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        ++m_rawCount;
        const auto r = SignalCodec::decode(text.toUtf8());
        if (r.isValid())
            m_received.append(*r.signal);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = quint16(m_socket.closeCode());
    });
}

WsTestClient::~WsTestClient()
{
    m_socket.abort();
}

bool WsTestClient::open(const QUrl& url, const QByteArray& token, int timeoutMs)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    m_socket.open(request);
    return QTest::qWaitFor(
               [this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_closed; }, timeoutMs)
        && m_socket.state() == QAbstractSocket::ConnectedState;
}

Signal WsTestClient::make(SignalType type, const QString& budgetId, std::optional<qint64> seq)
{
    Signal s;
    s.type = type;
    s.budgetId = budgetId;
    s.timestamp = QDateTime::currentMSecsSinceEpoch();
    s.metadata.seq = seq;
    return s;
}

void WsTestClient::send(const Signal& signal)
{
    const auto bytes = SignalCodec::encode(signal);
    if (bytes)
        m_socket.sendTextMessage(QString::fromUtf8(*bytes));
}

void WsTestClient::sendText(const QString& text)
{
    m_socket.sendTextMessage(text);
}

void WsTestClient::join(const QString& budgetId, const QString& deviceId)
{
    Signal s = make(SignalType::Connected, budgetId);
    if (!deviceId.isEmpty())
        s.metadata.deviceId = deviceId;
    send(s);
}

bool WsTestClient::joinAndSettle(const QString& budgetId, const QString& deviceId)
{
    const int pongs = countOf(SignalType::Pong);
    join(budgetId, deviceId);
    send(make(SignalType::Ping));
    // The relay handles a connection's frames in order: the pong proves the join was processed.
    return waitFor(SignalType::Pong, pongs + 1).has_value() && countOf(SignalType::Error) == 0 && isOpen();
}

int WsTestClient::countOf(SignalType type) const
{
    int n = 0;
    for (const Signal& s : m_received)
        n += s.type == type ? 1 : 0;
    return n;
}

std::optional<Signal> WsTestClient::waitFor(SignalType type, int count, int timeoutMs)
{
    static_cast<void>(QTest::qWaitFor([&] { return countOf(type) >= count || m_closed; }, timeoutMs));
    // Count again after a close: the frame may have arrived just before it.
    int seen = 0;
    for (const Signal& s : m_received) {
        if (s.type == type && ++seen == count)
            return s;
    }
    return std::nullopt;
}

bool WsTestClient::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
}
