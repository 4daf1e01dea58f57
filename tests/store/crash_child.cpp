// Child for tst_store_crash: appends ops to <dir>/store.sqlite as fast as it can and reports
// each durable step on stdout AFTER the call returned, until the parent kills it (-9).
//   A <opId>      a single appendLocal() returned true
//   B <n>         a batch of 10 ops for entity "batch<n>" returned true
//   K <opId>      markAcknowledged() for that op returned true
#include "store/HybridLogicalClock.h"
#include "store/LocalStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int round = QString::fromLocal8Bit(argv[2]).toInt();
    vv::store::LocalStore store(
        vv::crypto::Aead(vv::crypto::SecureBytes(QByteArray(32, '\x5a')), QStringLiteral("room")));
    if (!store.open(dir)) {
        std::fprintf(stderr, "open failed: %s\n", qUtf8Printable(store.errorString()));
        return 3;
    }
    vv::store::HybridLogicalClock clock(QStringLiteral("child"));
    QString lastSingle;
    for (int i = 0; i < 100000; ++i) { // bounded; the parent kills us long before
        if (i % 5 == 4) {
            QList<vv::store::Operation> batch;
            const QString id = QStringLiteral("batch%1x%2").arg(round).arg(i);
            for (int k = 0; k < 10; ++k)
                batch << vv::store::Operation::makeWrite(
                    QStringLiteral("transaction"), id, QStringLiteral("f%1").arg(k), k, clock.now());
            if (!store.appendLocal(batch))
                return 4;
            std::printf("B %s\n", qUtf8Printable(id));
        } else {
            const auto op = vv::store::Operation::makeWrite(
                QStringLiteral("envelope"), QStringLiteral("e%1").arg(i), QStringLiteral("amount"), i, clock.now());
            if (!store.appendLocal(op))
                return 5;
            std::printf("A %s\n", qUtf8Printable(op.opId));
            lastSingle = op.opId;
        }
        if (i % 7 == 6 && !lastSingle.isEmpty()) {
            if (!store.markAcknowledged({ { lastSingle, qint64(round) * 1000000 + i } }))
                return 6;
            std::printf("K %s\n", qUtf8Printable(lastSingle));
        }
        std::fflush(stdout);
    }
    return 0;
}
