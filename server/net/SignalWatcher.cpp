#include "net/SignalWatcher.h"

#include <csignal>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace vv::server::net {
namespace {

sigset_t watchedSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    return set;
}

} // namespace

SignalWatcher::SignalWatcher(EventLoop* loop)
    : m_loop(loop)
{ }

SignalWatcher::~SignalWatcher()
{
    if (m_fd >= 0) {
        m_loop->remove(m_fd);
        ::close(m_fd);
    }
}

void SignalWatcher::blockSignals()
{
    const sigset_t set = watchedSignals();
    sigprocmask(SIG_BLOCK, &set, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

bool SignalWatcher::start(std::function<void(int)> callback)
{
    m_callback = std::move(callback);
    const sigset_t set = watchedSignals();
    m_fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
    return m_fd >= 0 && m_loop->add(m_fd, EPOLLIN, this);
}

void SignalWatcher::onIo(std::uint32_t)
{
    signalfd_siginfo info {};
    while (::read(m_fd, &info, sizeof info) == ssize_t(sizeof info)) {
        if (m_callback)
            m_callback(int(info.ssi_signo));
    }
}

} // namespace vv::server::net
