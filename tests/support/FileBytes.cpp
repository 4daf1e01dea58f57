#include "FileBytes.h"

#include <QDirIterator>
#include <QFile>

namespace vv::testsupport {

QByteArray allBytesUnder(const QString& dir, int* files)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
        if (files)
            ++*files;
    }
    return all;
}

} // namespace vv::testsupport
