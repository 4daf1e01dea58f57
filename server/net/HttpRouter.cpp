#include "net/HttpRouter.h"

namespace vv::server::net {

void HttpRouter::addExact(std::string path, Handler handler)
{
    m_routes.push_back({ std::move(path), false, std::move(handler) });
}

void HttpRouter::addPrefix(std::string prefix, Handler handler)
{
    m_routes.push_back({ std::move(prefix), true, std::move(handler) });
}

const HttpRouter::Handler* HttpRouter::match(const std::string& path) const
{
    for (const Route& r : m_routes) {
        if (r.prefix ? path.compare(0, r.path.size(), r.path) == 0 : path == r.path)
            return &r.handler;
    }
    return nullptr;
}

} // namespace vv::server::net
