// The real violetvault-cli (VV_CLI_BIN) with the real system keychain and the real
// violetvault-server (VV_SERVER_BIN): budget init/join/share-code/show, tx add/list, sync and
// sync --watch, as separate processes per command, like a user or a script runs them.
// The keychain is a private dbus-daemon + unlocked gnome-keyring (temporary files) when those are
// installed, else the caller's session (scripts/vv test); without either the tests skip.
#include "FileBytes.h"
#include "HttpProbe.h"
#include "PrivateKeyring.h"
#include "ProcessRun.h"
#include "ServerProcess.h"
#include "crypto/KeyHierarchy.h"
#include "crypto/ShareCode.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using vv::testsupport::ServerProcess;

namespace {

using Result = vv::testsupport::ProcessResult;
using vv::testsupport::allBytesUnder;

} // namespace

class TestBudgetCli : public QObject
{
    Q_OBJECT

private:
    PrivateKeyring m_keyring;
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_root;
    QString m_cli;
    QList<Result> m_outputs; // everything the CLI printed (checked for secrets at the end)

    Result cli(const QStringList& args, const QByteArray& stdinBytes = {}, const QProcessEnvironment& extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(extraEnv);
        const Result r = vv::testsupport::runProcess(m_cli, args, stdinBytes, env);
        m_outputs.append(r);
        return r;
    }

    QString dir(const char* name) const { return m_root.filePath(QString::fromLatin1(name)); }
    QString server() const { return m_server->url().toString(QUrl::StripTrailingSlash); }

