#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace vv::bench {

// The real violetvault-server for the kill -9 benchmark: started with --port 0 the first time,
// then restarted on the SAME port and data dir after kill9(). start() does not block: the
// event loop keeps running (clients keep backing off) until listening() arrives.
class RecoveryServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(RecoveryServer)
public:
    explicit RecoveryServer(QString program, QStringList extraArguments, QObject* parent = nullptr);
    ~RecoveryServer() override;

    [[nodiscard]] bool isValid() const { return m_dataDir.isValid(); }
    void start(); // emits listening() or failed()
    void kill9(); // SIGKILL, and reaps the process
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] qint64 pid() const;
    [[nodiscard]] QString dataDir() const { return m_dataDir.path(); }

Q_SIGNALS:
    void listening(quint16 port);
    void failed(const QString& why);

private:
    void onOutput();

    QString m_program;
    QStringList m_extraArguments;
    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    bool m_seenLine = false;
    quint16 m_port = 0;
};

} // namespace vv::bench
