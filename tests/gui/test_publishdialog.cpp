// Run > Publish Winner...'s dialog and Settings' Publishing section, offscreen, with a
// MemoryCredentialStore standing in for the keychain and a loopback stand-in for Discord.
#include "credentials/memorycredentialstore.h"
#include "gui/mainwindow.h"
#include "gui/publishdialog.h"
#include "gui/publishingsettings.h"
#include "publish/discordwebhook.h"
#include "results/resultstore.h"
#include "runapp.h"
#include "webhookstandin.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace DreamFoundry;
using Test::WebhookStandIn;

namespace {

const QString artifact
        = QStringLiteral("# Events\n\n- 2031-05-01 | [AI day](https://ai.dev/) @everyone\n");

std::optional<CredentialResult> readWebhook(CredentialStore &store)
{
    QObject context;
    std::optional<CredentialResult> got;
    store.read(DiscordWebhook::credential(), &context,
               [&got](const CredentialResult &result) { got = result; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 5000))
        return std::nullopt;
    return got;
}

} // namespace

class TestPublishDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RunRecord m_run;
    QString m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString file = m_dir.filePath(QStringLiteral("events.md"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(artifact.toUtf8());
        out.close();
        CandidateResult gamma;
        gamma.candidateId = QStringLiteral("gamma");
        gamma.state = CandidateState::Succeeded;
        gamma.artifactFile = file;
        gamma.artifactName = QStringLiteral("events.md");
        m_run.objective = QStringLiteral("Weekly AI events");
        m_run.startedAt = m_run.finishedAt = QDateTime::currentDateTimeUtc();
        m_run.candidates = {gamma};
        m_run.winner.candidateId = QStringLiteral("gamma");
        m_folder = m_dir.filePath(QStringLiteral("results"));
        QCOMPARE(ResultStore::save(m_run, m_folder), QString());
        QString error;
        m_run = ResultStore::load(m_folder, &error);
        QVERIFY(error.isEmpty());
    }

    void previewThenPublishPostsToTheWebhook()
    {
        WebhookStandIn standIn;
        QVERIFY(standIn.listen());
        MemoryCredentialStore store;
        store.write(DiscordWebhook::credential(), standIn.url().toString(), &store, [](auto &&) {});
        PublishDialog dialog(m_run, m_folder, QStringLiteral("gamma"), &store);
        dialog.setLoopbackAllowed(true);
        QSignalSpy published(&dialog, &PublishDialog::published);
        dialog.open();
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("publishButton"));
        auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("previewEdit"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY(button->isEnabled());
        // Exactly what will be posted, and nothing before the click.
        QVERIFY(preview->toPlainText().contains(QStringLiteral("message 1 of 2")));
        QVERIFY(preview->toPlainText().contains(artifact));
        QVERIFY(standIn.received().isEmpty());

        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(published.size(), 1);
        QCOMPARE(standIn.delivered().size(), 2);
        QCOMPARE(standIn.delivered().at(1), artifact);
        QVERIFY(status->text().contains(QStringLiteral("Posted 2 messages")));
        QVERIFY(!button->isEnabled()); // posted once; a second click would post it again
        const QJsonArray record
                = Test::runJson(m_folder).value(QStringLiteral("published")).toArray();
        QCOMPARE(record.size(), 1);
        QCOMPARE(record.first()[QStringLiteral("complete")].toBool(), true);
    }

    void withoutAStoredWebhookNothingCanBePosted()
    {
        MemoryCredentialStore store;
        PublishDialog dialog(m_run, m_folder, QStringLiteral("gamma"), &store);
        dialog.open();
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("No Discord webhook is stored")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("publishButton"))->isEnabled());
    }

    // Run > Publish Winner... is enabled once a saved run with a winner is shown, and opens the
    // preview of exactly that run's winner.
    void theWindowOpensThePreview()
    {
        QSettings().setValue(QStringLiteral("results/recent"), QStringList{m_folder});
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("actionPublishWinner"));
        QVERIFY(action);
        auto *runMenu = window.findChild<QMenu *>(QStringLiteral("menuRun"));
        QVERIFY(runMenu && runMenu->actions().contains(action));
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        PublishDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PublishDialog *>()));
        auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("previewEdit"));
        QTRY_VERIFY(preview->toPlainText().contains(artifact));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("gamma")));
        dialog->reject();
        QSettings().clear();
    }

    void availability()
    {
        QVERIFY(PublishDialog::unavailableReason(m_run, m_folder, false, nullptr).isEmpty());
        QVERIFY(!PublishDialog::unavailableReason(m_run, m_folder, true, nullptr).isEmpty());
        QVERIFY(!PublishDialog::unavailableReason(m_run, QString(), false, nullptr).isEmpty());
        RunRecord noWinner = m_run;
        noWinner.winner = {};
        QVERIFY(!PublishDialog::unavailableReason(noWinner, m_folder, false, nullptr).isEmpty());
        // A selected candidate with an artifact is published when there is no winner.
        const CandidateResult &selected = noWinner.candidates.first();
        QVERIFY(PublishDialog::unavailableReason(noWinner, m_folder, false, &selected).isEmpty());
        QCOMPARE(PublishDialog::candidateToPublish(noWinner, &selected), QStringLiteral("gamma"));
    }

    void settingsStoreAndRemoveTheWebhook()
    {
        MemoryCredentialStore store;
        PublishingSettings section(&store);
        auto *edit = section.findChild<QLineEdit *>(QStringLiteral("webhookEdit"));
        auto *storeButton = section.findChild<QPushButton *>(QStringLiteral("storeWebhookButton"));
        auto *removeButton
                = section.findChild<QPushButton *>(QStringLiteral("removeWebhookButton"));
        auto *state = section.findChild<QLabel *>(QStringLiteral("webhookStateLabel"));
        auto *message = section.findChild<QLabel *>(QStringLiteral("webhookMessageLabel"));
        QTRY_VERIFY(state->text().contains(QStringLiteral("No webhook")));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);

        edit->setText(QStringLiteral("http://discord.com/api/webhooks/1/tok"));
        QTest::mouseClick(storeButton, Qt::LeftButton);
        QVERIFY(message->text().contains(QStringLiteral("https://")));
        QCOMPARE(readWebhook(store)->error, CredentialError::NotFound);

        const QString url = QStringLiteral("https://discord.com/api/webhooks/1/SeCrEt");
        edit->setText(url);
        QTest::mouseClick(storeButton, Qt::LeftButton);
        QTRY_VERIFY(state->text().contains(QStringLiteral("is stored")));
        QCOMPARE(readWebhook(store)->secret, url);
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!state->text().contains(QStringLiteral("SeCrEt")));

        QTRY_VERIFY(removeButton->isEnabled());
        QTest::mouseClick(removeButton, Qt::LeftButton);
        QTRY_VERIFY(state->text().contains(QStringLiteral("No webhook")));
        QCOMPARE(readWebhook(store)->error, CredentialError::NotFound);
    }
};

QTEST_MAIN(TestPublishDialog)
#include "test_publishdialog.moc"
