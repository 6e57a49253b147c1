// The keychain for real: gnome-keyring on a private D-Bus session (tests/support/with-keyring.sh),
// the KeychainCredentialStore in process and `dreamfoundry login`/`logout` as a person runs them.
// Checks that the key goes into the keyring and nowhere else: not the settings, not any file in
// HOME, not the commands' output.
#include "credentials/credentialstore.h"
#include "credentials/keychaincredentialstore.h"
#include "filescontaining.h"
#include "runapp.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace DreamFoundry;
using DreamFoundry::Test::filesContaining;
using DreamFoundry::Test::Finished;
using DreamFoundry::Test::runApp;

namespace {

// What the Secret Service itself holds, asked with another client than QtKeychain, so the test
// does not only prove that QtKeychain agrees with itself.
std::optional<QString> secretToolLookup(const QString &name)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("lookup"), QStringLiteral("server"),
                   QString::fromLatin1(CredentialStore::serviceName), QStringLiteral("user"),
                   name});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

std::optional<CredentialResult> await(const std::function<void(CredentialStore::Callback)> &start)
{
    std::optional<CredentialResult> got;
    start([&got](const CredentialResult &result) { got = result; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 30'000))
        return std::nullopt;
    return got;
}

QString freshKey()
{
    return QStringLiteral("dtn_test_") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Only ever the throwaway keyring of with-keyring.sh, never a person's own.
        m_home = qEnvironmentVariable("DREAMFOUNDRY_PRIVATE_KEYRING");
        if (m_home.isEmpty() || qEnvironmentVariable("HOME") != m_home)
            QFAIL("run this test through tests/support/with-keyring.sh (ctest does)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dreamfoundry"));
        QCoreApplication::setApplicationName(QStringLiteral("dreamfoundry"));
    }

    void storeWritesReadsAndRemovesInTheRealKeyring()
    {
        KeychainCredentialStore store;
        QVERIFY(store.isPersistent());
        const QString name = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString key = freshKey();

        auto written = await([&](auto cb) { store.write(name, key, this, cb); });
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->message));
        QCOMPARE(secretToolLookup(name), std::optional<QString>(key));

        auto read = await([&](auto cb) { store.read(name, this, cb); });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->message));
        QCOMPARE(read->secret, key);

        // The app's settings, written as the window writes them, next to a stored key.
        QSettings settings;
        settings.setValue(QStringLiteral("daytona/apiUrl"),
                          QStringLiteral("https://example.test/api"));
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        QVERIFY(QFile::exists(settings.fileName()));
        // The search does find what is there, so finding nothing below means something.
        QVERIFY(!filesContaining(m_home, QStringLiteral("example.test")).isEmpty());
        QCOMPARE(filesContaining(QFileInfo(settings.fileName()).absolutePath(), key),
                 QStringList());
        QCOMPARE(filesContaining(m_home, key), QStringList()); // the keyring file is encrypted

        auto removed = await([&](auto cb) { store.remove(name, this, cb); });
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->message));
        QCOMPARE(secretToolLookup(name), std::nullopt);
        read = await([&](auto cb) { store.read(name, this, cb); });
        QVERIFY(read);
        QCOMPARE(read->error, CredentialError::NotFound);

        removed = await([&](auto cb) { store.remove(name, this, cb); });
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->message)); // nothing there: still fine
    }

    void loginAndLogoutKeepTheKeyOutOfEverythingElse()
    {
        const QString key = freshKey();
        const Finished login = runApp({QStringLiteral("login")}, key.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, qPrintable(login.out + login.err));
        QVERIFY2(login.out.contains(
                         QStringLiteral("Stored the Daytona API key in the system keychain")),
                 qPrintable(login.out));
        QVERIFY(!login.out.contains(key));
        QVERIFY(!login.err.contains(key));
        QCOMPARE(secretToolLookup(CredentialStore::daytonaApiKey()), std::optional<QString>(key));

        KeychainCredentialStore store;
        auto read = await([&](auto cb) { store.read(CredentialStore::daytonaApiKey(), this, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, key);
        QCOMPARE(filesContaining(m_home, key), QStringList());

        const Finished logout = runApp({QStringLiteral("logout")}, {});
        QVERIFY2(logout.exitCode == 0, qPrintable(logout.out + logout.err));
        QVERIFY2(logout.out.contains(QStringLiteral("no longer stored")), qPrintable(logout.out));
        QVERIFY(!logout.out.contains(key) && !logout.err.contains(key));
        QCOMPARE(secretToolLookup(CredentialStore::daytonaApiKey()), std::nullopt);

        const Finished again = runApp({QStringLiteral("logout")}, {});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QCOMPARE(filesContaining(m_home, key), QStringList());
    }

    void loginRefusesWhatIsNotAKey_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("no key was given");
        QTest::newRow("blank lines") << QByteArray("\n  \n") << QStringLiteral("no key was given");
        QTest::newRow("placeholder")
                << QByteArray("your_daytona_api_key_here\n") << QStringLiteral("placeholder");
    }

    void loginRefusesWhatIsNotAKey()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const Finished login = runApp({QStringLiteral("login")}, input);
        QCOMPARE(login.exitCode, 2);
        QVERIFY2(login.err.contains(message), qPrintable(login.err));
        QCOMPARE(secretToolLookup(CredentialStore::daytonaApiKey()), std::nullopt);
    }

    void noKeychainIsSaidSo_data()
    {
        QTest::addColumn<QString>("busAddress"); // empty: a bus of our own without any keychain
        QTest::newRow("no D-Bus session")
                << QStringLiteral("unix:path=/nonexistent/dreamfoundry-bus");
        QTest::newRow("a bus without a keychain service") << QString();
    }

    void noKeychainIsSaidSo()
    {
        QFETCH(QString, busAddress);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DAYTONA_API_KEY"));
        QStringList login{QStringLiteral("login")};
        QStringList logout{QStringLiteral("logout")};
        QString program = QStringLiteral(DREAMFOUNDRY_BINARY);
        if (busAddress.isEmpty()) {
            // A session bus that knows no services at all: no keychain runs or can be started.
            const QString config = dir.filePath(QStringLiteral("bus.conf"));
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                    "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                    "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                    "<auth>EXTERNAL</auth><policy context=\"default\">"
                    "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                    "<allow own=\"*\"/></policy></busconfig>\n");
            file.close();
            const QStringList wrapper{QStringLiteral("--config-file=") + config,
                                      QStringLiteral("--"), program};
            login = wrapper + login;
            logout = wrapper + logout;
            program = QStringLiteral("dbus-run-session");
        } else {
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        }
        const QString key = freshKey();
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, login);
        QVERIFY(process.waitForStarted(10'000));
        process.write(key.toUtf8() + '\n');
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60'000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("No keychain is available on this system")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("DAYTONA_API_KEY")), qPrintable(err));
        QVERIFY(!out.contains(key) && !err.contains(key));
        QCOMPARE(filesContaining(m_home, key), QStringList());

        process.start(program, logout);
        QVERIFY(process.waitForStarted(10'000));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60'000));
        const QString logoutOut = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(logoutOut.contains(QStringLiteral("No keychain is available on this system")),
                 qPrintable(logoutOut + QString::fromUtf8(process.readAllStandardError())));
    }

    // The keychain's key before DAYTONA_API_KEY; without a keychain, quietly the environment
    // (docs/architecture.md, "Secrets and the API key"). A stand-in Daytona that accepts only
    // the right key tells which one was used.
    void runTakesTheKeychainKeyFirst()
    {
        const QString key = freshKey();
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString script = work.filePath(QStringLiteral("hello.py"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import sys\nopen(sys.argv[2], 'w').write('# hello\\n')\n");
        file.close();

        QProcess standIn;
        standIn.start(QStringLiteral(STANDIN_BINARY), {QStringLiteral("--api-key"), key});
        QVERIFY(standIn.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(standIn.canReadLine(), 10'000);
        const QString url = QString::fromUtf8(standIn.readLine()).trimmed();
        auto stopStandIn = qScopeGuard([&standIn] {
            standIn.terminate();
            standIn.waitForFinished(10'000);
        });

        QCOMPARE(runApp({QStringLiteral("login")}, key.toUtf8()).exitCode, 0);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DAYTONA_API_KEY"), QStringLiteral("dtn_not_the_key"));
        const QString results = work.filePath(QStringLiteral("results"));
        const QStringList run{QStringLiteral("run"),
                              QStringLiteral("--backend"),
                              QStringLiteral("auto"),
                              QStringLiteral("--api-url"),
                              url,
                              QStringLiteral("--out"),
                              results,
                              script};
        const Finished fromKeychain = runApp(run, {}, environment);
        QVERIFY2(fromKeychain.exitCode == 0, qPrintable(fromKeychain.out + fromKeychain.err));
        QVERIFY2(fromKeychain.err.contains(QStringLiteral("API key from the keychain")),
                 qPrintable(fromKeychain.err));
        QVERIFY(!fromKeychain.out.contains(key) && !fromKeychain.err.contains(key));
        QCOMPARE(filesContaining(results, key), QStringList());
        QCOMPARE(runApp({QStringLiteral("logout")}, {}).exitCode, 0);

        // No keychain at all: the environment's key, and not a word about the keychain.
        environment.insert(QStringLiteral("DAYTONA_API_KEY"), key);
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/dreamfoundry-bus"));
        const QStringList again{QStringLiteral("run"),
                                QStringLiteral("--backend"),
                                QStringLiteral("auto"),
                                QStringLiteral("--api-url"),
                                url,
                                QStringLiteral("--out"),
                                results + QStringLiteral("-env"),
                                script};
        const Finished fromEnvironment = runApp(again, {}, environment);
        QVERIFY2(fromEnvironment.exitCode == 0,
                 qPrintable(fromEnvironment.out + fromEnvironment.err));
        QVERIFY2(fromEnvironment.err.contains(QStringLiteral("DAYTONA_API_KEY environment")),
                 qPrintable(fromEnvironment.err));
        QVERIFY2(!fromEnvironment.err.contains(QStringLiteral("eychain")),
                 qPrintable(fromEnvironment.err));
    }

    // `secret set` keeps a value of any bytes (newlines, quotes, $(...), UTF-8) in the keyring
    // only; `run --secret` hands it to the candidate byte for byte and saves its name only.
    void secretsGoFromTheKeyringToTheCandidateOnly()
    {
        const QByteArray value = "sk-" + freshKey().toUtf8()
                + "\nit's \"q\" $(touch /tmp/pwned) `id` \xc3\xa9\xf0\x9f\x94\x91";
        const Finished set = runApp(
                {QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("AGENT_KEY")},
                value + '\n');
        QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));
        QVERIFY(!set.out.toUtf8().contains(value) && !set.err.toUtf8().contains(value));
        KeychainCredentialStore store;
        auto read
                = await([&](auto cb) { store.read(QStringLiteral("secret:AGENT_KEY"), this, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret.toUtf8(), value);
        const Finished list = runApp({QStringLiteral("secret"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(list.out, QStringLiteral("AGENT_KEY\n"));

        QTemporaryDir work;
        const QString script = work.filePath(QStringLiteral("agent.py"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import os, sys\nopen(sys.argv[2], 'w').write("
                   "os.environb[b'AGENT_KEY'].hex() + ' ' + os.environ['MODE'])\n");
        file.close();
        const QString results = work.filePath(QStringLiteral("results"));
        const Finished run
                = runApp({QStringLiteral("run"), QStringLiteral("--secret"),
                          QStringLiteral("AGENT_KEY"), QStringLiteral("--env"),
                          QStringLiteral("MODE=cli"), QStringLiteral("--out"), results, script});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(readAll(results + QStringLiteral("/agent/agent_output.md")),
                 value.toHex() + " cli");
        const QJsonObject settings
                = Test::runJson(results).value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("secrets"))[0][QStringLiteral("name")].toString(),
                 QStringLiteral("AGENT_KEY"));
        QCOMPARE(filesContaining(results, QString::fromUtf8(value)), QStringList());
        QCOMPARE(filesContaining(m_home, QString::fromUtf8(value)), QStringList());

        const Finished removed = runApp(
                {QStringLiteral("secret"), QStringLiteral("remove"), QStringLiteral("AGENT_KEY")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.out + removed.err));
        QCOMPARE(runApp({QStringLiteral("secret"), QStringLiteral("list")}).out, QString());
    }

    // A run naming a secret the keyring does not hold starts nothing and names it.
    void aRunWithAMissingSecretIsRefusedNamingIt()
    {
        QTemporaryDir work;
        const QString script = work.filePath(QStringLiteral("agent.py"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("open('/tmp/should-not-run', 'w')\n");
        file.close();
        const QString results = work.filePath(QStringLiteral("results"));
        const Finished run = runApp({QStringLiteral("run"), QStringLiteral("--secret"),
                                     QStringLiteral("NEVER_STORED"), QStringLiteral("--out"),
                                     results, script});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("NEVER_STORED")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(results));
    }

    void aSecretNameMustBeAVariableName_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("set") << QStringList{QStringLiteral("secret"), QStringLiteral("set"),
                                            QStringLiteral("MY-KEY")};
        QTest::newRow("run") << QStringList{QStringLiteral("run"), QStringLiteral("--secret"),
                                            QStringLiteral("MY-KEY"), QStringLiteral("x.py")};
    }
    void aSecretNameMustBeAVariableName()
    {
        QFETCH(QStringList, arguments);
        const Finished finished = runApp(arguments, "value\n");
        QCOMPARE(finished.exitCode, 2);
        QVERIFY2(finished.err.contains(QStringLiteral("MY-KEY")), qPrintable(finished.err));
    }

private:
    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString m_home;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
