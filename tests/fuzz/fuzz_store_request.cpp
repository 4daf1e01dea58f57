// libFuzzer target: the encrypted store's request handling (server/store/StoreService::handle)
// on an in-memory SQLite database: routing, bearer parsing, query and JSON validation, and the
// writes of whatever passes. It must never crash, answer only documented statuses with a JSON
// object that has "error" on failure, and never echo the token (P3).
//
// Input layout: byte 0 picks the method; byte 1 has flags (bit 0: send a token, bit 1: the
// second token, bit 2: take the target from the input); the rest is "[target\n]query\nbody".
#include "StoreService.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

using namespace vv::server::store;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

StoreService* service()
{
    static std::unique_ptr<StoreService> instance = [] {
        StoreService::Options options;
        options.databasePath = ":memory:";
        options.limits.requestsPerSecond = 0; // no rate limit: every input reaches validation
        options.limits.maxBodyBytes = 64 * 1024;
        std::string error;
        auto s = StoreService::open(options, &error);
        check(s != nullptr);
        return s;
    }();
    return instance.get();
}

std::string_view takeLine(std::string_view* rest)
{
    const std::size_t nl = rest->find('\n');
    const std::string_view line = rest->substr(0, nl);
    rest->remove_prefix(nl == std::string_view::npos ? rest->size() : nl + 1);
    return line;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    static const char* const Methods[] = { "GET", "POST", "POST", "GET", "DELETE", "HEAD", "PUT", "post" };
    static const std::string Tokens[] = { "fuzz-token-aaaaaaaaaaaaaaaa", "fuzz-token-bbbbbbbbbbbbbbbb" };
    Request request;
    request.method = Methods[data[0] & 7];
    const std::uint8_t flags = data[1];
    std::string_view rest(reinterpret_cast<const char*>(data + 2), size - 2);
    request.path = "/v1/rooms/fuzz-room/ops";
    if (flags & 4) {
        const std::string_view target = takeLine(&rest);
        const std::size_t q = target.find('?');
        request.path = std::string(target.substr(0, q));
        if (q != std::string_view::npos)
            request.query = std::string(target.substr(q + 1));
    } else {
        request.query = std::string(takeLine(&rest));
    }
    request.body = std::string(rest);
    const std::string& token = Tokens[(flags >> 1) & 1];
    if (flags & 1)
        request.headers.emplace_back("authorization", "Bearer " + token);

    const Response response = service()->handle(request);
    switch (response.status) {
    case 200:
    case 400:
    case 401:
    case 403:
    case 404:
    case 405:
    case 413:
    case 429:
    case 500:
        break;
    default:
        check(false);
    }
    check(response.contentType == "application/json");
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(response.body));
    check(doc.isObject());
    check(response.status == 200 || doc.object().contains(QStringLiteral("error")));
    check(response.body.find(token) == std::string::npos);
    check(response.opsStored >= 0);
    return 0;
}
