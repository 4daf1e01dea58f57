// violetvault-server: the signaling relay (WebSocket) and the encrypted op store (HTTP /v1/) on
// one port, with /healthz and /metrics. The store's fsyncs run on a worker thread (StoreWorker).
#include "net/EventLoop.h"
#include "net/SignalWatcher.h"
#include "net/TlsContext.h"
#include "relay/Log.h"
#include "relay/RelayServer.h"
#include "relay/ServerConfig.h"
#include "relay/StoreWorker.h"
#include "relay/TokenRegistry.h"
#include "store/SqliteTokenVerifier.h"
#include "store/StoreService.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>
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

// The store on its worker thread, sharing the relay's room_tokens file (one registry for both).
std::unique_ptr<vv::server::StoreWorker> openStore(
    const vv::server::ServerConfig& config, vv::server::net::EventLoop* loop, QString* error)
{
    using namespace vv::server;
    std::string why;
    auto verifier = store::SqliteTokenVerifier::open(TokenRegistry::databasePath(config.dataDir).toStdString(), &why);
    if (!verifier) {
        *error = QString::fromStdString(why);
        return nullptr;
    }
    store::StoreService::Options options;
    options.databasePath = store::StoreService::databasePathFor(config.dataDir.toStdString());
    options.tokenVerifier = verifier.get();
    options.limits.maxBodyBytes = config.maxHttpBodyBytes;
    options.limits.requestsPerSecond = config.storeRequestsPerSec;
    options.limits.requestBurst = double(config.storeRequestBurst);
    auto service = store::StoreService::open(options, &why);
    if (!service) {
        *error = QString::fromStdString(why);
        return nullptr;
    }
    auto worker = std::make_unique<StoreWorker>(loop, std::move(verifier), std::move(service));
    worker->setTestDelayMs(config.storeTestDelayMs);
    if (!worker->start(&why)) {
        *error = QString::fromStdString(why);
        return nullptr;
    }
    return worker;
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
    vv::server::net::TlsContext tls;
    if (config.isTls()) {
        std::string why;
        if (!tls.load(config.tlsCertFile.toStdString(), config.tlsKeyFile.toStdString(), &why)) {
            std::fprintf(stderr, "violetvault-server: %s\n", why.c_str());
            return 2;
        }
    }

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
    QString error;
    std::unique_ptr<vv::server::StoreWorker> store;
    if (config.store) {
        store = openStore(config, &loop, &error);
        if (!store) {
            qCCritical(lcRelay).noquote() << "cannot open the store:" << error;
            return 1;
        }
    }
    vv::server::RelayServer server(config, &loop, &registry);
    server.setStore(store.get());
    server.setTls(tls.isLoaded() ? &tls : nullptr);
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
    std::printf(
        "listening on %s://%s:%u\n", server.isTls() ? "wss" : "ws", host.toUtf8().constData(), unsigned(server.port()));
    std::fflush(stdout);
    qCInfo(lcRelay) << "server up; signaling" << (config.signaling ? "on" : "off") << "store"
                    << (config.store ? "on" : "off") << "open-file limit" << quint64(files) << "anonymous joins"
                    << (config.allowAnonymous ? "allowed" : "refused") << "TLS" << (server.isTls() ? "on" : "off");
    const int rc = loop.run();
    if (store)
        store->stop(); // finishes the batch in progress; nothing queued was acknowledged
    qCInfo(lcRelay) << "server stopped";
    return rc;
}
