#include "SignalCommand.h"

#include "CliOutput.h"
#include "ShutdownSignalWatcher.h"
#include "protocol/SignalCodec.h"
#include "signaling/SignalingService.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

namespace vv::cli {

using protocol::Signal;
using protocol::SignalCodec;
using protocol::SignalMetadata;
using protocol::SignalType;
using signaling::SignalingConfig;
using signaling::SignalingService;

namespace {

QString helpText()
{
    return QStringLiteral(
        "Usage: violetvault-cli signal listen --url URL --budget ROOM [options]\n"
        "       violetvault-cli signal send --url URL --budget ROOM --type TYPE [--meta key=value ...] [options]\n"
        "\n"
        "listen  stays connected and prints one JSON object per line on stdout:\n"
        "        {\"event\":\"state\",\"state\":\"connected\",...} on every state change and\n"
        "        {\"event\":\"signal\",\"signal\":{...}} for every signal from another device and\n"
        "        {\"event\":\"heartbeat\",\"at\":...} for every pong.\n"
        "        Exits 0 on SIGINT/SIGTERM, 2 when the service fails for good.\n"
        "send    sends one signal (data_changed, sync_required, disconnected) and exits 0 once it\n"
        "        is written; exits 2 if it is invalid, refused, or not delivered in time.\n"
        "        Metadata keys: version, deviceId, seq (integer). Anything else is refused (no data\n"
        "        ever travels on the signaling socket).\n"
        "\n"
        "Options:\n"
        "  --url URL             ws:// or wss:// address of the signaling server\n"
        "  --budget ROOM         opaque room id\n"
        "  --device-id ID        this device's id (default: random); own echoes are dropped\n"
        "  --heartbeat-ms N      ping interval (default 30000)\n"
        "  --pong-timeout-ms N   how long to wait for a pong (default 10000)\n"
        "  --reconnect-ms N      backoff base (default 5000 for listen, 250 for send)\n"
        "  --max-attempts N      reconnect attempts before giving up, 0 = forever (default 10 for listen)\n"
        "  --timeout-ms N        send: overall deadline (default 10000)\n"
        "  --type TYPE           send: the signal type\n"
        "  --meta key=value      send: a metadata entry (repeatable)\n"
        "  --verbose             log the connection life cycle (category vv.signaling) on stderr\n"
        "  --token-file PATH     read the access token from a file\n"
        "  --token T             the access token on the command line: for tests only, since argv\n"
        "                        is visible to other local users. Prefer VIOLETVAULT_TOKEN.\n"
        "\n"
        "Environment:\n"
        "  VIOLETVAULT_TOKEN     the access token (preferred way to pass it). Never printed.\n"
        "  VIOLETVAULT_PIN_SHA256  wss:// only: the server certificate's SHA-256 fingerprint to trust.\n");
}

// The signal in its wire form (the codec's own encoding), as a JSON object.
QJsonObject wireObject(const Signal& signal)
{
    const auto bytes = SignalCodec::encode(signal);
    return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
}

QJsonObject stateEvent(const SignalingService& service)
{
    QJsonObject o { { QStringLiteral("event"), QStringLiteral("state") },
        { QStringLiteral("state"), signaling::stateName(service.state()) } };
    if (service.state() == SignalingService::State::Reconnecting) {
        o.insert(QStringLiteral("attempt"), service.reconnectAttempts());
        o.insert(QStringLiteral("maxAttempts"), service.config().maxReconnectAttempts);
        o.insert(QStringLiteral("nextRetryAt"), service.nextRetryAt().toString(Qt::ISODateWithMs));
    }
    if (service.error() != SignalingService::Error::NoError)
        o.insert(QStringLiteral("error"), service.errorString());
    return o;
}

std::optional<int> intOption(
    const QCommandLineParser& parser, const QString& name, int fallback, int min, QString* error)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min) {
        *error = QStringLiteral("--%1 must be an integer of at least %2").arg(name).arg(min);
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<QVariantMap> SignalCommand::parseMeta(const QStringList& pairs, QString* error)
{
    QVariantMap map;
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            *error = QStringLiteral("--meta takes key=value");
            return std::nullopt;
        }
        const QString key = pair.left(eq);
        const QString value = pair.mid(eq + 1);
        if (key == u"seq" || key == u"retryAfterMs") {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok) {
                *error = QStringLiteral("metadata.%1 must be an integer").arg(key);
                return std::nullopt;
            }
            map.insert(key, number);
        } else {
            map.insert(key, value);
        }
    }
    // The whitelist decides; its message never repeats a refused key or value.
    if (!SignalMetadata::fromVariantMap(map, error))
        return std::nullopt;
    return map;
}

