#pragma once

#include <QObject>

class QSocketNotifier;

namespace vv::cli {

// Turns SIGINT/SIGTERM (Ctrl+C / Ctrl+Break and console close on Windows) into a Qt signal
// delivered in the event loop. The OS handler only writes one byte to a socket pair (the one
// async-signal-safe thing to do); a QSocketNotifier picks it up. Only one instance may exist at
// a time, because an OS signal handler has no context pointer.
class ShutdownSignalWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ShutdownSignalWatcher)
public:
    explicit ShutdownSignalWatcher(QObject* parent = nullptr);
    ~ShutdownSignalWatcher() override;

    [[nodiscard]] bool isActive() const;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace vv::cli
