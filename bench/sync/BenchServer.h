#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace vv::bench {

// The real violetvault-server for the benchmark: --port 0 on 127.0.0.1, a temporary data dir,
// and the caller's extra flags; reads the "listening on ws://HOST:PORT" first line.
class BenchServer
{
public:
    explicit BenchServer(QString program);
    ~BenchServer();
    BenchServer(const BenchServer&) = delete;
    BenchServer& operator=(const BenchServer&) = delete;

    bool start(const QStringList& extraArguments, int timeoutMs = 10000);
    void stop(); // SIGTERM (the server drains), SIGKILL if it does not exit in 5 s
    [[nodiscard]] QUrl url() const; // ws://127.0.0.1:PORT/
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString version() const;

private:
    QString m_program;
    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace vv::bench
