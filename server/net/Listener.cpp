#include "net/Listener.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <unistd.h>

namespace vv::server::net {

Listener::Listener(EventLoop* loop, AcceptHandler* handler)
    : m_loop(loop)
    , m_handler(handler)
{ }

Listener::~Listener()
{
    close();
}

bool Listener::listen(const std::string& host, std::uint16_t port, int backlog)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* result = nullptr;
    const std::string service = std::to_string(port);
    const int rc = getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(), &hints, &result);
    if (rc != 0) {
        m_error = std::string("cannot resolve listen address: ") + gai_strerror(rc);
        return false;
    }
    for (addrinfo* ai = result; ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0)
            continue;
        const int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (::bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 && ::listen(fd, backlog) == 0) {
            m_fd = fd;
            break;
        }
        m_error = std::string("cannot listen: ") + std::strerror(errno);
        ::close(fd);
    }
    freeaddrinfo(result);
    if (m_fd < 0)
        return false;

    sockaddr_storage bound {};
    socklen_t len = sizeof bound;
    getsockname(m_fd, reinterpret_cast<sockaddr*>(&bound), &len);
    if (bound.ss_family == AF_INET)
        m_port = ntohs(reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
    else
        m_port = ntohs(reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port);

    m_spareFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    m_loop->add(m_fd, EPOLLIN, this);
    return true;
}

void Listener::close()
{
    if (m_fd >= 0) {
        m_loop->remove(m_fd);
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_spareFd >= 0) {
        ::close(m_spareFd);
        m_spareFd = -1;
    }
}

void Listener::onIo(std::uint32_t)
{
    // Bounded batch so a connection storm cannot starve established clients.
    for (int i = 0; i < 256 && m_fd >= 0; ++i) {
        sockaddr_storage peer {};
        socklen_t len = sizeof peer;
        const int fd = ::accept4(m_fd, reinterpret_cast<sockaddr*>(&peer), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            m_handler->onAccepted(fd, peer);
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if ((errno == EMFILE || errno == ENFILE) && m_spareFd >= 0) {
            // Out of descriptors: accept with the reserved one and drop it, so the kernel
            // queue drains instead of the level-triggered listener spinning.
            ::close(m_spareFd);
            const int shed = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (shed >= 0)
                ::close(shed);
            m_spareFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
            continue;
        }
        break; // EAGAIN or a transient error: wait for the next readiness report
    }
}

std::string Listener::addressKey(const sockaddr_storage& peer)
{
    if (peer.ss_family == AF_INET) {
        const auto* a = reinterpret_cast<const sockaddr_in*>(&peer);
        return std::string(reinterpret_cast<const char*>(&a->sin_addr), 4);
    }
    const auto* a6 = reinterpret_cast<const sockaddr_in6*>(&peer);
    const auto* bytes = reinterpret_cast<const char*>(&a6->sin6_addr);
    // IPv4-mapped IPv6 counts as the IPv4 address.
    static constexpr char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, char(0xff), char(0xff) };
    if (std::memcmp(bytes, mapped, 12) == 0)
        return std::string(bytes + 12, 4);
    return std::string(bytes, 16);
}

} // namespace vv::server::net
