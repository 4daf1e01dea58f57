#pragma once

#include "net/EventLoop.h"

#include <functional>

namespace vv::server::net {

// Turns SIGTERM/SIGINT into loop events through a signalfd, so shutdown runs as ordinary
// loop code instead of in a signal handler. The signals must be blocked before any thread starts.
class SignalWatcher : public IoHandler
{
public:
    explicit SignalWatcher(EventLoop* loop);
    ~SignalWatcher() override;
    SignalWatcher(const SignalWatcher&) = delete;
    SignalWatcher& operator=(const SignalWatcher&) = delete;

    // Blocks SIGTERM and SIGINT in the calling thread (call first thing in main) and ignores SIGPIPE.
    static void blockSignals();
    bool start(std::function<void(int signalNumber)> callback);
    void onIo(std::uint32_t events) override;

private:
    EventLoop* m_loop;
    int m_fd = -1;
    std::function<void(int)> m_callback;
};

} // namespace vv::server::net
