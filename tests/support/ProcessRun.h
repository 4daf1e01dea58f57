#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace vv::testsupport {

struct ProcessResult {
    int exitCode = -1; // -1: did not start, did not finish in time, or crashed
    QByteArray out;
    QByteArray err;
};

// Runs `program` to its end: `input` on stdin (then closed), `env` (empty: this process's
// environment), killed after `timeoutMs`. Output channels are kept apart.
[[nodiscard]] ProcessResult runProcess(const QString& program, const QStringList& args, const QByteArray& input = {},
    const QProcessEnvironment& env = {}, int timeoutMs = 30000);

} // namespace vv::testsupport
