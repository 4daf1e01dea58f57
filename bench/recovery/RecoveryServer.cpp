#include "RecoveryServer.h"

#include <QRegularExpression>

namespace vv::bench {

RecoveryServer::RecoveryServer(QString program, QStringList extraArguments, QObject* parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_extraArguments(std::move(extraArguments))
{ }

RecoveryServer::~RecoveryServer()
{
    kill9();
}

qint64 RecoveryServer::pid() const
{
    return m_process ? m_process->processId() : 0;
}

void RecoveryServer::start()
{
    m_output.clear();
    m_seenLine = false;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments(QStringList { QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--host"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("--data-dir"), m_dataDir.path(),
                                QStringLiteral("--log-level"), QStringLiteral("warning") }
        + m_extraArguments);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &RecoveryServer::onOutput);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (m_port == 0 || m_output.isEmpty())
            Q_EMIT failed(QStringLiteral("server: %1").arg(m_process->errorString()));
    });
    m_process->start();
}

void RecoveryServer::onOutput()
{
    if (m_seenLine) {
        m_process->readAllStandardOutput(); // only the address line matters
        return;
    }
    m_output += m_process->readAllStandardOutput();
    const auto eol = m_output.indexOf('\n');
    if (eol < 0)
        return;
    m_output.truncate(eol + 1);
    m_seenLine = true;
    static const QRegularExpression re(QStringLiteral("^listening on ws://[^:]+:(\\d+)$"));
    const auto match = re.match(QString::fromUtf8(m_output.trimmed()));
    if (!match.hasMatch()) {
        Q_EMIT failed(QStringLiteral("unexpected first line: %1").arg(QString::fromUtf8(m_output.trimmed())));
        return;
    }
    m_port = static_cast<quint16>(match.captured(1).toUInt());
    Q_EMIT listening(m_port);
}

void RecoveryServer::kill9()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill(); // SIGKILL: no drain, no goodbye to the clients
        m_process->waitForFinished(5000);
    }
}

} // namespace vv::bench