std::optional<SignalingConfig> SignalCommand::configFrom(
    const QCommandLineParser& parser, bool forSend, QString* error) const
{
    SignalingConfig config;
    config.url = QUrl(parser.value(QStringLiteral("url")));
    config.budgetId = parser.value(QStringLiteral("budget"));
    config.deviceId = parser.value(QStringLiteral("device-id"));
    if (parser.value(QStringLiteral("url")).isEmpty() || config.budgetId.isEmpty()) {
        *error = QStringLiteral("--url and --budget are required");
        return std::nullopt;
    }
    if (!SignalCodec::isValidBudgetId(config.budgetId)) {
        *error = QStringLiteral("--budget must be 1-128 characters of letters, digits and . _ ~ -");
        return std::nullopt;
    }
    if (!config.deviceId.isEmpty() && !SignalCodec::isValidDeviceId(config.deviceId)) {
        *error = QStringLiteral("--device-id must be 1-64 characters of letters, digits, _ and -");
        return std::nullopt;
    }

    if (parser.isSet(QStringLiteral("token"))) {
        config.token = parser.value(QStringLiteral("token"));
    } else if (parser.isSet(QStringLiteral("token-file"))) {
        QFile file(parser.value(QStringLiteral("token-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read --token-file: %1").arg(file.errorString());
            return std::nullopt;
        }
        config.token = QString::fromUtf8(file.readAll()).trimmed();
    } else {
        config.token = qEnvironmentVariable("VIOLETVAULT_TOKEN");
    }
    config.pinnedCertificateSha256 = qEnvironmentVariable("VIOLETVAULT_PIN_SHA256"); // checked by the service

    const auto heartbeat = intOption(parser, QStringLiteral("heartbeat-ms"), 30000, 1, error);
    const auto pong = intOption(parser, QStringLiteral("pong-timeout-ms"), 10000, 1, error);
    const auto reconnect = intOption(parser, QStringLiteral("reconnect-ms"), forSend ? 250 : 5000, 0, error);
    const auto attempts = intOption(parser, QStringLiteral("max-attempts"), forSend ? 0 : 10, 0, error);
    if (!heartbeat || !pong || !reconnect || !attempts)
        return std::nullopt;
    config.heartbeatIntervalMs = *heartbeat;
    config.pongTimeoutMs = *pong;
    config.reconnectIntervalMs = *reconnect;
    config.maxReconnectIntervalMs = qMax(config.maxReconnectIntervalMs, *reconnect);
    config.maxReconnectAttempts = *attempts;
    return config;
}

int SignalCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto valueOption = [](const char* name, const char* valueName) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName));
    };
    parser.addOptions({ valueOption("url", "URL"), valueOption("budget", "ROOM"), valueOption("token", "T"),
        valueOption("token-file", "PATH"), valueOption("device-id", "ID"), valueOption("heartbeat-ms", "N"),
        valueOption("pong-timeout-ms", "N"), valueOption("reconnect-ms", "N"), valueOption("max-attempts", "N"),
        valueOption("timeout-ms", "N"), valueOption("type", "TYPE"), valueOption("meta", "KEY=VALUE"),
        QCommandLineOption(QStringLiteral("verbose")),
        QCommandLineOption(QStringList { QStringLiteral("h"), QStringLiteral("help") }) });
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("listen or send"));
    if (!parser.parse(arguments)) {
        CliOutput::err(QStringLiteral("violetvault-cli signal: %1\n").arg(parser.errorText()));
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::out(helpText());
        return ExitCode::Ok;
    }
    // stdout is for JSON lines; the service's own log stays quiet unless asked for
    // (QT_LOGGING_RULES still overrides this).
    if (!parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("vv.signaling.info=false\nvv.signaling.debug=false"));
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != u"listen" && action != u"send")) {
        CliOutput::err(QStringLiteral("violetvault-cli signal: expected 'listen' or 'send'\n\n") + helpText());
        return ExitCode::Usage;
    }
    const bool forSend = action == u"send";
    QString error;
    const auto config = configFrom(parser, forSend, &error);
    if (!config) {
        CliOutput::err(QStringLiteral("violetvault-cli signal: %1\n").arg(error));
        return ExitCode::Usage;
    }
    if (!forSend)
        return listen(*config);

    // Everything about the signal is checked before a connection is made: an invalid one never
    // reaches a server.
    const auto type = protocol::signalTypeFromName(parser.value(QStringLiteral("type")));
    if (!type || !SignalCodec::clientMaySend(*type) || *type == SignalType::Connected || *type == SignalType::Ping) {
        CliOutput::err(QStringLiteral("violetvault-cli signal send: --type must be one of data_changed, "
                                      "sync_required, disconnected\n"));
        return ExitCode::Failed;
    }
    const auto meta = parseMeta(parser.values(QStringLiteral("meta")), &error);
    if (!meta) {
        CliOutput::err(QStringLiteral("violetvault-cli signal send: invalid metadata: %1\n").arg(error));
        return ExitCode::Failed;
    }
    const auto timeout = intOption(parser, QStringLiteral("timeout-ms"), 10000, 1, &error);
    if (!timeout) {
        CliOutput::err(QStringLiteral("violetvault-cli signal: %1\n").arg(error));
        return ExitCode::Usage;
    }
    return send(*config, parser.value(QStringLiteral("type")), *meta, *timeout);
}

