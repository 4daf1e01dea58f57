#include "CliOutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace vv::cli {
namespace {
void write(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void CliOutput::out(const QString& text)
{
    write(stdout, text.toUtf8());
}

void CliOutput::err(const QString& text)
{
    write(stderr, text.toUtf8());
}

void CliOutput::jsonLine(const QJsonObject& object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace vv::cli
