#pragma once

#include "net/EventLoop.h"

#include <cstdint>
#include <string>
#include <sys/socket.h>

namespace vv::server::net {

class AcceptHandler
{
public:
    virtual ~AcceptHandler() = default;
    // A new non-blocking connection; the handler owns fd from now on.
    virtual void onAccepted(int fd, const sockaddr_storage& peer) = 0;
};

// A listening TCP socket on the loop. Accepts in batches with accept4(); survives fd
// exhaustion (EMFILE) by shedding the connection with a reserved descriptor instead of spinning.
class Listener : public IoHandler
{
public:
    Listener(EventLoop* loop, AcceptHandler* handler);
    ~Listener() override;
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;

    // Binds host:port (port 0 = any free port). Returns false and sets errorString() on failure.
    bool listen(const std::string& host, std::uint16_t port, int backlog = 4096);
    void close();
    [[nodiscard]] bool isListening() const { return m_fd >= 0; }
    [[nodiscard]] std::uint16_t port() const { return m_port; }
    [[nodiscard]] const std::string& errorString() const { return m_error; }

    void onIo(std::uint32_t events) override;
    // The peer's address as raw bytes (4 for IPv4, also for IPv4-mapped IPv6; else 16): a cheap
    // key for per-address connection counts.
    [[nodiscard]] static std::string addressKey(const sockaddr_storage& peer);

private:
    EventLoop* m_loop;
    AcceptHandler* m_handler;
    int m_fd = -1;
    int m_spareFd = -1;
    std::uint16_t m_port = 0;
    std::string m_error;
};

} // namespace vv::server::net
