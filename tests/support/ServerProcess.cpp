#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

namespace vv::testsupport {

ServerProcess::ServerProcess(QObject* parent)
    : QObject(parent)
    , m_program(qEnvironmentVariable("VV_SERVER_BIN"))
    , m_environment(QProcessEnvironment::systemEnvironment())
{ }

ServerProcess::~ServerProcess()
{
    kill();
}

QString ServerProcess::dataDir() const
{
    if (!m_dataDir.isEmpty())
        return m_dataDir;
    return m_tempDir ? m_tempDir->path() : QString();
}

std::unique_ptr<ServerProcess> ServerProcess::launch(const QStringList& extraArguments)
{
    auto server = std::make_unique<ServerProcess>();
    server->setExtraArguments(extraArguments);
    if (!server->start()) {
        qWarning() << server->errorString();
        return nullptr;
    }
    return server;
}

bool ServerProcess::start(int timeoutMs)
{
    if (isRunning()) {
        m_error = QStringLiteral("already running");
        return false;
    }
    if (m_program.isEmpty()) {
        m_error = QStringLiteral("VV_SERVER_BIN is not set");
        return false;
    }
    if (m_dataDir.isEmpty() && !m_tempDir) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary data dir");
            return false;
        }
    }
    QStringList args;
    if (m_useDefaults) {
        args << QStringLiteral("--port") << QString::number(m_port) << QStringLiteral("--data-dir") << dataDir()
             << QStringLiteral("--log-level") << QStringLiteral("warning");
    }
    args << m_extraArguments;

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments(args);
    m_process->setProcessEnvironment(m_environment);
    m_stderr.clear();
    m_firstLine.clear();
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > 1 << 20)
            m_stderr = m_stderr.right(1 << 19); // bounded: keep the latest half
    });
    connect(m_process.get(), &QProcess::finished, this, &ServerProcess::finished);
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process->canReadLine()) {
        if (deadline.hasExpired() || m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("server printed no address line (stderr: %1)")
                          .arg(QString::fromLocal8Bit(m_stderr + m_process->readAllStandardError()));
            kill();
            return false;
        }
        const int slice = int(qBound(qint64(1), deadline.remainingTime(), qint64(100)));
        if (m_waitInEventLoop) {
            QEventLoop loop;
            QTimer::singleShot(slice, &loop, &QEventLoop::quit);
            connect(m_process.get(), &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
            loop.exec();
        } else {
            m_process->waitForReadyRead(slice);
        }
    }
    m_firstLine = m_process->readLine().trimmed();
    static const QRegularExpression re(QStringLiteral("^listening on (wss?)://(\\[[^\\]]+\\]|[^:]+):(\\d+)$"));
    const QRegularExpressionMatch match = re.match(QString::fromUtf8(m_firstLine));
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected first line: %1").arg(QString::fromUtf8(m_firstLine));
        kill();
        return false;
    }
    m_scheme = match.captured(1);
    m_host = match.captured(2);
    m_port = quint16(match.captured(3).toUInt());
    return true;
}

int ServerProcess::stop(int timeoutMs)
{
    if (!m_process)
        return -1;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: the server drains
        if (!m_process->waitForFinished(timeoutMs)) {
            kill();
            return -1;
        }
    }
    m_stderr += m_process->readAllStandardError();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool ServerProcess::restart(int timeoutMs)
{
    stop(timeoutMs);
    return start(timeoutMs);
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl ServerProcess::url(const QString& path) const
{
    QUrl u;
    u.setScheme(m_scheme);
    QString host = m_host;
    if (host.startsWith(u'['))
        host = host.mid(1, host.size() - 2);
    if (host == u"0.0.0.0")
        host = QStringLiteral("127.0.0.1");
    u.setHost(host);
    u.setPort(m_port);
    u.setPath(path);
    return u;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

qint64 ServerProcess::residentBytes() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

} // namespace vv::testsupport
