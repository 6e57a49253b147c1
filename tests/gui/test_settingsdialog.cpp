// The Daytona settings dialog and the account behind it, driven through the dialog's widgets with
// a MemoryCredentialStore standing in for the keychain (failWith() plays a missing or locked
// one). The settings go to a test-mode QSettings file, which must never hold the key.
#include "credentials/memorycredentialstore.h"
#include "daytona/daytonaaccount.h"
#include "gui/settingsdialog.h"
#include "namedchild.h"
#include "runner/dependencies.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace DreamFoundry;

namespace {

const QString typedKey = QStringLiteral("dtn_gui_0123456789abcdef");

std::optional<CredentialResult> readBack(CredentialStore &store)
{
    QObject context;
    std::optional<CredentialResult> got;
    store.read(CredentialStore::daytonaApiKey(), &context,
               [&got](const CredentialResult &result) { got = result; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 5000))
        return std::nullopt;
    return got;
}

bool storeKey(CredentialStore &store, const QString &key)
{
    QObject context;
    std::optional<CredentialResult> got;
    store.write(CredentialStore::daytonaApiKey(), key, &context,
                [&got](const CredentialResult &result) { got = result; });
    return QTest::qWaitFor([&got] { return got.has_value(); }, 5000) && got->ok();
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    // A fresh account over m_keychain, with no key in its environment or working folder unless
    // the test puts one there, once its first keychain read has answered.
    std::unique_ptr<DaytonaAccount> makeAccount(const QProcessEnvironment &environment = {})
    {
        auto account = std::make_unique<DaytonaAccount>(&m_keychain, environment, m_workDir.path());
        if (!QTest::qWaitFor([&account] { return !account->isLoading(); }, 5000))
            qFatal("the account never finished reading the keychain");
        return account;
    }

    std::unique_ptr<SettingsDialog> openDialog(DaytonaAccount &account)
    {
        auto dialog = std::make_unique<SettingsDialog>(&account);
        dialog->open();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            qFatal("the dialog was never shown");
        return dialog;
    }

    template<typename T> static T *find(QWidget *dialog, const char *name)
    {
        return DreamFoundry::Test::namedChild<T>(dialog, name);
    }

    static void clickOk(QWidget *dialog)
    {
        QPushButton *ok = find<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    static QString settingsFile()
    {
        QSettings settings;
        settings.sync();
        return settings.fileName();
    }

    // Every file of the settings folder, as bytes: the key must be in none of them.
    static void verifyKeyNotInSettings(const QString &key)
    {
        const QDir folder = QFileInfo(settingsFile()).absoluteDir();
        const QByteArray utf8 = key.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
        for (const QFileInfo &entry : folder.entryInfoList(QDir::Files | QDir::Hidden)) {
            QFile file(entry.absoluteFilePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(utf8) && !bytes.contains(utf16),
                     qPrintable(entry.absoluteFilePath()));
        }
    }

    MemoryCredentialStore m_keychain;
    QTemporaryDir m_workDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dreamfoundry"));
        QCoreApplication::setApplicationName(QStringLiteral("test_settingsdialog"));
        QVERIFY(m_workDir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_keychain.failWith(CredentialError::None);
        QObject context;
        bool removed = false;
        m_keychain.remove(CredentialStore::daytonaApiKey(), &context,
                          [&removed](const CredentialResult &) { removed = true; });
        QTRY_VERIFY(removed);
        QFile::remove(QDir(m_workDir.path()).filePath(QStringLiteral(".env")));
    }

    void savingAKeyStoresItInTheKeychainAndTheSettingsInQSettings()
    {
        auto account = makeAccount();
        QVERIFY(!account->isConfigured());
        auto dialog = openDialog(*account);
        QVERIFY(!find<QPushButton>(dialog.get(), "removeKeyButton")->isEnabled());
        QVERIFY(find<QPushButton>(dialog.get(), "sessionOnlyButton")->isHidden());
        auto *keyEdit = find<QLineEdit>(dialog.get(), "apiKeyEdit");
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);

        QSignalSpy changed(account.get(), &DaytonaAccount::changed);
        QTest::keyClicks(keyEdit, typedKey);
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "apiUrlEdit"),
                         QStringLiteral("https://daytona.example.test/api"));
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "targetEdit"), QStringLiteral("eu"));
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "snapshotEdit"),
                         QStringLiteral("python-3.12"));
        clickOk(dialog.get());

        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!changed.isEmpty());
        QVERIFY(account->isConfigured());
        QCOMPARE(account->config().keySource, DaytonaConfig::KeySource::Keychain);
        QCOMPARE(account->keySourceDescription(), QStringLiteral("from the keychain"));
        QCOMPARE(account->config().apiKey, typedKey);
        QCOMPARE(account->config().apiUrl,
                 QUrl(QStringLiteral("https://daytona.example.test/api")));
        QCOMPARE(account->config().target, QStringLiteral("eu"));
        QCOMPARE(account->config().snapshot, QStringLiteral("python-3.12"));
        QVERIFY(account->statusText().contains(QStringLiteral("from the keychain")));

        const auto stored = readBack(m_keychain);
        QVERIFY(stored && stored->ok());
        QCOMPARE(stored->secret, typedKey);

        const QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("daytona/apiUrl")).toString(),
                 QStringLiteral("https://daytona.example.test/api"));
        QCOMPARE(settings.value(QStringLiteral("daytona/target")).toString(), QStringLiteral("eu"));
        QCOMPARE(settings.value(QStringLiteral("daytona/snapshot")).toString(),
                 QStringLiteral("python-3.12"));
        // The file really holds the settings, so not finding the key in it means something.
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("daytona.example.test"));
        verifyKeyNotInSettings(typedKey);

        // A fresh account, as at the next start, finds both again.
        auto again = makeAccount();
        QCOMPARE(again->config().apiKey, typedKey);
        QCOMPARE(again->config().target, QStringLiteral("eu"));
        auto reopened = openDialog(*again);
        QCOMPARE(find<QLineEdit>(reopened.get(), "apiKeyEdit")->text(), QString());
        QCOMPARE(find<QLineEdit>(reopened.get(), "snapshotEdit")->text(),
                 QStringLiteral("python-3.12"));
        QVERIFY(find<QLabel>(reopened.get(), "keySourceLabel")
                        ->text()
                        .contains(QStringLiteral("from the keychain")));
        QVERIFY(find<QPushButton>(reopened.get(), "removeKeyButton")->isEnabled());
    }

    void noKeychainOffersASessionOnlyKeyOnExplicitChoice()
    {
        m_keychain.failWith(CredentialError::NoBackend);
        auto account = makeAccount();
        QVERIFY(account->keychainMissing());
        QVERIFY(account->keychainProblem().isEmpty()); // missing is a state, not a failure
        auto dialog = openDialog(*account);
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "apiKeyEdit"), typedKey);
        QSignalSpy saved(account.get(), &DaytonaAccount::keySaved);
        clickOk(dialog.get());

        auto *sessionOnly = find<QPushButton>(dialog.get(), "sessionOnlyButton");
        QTRY_VERIFY(sessionOnly->isVisible());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).value<CredentialError>(), CredentialError::NoBackend);
        auto *message = find<QLabel>(dialog.get(), "messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("No keychain")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("this session only")));
        // Nothing was kept anywhere yet: the user has not chosen.
        QVERIFY(dialog->isVisible());
        QVERIFY(!account->isConfigured());

        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(account->isConfigured());
        QVERIFY(account->usesSessionKey());
        QCOMPARE(account->keySourceDescription(), QStringLiteral("for this session only"));
        QCOMPARE(account->config().apiKey, typedKey);
        QVERIFY(account->canRemoveKey());
        verifyKeyNotInSettings(typedKey);

        // The "keychain" never got it, and a new session does not know it.
        m_keychain.failWith(CredentialError::None);
        const auto stored = readBack(m_keychain);
        QVERIFY(stored);
        QCOMPARE(stored->error, CredentialError::NotFound);
        auto nextSession = makeAccount();
        QVERIFY(!nextSession->isConfigured());
    }

    void refusedKeyOffersTheSameWaysOut_data()
    {
        QTest::addColumn<CredentialError>("refusal");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("says");
        QTest::newRow("locked or denied")
                << CredentialError::AccessDenied << QStringLiteral("Prompt dismissed")
                << QStringLiteral("locked or access to it was denied");
        QTest::newRow("prompt dismissed, D-Bus error")
                << CredentialError::Other
                << QStringLiteral("Object does not exist at path "
                                  "“/org/freedesktop/secrets/collection/login”")
                << QStringLiteral("its prompt may have been dismissed");
        QTest::newRow("no answer") << CredentialError::Timeout << QString()
                                   << QStringLiteral("did not answer in time");
    }

    // Whatever the refusal, the dialog stays open, says what happened in a person's words and
    // offers the same ways out: OK again, this session only, or DAYTONA_API_KEY.
    void refusedKeyOffersTheSameWaysOut()
    {
        QFETCH(CredentialError, refusal);
        QFETCH(QString, detail);
        QFETCH(QString, says);
        auto account = makeAccount();
        auto dialog = openDialog(*account);
        m_keychain.failWith(refusal, detail);
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "apiKeyEdit"), typedKey);
        clickOk(dialog.get());

        auto *message = find<QLabel>(dialog.get(), "messageLabel");
        QTRY_VERIFY(message->text().contains(QStringLiteral("not saved")));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(says), qPrintable(message->text()));
        for (const char *wayOut : {"try again", "this session only", "DAYTONA_API_KEY"})
            QVERIFY2(message->text().contains(QLatin1StringView(wayOut)),
                     qPrintable(message->text()));
        QVERIFY(find<QPushButton>(dialog.get(), "sessionOnlyButton")->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY(!account->isConfigured());
        // The dialog is usable again: OK works once the keychain is unlocked.
        m_keychain.failWith(CredentialError::None);
        QVERIFY(!readBack(m_keychain)->ok());
        clickOk(dialog.get());
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(account->config().keySource, DaytonaConfig::KeySource::Keychain);
        verifyKeyNotInSettings(typedKey);
    }

    void lockedKeychainAtStartIsReported()
    {
        QVERIFY(storeKey(m_keychain, typedKey));
        m_keychain.failWith(CredentialError::AccessDenied);
        DaytonaAccount account(&m_keychain, QProcessEnvironment(), m_workDir.path());
        QSignalSpy errors(&account, &DaytonaAccount::error);
        QVERIFY(account.isLoading());
        QTRY_VERIFY(!account.isLoading());
        QCOMPARE(errors.size(), 1);
        const QString problem = errors.at(0).at(0).toString();
        QVERIFY(problem.contains(QStringLiteral("locked")));
        QCOMPARE(account.keychainProblem(), problem);
        QVERIFY(!account.isConfigured());
        QVERIFY(account.statusText().contains(problem));
        auto dialog = openDialog(account);
        // With the same ways out as a refused save.
        const QString shown = find<QLabel>(dialog.get(), "keySourceLabel")->text();
        QVERIFY2(shown.contains(problem) && shown.contains(QStringLiteral("this session only"))
                         && shown.contains(QStringLiteral("DAYTONA_API_KEY")),
                 qPrintable(shown));

        // Unlocked, a reload finds the key.
        m_keychain.failWith(CredentialError::None);
        account.reload();
        QTRY_VERIFY(account.isConfigured());
        QVERIFY(account.keychainProblem().isEmpty());
        QCOMPARE(account.config().keySource, DaytonaConfig::KeySource::Keychain);
    }

    void removeKeyForgetsTheStoredKey()
    {
        QVERIFY(storeKey(m_keychain, typedKey));
        auto account = makeAccount();
        QCOMPARE(account->config().keySource, DaytonaConfig::KeySource::Keychain);
        auto dialog = openDialog(*account);
        auto *remove = find<QPushButton>(dialog.get(), "removeKeyButton");
        QVERIFY(remove->isEnabled());
        QSignalSpy removed(account.get(), &DaytonaAccount::keyRemoved);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).value<CredentialError>(), CredentialError::None);
        QVERIFY(!account->isConfigured());
        QCOMPARE(account->config().keySource, DaytonaConfig::KeySource::None);
        QVERIFY(!remove->isEnabled());
        QVERIFY(dialog->isVisible());
        QVERIFY(find<QLabel>(dialog.get(), "keySourceLabel")
                        ->text()
                        .contains(QStringLiteral("No API key")));
        const auto stored = readBack(m_keychain);
        QVERIFY(stored);
        QCOMPARE(stored->error, CredentialError::NotFound);
    }

    void removeKeyRefusedByTheKeychainKeepsIt()
    {
        QVERIFY(storeKey(m_keychain, typedKey));
        auto account = makeAccount();
        auto dialog = openDialog(*account);
        m_keychain.failWith(CredentialError::AccessDenied);
        QTest::mouseClick(find<QPushButton>(dialog.get(), "removeKeyButton"), Qt::LeftButton);
        auto *message = find<QLabel>(dialog.get(), "messageLabel");
        QTRY_VERIFY(message->text().contains(QStringLiteral("not removed")));
        QVERIFY(message->text().contains(QStringLiteral("locked")));
        QVERIFY(account->isConfigured());
        QCOMPARE(account->config().keySource, DaytonaConfig::KeySource::Keychain);
    }

    void keysFromTheEnvironmentAndDotEnvAreNamed()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("DAYTONA_API_KEY"), QStringLiteral("dtn_from_env"));
        auto fromEnv = makeAccount(environment);
        QCOMPARE(fromEnv->keySourceDescription(), QStringLiteral("from DAYTONA_API_KEY"));
        QVERIFY(!fromEnv->canRemoveKey());
        auto dialog = openDialog(*fromEnv);
        QVERIFY(!find<QPushButton>(dialog.get(), "removeKeyButton")->isEnabled());
        QVERIFY(find<QLabel>(dialog.get(), "keySourceLabel")
                        ->text()
                        .contains(QStringLiteral("from DAYTONA_API_KEY")));

        QFile dotEnv(QDir(m_workDir.path()).filePath(QStringLiteral(".env")));
        QVERIFY(dotEnv.open(QIODevice::WriteOnly));
        dotEnv.write("DAYTONA_API_KEY=dtn_from_dotenv\n");
        dotEnv.close();
        auto fromFile = makeAccount();
        QCOMPARE(fromFile->keySourceDescription(), QStringLiteral("from .env"));
        QCOMPARE(fromFile->config().apiKey, QStringLiteral("dtn_from_dotenv"));

        // The keychain comes first (docs/architecture.md, "Secrets and the API key").
        QVERIFY(storeKey(m_keychain, typedKey));
        auto fromKeychain = makeAccount(environment);
        QCOMPARE(fromKeychain->keySourceDescription(), QStringLiteral("from the keychain"));
        QCOMPARE(fromKeychain->config().apiKey, typedKey);
    }

    void badInputKeepsTheDialogOpen_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("ftp url") << typedKey << QStringLiteral("ftp://example.test/api")
                                 << QStringLiteral("http or https");
        QTest::newRow("no host") << typedKey << QStringLiteral("https://")
                                 << QStringLiteral("http");
        QTest::newRow("placeholder key") << QStringLiteral("your_daytona_api_key") << QString()
                                         << QStringLiteral("placeholder");
    }

    void badInputKeepsTheDialogOpen()
    {
        QFETCH(QString, key);
        QFETCH(QString, url);
        QFETCH(QString, says);
        auto account = makeAccount();
        auto dialog = openDialog(*account);
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "apiKeyEdit"), key);
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "apiUrlEdit"), url);
        clickOk(dialog.get());
        auto *message = find<QLabel>(dialog.get(), "messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(says), qPrintable(message->text()));
        QVERIFY(dialog->isVisible());
        QTest::qWait(50); // nothing is under way that could still store it
        QVERIFY(!account->isConfigured());
        QVERIFY(!QSettings().contains(QStringLiteral("daytona/apiUrl")));
        QCOMPARE(readBack(m_keychain)->error, CredentialError::NotFound);
    }

    // The package index candidates' dependencies come from: stored on OK where every run reads
    // it (configuredIndexUrl), emptied to go back to PyPI, refused when it is no web address.
    void packageIndexIsStoredForEveryRun()
    {
        auto account = makeAccount();
        auto dialog = openDialog(*account);
        auto *index = find<QLineEdit>(dialog.get(), "indexUrlEdit");
        QTest::keyClicks(index, QStringLiteral("https://pypi.example.test/simple"));
        clickOk(dialog.get());
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(configuredIndexUrl(), QStringLiteral("https://pypi.example.test/simple"));

        auto again = openDialog(*account);
        index = find<QLineEdit>(again.get(), "indexUrlEdit");
        QCOMPARE(index->text(), QStringLiteral("https://pypi.example.test/simple"));
        index->clear();
        clickOk(again.get());
        QTRY_VERIFY(!again->isVisible());
        QVERIFY(!QSettings().contains(QStringLiteral("dependencies/index_url")));
    }

    void badPackageIndexKeepsTheDialogOpen()
    {
        auto account = makeAccount();
        auto dialog = openDialog(*account);
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "targetEdit"), QStringLiteral("us"));
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "indexUrlEdit"),
                         QStringLiteral("file:///srv/wheels"));
        clickOk(dialog.get());
        auto *message = find<QLabel>(dialog.get(), "messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("http:// or https://")),
                 qPrintable(message->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(find<QLineEdit>(dialog.get(), "indexUrlEdit")->hasFocus());
        // Nothing of the dialog was stored: OK stores all or nothing.
        QVERIFY(!QSettings().contains(QStringLiteral("dependencies/index_url")));
        QVERIFY(!QSettings().contains(QStringLiteral("daytona/target")));
    }

    void cancelStoresNothing()
    {
        auto account = makeAccount();
        auto dialog = openDialog(*account);
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "apiKeyEdit"), typedKey);
        QTest::keyClicks(find<QLineEdit>(dialog.get(), "targetEdit"), QStringLiteral("us"));
        QTest::mouseClick(
                find<QDialogButtonBox>(dialog.get(), "buttonBox")->button(QDialogButtonBox::Cancel),
                Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(!QSettings().contains(QStringLiteral("daytona/target")));
        QCOMPARE(readBack(m_keychain)->error, CredentialError::NotFound);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settingsdialog.moc"
