#include "StoreHttp.h"

namespace vv::server::store {

const std::string* Request::header(std::string_view lowerName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerName)
            return &value;
    }
    return nullptr;
}

const std::string* Response::header(std::string_view name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

} // namespace vv::server::store
