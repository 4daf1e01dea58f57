#include "settings/WebSocketUrl.h"

#include <QStringList>

namespace vv::settings {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // Parsed by hand: vv_settings depends on QtCore only (no QHostAddress).
    if (host == QLatin1StringView("::1") || host == QLatin1StringView("0:0:0:0:0:0:0:1"))
        return true;
    const QStringList octets = host.split(QLatin1Char('.'));
    if (octets.size() != 4 || octets.front() != QLatin1StringView("127"))
        return false;
    for (const QString& octet : octets) {
        bool ok = false;
        const int value = octet.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

WebSocketUrlCheck checkWebSocketUrl(const QString& text)
{
    WebSocketUrlCheck result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        result.problem = WebSocketUrlProblem::Malformed;
        return result;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1StringView("ws") && scheme != QLatin1StringView("wss")) {
        result.problem = WebSocketUrlProblem::WrongScheme;
        return result;
    }
    if (url.host().isEmpty()) {
        result.problem = WebSocketUrlProblem::MissingHost;
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.problem = WebSocketUrlProblem::HasCredentials;
        return result;
    }
    result.problem = WebSocketUrlProblem::None;
    result.url = url;
    result.unencryptedRemote = scheme == QLatin1StringView("ws") && !isLoopbackHost(url.host());
    return result;
}

bool isValidWebSocketUrl(const QUrl& url)
{
    return checkWebSocketUrl(url.toString(QUrl::FullyEncoded)).isValid();
}

QString displayUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

} // namespace vv::settings
