#include "net/EventLoop.h"

#include <array>
#include <cerrno>
#include <ctime>
#include <sys/epoll.h>
#include <unistd.h>

namespace vv::server::net {

EventLoop::EventLoop()
    : m_epollFd(epoll_create1(EPOLL_CLOEXEC))
    , m_nowMs(monotonicMs())
{ }

EventLoop::~EventLoop()
{
    if (m_epollFd >= 0)
        ::close(m_epollFd);
}

bool EventLoop::add(int fd, std::uint32_t events, IoHandler* handler)
{
    epoll_event ev {};
    ev.events = events;
    ev.data.ptr = handler;
    return epoll_ctl(m_epollFd, EPOLL_CTL_ADD, fd, &ev) == 0;
}

bool EventLoop::modify(int fd, std::uint32_t events, IoHandler* handler)
{
    epoll_event ev {};
    ev.events = events;
    ev.data.ptr = handler;
    return epoll_ctl(m_epollFd, EPOLL_CTL_MOD, fd, &ev) == 0;
}

void EventLoop::remove(int fd)
{
    epoll_ctl(m_epollFd, EPOLL_CTL_DEL, fd, nullptr);
}

std::int64_t EventLoop::monotonicMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

std::int64_t EventLoop::wallClockMs()
{
    timespec ts {};
    clock_gettime(CLOCK_REALTIME, &ts);
    return std::int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

void EventLoop::refreshNow()
{
    m_nowMs = monotonicMs();
}

void EventLoop::quit(int exitCode)
{
    m_exitCode = exitCode;
    m_running = false;
}

int EventLoop::run()
{
    m_running = true;
    std::array<epoll_event, 256> events {};
    while (m_running) {
        refreshNow();
        const int timeout = m_timers.timeoutMs(m_nowMs);
        const int n = epoll_wait(m_epollFd, events.data(), int(events.size()), timeout);
        if (n < 0 && errno != EINTR)
            return 1;
        refreshNow();
        for (int i = 0; i < n; ++i)
            static_cast<IoHandler*>(events[std::size_t(i)].data.ptr)->onIo(events[std::size_t(i)].events);
        m_timers.runExpired(m_nowMs);
        if (m_passEnd)
            m_passEnd->onPassEnd();
    }
    return m_exitCode;
}

} // namespace vv::server::net
