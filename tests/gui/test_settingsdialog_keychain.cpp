// The settings dialog over the real keychain: gnome-keyring on a private D-Bus session
// (tests/support/with-keyring.sh). A key saved through the dialog is read back by a fresh
// account, as at the next start of the app, and never reaches the settings file.
#include "credentials/keychaincredentialstore.h"
#include "daytona/daytonaaccount.h"
#include "filescontaining.h"
#include "gui/settingsdialog.h"
#include "namedchild.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace DreamFoundry;
using DreamFoundry::Test::filesContaining;

namespace {

constexpr int keychainWait = 30'000;

} // namespace

class TestSettingsDialogKeychain final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DaytonaAccount> freshAccount(KeychainCredentialStore &store)
    {
        auto account
                = std::make_unique<DaytonaAccount>(&store, QProcessEnvironment(), m_workDir.path());
        if (!QTest::qWaitFor([&account] { return !account->isLoading(); }, keychainWait))
            qFatal("the keychain never answered");
        return account;
    }

    template<typename T> static T *find(QWidget *dialog, const char *name)
    {
        return DreamFoundry::Test::namedChild<T>(dialog, name);
    }

    QString m_home;
    QTemporaryDir m_workDir;

private Q_SLOTS:
    void initTestCase()
    {
        // Only ever the throwaway keyring of with-keyring.sh, never a person's own.
        m_home = qEnvironmentVariable("DREAMFOUNDRY_PRIVATE_KEYRING");
        if (m_home.isEmpty() || qEnvironmentVariable("HOME") != m_home)
            QFAIL("run this test through tests/support/with-keyring.sh (ctest does)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dreamfoundry"));
        QCoreApplication::setApplicationName(QStringLiteral("test_settingsdialog_keychain"));
        QVERIFY(m_workDir.isValid());
    }

    void keySavedThroughTheDialogIsReadBackByAFreshAccount()
    {
        const QString key = QStringLiteral("dtn_gui_") + QUuid::createUuid().toString(QUuid::Id128);
        {
            KeychainCredentialStore store;
            auto account = freshAccount(store);
            QVERIFY2(account->keychainProblem().isEmpty(), qPrintable(account->keychainProblem()));
            QVERIFY(!account->keychainMissing());

            SettingsDialog dialog(account.get());
            dialog.open();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClicks(find<QLineEdit>(&dialog, "apiKeyEdit"), key);
            QTest::keyClicks(find<QLineEdit>(&dialog, "apiUrlEdit"),
                             QStringLiteral("https://daytona.example.test/api"));
            QTest::mouseClick(
                    find<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                    Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), keychainWait);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(account->keySourceDescription(), QStringLiteral("from the keychain"));
        }

        KeychainCredentialStore store;
        auto account = freshAccount(store);
        QVERIFY(account->isConfigured());
        QCOMPARE(account->config().keySource, DaytonaConfig::KeySource::Keychain);
        QCOMPARE(account->config().apiKey, key);
        QCOMPARE(account->config().apiUrl,
                 QUrl(QStringLiteral("https://daytona.example.test/api")));

        // The settings file holds the URL, never the key; nor does any file of HOME in clear.
        QSettings settings;
        settings.sync();
        QVERIFY(!filesContaining(m_home, QStringLiteral("daytona.example.test")).isEmpty());
        QCOMPARE(filesContaining(m_home, key), QStringList());

        // Removed through the dialog, it is gone for the next start too.
        SettingsDialog dialog(account.get());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *remove = find<QPushButton>(&dialog, "removeKeyButton");
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!account->isConfigured(), keychainWait);
        QVERIFY(find<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("removed")));
        KeychainCredentialStore again;
        QVERIFY(!freshAccount(again)->isConfigured());
    }
};

QTEST_MAIN(TestSettingsDialogKeychain)
#include "test_settingsdialog_keychain.moc"
