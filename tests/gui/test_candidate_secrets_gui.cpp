// The Candidate Secrets section of Settings and the per-run choice of secrets and variables in
// the window's setup panel, with a MemoryCredentialStore standing in for the keychain: a value
// is never shown again once saved (only its last 4 characters), and the choice gives names.
#include "credentials/candidatesecrets.h"
#include "credentials/memorycredentialstore.h"
#include "gui/candidatesecretssettings.h"
#include "gui/runenvironmentpanel.h"
#include "namedchild.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <optional>

using namespace DreamFoundry;
using Test::namedChild;

namespace {

const QString value = QStringLiteral("sk-proj-0123456789abcdefWXYZ");

// Every text a person can see in `root`: labels, line edits, list items.
QStringList visibleTexts(const QWidget &root)
{
    QStringList texts;
    for (const auto *label : root.findChildren<QLabel *>())
        texts.append(label->text());
    for (const auto *edit : root.findChildren<QLineEdit *>())
        texts.append(edit->text());
    for (const auto *list : root.findChildren<QListWidget *>()) {
        for (int row = 0; row < list->count(); ++row)
            texts.append(list->item(row)->text());
    }
    return texts;
}

} // namespace

class TestCandidateSecretsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedValuesShowOnlyTheirLastFourCharacters()
    {
        MemoryCredentialStore store;
        CandidateSecretsSettings section(&store);
        section.show();
        auto *name = namedChild<QLineEdit>(&section, "secretNameEdit");
        auto *edit = namedChild<QLineEdit>(&section, "secretValueEdit");
        auto *save = namedChild<QPushButton>(&section, "storeSecretButton");
        auto *list = namedChild<QListWidget>(&section, "secretList");
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(name, QStringLiteral("OPENAI_API_KEY"));
        QTest::keyClicks(edit, value);
        QTRY_VERIFY(save->isEnabled()); // once the keychain has listed the names
        save->click();
        QTRY_COMPARE(list->count(), 1);
        QTRY_COMPARE(list->item(0)->text(), QStringLiteral("OPENAI_API_KEY   …WXYZ"));
        QCOMPARE(edit->text(), QString());
        for (const QString &text : visibleTexts(section))
            QVERIFY2(!text.contains(value), qPrintable(text));

        // Stored where the runs read it.
        CandidateSecrets secrets(store);
        SecretValues values;
        secrets.read({QStringLiteral("OPENAI_API_KEY")}, this,
                     [&](const SecretValues &v, const QString &) { values = v; });
        QTRY_COMPARE(values.value(QStringLiteral("OPENAI_API_KEY")), value.toUtf8());

        list->setCurrentRow(0);
        namedChild<QPushButton>(&section, "removeSecretButton")->click();
        QTRY_COMPARE(list->count(), 0);
    }

    void aBadNameIsRefusedWithItsReason()
    {
        MemoryCredentialStore store;
        CandidateSecretsSettings section(&store);
        section.show();
        QTest::keyClicks(namedChild<QLineEdit>(&section, "secretNameEdit"), QStringLiteral("PATH"));
        QTest::keyClicks(namedChild<QLineEdit>(&section, "secretValueEdit"), value);
        auto *save = namedChild<QPushButton>(&section, "storeSecretButton");
        QTRY_VERIFY(save->isEnabled());
        save->click();
        auto *message = namedChild<QLabel>(&section, "secretMessageLabel");
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("PATH")), qPrintable(message->text()));
        QCOMPARE(namedChild<QListWidget>(&section, "secretList")->count(), 0);
    }

    void shortValuesShowNoCharacter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("short") << QStringLiteral("abcd1234") << QStringLiteral("…");
        QTest::newRow("long") << QStringLiteral("abcd12345") << QStringLiteral("…2345");
    }
    void shortValuesShowNoCharacter()
    {
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(CandidateSecretsSettings::ending(value), shown);
    }

    void theRunChoiceGivesNamesAndCandidates()
    {
        RunEnvironmentPanel panel;
        panel.setSecretNames({QStringLiteral("A_KEY"), QStringLiteral("B_KEY")});
        QVERIFY(panel.grants().isEmpty());
        auto *table = namedChild<QTableWidget>(&panel, "secretsTable");
        table->item(0, 0)->setCheckState(Qt::Checked);
        QVERIFY(panel.choose(QStringLiteral("B_KEY"),
                             {QStringLiteral("alpha"), QStringLiteral("beta")}));
        const QList<SecretGrant> grants = panel.grants();
        QCOMPARE(grants.size(), 2);
        QCOMPARE(grants[0], (SecretGrant{QStringLiteral("A_KEY"), {}}));
        QCOMPARE(grants[1],
                 (SecretGrant{QStringLiteral("B_KEY"),
                              {QStringLiteral("alpha"), QStringLiteral("beta")}}));
        // A name that went away loses its tick; the others keep theirs.
        panel.setSecretNames({QStringLiteral("B_KEY")});
        QCOMPARE(panel.grants().size(), 1);
        QCOMPARE(panel.grants()[0].candidates.size(), 2);
    }

    void theVariablesAreParsedAndCheckedAsTyped()
    {
        RunEnvironmentPanel panel;
        panel.setEnvironmentText(QStringLiteral("MODE=fast\nTEMPERATURE=0.2\n"));
        QString error;
        const QList<EnvironmentVariable> variables = panel.environment(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(variables.size(), 2);
        QCOMPARE(variables[1].value, QByteArray("0.2"));
        panel.setEnvironmentText(QStringLiteral("HOME=/root\n"));
        QVERIFY(panel.environment(&error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("HOME")), qPrintable(error));
    }
};

QTEST_MAIN(TestCandidateSecretsGui)
#include "test_candidate_secrets_gui.moc"
