#pragma once

#include <QByteArray>
#include <QString>

namespace vv::testsupport {

// Every byte of every file below `dir` (hidden ones and subfolders included), concatenated:
// what privacy tests search for plaintext markers, keys and codes. *files counts them.
[[nodiscard]] QByteArray allBytesUnder(const QString& dir, int* files = nullptr);

} // namespace vv::testsupport
