// Child process for tst_secrets_keychain: writes then reads one throwaway secret with the
// real KeychainSecretStore and prints "RESULT <error name>" and the error string.
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    vv::secrets::KeychainSecretStore store;
    store.setTimeout(argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000);
    auto report = [&app](const vv::secrets::SecretResult& r) {
        std::printf("RESULT %s\n%s\n", qUtf8Printable(vv::secrets::SecretStore::errorName(r.error)),
            qUtf8Printable(r.errorString));
        std::fflush(stdout);
        app.exit(r.isOk() ? 0 : 1);
    };
    store.writeSecret(QStringLiteral("vv-probe/throwaway"), QByteArrayLiteral("probe"), &app,
        [&](const vv::secrets::SecretResult& r) {
            if (!r.isOk()) {
                report(r);
                return;
            }
            store.deleteSecret(QStringLiteral("vv-probe/throwaway"), &app, report);
        });
    return app.exec();
}
