#include "StoreService.h"

#include "SqliteTokenVerifier.h"
#include "protocol/SignalCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <cstdlib>
#include <unordered_set>

namespace vv::server::store {

namespace {

constexpr int MinIdempotencyKey = 16;
constexpr int MaxIdempotencyKey = 64;
constexpr int MaxOpId = 64;
constexpr std::size_t MaxTokenLength = 512;

bool isIdChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool isIdString(const QString& s, int minLength, int maxLength)
{
    if (s.size() < minLength || s.size() > maxLength)
        return false;
    for (QChar c : s) {
        if (c.unicode() > 0x7f || !isIdChar(static_cast<char>(c.unicode())))
            return false;
    }
    return true;
}

std::string toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

Response error(int status, const char* code, const char* message = nullptr)
{
    QJsonObject body { { QStringLiteral("error"), QLatin1StringView(code) } };
    if (message)
        body.insert(QStringLiteral("message"), QLatin1StringView(message));
    Response response;
    response.status = status;
    response.body = toJson(body);
    return response;
}

Response badRequest(const char* message)
{
    return error(400, "bad_request", message);
}

// "Bearer <token>" (scheme case-insensitive) -> token; empty when absent or malformed.
std::string bearerToken(const Request& request)
{
    const std::string* value = request.header("authorization");
    if (!value)
        return {};
    constexpr std::string_view scheme = "bearer ";
    if (value->size() <= scheme.size())
        return {};
    for (std::size_t i = 0; i < scheme.size(); ++i) {
        const char c = (*value)[i];
        if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != scheme[i])
            return {};
    }
    std::string token = value->substr(scheme.size());
    while (!token.empty() && token.front() == ' ')
        token.erase(token.begin());
    while (!token.empty() && token.back() == ' ')
        token.pop_back();
    if (token.empty() || token.size() > MaxTokenLength)
        return {};
    for (char c : token) {
        if (c <= 0x20 || c >= 0x7f)
            return {};
    }
    return token;
}

// Parses a non-negative decimal integer (no sign, no spaces); false on anything else.
bool parseCount(std::string_view text, std::int64_t* out)
{
    if (text.empty() || text.size() > 16)
        return false;
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

} // namespace

StoreService::StoreService(Options options)
    : m_options(std::move(options))
    , m_rateLimiter(m_options.limits.requestsPerSecond, m_options.limits.requestBurst, m_options.monotonicClockMs)
{
    if (!m_options.wallClockSeconds) {
        m_options.wallClockSeconds = [] {
            return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        };
    }
}

StoreService::~StoreService() = default;

std::string StoreService::databasePathFor(const std::string& dataDir)
{
    if (dataDir.empty())
        return "store.sqlite";
    return dataDir.back() == '/' ? dataDir + "store.sqlite" : dataDir + "/store.sqlite";
}

std::unique_ptr<StoreService> StoreService::open(Options options, std::string* errorText)
{
    std::unique_ptr<StoreService> service(new StoreService(std::move(options)));
    service->m_log = OpLog::open(service->m_options.databasePath, errorText);
    if (!service->m_log)
        return nullptr;
    service->m_verifier = service->m_options.tokenVerifier;
    if (!service->m_verifier) {
        auto own = std::make_unique<SqliteTokenVerifier>(service->m_log->handle());
        if (!own->isValid()) {
            if (errorText)
                *errorText = "cannot create the room_tokens table";
            return nullptr;
        }
        service->m_ownVerifier = std::move(own);
        service->m_verifier = service->m_ownVerifier.get();
    }
    return service;
}

StoreService::Route StoreService::routeOf(std::string_view method, std::string_view path)
{
    constexpr std::string_view prefix = "/v1/rooms/";
    constexpr std::string_view suffix = "/ops";
    if (path.size() <= prefix.size() + suffix.size() || path.substr(0, prefix.size()) != prefix
        || path.substr(path.size() - suffix.size()) != suffix)
        return Route::Other;
    if (method == "POST")
        return Route::Push;
    return method == "GET" ? Route::Pull : Route::Other;
}

const char* StoreService::routeName(Route route)
{
    switch (route) {
    case Route::Push:
        return "push";
    case Route::Pull:
        return "pull";
    case Route::Other:
        break;
    }
    return "other";
}

Response StoreService::internalError()
{
    return error(500, "internal");
}

Response StoreService::handle(const Request& request)
{
    // Only /v1/rooms/{roomId}/ops exists.
    constexpr std::string_view prefix = "/v1/rooms/";
    constexpr std::string_view suffix = "/ops";
    const std::string& path = request.path;
    if (path.size() <= prefix.size() + suffix.size() || path.compare(0, prefix.size(), prefix) != 0
        || path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0)
        return error(404, "not_found");
    const std::string roomId = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    if (roomId.find('/') != std::string::npos)
        return error(404, "not_found");

    const bool isPost = request.method == "POST";
    if (!isPost && request.method != "GET") {
        Response response = error(405, "method_not_allowed");
        response.headers.emplace_back("Allow", "GET, POST");
        return response;
    }

    const std::string token = bearerToken(request);
    if (token.empty())
        return error(401, "unauthorized");

    if (!protocol::SignalCodec::isValidBudgetId(QString::fromStdString(roomId)))
        return badRequest("roomId must be 1-128 characters of [A-Za-z0-9._~-]");

    // Rate limit per token (by its hash: the map never holds a secret), before any work.
    const std::int64_t waitMs = m_rateLimiter.acquire(SqliteTokenVerifier::hashToken(token));
    if (waitMs > 0) {
        Response response = error(429, "rate_limited");
        response.headers.emplace_back("Retry-After", std::to_string((waitMs + 999) / 1000));
        return response;
    }

    return isPost ? handlePush(roomId, token, request) : handlePull(roomId, token, request);
}

Response StoreService::handlePush(const std::string& roomId, const std::string& token, const Request& request)
{
    const StoreLimits& limits = m_options.limits;
    if (static_cast<std::int64_t>(request.body.size()) > limits.maxBodyBytes)
        return error(413, "body_too_large");

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(request.body), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badRequest("body must be a JSON object");
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1StringView("idempotencyKey") && it.key() != QLatin1StringView("ops"))
            return badRequest("only idempotencyKey and ops are allowed");
    }
    const QJsonValue keyValue = root.value(QStringLiteral("idempotencyKey"));
    if (!keyValue.isString() || !isIdString(keyValue.toString(), MinIdempotencyKey, MaxIdempotencyKey))
        return badRequest("idempotencyKey must be 16-64 characters of [A-Za-z0-9_-]");
    const QJsonValue opsValue = root.value(QStringLiteral("ops"));
    if (!opsValue.isArray() || opsValue.toArray().isEmpty())
        return badRequest("ops must be a non-empty array");
    const QJsonArray opsArray = opsValue.toArray();
    if (opsArray.size() > limits.maxOpsPerBatch)
        return error(413, "batch_too_large");

    std::vector<OpLog::NewOp> ops;
    ops.reserve(static_cast<std::size_t>(opsArray.size()));
    for (const QJsonValue& value : opsArray) {
        if (!value.isObject())
            return badRequest("each op must be an object");
        const QJsonObject op = value.toObject();
        if (op.size() != 2)
            return badRequest("each op must have exactly id and blob");
        const QJsonValue id = op.value(QStringLiteral("id"));
        if (!id.isString() || !isIdString(id.toString(), 1, MaxOpId))
            return badRequest("op id must be 1-64 characters of [A-Za-z0-9_-]");
        const QJsonValue blob = op.value(QStringLiteral("blob"));
        if (!blob.isString())
            return badRequest("op blob must be a base64 string");
        const QString blobText = blob.toString();
        // Quick bound before decoding: base64 is 4/3 of the bytes.
        if (blobText.size() / 4 * 3 > limits.maxBlobBytes + 3)
            return error(413, "blob_too_large");
        const auto decoded
            = QByteArray::fromBase64Encoding(blobText.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.toBase64() != blobText.toLatin1())
            return badRequest("op blob must be non-empty canonical base64 (RFC 4648, padded)");
        if (decoded.decoded.size() > limits.maxBlobBytes)
            return error(413, "blob_too_large");
        ops.push_back({ id.toString().toStdString(), decoded.decoded });
    }

    switch (m_verifier->verifyOrRegister(roomId, token)) {
    case TokenVerifier::Verdict::Accepted:
    case TokenVerifier::Verdict::Registered:
        break;
    case TokenVerifier::Verdict::Refused:
        return error(403, "token_refused");
    case TokenVerifier::Verdict::Unknown:
    case TokenVerifier::Verdict::Failed:
        return error(500, "internal");
    }

    const OpLog::AppendResult result = m_log->append(
        roomId, keyValue.toString().toStdString(), ops, m_options.wallClockSeconds(), limits.idempotencyKeyTtlSeconds);
    if (!result.ok)
        return error(500, "internal");

    QJsonArray acks;
    for (const auto& ack : result.acks) {
        acks.append(QJsonObject { { QStringLiteral("id"), QString::fromStdString(ack.id) },
            { QStringLiteral("seq"), static_cast<double>(ack.seq) } });
    }
    Response response;
    response.body = toJson(QJsonObject { { QStringLiteral("ops"), acks },
        { QStringLiteral("lastSeq"), static_cast<double>(result.lastSeq) },
        { QStringLiteral("replayed"), result.replayed } });
    response.opsStored = result.inserted;
    return response;
}

