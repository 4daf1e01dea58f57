// vv-recovery-bench: kill -9 the server under load, restart it on the same port and data dir,
// and measure how the clients come back and whether an acknowledged op was lost
// (bench/README.md, "Kill -9 recovery").
#include "RecoveryRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <csignal>
#include <unistd.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // 200 clients log every state change at info level: keep warnings only.
    QLoggingCategory::setFilterRules(QStringLiteral("vv.*.info=false\nvv.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("kill -9 recovery benchmark of violetvault-server"));
    parser.addHelpOption();
    const auto option = [&](const char* name, const char* help, const char* value) {
        QCommandLineOption o(
            QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("N"), QString::fromLatin1(value));
        parser.addOption(o);
        return o;
    };
    const QCommandLineOption serverBin(QStringLiteral("server-bin"), QStringLiteral("violetvault-server binary"),
        QStringLiteral("PATH"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("violetvault-server")));
    parser.addOption(serverBin);
    const QCommandLineOption csv(QStringLiteral("csv"),
        QStringLiteral("write each client's loss, attempt and return times (ms from the restart) to PATH"),
        QStringLiteral("PATH"));
    parser.addOption(csv);
    const auto clients = option("clients", "SignalingService clients", "200");
    const auto roomSize = option("room-size", "clients per room", "5");
    const auto pushers = option("pushers", "StoreClient pushers", "4");
    const auto base = option("base-ms", "reconnect backoff base (ms)", "500");
    const auto cap = option("cap-ms", "reconnect backoff cap (ms)", "2000");
    const auto load = option("load-ms", "load before the kill (ms)", "3000");
    const auto down = option("down-ms", "time the server stays dead (ms)", "1000");
    const auto after = option("after-ms", "load after all are back (ms)", "2000");
    const auto rate = option("signals-per-sec", "data_changed signals per second from the fleet", "100");
    parser.process(app);

    vv::bench::RecoveryOptions o;
    o.serverBin = parser.value(serverBin);
    o.clients = parser.value(clients).toInt();
    o.roomSize = parser.value(roomSize).toInt();
    o.pushers = parser.value(pushers).toInt();
    o.reconnectBaseMs = parser.value(base).toInt();
    o.reconnectCapMs = parser.value(cap).toInt();
    o.loadMs = parser.value(load).toInt();
    o.downMs = parser.value(down).toInt();
    o.afterMs = parser.value(after).toInt();
    o.signalsPerSec = parser.value(rate).toInt();
    o.csvPath = parser.value(csv);
    if (!QFileInfo(o.serverBin).isExecutable() || o.clients < 1 || o.roomSize < 1 || o.pushers < 0
        || o.reconnectBaseMs < 1 || o.reconnectCapMs < o.reconnectBaseMs) {
        std::fprintf(stderr, "vv-recovery-bench: bad options (or no server binary at %s)\n", qPrintable(o.serverBin));
        return 64;
    }
    // Whatever happens, the run ends by itself.
    alarm(static_cast<unsigned>(60 + (o.loadMs + o.downMs + o.afterMs) / 1000 + o.reconnectCapMs / 1000));
    return vv::bench::RecoveryRun(o).run();
}
