#include "net/TlsContext.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <openssl/err.h>
#include <openssl/ssl.h>

namespace vv::server::net {
namespace {

// An encrypted key must fail cleanly instead of OpenSSL prompting on the terminal.
int refusePassphrase(char*, int, int, void*)
{
    return 0;
}

bool readable(const std::string& path, const char* what, std::string* error)
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        *error = std::string("cannot read the TLS ") + what + " file " + path + ": " + std::strerror(errno);
        return false;
    }
    std::fclose(f);
    return true;
}

} // namespace

TlsContext::TlsContext() = default;

TlsContext::~TlsContext()
{
    SSL_CTX_free(m_ctx);
}

std::string TlsContext::takeOpenSslError(const char* fallback)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return fallback;
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return text;
}

bool TlsContext::load(const std::string& certFile, const std::string& keyFile, std::string* error)
{
    if (!readable(certFile, "certificate", error) || !readable(keyFile, "key", error))
        return false;
    ERR_clear_error();
    SSL_CTX* ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx) {
        *error = "cannot create the TLS context: " + takeOpenSslError("out of memory");
        return false;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_options(ctx,
        SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE
            | SSL_OP_IGNORE_UNEXPECTED_EOF); // a TCP close without close_notify ends a connection like plain TCP
    // Partial writes: the relay's flush keeps what was not taken in its own queue, which may move
    // (it grows by append) between a WANT_WRITE and the retry.
    SSL_CTX_set_mode(
        ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_default_passwd_cb(ctx, &refusePassphrase);
    if (SSL_CTX_use_certificate_chain_file(ctx, certFile.c_str()) != 1) {
        *error = "cannot use the TLS certificate " + certFile + ": " + takeOpenSslError("not a PEM certificate");
        SSL_CTX_free(ctx);
        return false;
    }
    if (SSL_CTX_use_PrivateKey_file(ctx, keyFile.c_str(), SSL_FILETYPE_PEM) != 1) {
        *error = "cannot use the TLS key " + keyFile
            + " (it must be an unencrypted PEM private key that matches the certificate): "
            + takeOpenSslError("unreadable key");
        SSL_CTX_free(ctx);
        return false;
    }
    if (SSL_CTX_check_private_key(ctx) != 1) {
        *error = "the TLS key " + keyFile + " does not match the certificate " + certFile;
        ERR_clear_error();
        SSL_CTX_free(ctx);
        return false;
    }
    m_ctx = ctx;
    return true;
}

} // namespace vv::server::net
