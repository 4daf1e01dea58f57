#pragma once

#include <QJsonObject>
#include <QString>

namespace vv::cli {

// Line-oriented output: every write is flushed at once, so a pipe reader sees events as they happen.
class CliOutput
{
public:
    CliOutput() = delete;
    static void out(const QString& text);
    static void err(const QString& text);
    // One compact JSON object and a newline on stdout.
    static void jsonLine(const QJsonObject& object);
};

} // namespace vv::cli
