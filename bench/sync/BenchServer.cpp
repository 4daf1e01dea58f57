#include "BenchServer.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace vv::bench {

BenchServer::BenchServer(QString program)
    : m_program(std::move(program))
{ }

BenchServer::~BenchServer()
{
    stop();
}

bool BenchServer::start(const QStringList& extraArguments, int timeoutMs)
{
    if (!m_dataDir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary data dir");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments(QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--host"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("--data-dir"), m_dataDir.path(),
                                QStringLiteral("--log-level"), QStringLiteral("warning") }
        + extraArguments);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process->canReadLine()) {
        if (deadline.hasExpired() || m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("the server printed no address line");
            stop();
            return false;
        }
        m_process->waitForReadyRead(100);
    }
    static const QRegularExpression re(QStringLiteral("^listening on ws://[^:]+:(\\d+)$"));
    const QRegularExpressionMatch match = re.match(QString::fromUtf8(m_process->readLine().trimmed()));
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected first line from the server");
        stop();
        return false;
    }
    m_port = static_cast<quint16>(match.captured(1).toUInt());
    return true;
}

void BenchServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QUrl BenchServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_port));
}

QString BenchServer::version() const
{
    QProcess p;
    p.start(m_program, { QStringLiteral("--version") });
    if (!p.waitForFinished(5000))
        return QStringLiteral("unknown");
    return QString::fromUtf8(p.readAllStandardOutput()).section(u'\n', 0, 0).trimmed();
}

} // namespace vv::bench
