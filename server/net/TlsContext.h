#pragma once

#include <string>

using SSL_CTX = struct ssl_ctx_st;

namespace vv::server::net {

// The server side of TLS: one SSL_CTX with the certificate chain and private key of
// --tls-cert/--tls-key. TLS 1.2 minimum, no renegotiation, no compression; buffers are
// released while a connection is idle (SSL_MODE_RELEASE_BUFFERS) so 100k idle TLS sockets
// do not each hold 2 x 16 KiB. Error texts name files and OpenSSL reasons, never key bytes.
class TlsContext
{
public:
    TlsContext();
    ~TlsContext();
    TlsContext(const TlsContext&) = delete;
    TlsContext& operator=(const TlsContext&) = delete;

    // PEM files. False with *error set when a file cannot be read, is not PEM, the key is
    // encrypted (no prompt: a server must start unattended) or does not belong to the certificate.
    bool load(const std::string& certFile, const std::string& keyFile, std::string* error);
    [[nodiscard]] SSL_CTX* handle() const { return m_ctx; }
    [[nodiscard]] bool isLoaded() const { return m_ctx != nullptr; }

    // The first queued OpenSSL error as text (and clears the queue); `fallback` if none.
    [[nodiscard]] static std::string takeOpenSslError(const char* fallback);

private:
    SSL_CTX* m_ctx = nullptr;
};

} // namespace vv::server::net
