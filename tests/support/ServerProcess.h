#pragma once

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace vv::testsupport {

// Runs the real violetvault-server binary (env VV_SERVER_BIN) for a test: starts it with
// --port 0 (or the previous port on restart), a data dir (a private temporary one unless set)
// and --log-level warning, and reads the "listening on ws(s)://HOST:PORT" first line.
class ServerProcess : public QObject
{
    Q_OBJECT
public:
    explicit ServerProcess(QObject* parent = nullptr);
    ~ServerProcess() override;
    Q_DISABLE_COPY(ServerProcess)

    void setProgram(const QString& program) { m_program = program; }
    [[nodiscard]] QString program() const { return m_program; }
    // Extra flags, appended after the defaults (so they win over them).
    void setExtraArguments(const QStringList& arguments) { m_extraArguments = arguments; }
    [[nodiscard]] QStringList extraArguments() const { return m_extraArguments; }
    void setProcessEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    void setDataDir(const QString& dir) { m_dataDir = dir; }
    [[nodiscard]] QString dataDir() const;
    // When false, no --port/--data-dir/--log-level defaults are passed (config precedence tests).
    void setUseDefaultArguments(bool use) { m_useDefaults = use; }

    // Starts and waits for the first stdout line; false (see errorString()) on failure or timeout.
    bool start(int timeoutMs = 10000);
    // When true, start() waits for that line in a local event loop instead of blocking, so
    // in-process clients (their timers and sockets) go on meanwhile: e.g. a killed server
    // restarted while its clients back off. Default false.
    void setWaitInEventLoop(bool wait) { m_waitInEventLoop = wait; }
    // A started server with the default arguments plus `extraArguments`; nullptr (with the
    // reason as a warning) if it did not start.
    [[nodiscard]] static std::unique_ptr<ServerProcess> launch(const QStringList& extraArguments = {});
    // SIGTERM, then waits; returns the exit code, or -1 if it did not exit normally in time.
    int stop(int timeoutMs = 10000);
    void kill();
    // stop() then start() on the same port and data dir.
    bool restart(int timeoutMs = 10000);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString host() const { return m_host; }
    // ws://... or wss://... as the server announced it.
    [[nodiscard]] QUrl url(const QString& path = QStringLiteral("/")) const;
    [[nodiscard]] bool isTls() const { return m_scheme == u"wss"; }
    [[nodiscard]] qint64 pid() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QByteArray standardError() const { return m_stderr; }
    [[nodiscard]] QByteArray firstLine() const { return m_firstLine; }
    [[nodiscard]] QProcess* process() const { return m_process.get(); }
    // VmRSS of the server in bytes (Linux /proc), 0 if unknown.
    [[nodiscard]] qint64 residentBytes() const;

Q_SIGNALS:
    void finished(int exitCode, QProcess::ExitStatus status);

private:
    QString m_program;
    QStringList m_extraArguments;
    QProcessEnvironment m_environment;
    QString m_dataDir;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    bool m_useDefaults = true;
    bool m_waitInEventLoop = false;
    quint16 m_port = 0;
    QString m_host;
    QString m_scheme = QStringLiteral("ws"); // wss when the server runs with --tls-cert/--tls-key
    QString m_error;
    QByteArray m_stderr;
    QByteArray m_firstLine;
};

} // namespace vv::testsupport
