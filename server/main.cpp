// violetvault-server: the signaling relay (WebSocket) with /healthz and /metrics.
#include "net/EventLoop.h"
#include "net/SignalWatcher.h"
#include "relay/Log.h"
#include "relay/RelayServer.h"
#include "relay/ServerConfig.h"
#include "relay/TokenRegistry.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <sys/resource.h>

namespace {

void applyLogLevel(const QString& level)
{
    QString rules;
    if (level == u"info")
        rules = QStringLiteral("*.debug=false");
    else if (level == u"warning")
        rules = QStringLiteral("*.debug=false\n*.info=false");
    else if (level == u"error")
        rules = QStringLiteral("*.debug=false\n*.info=false\n*.warning=false");
    QLoggingCategory::setFilterRules(rules);
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));
}

// 100k sockets need far more than the usual 1024 descriptors.
rlim_t raiseFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur;
}

} // namespace

int main(int argc, char** argv)
{
    // Before anything else (and before any thread exists): signals become signalfd events.
    vv::server::net::SignalWatcher::blockSignals();

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    vv::server::ServerConfig config;
    QString message;
    switch (config.load(args, QProcessEnvironment::systemEnvironment(), &message)) {
    case vv::server::ServerConfig::LoadResult::Exit:
        std::fputs(message.toLocal8Bit().constData(), stdout);
        return 0;
    case vv::server::ServerConfig::LoadResult::Error:
        std::fprintf(stderr, "violetvault-server: %s\n", message.toLocal8Bit().constData());
        return 2;
    case vv::server::ServerConfig::LoadResult::Run:
        break;
    }
    applyLogLevel(config.logLevel);
    const rlim_t files = raiseFileLimit();

    vv::server::TokenRegistry registry;
    if (!registry.open(config.dataDir)) {
        qCCritical(lcRelay).noquote() << registry.errorString();
        return 1;
    }
    vv::server::net::EventLoop loop;
    if (!loop.isValid()) {
        qCCritical(lcRelay) << "epoll is not available";
        return 1;
    }
    vv::server::RelayServer server(config, &loop, &registry);
    QString error;
    if (!server.listen(&error)) {
        qCCritical(lcRelay).noquote() << error;
        return 1;
    }
    vv::server::net::SignalWatcher signalWatcher(&loop);
    // First signal: drain gracefully. A second one: stop now (an operator who means it).
    signalWatcher.start([&server, &loop](int) {
        if (server.isDraining())
            loop.quit(0);
        else
            server.beginDrain();
    });

    const QString host = config.host.contains(u':') ? u'[' + config.host + u']' : config.host;
    std::printf("listening on ws://%s:%u\n", host.toUtf8().constData(), unsigned(server.port()));
    std::fflush(stdout);
    qCInfo(lcRelay) << "relay up; open-file limit" << quint64(files) << "anonymous joins"
                    << (config.allowAnonymous ? "allowed" : "refused");
    const int rc = loop.run();
    qCInfo(lcRelay) << "relay stopped";
    return rc;
}
