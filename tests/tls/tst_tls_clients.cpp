// The clients over TLS against the real violetvault-server started with a generated
// certificate: SignalingService (wss://) and StoreClient (https://), with and without a
// certificate pin (core/tls CertificatePin), plus the pin's parsing and its setting.
#include "ServerProcess.h"
#include "TestCertificate.h"
#include "TlsTestUtil.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "settings/SignalingSettings.h"
#include "signaling/SignalingService.h"
#include "sync/BudgetProfile.h"
#include "sync/StoreClient.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using vv::protocol::Signal;
using vv::protocol::SignalType;
using vv::signaling::SignalingConfig;
using vv::signaling::SignalingService;
using vv::sync::OutgoingOp;
using vv::sync::StoreClient;
using vv::sync::StoreReply;
using vv::testsupport::ServerProcess;
using vv::testsupport::TestCertificate;
using vv::tls::CertificatePin;

namespace {

const QString Room = QStringLiteral("tls-room");
const QString Token = QStringLiteral("tls-token-0123456789abcdef");

SignalingConfig configFor(const QUrl& url, const QString& device, const QString& pin)
{
    SignalingConfig c;
    c.url = url;
    c.budgetId = Room;
    c.token = Token;
    c.deviceId = device;
    c.pinnedCertificateSha256 = pin;
    c.reconnectIntervalMs = 20;
    c.maxReconnectIntervalMs = 200;
    c.maxReconnectAttempts = 0; // forever: only a refusal can end in Failed
    c.connectTimeoutMs = 5000;
    return c;
}

bool waitFor(StoreReply* reply, int ms = 15000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &StoreReply::finished);
    return spy.wait(ms);
}

} // namespace

