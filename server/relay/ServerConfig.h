#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace vv::server {

// Every setting of violetvault-server. Each has a flag (--name), an environment variable
// (VIOLETVAULT_SERVER_NAME with '-' as '_') and a config-file key (name = value).
// Precedence: flags > environment > config file > defaults.
struct ServerConfig {
    QString host = QStringLiteral("127.0.0.1"); // loopback unless told otherwise (safe default)
    quint16 port = 8080;
    QString dataDir = QStringLiteral("violetvault-data");
    QString logLevel = QStringLiteral("info"); // debug, info, warning, error
    bool allowAnonymous = false;
    bool signaling = true; // --no-signaling turns the WebSocket relay off
    bool store = true; // --no-store turns the /v1/ store off
    double storeRequestsPerSec = 20; // per token; 0 = no limit
    qint64 storeRequestBurst = 60;
    qint64 storeTestDelayMs = 0; // testing only: the store worker waits this long before each batch

    qint64 maxFrameBytes = 1024; // SignalCodec::MaxFrameBytes
    double maxSignalsPerSec = 20;
    qint64 signalBurst = 40;
    qint64 maxConnectionsPerIp = 256;
    qint64 maxConnections = 100000;
    qint64 maxOutboundBytes = 65536;
    qint64 maxHttpBodyBytes = 2 * 1024 * 1024; // a push of 500 ops fits; also the store's body limit
    qint64 joinTimeoutMs = 10000;
    qint64 idleTimeoutMs = 120000;
    qint64 closeTimeoutMs = 2000;
    qint64 socketSendBuffer = 0; // 0 = kernel default
    qint64 drainRetryMinMs = 1000;
    qint64 drainRetryMaxMs = 5000;
    qint64 drainTimeoutMs = 3000;
    QString tlsCertFile; // PEM chain; with tlsKeyFile the port speaks TLS only (wss://, https://)
    QString tlsKeyFile; // PEM private key (unencrypted)

    [[nodiscard]] bool isTls() const { return !tlsCertFile.isEmpty(); }

    enum class LoadResult {
        Run, // configuration valid: start the server
        Exit, // --help or --version printed to *output: exit 0
        Error, // *output has the reason: exit 2
    };

    // args includes the program name as args[0].
    [[nodiscard]] LoadResult load(const QStringList& args, const QProcessEnvironment& env, QString* output);
    [[nodiscard]] static QString helpText();
};

} // namespace vv::server
