#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace vv::test {

ServerProcess::ServerProcess(QObject* parent)
    : QObject(parent)
{
    // Keep both pipes drained so a chatty server never blocks on a full pipe; keep the stderr tail.
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        if (m_stderr.size() > 65536)
            m_stderr = m_stderr.right(65536);
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_url.isValid())
            m_process.readAllStandardOutput();
    });
}

ServerProcess::~ServerProcess()
{
    kill();
}

bool ServerProcess::start(
    const QString& program, const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs)
{
    kill();
    m_url = QUrl();
    m_error.clear();
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    // Bounded wait for the first line; the server may log more after it.
    const QByteArray prefix = "listening on ";
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(qMin<qint64>(200, deadline.remainingTime())))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            const qsizetype at = line.indexOf(prefix);
            if (at >= 0) {
                m_url = QUrl(QString::fromUtf8(line.mid(at + prefix.size()).trimmed()));
                return m_url.isValid() && m_url.port() > 0;
            }
        }
    }
    m_stderr += m_process.readAllStandardError();
    m_error = QStringLiteral("%1 did not print its listening line in %2 ms; stderr: %3")
                  .arg(program)
                  .arg(timeoutMs)
                  .arg(QString::fromUtf8(m_stderr.right(2000)));
    kill();
    return false;
}

QString ServerProcess::nodeReferenceScript(QString* why)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString source = qEnvironmentVariable("VV_SOURCE_DIR");
    const QString script = QDir(source).filePath(QStringLiteral("tests/node/run-reference.js"));
    const QString ws = QDir(source).filePath(QStringLiteral("tests/node/node_modules/ws"));
    QString problem;
    if (node.isEmpty())
        problem = QStringLiteral("node is not installed");
    else if (source.isEmpty() || !QFileInfo::exists(script))
        problem = QStringLiteral("VV_SOURCE_DIR does not point at the source tree");
    else if (!QFileInfo::exists(ws))
        problem = QStringLiteral("tests/node/node_modules/ws is missing (run npm ci in tests/node)");
    if (!problem.isEmpty()) {
        if (why)
            *why = problem;
        return {};
    }
    return script;
}

bool ServerProcess::startNodeReference(quint16 port)
{
    const QString script = nodeReferenceScript(&m_error);
    if (script.isEmpty())
        return false;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PORT"), QString::number(port));
    env.insert(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    return start(QStandardPaths::findExecutable(QStringLiteral("node")), { script }, env);
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
    m_stderr += m_process.readAllStandardError();
}

void ServerProcess::terminate()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
    m_stderr += m_process.readAllStandardError();
}

bool ServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QByteArray ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

} // namespace vv::test
