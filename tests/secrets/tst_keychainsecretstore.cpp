// KeychainSecretStore against a REAL gnome-keyring, and its behaviour when no keychain is
// reachable: it must fail with a clear NoKeychain error (never a plain-file fallback) and must
// not hang.
// Hermetic: when dbus-daemon and gnome-keyring-daemon are installed, initTestCase starts a
// private bus and an unlocked keyring whose files live in a temporary XDG_DATA_HOME, so the
// result does not depend on a keyring left in $HOME by an earlier run with another password.
// Otherwise it uses the session of the caller (scripts/vv runs ctest under dbus-run-session)
// and skips when there is none.
#include "PrivateKeyring.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vv::secrets;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    PrivateKeyring m_keyring;
    bool m_haveKeychain = false;

    template<typename Start> SecretResult run(Start start)
    {
        SecretResult out;
        int calls = 0;
        start([&](const SecretResult& r) {
            out = r;
            ++calls;
        });
        [&] { QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20000); }();
        return out;
    }

    QString probePath() const { return QCoreApplication::applicationDirPath() + QStringLiteral("/vv_secrets_probe"); }

    // Runs the probe in `env`; returns its output, or fails the test if it hangs.
    QByteArray runProbe(const QProcessEnvironment& env, int timeoutMs, int* exitCode)
    {
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        probe.start(probePath(), { QString::number(timeoutMs) });
        if (!probe.waitForStarted(10000))
            return "NOT STARTED";
        if (!probe.waitForFinished(20000)) {
            probe.kill();
            probe.waitForFinished(5000);
            return "HUNG";
        }
        *exitCode = probe.exitCode();
        return probe.readAllStandardOutput();
    }

    // A unique key so parallel or earlier runs cannot interfere.
    static QString uniqueKey()
    {
        return QStringLiteral("vv-test/%1/master-key")
            .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    }

private slots:
    void initTestCase()
    {
        if (m_keyring.start()) {
            qInfo("using a private dbus-daemon + gnome-keyring-daemon");
            m_haveKeychain = true;
        } else {
            m_haveKeychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
            qInfo("private keyring unavailable; %s", m_haveKeychain ? "using the caller's session" : "no session");
        }
    }

    // Write, read back, overwrite, delete, read missing, with binary bytes, on the real keychain.
    void realKeychainLifecycle()
    {
        if (!m_haveKeychain)
            QSKIP("No keychain: install dbus-daemon + gnome-keyring-daemon or run under scripts/vv test");
        KeychainSecretStore store;
        store.setTimeout(15000);
        const QString key = uniqueKey();
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i)); // every byte value, including NUL and invalid UTF-8

        SecretResult r = run([&](auto cb) { store.writeSecret(key, binary, this, cb); });
        if (r.error == SecretError::NoKeychain || r.error == SecretError::AccessDenied)
            QFAIL(qPrintable(QStringLiteral("keychain unusable in this session: ") + r.errorString));
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        r = run([&](auto cb) { store.readSecret(key, this, cb); });
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        QCOMPARE(r.value, binary);

        QVERIFY(run([&](auto cb) { store.writeSecret(key, QByteArray("replaced\0x", 10), this, cb); }).isOk());
        r = run([&](auto cb) { store.readSecret(key, this, cb); });
        QCOMPARE(r.value, QByteArray("replaced\0x", 10));

        QVERIFY(run([&](auto cb) { store.deleteSecret(key, this, cb); }).isOk());
        r = run([&](auto cb) { store.readSecret(key, this, cb); });
        QCOMPARE(r.error, SecretError::NotFound);
        QVERIFY(r.value.isEmpty());
        // Deleting a missing entry is not an error.
        QVERIFY(run([&](auto cb) { store.deleteSecret(key, this, cb); }).isOk());
        QCOMPARE(store.error(), SecretError::NoError);
    }

    // Two stores (e.g. two windows) see each other's writes: it is the system keychain.
    void sharedBetweenInstances()
    {
        if (!m_haveKeychain)
            QSKIP("No keychain: install dbus-daemon + gnome-keyring-daemon or run under scripts/vv test");
        KeychainSecretStore a;
        KeychainSecretStore b;
        const QString key = uniqueKey();
        QVERIFY(run([&](auto cb) { a.writeSecret(key, "shared", this, cb); }).isOk());
        QCOMPARE(run([&](auto cb) { b.readSecret(key, this, cb); }).value, QByteArray("shared"));
        QVERIFY(run([&](auto cb) { b.deleteSecret(key, this, cb); }).isOk());
    }

    // No D-Bus session at all, or a bus address that does not exist: the child reports
    // NoKeychain with the "No system keychain is available" text, quickly, and does not hang.
    void noKeychain_data()
    {
        QTest::addColumn<QString>("busAddress"); // empty = variable unset
        QTest::newRow("no session bus") << QString();
        QTest::newRow("dead bus address") << QStringLiteral("unix:path=/nonexistent/vv-no-bus");
    }
    void noKeychain()
    {
        QFETCH(QString, busAddress);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("/nonexistent"));
        if (!busAddress.isEmpty())
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        int exitCode = -1;
        QElapsedTimer timer;
        timer.start();
        const QByteArray out = runProbe(env, 10000, &exitCode);
        qInfo("probe answered in %lld ms", timer.elapsed());
        QVERIFY2(out.startsWith("RESULT no_keychain"), out.constData());
        QVERIFY(out.contains("No system keychain is available"));
        QCOMPARE(exitCode, 1);
    }

    // A "bus" that accepts the connection and never answers: the request fails with Timeout
    // after the configured time instead of hanging.
    void unresponsiveKeychainTimesOut()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QLocalServer silent;
        const QString path = dir.filePath(QStringLiteral("bus"));
        QVERIFY(silent.listen(path));
        QList<QLocalSocket*> held;
        connect(&silent, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket* s = silent.nextPendingConnection())
                held << s; // keep it open, say nothing
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + path);
        QProcess probe;
        probe.setProcessEnvironment(env);
        probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        probe.start(probePath(), { QStringLiteral("800") });
        QVERIFY(probe.waitForStarted(10000));
        // Serve the local server while waiting (the child connects to it).
        QTRY_VERIFY_WITH_TIMEOUT(probe.state() == QProcess::NotRunning, 20000);
        const QByteArray out = probe.readAllStandardOutput();
        QVERIFY2(out.startsWith("RESULT timeout") || out.startsWith("RESULT no_keychain"), out.constData());
        QCOMPARE(probe.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
