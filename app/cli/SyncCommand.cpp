#include "SyncCommand.h"

#include "BudgetCliSession.h"
#include "CliOutput.h"
#include "ShutdownSignalWatcher.h"
#include "signaling/SignalingService.h"
#include "store/LocalStore.h"
#include "sync/SyncOrchestrator.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace vv::cli {

using signaling::SignalingService;
using sync::SyncOrchestrator;

namespace {

const QString Command = QStringLiteral("sync");

QString helpText()
{
    return QStringLiteral("Usage: violetvault-cli sync --profile DIR [--timeout-ms N]\n"
                          "       violetvault-cli sync --profile DIR --watch [--poll-ms N]\n"
                          "\n"
                          "Without --watch: pushes this device's pending changes, pulls everyone else's and prints\n"
                          "  {\"event\":\"sync\",\"ok\":true,\"pushed\":N,\"pulled\":N,\"serverSeq\":N,\"pending\":0}\n"
                          "then, if it pushed, sends a data_changed signal so live devices pull at once.\n"
                          "Exits 2 if the server cannot be reached or refuses the budget's token within --timeout-ms\n"
                          "(default 30000).\n"
                          "\n"
                          "--watch stays connected (WebSocket signaling, polling while it is down) and prints one\n"
                          "JSON line per event: sync, remote (changes from other devices applied), signaling (state),\n"
                          "error. Exits 0 on SIGINT/SIGTERM, 2 if the server refuses the token.\n"
                          "  --poll-ms N   poll interval while signaling is down, and backstop while it is up\n");
}

std::optional<int> intOption(const QCommandLineParser& parser, const QString& name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return value;
}

QJsonObject syncEvent(sync::BudgetProfile& profile, bool ok)
{
    SyncOrchestrator* sync = profile.orchestrator();
    QJsonObject o { { QStringLiteral("event"), QStringLiteral("sync") }, { QStringLiteral("ok"), ok },
        { QStringLiteral("serverSeq"), profile.localStore()->serverSeq() },
        { QStringLiteral("pending"), qint64(profile.localStore()->pendingCount()) } };
    if (!ok)
        o.insert(QStringLiteral("error"), sync->errorString());
    return o;
}

// Tells the budget's live devices that the store moved on: connect, wait until the server has
// accepted the join (first pong), send data_changed with the new seq, close. Best effort.
bool announce(sync::BudgetProfile& profile, qint64 seq, int timeoutMs)
{
    const auto identity = profile.identity();
    signaling::SignalingConfig config;
    config.url = profile.serverUrl();
    config.budgetId = identity.roomId;
    config.token = identity.token;
    config.deviceId = identity.deviceId;
    config.pinnedCertificateSha256 = profile.pinnedCertificateSha256();
    config.reconnectIntervalMs = 250;
    config.maxReconnectAttempts = 3;
    SignalingService service;
    QEventLoop loop;
    bool sent = false;
    QTimer::singleShot(timeoutMs, &loop, [&] { loop.exit(1); });
    QObject::connect(&service, &SignalingService::stateChanged, &loop, [&](SignalingService::State state) {
        if (state == SignalingService::State::Failed)
            loop.exit(1);
    });
    QObject::connect(&service, &SignalingService::heartbeat, &loop, [&] {
        if (!sent && !service.sendSignal(protocol::SignalType::DataChanged, { { QStringLiteral("seq"), seq } }))
            loop.exit(1);
        sent = true;
        if (service.pendingBytes() == 0)
            loop.exit(0);
    });
    QObject::connect(&service, &SignalingService::bytesWritten, &loop, [&] {
        if (sent && service.pendingBytes() == 0)
            loop.exit(0);
    });
    service.setConfig(config);
    service.start();
    const bool ok = loop.exec() == 0;
    service.stop();
    return ok;
}

int syncOnce(BudgetCliSession& session, int timeoutMs)
{
    sync::BudgetProfile& profile = session.profile();
    SyncOrchestrator* sync = profile.orchestrator();
    const qint64 pendingBefore = profile.localStore()->pendingCount();
    int pulled = 0;
    QEventLoop loop;
    QObject::connect(&profile, &sync::BudgetProfile::remoteOpsApplied, &loop,
        [&](const QList<store::Operation>& ops) { pulled += int(ops.size()); });
    QObject::connect(sync, &SyncOrchestrator::syncFinished, &loop, [&](bool ok) { loop.exit(ok ? 0 : 1); });
    QTimer::singleShot(timeoutMs, &loop, [&] { loop.exit(2); });
    profile.startSync();
    const int result = loop.exec();
    const bool ok = result == 0;
    QJsonObject o = syncEvent(profile, ok);
    if (result == 2)
        o.insert(QStringLiteral("error"), QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    const qint64 pushed = pendingBefore - profile.localStore()->pendingCount();
    o.insert(QStringLiteral("pushed"), pushed);
    o.insert(QStringLiteral("pulled"), pulled);
    profile.stopSync();
    CliOutput::jsonLine(o);
    if (!ok) {
        CliOutput::err(QStringLiteral("violetvault-cli sync: %1\n").arg(o.value(QStringLiteral("error")).toString()));
        return ExitCode::Failed;
    }
    if (pushed > 0 && !announce(profile, profile.localStore()->serverSeq(), qMin(timeoutMs, 5000)))
        CliOutput::err(QStringLiteral("violetvault-cli sync: synced, but other devices could not be signalled; "
                                      "they will pick the changes up when they next poll\n"));
    return ExitCode::Ok;
}

int watch(BudgetCliSession& session, int pollMs)
{
    sync::BudgetProfile& profile = session.profile();
    SyncOrchestrator* sync = profile.orchestrator();
    SignalingService* signaling = profile.signaling();
    sync->setPollInterval(pollMs);
    sync->setBackstopInterval(pollMs);
    QEventLoop loop;
    ShutdownSignalWatcher shutdown;
    QObject::connect(
        sync, &SyncOrchestrator::syncFinished, &loop, [&](bool ok) { CliOutput::jsonLine(syncEvent(profile, ok)); });
    QObject::connect(&profile, &sync::BudgetProfile::remoteOpsApplied, &loop, [&](const QList<store::Operation>& ops) {
        CliOutput::jsonLine(
            { { QStringLiteral("event"), QStringLiteral("remote") }, { QStringLiteral("count"), qint64(ops.size()) } });
    });
    QObject::connect(sync, &SyncOrchestrator::stateChanged, &loop, [&](SyncOrchestrator::State state) {
        if (state != SyncOrchestrator::State::Failed)
            return;
        CliOutput::jsonLine({ { QStringLiteral("event"), QStringLiteral("error") },
            { QStringLiteral("message"), sync->errorString() } });
        CliOutput::err(QStringLiteral("violetvault-cli sync: %1\n").arg(sync->errorString()));
        loop.exit(ExitCode::Failed);
    });
    if (signaling) {
        QObject::connect(signaling, &SignalingService::stateChanged, &loop, [&](SignalingService::State state) {
            QJsonObject o { { QStringLiteral("event"), QStringLiteral("signaling") },
                { QStringLiteral("state"), signaling::stateName(state) } };
            if (signaling->error() != SignalingService::Error::NoError)
                o.insert(QStringLiteral("error"), signaling->errorString());
            CliOutput::jsonLine(o);
            if (state == SignalingService::State::Failed
                && signaling->error() == SignalingService::Error::TokenRefused) {
                CliOutput::err(QStringLiteral("violetvault-cli sync: %1\n").arg(signaling->errorString()));
                loop.exit(ExitCode::Failed);
            }
        });
    }
    QObject::connect(&shutdown, &ShutdownSignalWatcher::shutdownRequested, &loop, [&] {
        profile.stopSync();
        loop.exit(ExitCode::Ok);
    });
    profile.startSync();
    const int code = loop.exec();
    profile.stopSync();
    return code;
}

} // namespace

int SyncCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        { BudgetCliSession::valueOption("profile", "DIR"), BudgetCliSession::valueOption("timeout-ms", "N"),
            BudgetCliSession::valueOption("poll-ms", "N"), QCommandLineOption(QStringLiteral("watch")) });
    if (const auto code = BudgetCliSession::parse(parser, arguments, Command, helpText()))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        CliOutput::err(QStringLiteral("violetvault-cli sync: unexpected argument\n\n") + helpText());
        return ExitCode::Usage;
    }
    const QString dir = BudgetCliSession::profileDir(parser, Command);
    if (dir.isEmpty())
        return ExitCode::Usage;
    const auto timeout = intOption(parser, QStringLiteral("timeout-ms"), 30000);
    const auto poll = intOption(parser, QStringLiteral("poll-ms"), 30000);
    if (!timeout || !poll) {
        CliOutput::err(QStringLiteral("violetvault-cli sync: --timeout-ms and --poll-ms take a positive integer\n"));
        return ExitCode::Usage;
    }
    const bool watching = parser.isSet(QStringLiteral("watch"));
    BudgetCliSession session(dir);
    session.profile().setSignalingEnabled(watching); // once: a plain push + pull, no socket to wait for
    if (!session.open()) {
        CliOutput::err(QStringLiteral("violetvault-cli sync: %1\n").arg(session.profile().errorString()));
        return ExitCode::Failed;
    }
    if (!session.profile().orchestrator()) {
        CliOutput::err(QStringLiteral("violetvault-cli sync: this budget is local only (no server in its profile)\n"));
        return ExitCode::Failed;
    }
    return watching ? watch(session, *poll) : syncOnce(session, *timeout);
}

} // namespace vv::cli
