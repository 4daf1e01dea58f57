#include "PrivateKeyring.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

PrivateKeyring::~PrivateKeyring()
{
    for (QProcess* p : { &m_keyring, &m_bus }) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }
}

// Asking NameHasOwner does not trigger D-Bus activation (no second, locked daemon).
bool PrivateKeyring::serviceReady() const
{
    QProcess ask;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    ask.setProcessEnvironment(env);
    ask.start(QStringLiteral("dbus-send"),
        { QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
            QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
            QStringLiteral("string:org.freedesktop.secrets") });
    return ask.waitForFinished(5000) && ask.readAllStandardOutput().contains("boolean true");
}

bool PrivateKeyring::start()
{
    const QString busExe = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    const QString keyringExe = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (busExe.isEmpty() || keyringExe.isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("dbus-send")).isEmpty() || !m_home.isValid())
        return false;
    m_bus.setProcessChannelMode(QProcess::SeparateChannels);
    m_bus.start(
        busExe, { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    if (!m_bus.waitForStarted(5000))
        return false;
    QByteArray line;
    for (int i = 0; i < 50 && !line.contains('\n'); ++i) { // bounded: 50 x 100 ms
        m_bus.waitForReadyRead(100);
        line += m_bus.readAllStandardOutput();
    }
    m_address = QString::fromLatin1(line.trimmed());
    if (m_address.isEmpty())
        return false;
    QDir(m_home.path()).mkpath(QStringLiteral("data"));
    QDir(m_home.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(
        m_home.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_keyring.start(keyringExe,
        { QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets") });
    if (!m_keyring.waitForStarted(5000))
        return false;
    m_keyring.write("vv-private-test-keyring");
    m_keyring.closeWriteChannel();
    QElapsedTimer waited;
    waited.start();
    while (!serviceReady()) {
        if (waited.elapsed() > 10000 || m_keyring.state() != QProcess::Running)
            return false;
        QTest::qWait(50);
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toLocal8Bit());
    return true;
}