Response StoreService::handlePull(const std::string& roomId, const std::string& token, const Request& request)
{
    const StoreLimits& limits = m_options.limits;
    std::int64_t after = 0;
    std::int64_t limit = limits.defaultPageSize;
    std::string_view query = request.query;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (pair.empty())
            continue;
        const std::size_t eq = pair.find('=');
        const std::string_view name = pair.substr(0, eq);
        const std::string_view value = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
        if (name == "after") {
            if (!parseCount(value, &after))
                return badRequest("after must be a non-negative integer");
        } else if (name == "limit") {
            if (!parseCount(value, &limit) || limit < 1)
                return badRequest("limit must be a positive integer");
        } else {
            return badRequest("only the query parameters after and limit are allowed");
        }
    }
    if (limit > limits.maxPageSize)
        limit = limits.maxPageSize;

    switch (m_verifier->verify(roomId, token)) {
    case TokenVerifier::Verdict::Accepted:
    case TokenVerifier::Verdict::Registered:
        break;
    case TokenVerifier::Verdict::Unknown:
        return error(404, "not_found");
    case TokenVerifier::Verdict::Refused:
        return error(403, "token_refused");
    case TokenVerifier::Verdict::Failed:
        return error(500, "internal");
    }

    const OpLog::ReadResult result = m_log->read(roomId, after, static_cast<int>(limit), limits.maxPageBytes);
    if (!result.ok)
        return error(500, "internal");
    QJsonArray ops;
    for (const auto& op : result.ops) {
        ops.append(QJsonObject { { QStringLiteral("id"), QString::fromStdString(op.id) },
            { QStringLiteral("seq"), static_cast<double>(op.seq) },
            { QStringLiteral("blob"), QString::fromLatin1(op.blob.toBase64()) } });
    }
    Response response;
    response.body = toJson(QJsonObject { { QStringLiteral("ops"), ops },
        { QStringLiteral("lastSeq"), static_cast<double>(result.lastSeq) },
        { QStringLiteral("hasMore"), result.hasMore } });
    return response;
}

} // namespace vv::server::store
