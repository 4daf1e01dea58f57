// The SecretStore contract, checked on the in-memory store: asynchronous completion,
// exactly one callback per request, context lifetime, key validation, error reporting.
#include "secrets/MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace vv::secrets;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private:
    // Runs one request and waits (bounded) for its single callback.
    template<typename Start> SecretResult run(Start start)
    {
        SecretResult out;
        int calls = 0;
        start([&](const SecretResult& r) {
            out = r;
            ++calls;
        });
        // Never inside the call: the contract says "later, from the event loop".
        [&] { QCOMPARE(calls, 0); }();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000); }();
        return out;
    }

private slots:
    // Write, read back, overwrite, delete, read missing; binary values survive.
    void lifecycle()
    {
        MemorySecretStore store;
        const QByteArray binary("\x00\xff\x01\x80 \n\x00", 7);
        const QString key = QStringLiteral("budget/room123/master-key");
        QVERIFY(run([&](auto cb) { store.writeSecret(key, binary, this, cb); }).isOk());
        SecretResult r = run([&](auto cb) { store.readSecret(key, this, cb); });
        QVERIFY(r.isOk());
        QCOMPARE(r.value, binary);
        QCOMPARE(r.key, key);
        QVERIFY(run([&](auto cb) { store.writeSecret(key, "second", this, cb); }).isOk());
        QCOMPARE(run([&](auto cb) { store.readSecret(key, this, cb); }).value, QByteArray("second"));
        QVERIFY(run([&](auto cb) { store.deleteSecret(key, this, cb); }).isOk());
        r = run([&](auto cb) { store.readSecret(key, this, cb); });
        QCOMPARE(r.error, SecretError::NotFound);
        QVERIFY(r.value.isEmpty());
        // Deleting nothing succeeds; NotFound is an answer, not a failure.
        QVERIFY(run([&](auto cb) { store.deleteSecret(key, this, cb); }).isOk());
        QCOMPARE(store.error(), SecretError::NoError);
        QCOMPARE(store.count(), 0);
    }

    void keyValidation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("typical") << QStringLiteral("budget/zATLAwfdsDlpFoM0WahT47KxlA2P9xC3ZwK5VTX2kLo/master-key")
                                 << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("unicode") << QStringLiteral("caf\u00e9") << false;
        QTest::newRow("200") << QString(200, QLatin1Char('k')) << true;
        QTest::newRow("201") << QString(201, QLatin1Char('k')) << false;
    }
    void masterKeyName()
    {
        const QString name = SecretStore::masterKeyName(QStringLiteral("zATLAwfdsDlpFoM0WahT47KxlA2P9xC3ZwK5VTX2kLo"));
        QCOMPARE(name, QStringLiteral("budget/zATLAwfdsDlpFoM0WahT47KxlA2P9xC3ZwK5VTX2kLo/master-key"));
        QVERIFY(SecretStore::isValidKey(name));
    }

    // A bad key fails every operation with InvalidKey, reported through errorOccurred.
    void keyValidation()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QCOMPARE(SecretStore::isValidKey(key), valid);
        MemorySecretStore store;
        QSignalSpy errors(&store, &SecretStore::errorOccurred);
        const SecretResult r = run([&](auto cb) { store.writeSecret(key, "v", this, cb); });
        QCOMPARE(r.isOk(), valid);
        if (!valid) {
            QCOMPARE(r.error, SecretError::InvalidKey);
            QCOMPARE(errors.size(), 1);
            QCOMPARE(store.error(), SecretError::InvalidKey);
        }
    }

    // A simulated missing keychain: clear error, errorOccurred, error()/errorString() set;
    // the value never appears in the error text.
    void failureIsReported()
    {
        MemorySecretStore store;
        store.setFailure(SecretError::NoKeychain);
        QSignalSpy errors(&store, &SecretStore::errorOccurred);
        const SecretResult r = run([&](auto cb) { store.writeSecret(QStringLiteral("k"), "SECRET-VALUE", this, cb); });
        QCOMPARE(r.error, SecretError::NoKeychain);
        QVERIFY(r.errorString.contains(QStringLiteral("keychain")));
        QVERIFY(!r.errorString.contains(QStringLiteral("SECRET-VALUE")));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<SecretError>(), SecretError::NoKeychain);
        QCOMPARE(store.error(), SecretError::NoKeychain);
        QVERIFY(!store.errorString().isEmpty());
        store.setFailure(SecretError::NoError);
        QVERIFY(run([&](auto cb) { store.writeSecret(QStringLiteral("k"), "v", this, cb); }).isOk());
    }

    // A request whose context dies before completion is dropped (no callback into a dead
    // object); a null context means "no guard" and still gets its callback.
    void contextLifetime()
    {
        MemorySecretStore store;
        int calls = 0;
        auto* context = new QObject;
        store.writeSecret(QStringLiteral("k"), "v", context, [&](const SecretResult&) { ++calls; });
        delete context;
        store.readSecret(QStringLiteral("k"), nullptr, [&](const SecretResult& r) {
            QVERIFY(r.isOk());
            calls += 10;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 10, 5000);
        QTest::qWait(20); // nothing else may arrive
        QCOMPARE(calls, 10);
    }

    // Requests complete in the order they were made.
    void ordering()
    {
        MemorySecretStore store;
        QList<int> order;
        for (int i = 0; i < 20; ++i)
            store.writeSecret(
                QStringLiteral("k%1").arg(i), "v", this, [&order, i](const SecretResult&) { order << i; });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 20, 5000);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(order.at(i), i);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
