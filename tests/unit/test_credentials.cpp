#include "cli/logincommand.h"
#include "credentials/keychaincredentialstore.h"
#include "credentials/memorycredentialstore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace DreamFoundry;

namespace {

const QString secretKey = QStringLiteral("dtn_unit_0123456789abcdef");

// Runs one store operation and waits for its callback the Qt Test way.
template<typename Start> std::optional<CredentialResult> await(QObject *context, Start start)
{
    std::optional<CredentialResult> got;
    start(context, [&got](const CredentialResult &result) { got = result; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 5000))
        return std::nullopt;
    return got;
}

} // namespace

class TestCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStoreKeepsReadsAndRemoves()
    {
        MemoryCredentialStore store;
        QObject context;
        const QString name = CredentialStore::daytonaApiKey();
        QVERIFY(!store.isPersistent());

        auto written = await(&context,
                             [&](QObject *c, auto cb) { store.write(name, secretKey, c, cb); });
        QVERIFY(written && written->ok());
        auto read = await(&context, [&](QObject *c, auto cb) { store.read(name, c, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, secretKey);
        QVERIFY(read->message.isEmpty());

        auto removed = await(&context, [&](QObject *c, auto cb) { store.remove(name, c, cb); });
        QVERIFY(removed && removed->ok());
        read = await(&context, [&](QObject *c, auto cb) { store.read(name, c, cb); });
        QVERIFY(read);
        QCOMPARE(read->error, CredentialError::NotFound);
        QVERIFY(read->secret.isEmpty());
        QVERIFY(!read->message.isEmpty());

        // Removing what is not there leaves it gone: not an error.
        removed = await(&context, [&](QObject *c, auto cb) { store.remove(name, c, cb); });
        QVERIFY(removed && removed->ok());
    }

    void callbacksComeFromTheEventLoop()
    {
        MemoryCredentialStore store;
        QObject context;
        bool called = false;
        store.read(QStringLiteral("x"), &context,
                   [&called](const CredentialResult &) { called = true; });
        QVERIFY(!called); // never from inside the call
        QTRY_VERIFY(called);
    }

    void noCallbackOnceTheContextIsGone()
    {
        MemoryCredentialStore store;
        bool called = false;
        auto *context = new QObject;
        store.write(QStringLiteral("x"), secretKey, context,
                    [&called](const CredentialResult &) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void memoryStoreFailsOnRequest_data()
    {
        QTest::addColumn<CredentialError>("error");
        QTest::newRow("no backend") << CredentialError::NoBackend;
        QTest::newRow("access denied") << CredentialError::AccessDenied;
        QTest::newRow("timeout") << CredentialError::Timeout;
        QTest::newRow("other") << CredentialError::Other;
    }

    void memoryStoreFailsOnRequest()
    {
        QFETCH(CredentialError, error);
        MemoryCredentialStore store;
        QObject context;
        store.failWith(error, QStringLiteral("raw detail"));
        auto written = await(&context, [&](QObject *c, auto cb) {
            store.write(CredentialStore::daytonaApiKey(), secretKey, c, cb);
        });
        QVERIFY(written);
        QCOMPARE(written->error, error);
        QVERIFY(!written->message.isEmpty());
        QVERIFY(!written->message.contains(secretKey));

        store.failWith(CredentialError::None);
        written = await(&context, [&](QObject *c, auto cb) {
            store.write(CredentialStore::daytonaApiKey(), secretKey, c, cb);
        });
        QVERIFY(written && written->ok());
    }

    void keychainErrorsMapToOurs_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<CredentialError>("expected");
        QTest::newRow("no error") << int(QKeychain::NoError) << CredentialError::None;
        QTest::newRow("entry not found")
                << int(QKeychain::EntryNotFound) << CredentialError::NotFound;
        QTest::newRow("access denied")
                << int(QKeychain::AccessDenied) << CredentialError::AccessDenied;
        QTest::newRow("access denied by user")
                << int(QKeychain::AccessDeniedByUser) << CredentialError::AccessDenied;
        QTest::newRow("no backend")
                << int(QKeychain::NoBackendAvailable) << CredentialError::NoBackend;
        QTest::newRow("not implemented")
                << int(QKeychain::NotImplemented) << CredentialError::NoBackend;
        QTest::newRow("could not delete")
                << int(QKeychain::CouldNotDeleteEntry) << CredentialError::Other;
        QTest::newRow("other") << int(QKeychain::OtherError) << CredentialError::Other;
    }

    void keychainErrorsMapToOurs()
    {
        QFETCH(int, keychainError);
        QFETCH(CredentialError, expected);
        QCOMPARE(KeychainCredentialStore::errorFromKeychain(QKeychain::Error(keychainError)),
                 expected);
    }

    void messagesSayWhatToDo()
    {
        using Op = CredentialOperation;
        QVERIFY(credentialErrorMessage(Op::Read, CredentialError::None).isEmpty());
        const QString noBackend = credentialErrorMessage(Op::Write, CredentialError::NoBackend);
        QVERIFY2(noBackend.contains(QStringLiteral("No keychain is available on this system")),
                 qPrintable(noBackend));
        const QString denied = credentialErrorMessage(Op::Read, CredentialError::AccessDenied);
        QVERIFY2(denied.contains(QStringLiteral("locked or access to it was denied")),
                 qPrintable(denied));
        QVERIFY(credentialErrorMessage(Op::Read, CredentialError::Timeout)
                        .contains(QStringLiteral("unlock")));

        // An unclassified failure keeps the backend's words, per operation.
        const QString detail = QStringLiteral("Object does not exist at path");
        const QString read = credentialErrorMessage(Op::Read, CredentialError::Other, detail);
        const QString write = credentialErrorMessage(Op::Write, CredentialError::Other, detail);
        const QString remove = credentialErrorMessage(Op::Remove, CredentialError::Other, detail);
        QVERIFY(read.contains(detail) && write.contains(detail) && remove.contains(detail));
        QVERIFY(read != write && write != remove);

        const CredentialResult failure
                = CredentialResult::failure(Op::Write, CredentialError::NoBackend, detail);
        QVERIFY(!failure.ok());
        QCOMPARE(failure.message, noBackend);
        QCOMPARE(failure.detail, detail);
    }

    void keyFromInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("echo") << QByteArray("dtn_abc\n") << QStringLiteral("dtn_abc");
        QTest::newRow("no newline") << QByteArray("dtn_abc") << QStringLiteral("dtn_abc");
        QTest::newRow("crlf and blanks")
                << QByteArray("\r\n  \n  dtn_abc  \r\nrest\n") << QStringLiteral("dtn_abc");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("blank lines") << QByteArray("\n \n\t\n") << QString();
    }

    void keyFromInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, key);
        QCOMPARE(LoginCommand::keyFromInput(input), key);
    }

    void keyProblems_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem"); // a word of the message; empty: accepted
        QTest::newRow("real") << QStringLiteral("dtn_0123abcd") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("no key was given");
        QTest::newRow("placeholder")
                << QStringLiteral("your_api_key_here") << QStringLiteral("placeholder");
        QTest::newRow("placeholder upper")
                << QStringLiteral("YOUR_KEY") << QStringLiteral("placeholder");
        QTest::newRow("two words") << QStringLiteral("dtn_a dtn_b") << QStringLiteral("one word");
        QTest::newRow("control") << QStringLiteral("dtn_a\x1b[A") << QStringLiteral("one word");
    }

    void keyProblems()
    {
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const QString got = LoginCommand::keyProblem(key);
        if (problem.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.contains(problem), qPrintable(got));
    }

    void logoutRemovesTheKey()
    {
        MemoryCredentialStore store;
        QObject context;
        QVERIFY(await(&context, [&](QObject *c, auto cb) {
                    store.write(CredentialStore::daytonaApiKey(), secretKey, c, cb);
                })->ok());
        LogoutCommand logout({}, &store);
        QSignalSpy done(&logout, &LogoutCommand::done);
        logout.start();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.constFirst().constFirst().toInt(), 0);
        const auto read = await(&context, [&](QObject *c, auto cb) {
            store.read(CredentialStore::daytonaApiKey(), c, cb);
        });
        QCOMPARE(read->error, CredentialError::NotFound);
    }

    void logoutStatus_data()
    {
        QTest::addColumn<CredentialError>("error");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::newRow("no backend: nothing stored")
                << CredentialError::NoBackend << QStringList() << 0;
        QTest::newRow("locked") << CredentialError::AccessDenied << QStringList() << 1;
        QTest::newRow("an argument")
                << CredentialError::None << QStringList{QStringLiteral("x")} << 2;
    }

    void logoutStatus()
    {
        QFETCH(CredentialError, error);
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        MemoryCredentialStore store;
        store.failWith(error);
        LogoutCommand logout(arguments, &store);
        QSignalSpy done(&logout, &LogoutCommand::done);
        logout.start();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.constFirst().constFirst().toInt(), status);
    }

    void loginRefusesAKeyOnTheCommandLine()
    {
        MemoryCredentialStore store;
        LoginCommand login({secretKey}, &store);
        QSignalSpy done(&login, &LoginCommand::done);
        login.start();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.constFirst().constFirst().toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "test_credentials.moc"