class TestTlsClients : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestCertificate> m_cert;
    std::unique_ptr<TestCertificate> m_other; // a certificate the server does not have
    std::unique_ptr<ServerProcess> m_server;
    CertificatePin m_pin;
    QSslConfiguration m_defaultTls;

    [[nodiscard]] QUrl https() const { return StoreClient::baseUrlFromSignalingUrl(m_server->url()); }
    [[nodiscard]] double metric(const QByteArray& sample) const { return vv::tlstest::metric(https(), m_pin, sample); }
    [[nodiscard]] std::unique_ptr<StoreClient> storeClient(const CertificatePin& pin) const
    {
        auto client = std::make_unique<StoreClient>();
        client->setBaseUrl(https());
        client->setRoomId(Room);
        client->setToken(Token);
        client->setTimeout(10000);
        client->setCertificatePin(pin);
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_defaultTls = QSslConfiguration::defaultConfiguration();
        m_cert = std::make_unique<TestCertificate>();
        m_other = std::make_unique<TestCertificate>();
        QVERIFY2(m_cert->isValid() && m_other->isValid(), qPrintable(m_cert->errorString()));
        m_pin = *CertificatePin::parse(m_cert->sha256());
        m_server = ServerProcess::launch(m_cert->serverArguments());
        QVERIFY(m_server);
        QCOMPARE(m_server->url().scheme(), QStringLiteral("wss"));
    }
    void cleanup() { QSslConfiguration::setDefaultConfiguration(m_defaultTls); }
    void cleanupTestCase()
    {
        if (m_server)
            QCOMPARE(m_server->stop(), 0);
    }

    // Tried: the spellings a user may paste. Must hold: the openssl CLI's output (with or
    // without its prefix), bare hex of either case and spaces all give the same pin; "" gives a
    // null pin; anything else is refused without echoing the text.
    void parsePin_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("null");
        const QString hex = QStringLiteral("AB").repeated(32);
        const QString colons = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
        QTest::newRow("empty") << QString() << true << true;
        QTest::newRow("blank") << QStringLiteral("   ") << true << true;
        QTest::newRow("bare upper") << hex << true << false;
        QTest::newRow("bare lower") << hex.toLower() << true << false;
        QTest::newRow("colons") << colons << true << false;
        QTest::newRow("openssl 3 output") << QStringLiteral("sha256 Fingerprint=") + colons << true << false;
        QTest::newRow("openssl 1 output") << QStringLiteral("SHA256 Fingerprint=") + colons << true << false;
        QTest::newRow("spaces") << QStringLiteral("AB ").repeated(32) << true << false;
        QTest::newRow("too short") << hex.left(62) << false << false;
        QTest::newRow("too long") << hex + QStringLiteral("AB") << false << false;
        QTest::newRow("not hex") << QStringLiteral("ZZ").repeated(32) << false << false;
        QTest::newRow("sha1 length") << QStringLiteral("AB").repeated(20) << false << false;
        QTest::newRow("non-ascii digit") << QString(hex).replace(0, 1, QChar(0x0664)) << false << false;
    }
    void parsePin()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, null);
        QString error;
        const auto pin = CertificatePin::parse(text, &error);
        QCOMPARE(pin.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            QVERIFY(text.isEmpty() || !error.contains(text));
            return;
        }
        QCOMPARE(pin->isNull(), null);
        if (!null) {
            QCOMPARE(pin->toString(), QStringLiteral("AB:").repeated(31) + QStringLiteral("AB"));
            QCOMPARE(pin->digest().size(), 32);
        }
    }

    // Tried: pin of the test certificate against it and against another one. Must hold:
    // matches only its own leaf; a null pin matches nothing and leaves the configuration alone.
    void pinMatchesOnlyItsCertificate()
    {
        QVERIFY(m_pin.matches(m_cert->certificate()));
        QVERIFY(!m_pin.matches(m_other->certificate()));
        QCOMPARE(CertificatePin::of(m_cert->certificate()), m_pin);
        QVERIFY(!CertificatePin().matches(m_cert->certificate()));
        const QSslConfiguration base = QSslConfiguration::defaultConfiguration();
        QCOMPARE(CertificatePin().configure(base), base);
        QVERIFY(m_pin.configure(base).caCertificates().isEmpty());
    }

    // Tried: store a pin in Settings, a bad one, then override by VIOLETVAULT_PIN_SHA256. Must
    // hold: stored normalised; the bad one refused; the variable wins and reaches the signaling
    // config; BudgetProfile takes a valid pin and refuses a bad one.
    void pinSetting()
    {
        QTemporaryDir dir;
        vv::settings::Settings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setEnvironment(QProcessEnvironment());
        QCOMPARE(settings.pinnedCertificateSha256(), QString());
        QSignalSpy changed(&settings, &vv::settings::Settings::changed);
        QVERIFY(settings.setPinnedCertificateSha256(m_cert->sha256().toLower().remove(u':')));
        QCOMPARE(settings.pinnedCertificateSha256(), m_cert->sha256());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!settings.setPinnedCertificateSha256(QStringLiteral("not a pin")));
        QCOMPARE(settings.pinnedCertificateSha256(), m_cert->sha256());
        QProcessEnvironment env;
        env.insert(QStringLiteral("VIOLETVAULT_PIN_SHA256"), m_other->sha256());
        settings.setEnvironment(env);
        QVERIFY(settings.isOverriddenByEnvironment(vv::settings::Settings::Key::PinnedCertificateSha256));
        QCOMPARE(settings.pinnedCertificateSha256(), m_other->sha256());
        vv::settings::SyncIdentity identity;
        identity.roomId = Room;
        identity.token = Token;
        QCOMPARE(vv::settings::signalingConfig(settings, identity).pinnedCertificateSha256, m_other->sha256());

        vv::secrets::MemorySecretStore secrets;
        vv::sync::BudgetProfile profile(&secrets);
        QVERIFY(profile.setPinnedCertificateSha256(m_cert->sha256().remove(u':')));
        QCOMPARE(profile.pinnedCertificateSha256(), m_cert->sha256());
        QVERIFY(!profile.setPinnedCertificateSha256(QStringLiteral("xyz")));
        QCOMPARE(profile.pinnedCertificateSha256(), m_cert->sha256());
    }

    // Tried: two devices join over wss:// with the pin; A sends data_changed. Must hold: both
    // reach Connected with a heartbeat (the server accepted the joins), and B receives A's signal.
    void signalingOverWssWithPin()
    {
        SignalingService a;
        SignalingService b;
        QSignalSpy aBeat(&a, &SignalingService::heartbeat);
        QSignalSpy bBeat(&b, &SignalingService::heartbeat);
        QSignalSpy received(&b, &SignalingService::signalReceived);
        a.setConfig(configFor(m_server->url(), QStringLiteral("dev-a"), m_cert->sha256()));
        b.setConfig(configFor(m_server->url(), QStringLiteral("dev-b"), m_cert->sha256()));
        a.start();
        b.start();
        QTRY_VERIFY_WITH_TIMEOUT(aBeat.count() > 0 && bBeat.count() > 0, 10000);
        QCOMPARE(a.state(), SignalingService::State::Connected);
        QVERIFY(a.sendSignal(SignalType::DataChanged, { { QStringLiteral("seq"), 7 } }));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(received.cbegin(), received.cend(),
                [](const QList<QVariant>& args) { return args.at(0).value<Signal>().type == SignalType::DataChanged; }),
            10000);
        a.stop();
        b.stop();
    }

    // Tried: wss:// with another certificate's pin, and with no pin (verification on by default
    // against the system CAs, which do not know the test certificate). Must hold: Failed with
    // CertificateRejected and a message saying why, no retry scheduled, and the server never saw
    // an upgrade request (nothing, not even the token, was sent).
    void signalingRefused_data()
    {
        QTest::addColumn<bool>("wrongPin");
        QTest::addColumn<QString>("why");
        QTest::newRow("wrong pin") << true << QStringLiteral("does not match the pinned fingerprint");
        QTest::newRow("untrusted, no pin") << false << QStringLiteral("not trusted");
    }
    void signalingRefused()
    {
        QFETCH(bool, wrongPin);
        QFETCH(QString, why);
        const double upgradesBefore = metric("vv_upgrades_total");
        const double requestsBefore = metric("vv_http_requests_total");
        SignalingService service;
        QSignalSpy errors(&service, &SignalingService::errorOccurred);
        service.setConfig(
            configFor(m_server->url(), QStringLiteral("dev-x"), wrongPin ? m_other->sha256() : QString()));
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(service.state(), SignalingService::State::Failed, 10000);
        QCOMPARE(service.error(), SignalingService::Error::CertificateRejected);
        QVERIFY2(service.errorString().contains(why), qPrintable(service.errorString()));
        QVERIFY(!service.errorString().contains(Token));
        QVERIFY(!service.nextRetryAt().isValid());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(metric("vv_upgrades_total"), upgradesBefore);
        // Each /metrics read counts itself: only the two reads since requestsBefore was taken.
        QCOMPARE(metric("vv_http_requests_total"), requestsBefore + 2);
    }

    // Tried: trust the test certificate as a CA in Qt's default configuration (what a
    // CA-issued certificate looks like to the client): without a pin, then with a wrong pin.
    // Must hold: CA-valid connects without a pin; a wrong pin refuses it anyway.
    void caValidButWrongPinRefused()
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificate(m_cert->certificate());
        QSslConfiguration::setDefaultConfiguration(config);

        SignalingService trusted;
        QSignalSpy beat(&trusted, &SignalingService::heartbeat);
        trusted.setConfig(configFor(m_server->url(), QStringLiteral("dev-ca"), QString()));
        trusted.start();
        QVERIFY(beat.wait(10000));
        trusted.stop();

        SignalingService pinned;
        pinned.setConfig(configFor(m_server->url(), QStringLiteral("dev-pin"), m_other->sha256()));
        pinned.start();
        QTRY_COMPARE_WITH_TIMEOUT(pinned.state(), SignalingService::State::Failed, 10000);
        QCOMPARE(pinned.error(), SignalingService::Error::CertificateRejected);

        auto client = storeClient(*CertificatePin::parse(m_other->sha256()));
        StoreReply* pull = client->pull(0);
        QVERIFY(waitFor(pull));
        QCOMPARE(pull->error(), StoreReply::Error::CertificateRejected);
    }

    // Tried: an invalid pin in the signaling config. Must hold: InvalidConfig, no connection.
    void signalingBadPinIsInvalidConfig()
    {
        SignalingService service;
        service.setConfig(configFor(m_server->url(), QStringLiteral("dev-y"), QStringLiteral("12:34")));
        service.start();
        QCOMPARE(service.state(), SignalingService::State::Failed);
        QCOMPARE(service.error(), SignalingService::Error::InvalidConfig);
    }

    // Tried: StoreClient over https with the pin: a small push and pull, then 400 ops of 2 KiB
    // (a ~1.1 MB request and a ~1.1 MB answer: many TLS records, partial writes on both sides).
    // Must hold: all acknowledged in order and pulled back byte-identical.
    void storeClientPushPullWithPin()
    {
        auto client = storeClient(m_pin);
        const QList<OutgoingOp> small { { QStringLiteral("s1"), QByteArray("\x00\x01\xff", 3) } };
        StoreReply* push = client->push(StoreClient::idempotencyKeyFor(small), small);
        QVERIFY(waitFor(push));
        QCOMPARE(push->error(), StoreReply::Error::NoError);
        QCOMPARE(push->pushResult().acks.size(), 1);

        QList<OutgoingOp> big;
        for (int i = 0; i < 400; ++i)
            big.append({ QStringLiteral("b%1").arg(i), QByteArray(2048, char('a' + i % 26)) });
        StoreReply* bigPush = client->push(StoreClient::idempotencyKeyFor(big), big);
        QVERIFY(waitFor(bigPush, 30000));
        QVERIFY2(bigPush->error() == StoreReply::Error::NoError, qPrintable(bigPush->errorString()));
        QCOMPARE(bigPush->pushResult().acks.size(), 400);

        StoreReply* pull = client->pull(0, 500);
        QVERIFY(waitFor(pull, 30000));
        QVERIFY2(pull->error() == StoreReply::Error::NoError, qPrintable(pull->errorString()));
        const auto& ops = pull->pullPage().ops;
        QCOMPARE(ops.size(), 401);
        QCOMPARE(ops.at(0).blob, small.at(0).blob);
        for (int i = 0; i < 400; ++i)
            QCOMPARE(ops.at(i + 1).blob, big.at(i).blob);
    }

    // Tried: StoreClient with another certificate's pin, and with none. Must hold:
    // CertificateRejected (fatal: retrying cannot help), a message saying why, and the store
    // saw no request (the token was never sent).
    void storeClientRefused_data()
    {
        QTest::addColumn<bool>("wrongPin");
        QTest::addColumn<QString>("why");
        QTest::newRow("wrong pin") << true << QStringLiteral("does not match the pinned fingerprint");
        QTest::newRow("untrusted, no pin") << false << QStringLiteral("not trusted");
    }
    void storeClientRefused()
    {
        QFETCH(bool, wrongPin);
        QFETCH(QString, why);
        const double requestsBefore = metric("vv_http_requests_total");
        auto client = storeClient(wrongPin ? *CertificatePin::parse(m_other->sha256()) : CertificatePin());
        QSignalSpy errors(client.get(), &StoreClient::errorOccurred);
        const QList<OutgoingOp> ops { { QStringLiteral("r1"), QByteArray("x") } };
        StoreReply* push = client->push(StoreClient::idempotencyKeyFor(ops), ops);
        QVERIFY(waitFor(push));
        QCOMPARE(push->error(), StoreReply::Error::CertificateRejected);
        QVERIFY(StoreReply::isFatal(push->error()));
        QVERIFY2(push->errorString().contains(why), qPrintable(push->errorString()));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(metric("vv_http_requests_total"), requestsBefore + 1); // this /metrics read itself
    }
};

QTEST_GUILESS_MAIN(TestTlsClients)
#include "tst_tls_clients.moc"
