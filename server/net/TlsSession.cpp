#include "net/TlsSession.h"

#include <cerrno>
#include <climits>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/epoll.h>

namespace vv::server::net {

TlsSession* TlsSession::create(SSL_CTX* context, int fd)
{
    SSL* ssl = SSL_new(context);
    if (!ssl)
        return nullptr;
    if (SSL_set_fd(ssl, fd) != 1) {
        SSL_free(ssl);
        ERR_clear_error();
        return nullptr;
    }
    SSL_set_accept_state(ssl);
    return new TlsSession(ssl);
}

TlsSession::TlsSession(SSL* ssl)
    : m_ssl(ssl)
{ }

TlsSession::~TlsSession()
{
    SSL_free(m_ssl);
}

ssize_t TlsSession::read(char* buffer, std::size_t size)
{
    // The error queue is per thread and shared by all connections: start every call clean so
    // SSL_get_error() judges this call only.
    ERR_clear_error();
    m_readWantsWrite = false;
    const int n = SSL_read(m_ssl, buffer, int(size > INT_MAX ? INT_MAX : size));
    if (n > 0) {
        m_handshakeDone = true;
        return n;
    }
    return fail(n, true);
}

ssize_t TlsSession::write(const char* data, std::size_t size)
{
    ERR_clear_error();
    m_writeWantsRead = false;
    const int n = SSL_write(m_ssl, data, int(size > INT_MAX ? INT_MAX : size));
    if (n > 0)
        return n;
    return fail(n, false);
}

ssize_t TlsSession::fail(int result, bool reading)
{
    if (!m_handshakeDone && SSL_is_init_finished(m_ssl))
        m_handshakeDone = true;
    const int error = SSL_get_error(m_ssl, result);
    switch (error) {
    case SSL_ERROR_WANT_READ:
        if (!reading)
            m_writeWantsRead = true;
        errno = EAGAIN;
        return -1;
    case SSL_ERROR_WANT_WRITE:
        if (reading)
            m_readWantsWrite = true;
        errno = EAGAIN;
        return -1;
    case SSL_ERROR_ZERO_RETURN:
        return reading ? 0 : (errno = EPIPE, -1); // close_notify: an orderly end
    case SSL_ERROR_SYSCALL:
        m_failed = true;
        ERR_clear_error();
        if (reading && result == 0)
            return 0; // EOF without close_notify: treated like a TCP close
        if (errno == 0 || errno == EAGAIN || errno == EINTR)
            errno = ECONNRESET;
        return -1;
    default: // SSL_ERROR_SSL: a protocol error (garbage, wrong version, bad record)
        m_failed = true;
        ERR_clear_error();
        errno = EPROTO;
        return -1;
    }
}

bool TlsSession::hasBufferedInput() const
{
    return SSL_pending(m_ssl) > 0;
}

std::uint32_t TlsSession::extraEvents() const
{
    return (m_readWantsWrite ? std::uint32_t(EPOLLOUT) : 0u) | (m_writeWantsRead ? std::uint32_t(EPOLLIN) : 0u);
}

void TlsSession::shutdown()
{
    if (!m_handshakeDone || m_failed)
        return;
    ERR_clear_error();
    SSL_shutdown(m_ssl);
    ERR_clear_error();
}

} // namespace vv::server::net
