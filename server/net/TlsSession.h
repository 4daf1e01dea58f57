#pragma once

#include <cstddef>
#include <cstdint>
#include <sys/types.h>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace vv::server::net {

// One server-side TLS connection on a non-blocking socket (OpenSSL's socket BIO on the fd:
// no extra copy through memory BIOs). read()/write() behave like recv()/send(): bytes, 0 for
// the peer's close, or -1 with errno (EAGAIN while OpenSSL waits for the socket). The
// handshake runs inside the first reads. OpenSSL may need the socket readable to finish a
// write or writable to finish a read: extraEvents() tells the event loop which (EPOLLIN /
// EPOLLOUT), and the caller retries the same operation when that event comes.
class TlsSession
{
public:
    // nullptr if OpenSSL cannot allocate the session.
    [[nodiscard]] static TlsSession* create(SSL_CTX* context, int fd);
    ~TlsSession();
    TlsSession(const TlsSession&) = delete;
    TlsSession& operator=(const TlsSession&) = delete;

    ssize_t read(char* buffer, std::size_t size);
    ssize_t write(const char* data, std::size_t size);
    // Decrypted bytes OpenSSL holds that epoll cannot report (the socket may be drained).
    [[nodiscard]] bool hasBufferedInput() const;
    [[nodiscard]] bool isHandshakeDone() const { return m_handshakeDone; }
    // The epoll events the pending TLS operations need besides the caller's own interest.
    [[nodiscard]] std::uint32_t extraEvents() const;
    [[nodiscard]] bool readWantsWritable() const { return m_readWantsWrite; }
    [[nodiscard]] bool writeWantsReadable() const { return m_writeWantsRead; }
    // Best effort close_notify before an orderly close (never blocks, never retried).
    void shutdown();

    // What the event loop registered last for extraEvents() (owned by the caller).
    std::uint32_t appliedExtraEvents = 0;

private:
    explicit TlsSession(SSL* ssl);
    // Maps an SSL_read/SSL_write result <= 0 onto recv()-style results; sets the want flags.
    ssize_t fail(int result, bool reading);

    SSL* m_ssl;
    bool m_handshakeDone = false;
    bool m_failed = false; // a fatal error: OpenSSL forbids SSL_shutdown afterwards
    bool m_readWantsWrite = false;
    bool m_writeWantsRead = false;
};

} // namespace vv::server::net
