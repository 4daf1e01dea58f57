#include "ShutdownSignalWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <QCoreApplication>
#include <QPointer>

#include <windows.h>
#endif

namespace vv::cli {

#ifdef Q_OS_UNIX
namespace {
int g_pipe[2] = { -1, -1 }; // [0] written by the handler, [1] read in the event loop

void onSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
}

void install(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
} // namespace

ShutdownSignalWatcher::ShutdownSignalWatcher(QObject* parent)
    : QObject(parent)
{
    if (g_pipe[0] != -1 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[1], &byte, 1) == 1)
            Q_EMIT shutdownRequested(static_cast<unsigned char>(byte));
    });
    install(onSignal);
}

ShutdownSignalWatcher::~ShutdownSignalWatcher()
{
    if (!m_notifier)
        return;
    install(SIG_DFL);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

bool ShutdownSignalWatcher::isActive() const
{
    return m_notifier != nullptr;
}
#endif // Q_OS_UNIX

#ifdef Q_OS_WIN
namespace {
QPointer<ShutdownSignalWatcher> g_watcher;

BOOL WINAPI onConsoleEvent(DWORD type)
{
    // Runs on a separate thread: hand over to the watcher's thread with a queued call.
    if (ShutdownSignalWatcher* watcher = g_watcher.data()) {
        const int number = (type == CTRL_C_EVENT) ? 2 : 15;
        QMetaObject::invokeMethod(
            watcher, [watcher, number] { Q_EMIT watcher->shutdownRequested(number); }, Qt::QueuedConnection);
        return TRUE;
    }
    return FALSE;
}
} // namespace

ShutdownSignalWatcher::ShutdownSignalWatcher(QObject* parent)
    : QObject(parent)
{
    if (!g_watcher) {
        g_watcher = this;
        SetConsoleCtrlHandler(onConsoleEvent, TRUE);
    }
}

ShutdownSignalWatcher::~ShutdownSignalWatcher()
{
    if (g_watcher == this) {
        SetConsoleCtrlHandler(onConsoleEvent, FALSE);
        g_watcher = nullptr;
    }
}

bool ShutdownSignalWatcher::isActive() const
{
    return g_watcher == this;
}
#endif // Q_OS_WIN

} // namespace vv::cli