    static QJsonArray transactions(const Result& r)
    {
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("transactions")).toArray();
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("VV_CLI_BIN");
        const QString serverBin = qEnvironmentVariable("VV_SERVER_BIN");
        if (m_cli.isEmpty() || !QFileInfo::exists(m_cli) || serverBin.isEmpty() || !QFileInfo::exists(serverBin))
            QSKIP("violetvault-cli and violetvault-server must be built in this build dir");
        if (m_keyring.start())
            qInfo("using a private dbus-daemon + gnome-keyring-daemon");
        else if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No keychain: DBUS_SESSION_BUS_ADDRESS is unset and no dbus-daemon/gnome-keyring-daemon to start "
                  "(run under scripts/vv test)");
        m_server = std::make_unique<ServerProcess>();
        m_server->setProgram(serverBin);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        if (vv::testsupport::HttpProbe::get(m_server->port(), "/v1/rooms/x/ops").status == 404)
            QSKIP("this violetvault-server does not serve the store API under /v1/ yet");
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }

    // Tried: the command-line mistakes a user makes. Must hold: exit 1 for a bad command line,
    // exit 2 for a request that cannot be done, and a message on stderr saying what to fix.
    void usageAndFailures()
    {
        QCOMPARE(
            cli({ QStringLiteral("budget"), QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("x") })
                .exitCode,
            1); // no --profile
        QCOMPARE(cli({ QStringLiteral("budget"), QStringLiteral("frobnicate"), QStringLiteral("--profile"), dir("u") })
                     .exitCode,
            1);
        Result r = cli({ QStringLiteral("budget"), QStringLiteral("show"), QStringLiteral("--profile"), dir("none") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no budget profile"));
        QCOMPARE(cli({ QStringLiteral("budget"), QStringLiteral("init"), QStringLiteral("--profile"), dir("local"),
                         QStringLiteral("--name"), QStringLiteral("Local") })
                     .exitCode,
            0);
        r = cli({ QStringLiteral("sync"), QStringLiteral("--profile"), dir("local") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("local only"));
        for (const char* bad : { "12,50", "1.234", "abc", "" }) {
            r = cli({ QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--profile"), dir("local"),
                QStringLiteral("--amount"), QString::fromLatin1(bad), QStringLiteral("--payee"), QStringLiteral("P") });
            QCOMPARE(r.exitCode, 2);
        }
        // A server that is not there: the one-shot sync says so and fails, nothing is lost.
        QCOMPARE(cli({ QStringLiteral("budget"), QStringLiteral("init"), QStringLiteral("--profile"), dir("offline"),
                         QStringLiteral("--name"), QStringLiteral("Off"), QStringLiteral("--server"),
                         QStringLiteral("ws://127.0.0.1:1") })
                     .exitCode,
            0);
        r = cli({ QStringLiteral("sync"), QStringLiteral("--profile"), dir("offline"), QStringLiteral("--timeout-ms"),
            QStringLiteral("10000") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Could not reach"));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("pending")).toInteger(), 2);
        r = cli({ QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--profile"), dir("local"),
            QStringLiteral("--amount"), QStringLiteral("-1"), QStringLiteral("--payee"), QStringLiteral("P"),
            QStringLiteral("--date"), QStringLiteral("2026-13-01") });
        QCOMPARE(r.exitCode, 1);
    }

    // Tried: A creates a budget on the server and adds transactions; B, C, D join with the
    // share code from the environment, stdin and a file; everyone edits and syncs (concurrently
    // in pairs); then a mistyped share code. Must hold: identical transaction lists everywhere,
    // exact minor units, the mistyped code refused with a clear message that repeats none of it,
    // and no K, token, share code or budget name in any profile directory or CLI output (the code
    // only in share-code's own stdout).
    void devicesShareABudget()
    {
        const QString name = QStringLiteral("Walrus Family Budget 9z");
        Result r = cli({ QStringLiteral("budget"), QStringLiteral("init"), QStringLiteral("--profile"), dir("a"),
            QStringLiteral("--name"), name, QStringLiteral("--currency"), QStringLiteral("EUR"),
            QStringLiteral("--server"), server() });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--profile"), dir("a"),
            QStringLiteral("--amount"), QStringLiteral("-12.50"), QStringLiteral("--payee"), QStringLiteral("Bakery"),
            QStringLiteral("--envelope"), QStringLiteral("Groceries"), QStringLiteral("--date"),
            QStringLiteral("2026-11-27"), QStringLiteral("--note"), QStringLiteral("bread") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().size(), 22); // the new transaction's id
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--profile"), dir("a") }).exitCode, 0);

        const Result shared
            = cli({ QStringLiteral("budget"), QStringLiteral("share-code"), QStringLiteral("--profile"), dir("a") });
        QCOMPARE(shared.exitCode, 0);
        m_outputs.removeLast(); // the one output allowed to hold the code
        const QString code = QString::fromLatin1(shared.out.trimmed());
        const auto key = vv::crypto::ShareCode::decode(code).key;
        QVERIFY(key.has_value());

        QProcessEnvironment withCode;
        withCode.insert(QStringLiteral("VIOLETVAULT_SHARE_CODE"), code);
        r = cli({ QStringLiteral("budget"), QStringLiteral("join"), QStringLiteral("--profile"), dir("b"),
                    QStringLiteral("--server"), server() },
            {}, withCode);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ QStringLiteral("budget"), QStringLiteral("join"), QStringLiteral("--profile"), dir("c"),
                    QStringLiteral("--server"), server() },
            code.toLatin1() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile codeFile(m_root.filePath(QStringLiteral("code.txt")));
        QVERIFY(codeFile.open(QIODevice::WriteOnly));
        codeFile.write(code.toLatin1());
        codeFile.close();
        r = cli({ QStringLiteral("budget"), QStringLiteral("join"), QStringLiteral("--profile"), dir("d"),
            QStringLiteral("--server"), server(), QStringLiteral("--share-code-file"), codeFile.fileName() });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile::remove(codeFile.fileName());

        // Concurrent edits: B and D add while A adds, then everyone syncs twice.
        const QStringList profiles { dir("a"), dir("b"), dir("c"), dir("d") };
        QList<std::pair<QString, QString>> adds { { dir("a"), QStringLiteral("1500") },
            { dir("b"), QStringLiteral("-3.05") }, { dir("d"), QStringLiteral("-0.99") } };
        for (const auto& [profile, amount] : adds) {
            r = cli({ QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--profile"), profile,
                QStringLiteral("--amount"), amount, QStringLiteral("--payee"), QStringLiteral("P") + amount });
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        for (int round = 0; round < 2; ++round) {
            for (const QString& p : profiles) {
                r = cli({ QStringLiteral("sync"), QStringLiteral("--profile"), p });
                QVERIFY2(r.exitCode == 0, r.err.constData());
                QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("ok")).toBool(), true);
            }
        }
        const QJsonArray expected = transactions(cli({ QStringLiteral("tx"), QStringLiteral("list"),
            QStringLiteral("--profile"), dir("a"), QStringLiteral("--json") }));
        QCOMPARE(expected.size(), 4);
        qint64 sum = 0;
        for (const QJsonValue& t : expected)
            sum += t.toObject().value(QStringLiteral("amount")).toInteger();
        QCOMPARE(sum, qint64(-1250 + 150000 - 305 - 99));
        for (const QString& p : profiles) {
            QCOMPARE(transactions(cli({ QStringLiteral("tx"), QStringLiteral("list"), QStringLiteral("--profile"), p,
                         QStringLiteral("--json") })),
                expected);
            const QJsonObject show
                = QJsonDocument::fromJson(cli({ QStringLiteral("budget"), QStringLiteral("show"),
                                                  QStringLiteral("--profile"), p, QStringLiteral("--json") })
                                              .out)
                      .object();
            QCOMPARE(show.value(QStringLiteral("name")).toString(), name);
            QCOMPARE(show.value(QStringLiteral("pendingOps")).toInteger(), 0);
            QCOMPARE(show.value(QStringLiteral("transactions")).toInteger(), 4);
        }

        // A typo in the share code: refused before anything is written.
        QString typo = code;
        typo[12] = typo[12] == u'7' ? u'8' : u'7';
        QProcessEnvironment withTypo;
        withTypo.insert(QStringLiteral("VIOLETVAULT_SHARE_CODE"), typo);
        r = cli({ QStringLiteral("budget"), QStringLiteral("join"), QStringLiteral("--profile"), dir("e"),
                    QStringLiteral("--server"), server() },
            {}, withTypo);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("share code is not valid"));
        QVERIFY(!QFileInfo::exists(dir("e") + QStringLiteral("/profile.json")));

        QVERIFY(!r.err.contains(typo.mid(4, 5).toLatin1()));

        // Nothing secret or plain at rest; nothing secret in any output.
        const auto keys = vv::crypto::KeyHierarchy::derive(*key);
        const QByteArray k = key->bytes().view().toByteArray();
        const QList<QByteArray> secrets { k, k.toHex(), k.toBase64(), keys->accessToken.view().toByteArray(),
            keys->dataKey.view().toByteArray(), code.toLatin1(), QString(code).remove(u'-').toLatin1(),
            code.mid(4, 11).toLatin1() };
        QByteArray atRest;
        for (const QString& p : profiles)
            atRest += allBytesUnder(p);
        QVERIFY(atRest.size() > 4 * 4096);
        for (const QByteArray& needle : secrets + QList<QByteArray> { QByteArray("Walrus"), QByteArray("Bakery") })
            QVERIFY2(!atRest.contains(needle), "a secret or plaintext budget data in a profile directory");
        QByteArray printed;
        for (const Result& out : std::as_const(m_outputs))
            printed += out.out + out.err;
        for (const QByteArray& needle : secrets)
            QVERIFY2(!printed.contains(needle), "a secret printed by the CLI");
    }

    // Tried: `sync --watch` on one device (polling effectively off), then another device adds a
    // transaction and runs a one-shot sync. Must hold: the watcher prints a "remote" line within
    // seconds (the one-shot sync's data_changed reached it over the relay), and SIGTERM ends it
    // with exit 0 after a "disconnected" line.
    void watchSeesOtherDevices()
    {
        QVERIFY(QFileInfo::exists(dir("a") + QStringLiteral("/profile.json"))); // from the previous test
        QProcess watcher;
        watcher.start(m_cli,
            { QStringLiteral("sync"), QStringLiteral("--profile"), dir("b"), QStringLiteral("--watch"),
                QStringLiteral("--poll-ms"), QStringLiteral("600000") });
        QVERIFY(watcher.waitForStarted(5000));
        QByteArray lines;
        const auto readUntil = [&](const QByteArray& needle, int ms) {
            QElapsedTimer t;
            t.start();
            while (!lines.contains(needle) && t.elapsed() < ms) {
                watcher.waitForReadyRead(100);
                lines += watcher.readAllStandardOutput();
            }
            return lines.contains(needle);
        };
        QVERIFY2(readUntil("\"state\":\"connected\"", 10000), lines.constData());
        QVERIFY2(readUntil("\"event\":\"sync\"", 10000), lines.constData());

        QCOMPARE(cli({ QStringLiteral("tx"), QStringLiteral("add"), QStringLiteral("--profile"), dir("a"),
                         QStringLiteral("--amount"), QStringLiteral("-4.20"), QStringLiteral("--payee"),
                         QStringLiteral("Coffee") })
                     .exitCode,
            0);
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--profile"), dir("a") }).exitCode, 0);
        QVERIFY2(readUntil("\"event\":\"remote\"", 10000), lines.constData());

        watcher.terminate(); // SIGTERM
        QVERIFY(watcher.waitForFinished(10000));
        lines += watcher.readAllStandardOutput();
        QCOMPARE(watcher.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watcher.exitCode(), 0);
        QVERIFY(lines.contains("\"state\":\"disconnected\""));
        const QJsonArray b = transactions(cli({ QStringLiteral("tx"), QStringLiteral("list"),
            QStringLiteral("--profile"), dir("b"), QStringLiteral("--json") }));
        QCOMPARE(b.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestBudgetCli)
#include "tst_budgetcli.moc"
