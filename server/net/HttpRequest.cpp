#include "net/HttpRequest.h"

#include <algorithm>
#include <cctype>

namespace vv::server::net {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

const std::string* HttpRequest::header(std::string_view lowerName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            return &value;
    }
    return nullptr;
}

bool HttpRequest::headerHasToken(std::string_view lowerName, std::string_view token) const
{
    for (const auto& [name, value] : headers) {
        if (name != lowerName)
            continue;
        std::string_view rest = value;
        while (!rest.empty()) {
            const std::size_t comma = rest.find(',');
            const std::string_view item = trim(rest.substr(0, comma));
            if (equalsIgnoreCase(item, token))
                return true;
            if (comma == std::string_view::npos)
                break;
            rest.remove_prefix(comma + 1);
        }
    }
    return false;
}

std::string_view HttpRequest::bearerToken(std::string_view value)
{
    if (value.size() < 8
        || !std::equal(value.begin(), value.begin() + 7, "bearer ", [](char a, char b) { return (a | 0x20) == b; }))
        return {};
    std::string_view token = value.substr(7);
    while (!token.empty() && token.front() == ' ')
        token.remove_prefix(1);
    if (token.empty() || token.size() > 4096)
        return {};
    for (char ch : token) {
        if (ch <= 0x20 || ch >= 0x7f)
            return {};
    }
    return token;
}

} // namespace vv::server::net
