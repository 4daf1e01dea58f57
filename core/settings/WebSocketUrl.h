#pragma once

#include <QString>
#include <QUrl>

namespace vv::settings {

// Checks a signaling server URL typed by a person. The UI turns the result into words.
enum class WebSocketUrlProblem {
    None,
    Empty,
    Malformed, // QUrl could not parse it
    WrongScheme, // not ws:// or wss://
    MissingHost,
    HasCredentials, // user:password@ would be stored in the settings file (P3): refused
};

struct WebSocketUrlCheck {
    WebSocketUrlProblem problem = WebSocketUrlProblem::Empty;
    QUrl url; // parsed, valid only when problem == None
    bool unencryptedRemote = false; // ws:// to a host that is not loopback

    [[nodiscard]] bool isValid() const { return problem == WebSocketUrlProblem::None; }
};

[[nodiscard]] WebSocketUrlCheck checkWebSocketUrl(const QString& text);
[[nodiscard]] bool isValidWebSocketUrl(const QUrl& url);
// True for localhost, 127.0.0.0/8 and ::1: plain ws:// there never leaves the machine.
[[nodiscard]] bool isLoopbackHost(const QString& host);
// The URL without user info, query or fragment: safe to show in a tooltip or a log.
[[nodiscard]] QString displayUrl(const QUrl& url);

} // namespace vv::settings