int SignalCommand::listen(const SignalingConfig& config)
{
    QEventLoop loop;
    SignalingService service;
    ShutdownSignalWatcher shutdown;
    bool stopping = false;

    QObject::connect(&service, &SignalingService::stateChanged, &loop, [&] {
        CliOutput::jsonLine(stateEvent(service));
        if (service.state() == SignalingService::State::Failed && !stopping) {
            CliOutput::err(QStringLiteral("violetvault-cli signal listen: %1\n").arg(service.errorString()));
            loop.exit(ExitCode::Failed);
        }
    });
    QObject::connect(&service, &SignalingService::signalReceived, &loop, [](const Signal& signal) {
        CliOutput::jsonLine({ { QStringLiteral("event"), QStringLiteral("signal") },
            { QStringLiteral("signal"), wireObject(signal) } });
    });
    // The first heartbeat after a (re)connect also tells a script the join has been processed.
    QObject::connect(&service, &SignalingService::heartbeat, &loop, [](const QDateTime& at) {
        CliOutput::jsonLine({ { QStringLiteral("event"), QStringLiteral("heartbeat") },
            { QStringLiteral("at"), at.toString(Qt::ISODateWithMs) } });
    });
    QObject::connect(&shutdown, &ShutdownSignalWatcher::shutdownRequested, &loop, [&] {
        stopping = true;
        service.stop();
        loop.exit(ExitCode::Ok);
    });

    service.setConfig(config);
    service.start();
    if (service.state() == SignalingService::State::Failed)
        return ExitCode::Failed; // invalid config: already reported by the state line above
    return loop.exec();
}

int SignalCommand::send(const SignalingConfig& config, const QString& typeName, const QVariantMap& meta, int timeoutMs)
{
    QEventLoop loop;
    SignalingService service;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool sent = false;
    const SignalType type = *protocol::signalTypeFromName(typeName);

    const auto failWith = [&](const QString& why) {
        CliOutput::err(QStringLiteral("violetvault-cli signal send: %1\n").arg(why));
        loop.exit(ExitCode::Failed);
    };
    const auto finishIfWritten = [&] {
        if (sent && service.pendingBytes() == 0) {
            service.stop(); // a normal close frame follows the signal on the same connection
            loop.exit(ExitCode::Ok);
        }
    };

    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        const QString last = service.errorString();
        failWith(QStringLiteral("not delivered within %1 ms%2")
                     .arg(timeoutMs)
                     .arg(last.isEmpty() ? QString() : QStringLiteral(": ") + last));
    });
    QObject::connect(&service, &SignalingService::stateChanged, &loop, [&](SignalingService::State state) {
        if (state == SignalingService::State::Failed)
            failWith(service.errorString());
    });
    // The first pong proves the server processed (and accepted) our join before we send.
    QObject::connect(&service, &SignalingService::heartbeat, &loop, [&] {
        if (sent)
            return;
        QString why;
        if (!service.sendSignal(type, meta, &why)) {
            failWith(why);
            return;
        }
        sent = true;
        finishIfWritten();
    });
    QObject::connect(&service, &SignalingService::bytesWritten, &loop, [&] { finishIfWritten(); });

    service.setConfig(config);
    deadline.start(timeoutMs);
    service.start();
    if (service.state() == SignalingService::State::Failed)
        return ExitCode::Failed; // invalid config: already reported by the stateChanged handler
    return loop.exec();
}

} // namespace vv::cli
