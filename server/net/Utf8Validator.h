#pragma once

#include <string_view>

namespace vv::server::net {

// Strict UTF-8 check (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
// RFC 6455 requires a text frame that fails it to be closed with 1007.
class Utf8Validator
{
public:
    [[nodiscard]] static bool isValid(std::string_view bytes);
};

} // namespace vv::server::net
