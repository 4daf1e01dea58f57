#pragma once

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace vv::test {

// Runs a signaling server as a child process (the Node reference server or violetvault-server)
// and reads the "listening on ws://HOST:PORT" line both print first.
class ServerProcess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(ServerProcess)
public:
    explicit ServerProcess(QObject* parent = nullptr);
    ~ServerProcess() override;

    // Starts the program and waits (bounded) for its listening line. False + errorText() if not.
    bool start(const QString& program, const QStringList& arguments,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 15000);
    // The reference document's Node server (tests/node/run-reference.js) on `port` (0 = any).
    bool startNodeReference(quint16 port = 0);
    // SIGKILL: the server dies without a goodbye.
    void kill();
    // SIGTERM: the server shuts down its own way (violetvault-server drains).
    void terminate();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] quint16 port() const { return quint16(m_url.port()); }
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] QByteArray standardError();

    // Where the Node reference server lives, or an empty string (with *why) if it cannot run.
    [[nodiscard]] static QString nodeReferenceScript(QString* why = nullptr);

private:
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace vv::test
