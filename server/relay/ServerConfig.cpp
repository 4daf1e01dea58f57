#include "relay/ServerConfig.h"

#include <QFile>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cmath>

namespace vv::server {
namespace {

struct OptionSpec {
    const char* name;
    const char* help;
    bool isSwitch; // takes no value on the command line
};

// The single list of settings: the parser, env lookup, config file and --help all use it.
constexpr std::array<OptionSpec, 28> Options { {
    { "config", "Read settings from FILE (lines: name = value).", false },
    { "host", "Address to listen on (default 127.0.0.1; use 0.0.0.0 for all interfaces).", false },
    { "port", "TCP port (default 8080; 0 picks a free port).", false },
    { "data-dir",
        "Directory for violetvault.sqlite3 (room tokens) and store.sqlite (ops) (default ./violetvault-data).", false },
    { "log-level", "debug, info, warning or error (default info).", false },
    { "allow-anonymous", "Let clients without a token join rooms that have no token.", true },
    { "no-signaling", "Run without the WebSocket relay (upgrades get 404). Not with --no-store.", true },
    { "no-store", "Run without the encrypted store (/v1/ gets 404). Not with --no-signaling.", true },
    { "store-requests-per-sec", "Store requests per token per second (default 20; 0: no limit).", false },
    { "store-request-burst", "Store requests a token may make at once (default 60).", false },
    { "store-test-delay-ms", "Testing only: the store worker waits this long before each batch (default 0).", false },
    { "max-frame-bytes", "Largest accepted WebSocket message (default 1024).", false },
    { "max-signals-per-sec", "Signal rate per connection (token bucket refill, default 20).", false },
    { "signal-burst", "Token bucket size (default 40).", false },
    { "max-connections-per-ip", "Connections per client address (default 256).", false },
    { "max-connections", "Connections in total (default 100000).", false },
    { "max-outbound-bytes", "Queued output per connection before it is cut (default 65536).", false },
    { "max-http-body-bytes", "Largest HTTP request body, e.g. a store push (default 2097152).", false },
    { "join-timeout-ms", "Time allowed between connecting and joining a room (default 10000).", false },
    { "idle-timeout-ms", "Close a connection that sent nothing for this long (default 120000).", false },
    { "close-timeout-ms", "Wait this long for the client's close frame (default 2000).", false },
    { "socket-send-buffer", "SO_SNDBUF for client sockets in bytes (default 0: kernel default).", false },
    { "drain-retry-min-ms", "Lowest retryAfterMs sent when draining (default 1000).", false },
    { "drain-retry-max-ms", "Highest retryAfterMs sent when draining (default 5000).", false },
    { "drain-timeout-ms", "How long a drain waits for close handshakes (default 3000).", false },
    { "tls-cert", "PEM certificate (chain) file: with --tls-key the port speaks TLS only (wss://, https://).", false },
    { "tls-key", "PEM private key file (unencrypted) of --tls-cert.", false },
    { "version", "", true },
} };

QString envName(const char* option)
{
    return QStringLiteral("VIOLETVAULT_SERVER_") + QString::fromLatin1(option).toUpper().replace(u'-', u'_');
}

const OptionSpec* findOption(const QString& name)
{
    for (const OptionSpec& o : Options) {
        if (name == QLatin1StringView(o.name))
            return &o;
    }
    return nullptr;
}

bool parseBool(const QString& v, bool* ok)
{
    const QString s = v.trimmed().toLower();
    *ok = true;
    if (s.isEmpty() || s == u"1" || s == u"true" || s == u"yes" || s == u"on")
        return true;
    if (s == u"0" || s == u"false" || s == u"no" || s == u"off")
        return false;
    *ok = false;
    return false;
}

bool readConfigFile(const QString& path, QMap<QString, QString>* values, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read config file %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream in(&file);
    int lineNo = 0;
    while (!in.atEnd() && lineNo < 10000) {
        const QString line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString key = (eq < 0 ? line : line.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : line.mid(eq + 1).trimmed();
        const OptionSpec* spec = findOption(key);
        if (!spec || key == u"config" || key == u"version") {
            *error = QStringLiteral("%1:%2: unknown setting").arg(path).arg(lineNo);
            return false;
        }
        if (eq < 0 && !spec->isSwitch) {
            *error = QStringLiteral("%1:%2: expected name = value").arg(path).arg(lineNo);
            return false;
        }
        values->insert(key, value);
    }
    return true;
}

} // namespace

QString ServerConfig::helpText()
{
    QString text = QStringLiteral(
        "Usage: violetvault-server [options]\n"
        "VioletVault server: the signaling relay (WebSocket) and the encrypted op store (HTTP /v1/)\n"
        "on one port. Prints 'listening on ws://HOST:PORT' (wss:// with --tls-cert/--tls-key) as its\n"
        "first stdout line, always in that form (also with --no-signaling: then use http(s)://HOST:PORT/v1/).\n\n"
        "Options (each also VIOLETVAULT_SERVER_<NAME> in the environment, or 'name = value' in --config):\n");
    for (const OptionSpec& o : Options) {
        if (QLatin1StringView(o.name) == QLatin1StringView("version"))
            continue;
        const QString flag = QStringLiteral("  --") + QString::fromLatin1(o.name)
            + (o.isSwitch ? QString() : QStringLiteral(" VALUE"));
        text += flag.leftJustified(34) + QString::fromLatin1(o.help) + u'\n';
    }
    text += QStringLiteral("  --help                          Show this help.\n"
                           "  --version                       Show the version.\n"
                           "Precedence: flags > environment > config file > defaults.\n");
    return text;
}

ServerConfig::LoadResult ServerConfig::load(const QStringList& args, const QProcessEnvironment& env, QString* output)
{
    QMap<QString, QString> flags;
    for (qsizetype i = 1; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (arg == u"--help" || arg == u"-h") {
            *output = helpText();
            return LoadResult::Exit;
        }
        if (arg == u"--version") {
            *output = QStringLiteral("violetvault-server " VV_SERVER_VERSION "\n");
            return LoadResult::Exit;
        }
        if (!arg.startsWith(QStringLiteral("--"))) {
            *output = QStringLiteral("unexpected argument (see --help)");
            return LoadResult::Error;
        }
        arg.remove(0, 2);
        QString value;
        const qsizetype eq = arg.indexOf(u'=');
        bool inlineValue = false;
        if (eq >= 0) {
            value = arg.mid(eq + 1);
            arg.truncate(eq);
            inlineValue = true;
        }
        const OptionSpec* spec = findOption(arg);
        if (!spec) {
            *output = QStringLiteral("unknown option --%1 (see --help)").arg(arg);
            return LoadResult::Error;
        }
        if (!spec->isSwitch && !inlineValue) {
            if (i + 1 >= args.size()) {
                *output = QStringLiteral("option --%1 needs a value").arg(arg);
                return LoadResult::Error;
            }
            value = args.at(++i);
        }
        flags.insert(arg, value);
    }

    // Layer: file < env < flags.
    QMap<QString, QString> values;
    const QString configPath = flags.contains(QStringLiteral("config")) ? flags.value(QStringLiteral("config"))
                                                                        : env.value(envName("config"));
    if (!configPath.isEmpty() && !readConfigFile(configPath, &values, output))
        return LoadResult::Error;
    for (const OptionSpec& o : Options) {
        const QString e = envName(o.name);
        if (env.contains(e))
            values.insert(QString::fromLatin1(o.name), env.value(e));
    }
    for (auto it = flags.cbegin(); it != flags.cend(); ++it)
        values.insert(it.key(), it.value());

    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString& key = it.key();
        const QString& value = it.value();
        auto integer = [&](qint64* target, qint64 min, qint64 max) {
            bool ok = false;
            const qint64 v = value.trimmed().toLongLong(&ok);
            if (!ok || v < min || v > max) {
                *output = QStringLiteral("%1 must be an integer from %2 to %3").arg(key).arg(min).arg(max);
                return false;
            }
            *target = v;
            return true;
        };
        bool ok = true;
        if (key == u"config" || key == u"version") {
            continue;
        } else if (key == u"host") {
            host = value.trimmed();
        } else if (key == u"port") {
            qint64 p = 0;
            ok = integer(&p, 0, 65535);
            port = quint16(p);
        } else if (key == u"data-dir") {
            dataDir = value.trimmed();
        } else if (key == u"log-level") {
            logLevel = value.trimmed().toLower();
            if (logLevel != u"debug" && logLevel != u"info" && logLevel != u"warning" && logLevel != u"error") {
                *output = QStringLiteral("log-level must be debug, info, warning or error");
                ok = false;
            }
        } else if (key == u"allow-anonymous") {
            allowAnonymous = parseBool(value, &ok);
            if (!ok)
                *output = QStringLiteral("allow-anonymous must be true or false");
        } else if (key == u"no-signaling" || key == u"no-store") {
            const bool off = parseBool(value, &ok);
            if (!ok)
                *output = QStringLiteral("%1 must be true or false").arg(key);
            else if (key == u"no-signaling")
                signaling = !off;
            else
                store = !off;
        } else if (key == u"store-requests-per-sec") {
            bool parsed = false;
            const double v = value.trimmed().toDouble(&parsed);
            ok = parsed && std::isfinite(v) && v >= 0 && v <= 1e6;
            if (ok)
                storeRequestsPerSec = v;
            else
                *output = QStringLiteral("store-requests-per-sec must be a number from 0 to 1000000");
        } else if (key == u"store-request-burst") {
            ok = integer(&storeRequestBurst, 1, 1'000'000);
        } else if (key == u"store-test-delay-ms") {
            ok = integer(&storeTestDelayMs, 0, 60'000);
        } else if (key == u"max-frame-bytes") {
            ok = integer(&maxFrameBytes, 16, 1 << 20);
        } else if (key == u"max-signals-per-sec") {
            bool parsed = false;
            const double v = value.trimmed().toDouble(&parsed);
            ok = parsed && std::isfinite(v) && v > 0 && v <= 1e6;
            if (ok)
                maxSignalsPerSec = v;
            else
                *output = QStringLiteral("max-signals-per-sec must be a number above 0");
        } else if (key == u"signal-burst") {
            ok = integer(&signalBurst, 1, 1'000'000);
        } else if (key == u"max-connections-per-ip") {
            ok = integer(&maxConnectionsPerIp, 1, 10'000'000);
        } else if (key == u"max-connections") {
            ok = integer(&maxConnections, 1, 10'000'000);
        } else if (key == u"max-outbound-bytes") {
            ok = integer(&maxOutboundBytes, 1024, qint64(1) << 30);
        } else if (key == u"max-http-body-bytes") {
            ok = integer(&maxHttpBodyBytes, 0, qint64(1) << 30);
        } else if (key == u"join-timeout-ms") {
            ok = integer(&joinTimeoutMs, 1, 86'400'000);
        } else if (key == u"idle-timeout-ms") {
            ok = integer(&idleTimeoutMs, 1, 86'400'000);
        } else if (key == u"close-timeout-ms") {
            ok = integer(&closeTimeoutMs, 1, 600'000);
        } else if (key == u"socket-send-buffer") {
            ok = integer(&socketSendBuffer, 0, qint64(1) << 30);
        } else if (key == u"drain-retry-min-ms") {
            ok = integer(&drainRetryMinMs, 0, 3'600'000);
        } else if (key == u"drain-retry-max-ms") {
            ok = integer(&drainRetryMaxMs, 0, 3'600'000);
        } else if (key == u"drain-timeout-ms") {
            ok = integer(&drainTimeoutMs, 0, 600'000);
        } else if (key == u"tls-cert") {
            tlsCertFile = value.trimmed();
        } else if (key == u"tls-key") {
            tlsKeyFile = value.trimmed();
        }
        if (!ok)
            return LoadResult::Error;
    }
    if (!signaling && !store) {
        *output = QStringLiteral("--no-signaling and --no-store together leave nothing to serve; drop one of them");
        return LoadResult::Error;
    }
    if (tlsCertFile.isEmpty() != tlsKeyFile.isEmpty()) {
        *output = QStringLiteral("--tls-cert and --tls-key go together: give both (TLS) or neither (plain)");
        return LoadResult::Error;
    }
    if (drainRetryMinMs > drainRetryMaxMs) {
        *output = QStringLiteral("drain-retry-min-ms must not exceed drain-retry-max-ms");
        return LoadResult::Error;
    }
    if (!flags.contains(QStringLiteral("signal-burst")) && !env.contains(envName("signal-burst"))
        && !values.contains(QStringLiteral("signal-burst"))) {
        signalBurst = std::max<qint64>(1, qint64(std::ceil(maxSignalsPerSec * 2))); // default burst: 2 s worth
    }
    return LoadResult::Run;
}

} // namespace vv::server
