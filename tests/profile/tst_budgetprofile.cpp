// BudgetProfile on its own (MemorySecretStore, real SQLite, real OpenSSL, no server):
// create / open / join / share code, the errors a user can meet, and the privacy invariants
// P3/P4 checked on the bytes of the profile directory and the settings location.
#include "AwaitProfile.h"
#include "FileBytes.h"
#include "budget/Schema.h"
#include "crypto/KeyHierarchy.h"
#include "crypto/ShareCode.h"
#include "secrets/MemorySecretStore.h"
#include "signaling/SignalingService.h"
#include "store/LocalStore.h"
#include "sync/BudgetProfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vv;
using sync::BudgetProfile;
namespace s = vv::budget::schema;

namespace {

const auto await = vv::testsupport::awaitProfile;

QString shareCodeOf(BudgetProfile& profile)
{
    QString code;
    QString error;
    bool finished = false;
    profile.requestShareCode(&profile, [&](const QString& c, const QString& e) {
        code = c;
        error = e;
        finished = true;
    });
    (void)QTest::qWaitFor([&] { return finished; }, 10000);
    return code;
}

} // namespace

class TestBudgetProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Tried: create a budget, close, open again with the same keychain. Must hold: the name
    // and currency come back from the encrypted ops, the device id and room id are stable, the
    // HLC is seeded past every stored stamp, and the identity is (room, token, device).
    void createThenOpen()
    {
        QTemporaryDir dir;
        secrets::MemorySecretStore keychain;
        QString roomId;
        QString deviceId;
        {
            BudgetProfile p(&keychain);
            p.setProfileDir(dir.path());
            QSignalSpy opened(&p, &BudgetProfile::opened);
            QVERIFY2(await([&](auto done) { p.create(QStringLiteral("Home"), QStringLiteral("EUR"), {}, done); }),
                qPrintable(p.errorString()));
            QCOMPARE(opened.count(), 1);
            QCOMPARE(keychain.count(), 1);
            roomId = p.roomId();
            deviceId = p.deviceId();
            QCOMPARE(roomId.size(), 43);
            QCOMPARE(p.state().value(s::Budget, s::BudgetId, s::Name).toString(), QStringLiteral("Home"));
            QCOMPARE(p.state().value(s::Budget, s::BudgetId, s::Currency).toString(), QStringLiteral("EUR"));
            QCOMPARE(p.localStore()->pendingCount(), 2);
            QVERIFY(p.orchestrator() == nullptr); // no server: local only
            QVERIFY(p.identity().isValid());
            QCOMPARE(p.identity().deviceId, deviceId);
            QVERIFY(!p.identity().token.isEmpty());
        }
        BudgetProfile p(&keychain);
        p.setProfileDir(dir.path());
        QVERIFY2(await([&](auto done) { p.open(done); }), qPrintable(p.errorString()));
        QCOMPARE(p.roomId(), roomId);
        QCOMPARE(p.deviceId(), deviceId);
        QCOMPARE(p.state().value(s::Budget, s::BudgetId, s::Name).toString(), QStringLiteral("Home"));
        QVERIFY(p.clock().now() > p.state().maxStamp());
        QVERIFY(p.write(s::Transaction, QStringLiteral("t1"), s::Amount, -1250));
        QCOMPARE(p.state().value(s::Transaction, QStringLiteral("t1"), s::Amount).toInteger(), -1250);
        QCOMPARE(p.localStore()->operationCount(), 3);
        // Adding a server later builds the sync stack and is remembered in profile.json.
        QVERIFY(!p.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        QVERIFY(p.orchestrator() == nullptr);
        QVERIFY(p.setServerUrl(QUrl(QStringLiteral("ws://127.0.0.1:9"))));
        QVERIFY(p.orchestrator() != nullptr);
        QCOMPARE(p.signaling()->config().budgetId, roomId);
        QCOMPARE(p.signaling()->config().deviceId, deviceId);
        p.close();
        QVERIFY(!p.identity().isValid());
        BudgetProfile reopened(&keychain);
        reopened.setProfileDir(dir.path());
        QVERIFY(await([&](auto done) { reopened.open(done); }));
        QCOMPARE(reopened.serverUrl(), QUrl(QStringLiteral("ws://127.0.0.1:9")));
        QCOMPARE(reopened.localStore()->operationCount(), 3);
    }

    // Tried: share code from one profile joins a second profile dir with its own keychain.
    // Must hold: the same room id and token, a different device id, an empty store.
    void shareCodeJoins()
    {
        QTemporaryDir dirA;
        QTemporaryDir dirB;
        secrets::MemorySecretStore keychainA;
        secrets::MemorySecretStore keychainB;
        BudgetProfile a(&keychainA);
        a.setProfileDir(dirA.path());
        QVERIFY(await([&](auto done) { a.create(QStringLiteral("Home"), QStringLiteral("USD"), {}, done); }));
        const QString code = shareCodeOf(a);
        QVERIFY(code.startsWith(QStringLiteral("VV1-")));
        BudgetProfile b(&keychainB);
        b.setProfileDir(dirB.path());
        QVERIFY2(await([&](auto done) { b.join(code.toLower(), QUrl(QStringLiteral("ws://127.0.0.1:9")), done); }),
            qPrintable(b.errorString()));
        QCOMPARE(b.roomId(), a.roomId());
        QCOMPARE(b.identity().token, a.identity().token);
        QVERIFY(b.deviceId() != a.deviceId());
        QCOMPARE(b.localStore()->operationCount(), 0);
        QVERIFY(b.orchestrator() != nullptr);
        QVERIFY(b.signaling() != nullptr);
        QCOMPARE(shareCodeOf(b), code);
    }

    void joinRefusesBadCodes_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::newRow("one symbol changed") << 0;
        QTest::newRow("neighbours swapped") << 1;
        QTest::newRow("truncated") << 2;
        QTest::newRow("not base32") << 3;
        QTest::newRow("empty") << 4;
    }
    // Tried: join with a mistyped share code. Must hold: InvalidShareCode, a message that says
    // what is wrong without repeating the code, and nothing written (no profile.json, no secret).
    void joinRefusesBadCodes()
    {
        QFETCH(int, mutation);
        const auto key = crypto::MasterKey::generate();
        QString code = crypto::ShareCode::encode(*key);
        const qsizetype at = 10; // a key symbol (after "VV1-XXXXX-")
        switch (mutation) {
        case 0:
            code[at] = code[at] == u'7' ? u'8' : u'7';
            break;
        case 1: {
            qsizetype i = at;
            while (code[i] == code[i + 1] || code[i + 1] == u'-')
                ++i;
            std::swap(code[i], code[i + 1]);
            break;
        }
        case 2:
            code.chop(3);
            break;
        case 3:
            code[at] = u'U';
            break;
        default:
            code.clear();
        }
        QTemporaryDir dir;
        secrets::MemorySecretStore keychain;
        BudgetProfile p(&keychain);
        p.setProfileDir(dir.path());
        QSignalSpy errors(&p, &BudgetProfile::errorOccurred);
        QVERIFY(!await([&](auto done) { p.join(code, {}, done); }));
        QCOMPARE(p.error(), BudgetProfile::Error::InvalidShareCode);
        QCOMPARE(errors.count(), 1);
        QVERIFY(p.errorString().startsWith(QStringLiteral("the share code is not valid")));
        if (code.size() > 10)
            QVERIFY(!p.errorString().contains(code.mid(4, 5)));
        QVERIFY(!p.hasProfile());
        QCOMPARE(keychain.count(), 0);
    }

    // Tried: open with a keychain that is unreachable, that lost the key, or that holds another
    // budget's key under this room's name; create over an existing profile; open an empty dir.
    // Must hold: a clear error for each, no file fallback (nothing new in the profile dir).
    void openErrors()
    {
        QTemporaryDir dir;
        secrets::MemorySecretStore keychain;
        {
            BudgetProfile p(&keychain);
            p.setProfileDir(dir.path());
            QVERIFY(await([&](auto done) { p.create(QStringLiteral("Home"), QStringLiteral("EUR"), {}, done); }));
            BudgetProfile again(&keychain);
            again.setProfileDir(dir.path());
            QVERIFY(!await([&](auto done) { again.create(QStringLiteral("X"), QStringLiteral("EUR"), {}, done); }));
            QCOMPARE(again.error(), BudgetProfile::Error::ProfileExists);
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::Files);

        BudgetProfile p(&keychain);
        p.setProfileDir(dir.path());
        keychain.setFailure(secrets::SecretError::NoKeychain);
        QVERIFY(!await([&](auto done) { p.open(done); }));
        QCOMPARE(p.error(), BudgetProfile::Error::NoKeychain);
        QVERIFY(p.errorString().contains(QStringLiteral("never in a file")));
        QVERIFY(!p.isOpen());
        keychain.setFailure(secrets::SecretError::NoError);

        const QString roomId = QJsonDocument::fromJson([&] {
            QFile f(QDir(dir.path()).filePath(QStringLiteral("profile.json")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }())
                                   .object()
                                   .value(QStringLiteral("roomId"))
                                   .toString();
        bool wrote = false;
        keychain.writeSecret(secrets::SecretStore::masterKeyName(roomId),
            crypto::MasterKey::generate()->bytes().view().toByteArray(), this,
            [&](const secrets::SecretResult&) { wrote = true; });
        QTRY_VERIFY(wrote);
        QVERIFY(!await([&](auto done) { p.open(done); }));
        QCOMPARE(p.error(), BudgetProfile::Error::KeychainFailed);

        bool deleted = false;
        keychain.deleteSecret(
            secrets::SecretStore::masterKeyName(roomId), this, [&](const secrets::SecretResult&) { deleted = true; });
        QTRY_VERIFY(deleted);
        QVERIFY(!await([&](auto done) { p.open(done); }));
        QCOMPARE(p.error(), BudgetProfile::Error::KeyMissing);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);

        // No keychain at create time: refused, and nothing at all is written.
        QTemporaryDir fresh;
        BudgetProfile nokey(&keychain);
        nokey.setProfileDir(fresh.filePath(QStringLiteral("p")));
        keychain.setFailure(secrets::SecretError::NoKeychain);
        QVERIFY(!await([&](auto done) { nokey.create(QStringLiteral("n"), QStringLiteral("EUR"), {}, done); }));
        QCOMPARE(nokey.error(), BudgetProfile::Error::NoKeychain);
        QVERIFY(!QFileInfo::exists(fresh.filePath(QStringLiteral("p"))));
        keychain.setFailure(secrets::SecretError::NoError);

        QTemporaryDir empty;
        BudgetProfile none(&keychain);
        none.setProfileDir(empty.path());
        QVERIFY(!await([&](auto done) { none.open(done); }));
        QCOMPARE(none.error(), BudgetProfile::Error::NoProfile);

        BudgetProfile bad(&keychain);
        bad.setProfileDir(empty.path() + QStringLiteral("/x"));
        QVERIFY(!await([&](auto done) { bad.create(QStringLiteral("n"), QStringLiteral("eur"), {}, done); }));
        QCOMPARE(bad.error(), BudgetProfile::Error::InvalidArgument);
        QVERIFY(!await([&](auto done) {
            bad.create(QStringLiteral("n"), QStringLiteral("EUR"), QUrl(QStringLiteral("http://x")), done);
        }));
        QCOMPARE(bad.error(), BudgetProfile::Error::InvalidArgument);
    }

    // Tried: create a budget with a distinctive name, write a few ops, get the share code, close.
    // Must hold (P3/P4): no byte of the profile dir or of the settings location contains K (raw,
    // hex, base64), the access token, the share code (with or without dashes), the data key, or
    // the budget's name or a payee; profile.json holds only the non-secret fields.
    void noSecretsOrPlaintextAtRest()
    {
        QTemporaryDir dir;
        secrets::MemorySecretStore keychain;
        const QString name = QStringLiteral("Zanzibar Household Qx7");
        const QString payee = QStringLiteral("Quokka Grocers Ltd");
        QString code;
        QString token;
        {
            BudgetProfile p(&keychain);
            p.setProfileDir(dir.path());
            QVERIFY(await([&](auto done) {
                p.create(name, QStringLiteral("EUR"), QUrl(QStringLiteral("ws://127.0.0.1:9")), done);
            }));
            QVERIFY(p.write(s::Transaction, QStringLiteral("t1"), s::Payee, payee));
            code = shareCodeOf(p);
            token = p.identity().token;
        }
        const auto key = crypto::ShareCode::decode(code).key;
        QVERIFY(key.has_value());
        const auto keys = crypto::KeyHierarchy::derive(*key);
        const QByteArray k = key->bytes().view().toByteArray();
        const QByteArray dataKey = keys->dataKey.view().toByteArray();
        QList<QByteArray> needles { k, k.toHex(), k.toBase64(),
            k.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), dataKey, dataKey.toHex(),
            dataKey.toBase64(), token.toLatin1(), code.toLatin1(), QString(code).remove(u'-').toLatin1(),
            code.mid(4, 11).toLatin1(), name.toUtf8(), payee.toUtf8(), QByteArray("Zanzibar"), QByteArray("Quokka") };

        const QByteArray atRest = vv::testsupport::allBytesUnder(dir.path())
            + vv::testsupport::allBytesUnder(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            + vv::testsupport::allBytesUnder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QVERIFY(atRest.size() > 4096); // the database really was scanned
        for (const QByteArray& needle : needles)
            QVERIFY2(!atRest.contains(needle), "a secret or plaintext budget data was found at rest");

        QFile f(QDir(dir.path()).filePath(QStringLiteral("profile.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QStringList fields = o.keys();
        fields.sort();
        QCOMPARE(fields,
            QStringList({ QStringLiteral("created"), QStringLiteral("deviceId"), QStringLiteral("format"),
                QStringLiteral("roomId"), QStringLiteral("serverUrl") }));
        QCOMPARE(o.value(QStringLiteral("roomId")).toString(), keys->roomId);
    }
};

QTEST_GUILESS_MAIN(TestBudgetProfile)
#include "tst_budgetprofile.moc"
