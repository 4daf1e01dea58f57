#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <vector>

namespace vv::bench {

struct RecoveryOptions {
    QString serverBin;
    int clients = 200;
    int roomSize = 5;
    int pushers = 4;
    int reconnectBaseMs = 500;
    int reconnectCapMs = 2000;
    int loadMs = 3000; // load before the kill
    int downMs = 1000; // the server stays dead this long
    int afterMs = 2000; // load after every client is back, before the final check
    int signalsPerSec = 100; // light data_changed load from the fleet
    int joinAllowanceMs = 250; // connect + join on loopback, added to the backoff cap
    QString csvPath; // per-client times (ms from the restart) as CSV, if set
};

// kill -9 under load and restart on the same port and data dir (bench/README.md): M real
// SignalingService clients and a few real StoreClient pushers against violetvault-server.
// Prints every figure and PASS/FAIL; returns 0 when all hold, 1 when one does not, 2 on error.
class RecoveryRun
{
public:
    explicit RecoveryRun(RecoveryOptions options);
    int run();

private:
    bool spinUntil(const std::function<bool()>& done, int timeoutMs);
    void figure(const char* key, double value) const;

    RecoveryOptions m_opt;
    QElapsedTimer m_clock;
};

} // namespace vv::bench
