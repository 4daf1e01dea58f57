#include "WireScan.h"

namespace vv::e2e {

namespace {

// Parses one HTTP head + body from the front of `bytes` at *pos. Returns false when incomplete.
bool takeHttp(const QByteArray& bytes, qsizetype* pos, HttpMessage* out, bool* bad)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n", *pos);
    if (end < 0)
        return false;
    const QList<QByteArray> lines = bytes.mid(*pos, end - *pos).split('\n');
    HttpMessage m;
    m.startLine = lines.value(0).trimmed();
    if (!m.startLine.contains("HTTP/1.")) {
        *bad = true;
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            m.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    qsizetype p = end + 4;
    if (m.header("Transfer-Encoding").toLower().contains("chunked")) {
        for (int guard = 0; guard < 100000; ++guard) {
            const qsizetype lineEnd = bytes.indexOf("\r\n", p);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size = bytes.mid(p, lineEnd - p).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok) {
                *bad = true;
                return false;
            }
            p = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = bytes.indexOf("\r\n", p);
                if (trailerEnd < 0)
                    return false;
                p = trailerEnd + 2;
                break;
            }
            if (bytes.size() < p + size + 2)
                return false;
            m.body += bytes.mid(p, size);
            p += size + 2;
        }
    } else {
        const qsizetype length = m.header("Content-Length").toLongLong();
        if (bytes.size() < p + length)
            return false;
        m.body = bytes.mid(p, length);
        p += length;
    }
    *pos = p;
    *out = std::move(m);
    return true;
}

// Parses WebSocket frames from *pos on. Fragments are joined into messages.
void takeFrames(const QByteArray& bytes, qsizetype pos, bool fromClient, StreamScan* scan)
{
    QByteArray partial;
    int partialOpcode = 0;
    const auto byteAt = [&bytes](qsizetype i) { return static_cast<quint8>(bytes.at(i)); };
    for (int guard = 0; guard < 10000000 && pos < bytes.size(); ++guard) {
        if (bytes.size() - pos < 2) {
            scan->truncated = true;
            return;
        }
        const quint8 b0 = byteAt(pos);
        const quint8 b1 = byteAt(pos + 1);
        const bool fin = (b0 & 0x80) != 0;
        const int opcode = b0 & 0x0f;
        const bool masked = (b1 & 0x80) != 0;
        quint64 length = b1 & 0x7f;
        qsizetype p = pos + 2;
        const int extra = length == 126 ? 2 : length == 127 ? 8 : 0;
        if (bytes.size() - p < extra) {
            scan->truncated = true;
            return;
        }
        if (extra > 0) {
            length = 0;
            for (int i = 0; i < extra; ++i)
                length = (length << 8) | byteAt(p + i);
            p += extra;
        }
        if (masked != fromClient)
            scan->maskedOk = false;
        quint8 mask[4] = { 0, 0, 0, 0 };
        if (masked) {
            if (bytes.size() - p < 4) {
                scan->truncated = true;
                return;
            }
            for (int i = 0; i < 4; ++i)
                mask[i] = byteAt(p + i);
            p += 4;
        }
        if (static_cast<quint64>(bytes.size() - p) < length) {
            scan->truncated = true;
            return;
        }
        QByteArray payload = bytes.mid(p, static_cast<qsizetype>(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = static_cast<char>(static_cast<quint8>(payload.at(i)) ^ mask[i % 4]);
        pos = p + static_cast<qsizetype>(length);
        if (opcode >= 8) { // control frames stand alone
            scan->ws.append({ opcode, payload });
            continue;
        }
        if (opcode != 0)
            partialOpcode = opcode;
        partial += payload;
        if (fin) {
            scan->ws.append({ partialOpcode, partial });
            partial.clear();
            partialOpcode = 0;
        }
    }
    if (!partial.isEmpty())
        scan->truncated = true;
}

StreamScan scan(const QByteArray& bytes, bool fromClient)
{
    StreamScan result;
    qsizetype pos = 0;
    for (int guard = 0; guard < 1000000 && pos < bytes.size(); ++guard) {
        HttpMessage m;
        bool bad = false;
        if (!takeHttp(bytes, &pos, &m, &bad)) {
            if (bad)
                result.error = QStringLiteral("not HTTP at offset %1").arg(pos);
            else
                result.truncated = true;
            return result;
        }
        const bool upgrade
            = fromClient ? m.header("Upgrade").toLower() == "websocket" : m.startLine.split(' ').value(1) == "101";
        result.http.append(std::move(m));
        if (upgrade) {
            result.websocket = true;
            takeFrames(bytes, pos, fromClient, &result);
            return result;
        }
    }
    return result;
}

} // namespace

QByteArray HttpMessage::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

StreamScan scanUpstream(const QByteArray& bytes)
{
    return scan(bytes, true);
}

StreamScan scanDownstream(const QByteArray& bytes)
{
    return scan(bytes, false);
}

QList<QByteArray> encodedForms(QByteArrayView raw)
{
    const QByteArray bytes = raw.toByteArray();
    return {
        bytes,
        bytes.toHex(),
        bytes.toHex().toUpper(),
        bytes.toBase64(),
        bytes.toBase64(QByteArray::OmitTrailingEquals),
        bytes.toBase64(QByteArray::Base64UrlEncoding),
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
    };
}

} // namespace vv::e2e
