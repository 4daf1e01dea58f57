#pragma once

#include "net/TimerQueue.h"

#include <cstdint>
#include <vector>

namespace vv::server::net {

class IoHandler
{
public:
    virtual ~IoHandler() = default;
    virtual void onIo(std::uint32_t events) = 0;
};

// Called once at the end of every loop pass (after all I/O and timers): where dirty
// connections are flushed with one write each, and closed ones are freed.
class PassEndHandler
{
public:
    virtual ~PassEndHandler() = default;
    virtual void onPassEnd() = 0;
};

// Single-threaded, level-triggered epoll loop with a timer heap. Level-triggered keeps the
// read path simple and fair: a connection reads a bounded amount per pass and epoll reports
// it again if more is waiting.
class EventLoop
{
public:
    EventLoop();
    ~EventLoop();
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    [[nodiscard]] bool isValid() const { return m_epollFd >= 0; }
    bool add(int fd, std::uint32_t events, IoHandler* handler);
    bool modify(int fd, std::uint32_t events, IoHandler* handler);
    void remove(int fd);

    [[nodiscard]] TimerQueue& timers() { return m_timers; }
    void setPassEndHandler(PassEndHandler* handler) { m_passEnd = handler; }

    // Runs until quit(); returns the exit code given to quit().
    int run();
    void quit(int exitCode);

    // Monotonic milliseconds, refreshed once per pass (cheap to call often).
    [[nodiscard]] std::int64_t nowMs() const { return m_nowMs; }
    void refreshNow();
    [[nodiscard]] static std::int64_t monotonicMs();
    [[nodiscard]] static std::int64_t wallClockMs();

private:
    int m_epollFd = -1;
    bool m_running = false;
    int m_exitCode = 0;
    std::int64_t m_nowMs = 0;
    TimerQueue m_timers;
    PassEndHandler* m_passEnd = nullptr;
};

} // namespace vv::server::net
