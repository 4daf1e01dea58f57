#include "MetricsProbe.h"

#include <cstdlib>
#include <string_view>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace vv::bench {

namespace {

class Socket
{
public:
    Socket()
        : m_fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0))
    { }
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    [[nodiscard]] int fd() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

std::optional<std::map<std::string, double>> fetchMetrics(const sockaddr_in& server, const std::string& hostHeader)
{
    Socket s;
    if (s.fd() < 0)
        return std::nullopt;
    const timeval timeout { 2, 0 };
    setsockopt(s.fd(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(s.fd(), SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (::connect(s.fd(), reinterpret_cast<const sockaddr*>(&server), sizeof server) < 0)
        return std::nullopt;
    const std::string request = "GET /metrics HTTP/1.1\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n";
    if (::send(s.fd(), request.data(), request.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(request.size()))
        return std::nullopt;
    std::string response;
    char buf[16384];
    // Bounded: the server closes after the answer (Connection: close); 4 MiB at most.
    while (response.size() < (4u << 20)) {
        const ssize_t n = ::recv(s.fd(), buf, sizeof buf, 0);
        if (n <= 0)
            break;
        response.append(buf, static_cast<std::size_t>(n));
        // Done when the body announced by Content-Length is in (a keep-alive server stays open).
        const auto head = response.find("\r\n\r\n");
        const auto length = response.find("Content-Length:");
        if (head != std::string::npos && length != std::string::npos && length < head
            && response.size() >= head + 4 + std::strtoull(response.c_str() + length + 15, nullptr, 10))
            break;
    }
    if (response.compare(0, 12, "HTTP/1.1 200") != 0)
        return std::nullopt;
    const auto body = response.find("\r\n\r\n");
    if (body == std::string::npos)
        return std::nullopt;
    std::map<std::string, double> values;
    std::string_view rest = std::string_view(response).substr(body + 4);
    while (!rest.empty()) {
        const auto eol = rest.find('\n');
        const std::string_view line = rest.substr(0, eol);
        rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
        if (line.empty() || line[0] == '#' || line.find('{') != std::string_view::npos)
            continue;
        const auto space = line.find(' ');
        if (space == std::string_view::npos)
            continue;
        values[std::string(line.substr(0, space))] = std::strtod(std::string(line.substr(space + 1)).c_str(), nullptr);
    }
    return values;
}

} // namespace vv::bench
