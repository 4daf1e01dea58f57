// Settings: defaults, persistence across instances, clamping, environment overrides, the
// changed signal, URL checks, the SignalingConfig built from settings, and P3 (no secret
// ever reaches the settings file). Every test works on a fresh file in a temporary dir.
#include "settings/Settings.h"
#include "settings/SignalingSettings.h"
#include "settings/SyncIdentity.h"
#include "settings/WebSocketUrl.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using vv::settings::Settings;

class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter)); }
    static QProcessEnvironment emptyEnvironment()
    {
        return QProcessEnvironment(QProcessEnvironment::InheritFromParent);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A new file: every getter returns its documented default; nothing is overridden.
    void defaults()
    {
        Settings s(freshPath());
        s.setEnvironment(QProcessEnvironment());
        QCOMPARE(s.websocketEnabled(), false);
        QCOMPARE(s.websocketUrl(), QUrl(QStringLiteral("ws://localhost:8080")));
        QCOMPARE(s.heartbeatIntervalMs(), 30000);
        QCOMPARE(s.reconnectIntervalMs(), 5000);
        QCOMPARE(s.maxReconnectAttempts(), 10);
        QCOMPARE(s.language(), QString());
        QVERIFY(s.windowGeometry().isEmpty());
        QVERIFY(s.windowState().isEmpty());
        QVERIFY(!s.isOverriddenByEnvironment(Settings::Key::WebsocketEnabled));
        QVERIFY(!s.isOverriddenByEnvironment(Settings::Key::WebsocketUrl));
    }

    // Values written by one instance are read back by a second instance on the same file.
    void persistence()
    {
        const QString path = freshPath();
        {
            Settings s(path);
            s.setEnvironment(QProcessEnvironment());
            s.setWebsocketEnabled(true);
            QVERIFY(s.setWebsocketUrl(QUrl(QStringLiteral("wss://relay.example.org:8443/signal"))));
            s.setHeartbeatIntervalMs(15000);
            s.setReconnectIntervalMs(2500);
            s.setMaxReconnectAttempts(0);
            s.setLanguage(QStringLiteral("de"));
            s.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
            s.setWindowState(QByteArray("state"));
        }
        Settings t(path);
        t.setEnvironment(QProcessEnvironment());
        QCOMPARE(t.websocketEnabled(), true);
        QCOMPARE(t.websocketUrl(), QUrl(QStringLiteral("wss://relay.example.org:8443/signal")));
        QCOMPARE(t.heartbeatIntervalMs(), 15000);
        QCOMPARE(t.reconnectIntervalMs(), 2500);
        QCOMPARE(t.maxReconnectAttempts(), 0);
        QCOMPARE(t.language(), QStringLiteral("de"));
        QCOMPARE(t.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        QCOMPARE(t.windowState(), QByteArray("state"));
    }

    // Out-of-range numbers are clamped, not stored as given.
    void clamping()
    {
        Settings s(freshPath());
        s.setHeartbeatIntervalMs(-5);
        QCOMPARE(s.heartbeatIntervalMs(), Settings::MinIntervalMs);
        s.setReconnectIntervalMs(std::numeric_limits<int>::max());
        QCOMPARE(s.reconnectIntervalMs(), Settings::MaxIntervalMs);
        s.setMaxReconnectAttempts(-1);
        QCOMPARE(s.maxReconnectAttempts(), 0);
    }

    // changed(key) fires once per real change, never for a write of the same value.
    void changedSignal()
    {
        Settings s(freshPath());
        s.setEnvironment(QProcessEnvironment());
        QSignalSpy spy(&s, &Settings::changed);
        s.setWebsocketEnabled(true);
        s.setWebsocketEnabled(true);
        s.setHeartbeatIntervalMs(1000);
        s.setLanguage(QStringLiteral("de"));
        QVERIFY(!s.setWebsocketUrl(QUrl(QStringLiteral("http://example.org"))));
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::WebsocketEnabled);
        QCOMPARE(spy.at(1).at(0).value<Settings::Key>(), Settings::Key::HeartbeatIntervalMs);
        QCOMPARE(spy.at(2).at(0).value<Settings::Key>(), Settings::Key::Language);
    }

    void environmentOverride_data()
    {
        QTest::addColumn<QString>("enabledVar");
        QTest::addColumn<QString>("urlVar");
        QTest::addColumn<bool>("expectEnabled");
        QTest::addColumn<bool>("enabledOverridden");
        QTest::addColumn<QString>("expectUrl");
        QTest::addColumn<bool>("urlOverridden");
        // Stored: enabled=false, url=ws://localhost:9000.
        QTest::newRow("none") << QString() << QString() << false << false << "ws://localhost:9000" << false;
        QTest::newRow("true") << "true" << QString() << true << true << "ws://localhost:9000" << false;
        QTest::newRow("1") << "1" << QString() << true << true << "ws://localhost:9000" << false;
        QTest::newRow("FALSE") << "FALSE" << QString() << false << true << "ws://localhost:9000" << false;
        QTest::newRow("0") << "0" << QString() << false << true << "ws://localhost:9000" << false;
        QTest::newRow("garbage ignored") << "maybe" << QString() << false << false << "ws://localhost:9000" << false;
        QTest::newRow("url") << QString() << "wss://sync.example.net/ws" << false << false
                             << "wss://sync.example.net/ws" << true;
        QTest::newRow("bad url ignored") << QString() << "https://sync.example.net" << false << false
                                         << "ws://localhost:9000" << false;
    }

    // The VIOLETVAULT_ variables beat the stored values; invalid values are ignored.
    void environmentOverride()
    {
        QFETCH(QString, enabledVar);
        QFETCH(QString, urlVar);
        QFETCH(bool, expectEnabled);
        QFETCH(bool, enabledOverridden);
        QFETCH(QString, expectUrl);
        QFETCH(bool, urlOverridden);
        Settings s(freshPath());
        s.setEnvironment(QProcessEnvironment());
        s.setWebsocketEnabled(false);
        QVERIFY(s.setWebsocketUrl(QUrl(QStringLiteral("ws://localhost:9000"))));
        QProcessEnvironment env;
        if (!enabledVar.isNull())
            env.insert(QStringLiteral("VIOLETVAULT_WEBSOCKET_ENABLED"), enabledVar);
        if (!urlVar.isNull())
            env.insert(QStringLiteral("VIOLETVAULT_WEBSOCKET_URL"), urlVar);
        s.setEnvironment(env);
        QCOMPARE(s.websocketEnabled(), expectEnabled);
        QCOMPARE(s.isOverriddenByEnvironment(Settings::Key::WebsocketEnabled), enabledOverridden);
        QCOMPARE(s.websocketUrl(), QUrl(expectUrl));
        QCOMPARE(s.isOverriddenByEnvironment(Settings::Key::WebsocketUrl), urlOverridden);
    }

    // The real process environment is read at construction (what the app sees).
    void environmentFromProcess()
    {
        qputenv("VIOLETVAULT_WEBSOCKET_ENABLED", "true");
        Settings s(freshPath());
        qunsetenv("VIOLETVAULT_WEBSOCKET_ENABLED");
        QVERIFY(s.websocketEnabled());
        QVERIFY(s.isOverriddenByEnvironment(Settings::Key::WebsocketEnabled));
        QCOMPARE(Settings::environmentVariable(Settings::Key::WebsocketEnabled),
            QStringLiteral("VIOLETVAULT_WEBSOCKET_ENABLED"));
    }

    void urlCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");
        QTest::addColumn<bool>("unencryptedRemote");
        using P = vv::settings::WebSocketUrlProblem;
        QTest::newRow("ws localhost") << "ws://localhost:8080" << int(P::None) << false;
        QTest::newRow("ws 127.0.0.1") << "ws://127.0.0.1:8080/x" << int(P::None) << false;
        QTest::newRow("ws ::1") << "ws://[::1]:8080" << int(P::None) << false;
        QTest::newRow("ws remote") << "ws://relay.example.org" << int(P::None) << true;
        QTest::newRow("ws lan ip") << "ws://192.168.1.20:8080" << int(P::None) << true;
        QTest::newRow("wss remote") << "wss://relay.example.org/ws" << int(P::None) << false;
        QTest::newRow("WSS upper") << "WSS://relay.example.org" << int(P::None) << false;
        QTest::newRow("empty") << "  " << int(P::Empty) << false;
        QTest::newRow("http") << "http://relay.example.org" << int(P::WrongScheme) << false;
        QTest::newRow("no scheme") << "relay.example.org:8080" << int(P::WrongScheme) << false;
        QTest::newRow("no host") << "ws:///path" << int(P::MissingHost) << false;
        QTest::newRow("credentials") << "wss://user:secret@relay.example.org" << int(P::HasCredentials) << false;
        QTest::newRow("bad port") << "ws://host:99999999" << int(P::Malformed) << false;
    }

    // What the Preferences dialog accepts as a signaling URL.
    void urlCheck()
    {
        QFETCH(QString, text);
        QFETCH(int, problem);
        QFETCH(bool, unencryptedRemote);
        const auto check = vv::settings::checkWebSocketUrl(text);
        QCOMPARE(int(check.problem), problem);
        QCOMPARE(check.unencryptedRemote, unencryptedRemote);
    }

    // A tooltip must never show credentials, a query (could hold a token) or a fragment.
    void displayUrlStripsSecrets()
    {
        const QUrl url(QStringLiteral("wss://me:pw@relay.example.org:8443/ws?token=abc#frag"));
        QCOMPARE(vv::settings::displayUrl(url), QStringLiteral("wss://relay.example.org:8443/ws"));
    }

    // The config follows the settings; without an identity nothing is enabled (Local only).
    void signalingConfigFromSettings()
    {
        Settings s(freshPath());
        s.setEnvironment(QProcessEnvironment());
        s.setWebsocketEnabled(true);
        QVERIFY(s.setWebsocketUrl(QUrl(QStringLiteral("ws://127.0.0.1:1234"))));
        s.setHeartbeatIntervalMs(100);
        s.setReconnectIntervalMs(50);
        s.setMaxReconnectAttempts(2);

        auto local = vv::settings::signalingConfig(s, {});
        QVERIFY(!local.enabled);

        const vv::settings::SyncIdentity id { QStringLiteral("room-1"), QStringLiteral("tok"),
            QStringLiteral("dev-1") };
        auto config = vv::settings::signalingConfig(s, id);
        QVERIFY(config.enabled);
        QCOMPARE(config.url, QUrl(QStringLiteral("ws://127.0.0.1:1234")));
        QCOMPARE(config.budgetId, QStringLiteral("room-1"));
        QCOMPARE(config.token, QStringLiteral("tok"));
        QCOMPARE(config.deviceId, QStringLiteral("dev-1"));
        QCOMPARE(config.heartbeatIntervalMs, 100);
        QCOMPARE(config.reconnectIntervalMs, 50);
        QCOMPARE(config.maxReconnectAttempts, 2);
        QVERIFY(config.pongTimeoutMs <= 100);

        s.setWebsocketEnabled(false);
        QVERIFY(!vv::settings::signalingConfig(s, id).enabled);
    }

    // P3: after every setter has run and a config was built with a token, the file on disk
    // contains neither the token nor URL credentials.
    void noSecretInFile()
    {
        const QString path = freshPath();
        const QByteArray token = "vv-test-token-5f3a9c1e-DO-NOT-STORE";
        {
            Settings s(path);
            s.setEnvironment(QProcessEnvironment());
            s.setWebsocketEnabled(true);
            QVERIFY(!s.setWebsocketUrl(QUrl(
                QStringLiteral("wss://user:") + QString::fromLatin1(token) + QStringLiteral("@relay.example.org"))));
            QVERIFY(s.setWebsocketUrl(QUrl(QStringLiteral("wss://relay.example.org"))));
            s.setHeartbeatIntervalMs(1000);
            s.setLanguage(QStringLiteral("de"));
            const vv::settings::SyncIdentity id { QStringLiteral("room-1"), QString::fromLatin1(token),
                QStringLiteral("dev-1") };
            const auto config = vv::settings::signalingConfig(s, id);
            QCOMPARE(config.token, QString::fromLatin1(token));
            s.sync();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.isEmpty());
        QVERIFY(!content.contains(token));
        QVERIFY(!content.contains("room-1"));
    }

    // The developer aid reads VIOLETVAULT_DEV_ROOM: anonymous, random device id, invalid ids refused.
    void developerIdentity()
    {
        qunsetenv("VIOLETVAULT_DEV_ROOM");
        QVERIFY(!vv::settings::developerSyncIdentityFromEnvironment().isValid());
        qputenv("VIOLETVAULT_DEV_ROOM", "dev-room_1");
        const auto id = vv::settings::developerSyncIdentityFromEnvironment();
        QVERIFY(id.isValid());
        QCOMPARE(id.roomId, QStringLiteral("dev-room_1"));
        QVERIFY(id.token.isEmpty());
        QVERIFY(id.deviceId.startsWith(QStringLiteral("dev-")));
        qputenv("VIOLETVAULT_DEV_ROOM", "bad room!");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a valid room id")));
        QVERIFY(!vv::settings::developerSyncIdentityFromEnvironment().isValid());
        qunsetenv("VIOLETVAULT_DEV_ROOM");
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
