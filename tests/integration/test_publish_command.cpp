// `dreamfoundry publish`, the real binary, posting to a loopback stand-in for Discord's webhook:
// the messages arrive in order with mentions disabled, a 429 is waited out, a 500 retried, a 404
// says the webhook is gone and how many messages went out, and run.json records what was
// published, never the webhook.
#include "results/resultstore.h"
#include "runapp.h"
#include "webhookstandin.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;
using Test::WebhookStandIn;

namespace {

// Hostile on purpose: a mass mention, a Markdown link, HTML, and one line of 5,000 characters.
QString artifactText()
{
    QString text
            = QStringLiteral("# Weekly AI events\n\n@everyone look <script>alert(1)</script>\n");
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("- 2031-05-%1 | [AI meetup %2](https://events.dev/%2)\n")
                        .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                        .arg(i);
    text += QString(5000, QLatin1Char('w')) + QLatin1Char('\n');
    text += QStringLiteral("<@&123> [click](https://evil.example/)\n");
    return text;
}

CandidateResult candidate(const QString &id, const QString &artifactFile, double total)
{
    CandidateResult r;
    r.candidateId = id;
    r.state = CandidateState::Succeeded;
    r.exitCode = 0;
    if (!artifactFile.isEmpty()) {
        r.artifactFile = artifactFile;
        r.artifactName = QStringLiteral("events.md");
        r.artifactSize = QFileInfo(artifactFile).size();
    }
    ScoreCard card;
    card.total = total;
    card.rank = 1;
    r.score = card;
    return r;
}

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The binary runs while this test's event loop serves the stand-in, so it is not waited on
// with waitForFinished. Its standard input is an empty pipe: not a terminal.
Ran publish(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DREAMFOUNDRY_BINARY),
                  QStringList(QStringLiteral("publish")) + arguments);
    process.closeWriteChannel();
    QDeadlineTimer deadline(60'000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestPublishCommand final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_artifactFile;
    RunRecord m_run;
    int m_folders = 0;

    // A fresh results folder of the run (each test records into its own run.json).
    QString resultsFolder(const RunRecord &run)
    {
        const QString folder = m_dir.filePath(QStringLiteral("results-%1").arg(++m_folders));
        const QString error = ResultStore::save(run, folder);
        return error.isEmpty() ? folder : QString();
    }

    static QStringList webhookArguments(const WebhookStandIn &standIn)
    {
        return {QStringLiteral("--webhook-url"), standIn.url().toString(),
                QStringLiteral("--allow-loopback")};
    }

    // Nothing the command printed or saved names the webhook's token.
    static void verifyNoSecret(const Ran &ran, const QString &folder)
    {
        const QString token = QString::fromLatin1(WebhookStandIn::token());
        QVERIFY(!ran.out.contains(token));
        QVERIFY(!ran.err.contains(token));
        QVERIFY(!fileText(folder + QStringLiteral("/run.json")).contains(token));
        QVERIFY(!fileText(folder + QStringLiteral("/report.md")).contains(token));
        QVERIFY(!fileText(folder + QStringLiteral("/run.json"))
                         .contains(QStringLiteral("127.0.0.1")));
    }

    static QJsonArray published(const QString &folder)
    {
        return Test::runJson(folder).value(QStringLiteral("published")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_artifactFile = m_dir.filePath(QStringLiteral("events.md"));
        QFile file(m_artifactFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(artifactText().toUtf8());
        file.close();
        m_run.runId = QStringLiteral("run-1");
        m_run.objective = QStringLiteral("Generate weekly AI events for Discord");
        m_run.backend = QStringLiteral("local");
        m_run.startedAt = QDateTime::currentDateTimeUtc();
        m_run.finishedAt = m_run.startedAt.addSecs(3);
        m_run.candidates = {candidate(QStringLiteral("gamma"), m_artifactFile, 87.5),
                            candidate(QStringLiteral("beta"), m_artifactFile, 60)};
        m_run.winner.candidateId = QStringLiteral("gamma");
    }

    void postsEveryMessageInOrderWithMentionsDisabled()
    {
        WebhookStandIn standIn;
        QVERIFY(standIn.listen());
        const QString folder = resultsFolder(m_run);
        const Ran ran
                = publish(QStringList{folder, QStringLiteral("--yes")} + webhookArguments(standIn));
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        const QStringList delivered = standIn.delivered();
        QVERIFY(delivered.size() >= 5); // the header, the events, the long line cut in three
        QVERIFY(delivered.first().contains(QStringLiteral("gamma")));
        QVERIFY(delivered.first().contains(QStringLiteral("Generate weekly AI events")));
        QCOMPARE(delivered.mid(1).join(QString()), artifactText());
        for (const WebhookStandIn::Received &received : standIn.received()) {
            QCOMPARE(received.method, QByteArray("POST"));
            QVERIFY(received.contentType.startsWith("application/json"));
            const QJsonValue parse = received.json.value(QStringLiteral("allowed_mentions"))
                                             .toObject()
                                             .value(QStringLiteral("parse"));
            QVERIFY(parse.isArray() && parse.toArray().isEmpty());
            QVERIFY(received.json.value(QStringLiteral("content")).toString().size() < 2000);
        }
        // The preview printed is what was posted.
        for (const QString &message : delivered)
            QVERIFY(ran.out.contains(message.left(200)));
        const QJsonArray record = published(folder);
        QCOMPARE(record.size(), 1);
        const QJsonObject entry = record.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("candidate_id")).toString(), QStringLiteral("gamma"));
        QCOMPARE(entry.value(QStringLiteral("message_count")).toInt(), int(delivered.size()));
        QCOMPARE(entry.value(QStringLiteral("complete")).toBool(), true);
        QVERIFY(QDateTime::fromString(entry.value(QStringLiteral("at")).toString(),
                                      Qt::ISODateWithMs)
                        .isValid());
        verifyNoSecret(ran, folder);
    }

    void waitsOutTheRateLimit()
    {
        WebhookStandIn standIn;
        QVERIFY(standIn.listen());
        standIn.answerNext({204, {}, {}});
        standIn.answerNext(WebhookStandIn::rateLimited(0.75));
        const QString folder = resultsFolder(m_run);
        const Ran ran
                = publish(QStringList{folder, QStringLiteral("--yes")} + webhookArguments(standIn));
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        const auto &received = standIn.received();
        QVERIFY(received.size() >= 3);
        QCOMPARE(received.at(1).status, 429);
        // The same message again, no sooner than Discord said.
        QCOMPARE(received.at(2).json, received.at(1).json);
        QVERIFY2(received.at(2).atMs - received.at(1).answeredAtMs >= 750,
                 qPrintable(QString::number(received.at(2).atMs - received.at(1).answeredAtMs)));
        QCOMPARE(standIn.delivered().mid(1).join(QString()), artifactText());
        QVERIFY(ran.err.contains(QStringLiteral("rate limited")));
    }

    void retriesAServerError()
    {
        WebhookStandIn standIn;
        QVERIFY(standIn.listen());
        standIn.answerNext({500, {}, {}});
        standIn.answerNext({503, {}, {}});
        const QString folder = resultsFolder(m_run);
        const Ran ran
                = publish(QStringList{folder, QStringLiteral("--yes")} + webhookArguments(standIn));
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        const auto &received = standIn.received();
        QCOMPARE(received.at(0).status, 500);
        QCOMPARE(received.at(1).status, 503);
        QCOMPARE(received.at(2).json, received.at(0).json); // the header, a third time
        QVERIFY(received.at(2).atMs - received.at(1).answeredAtMs >= 1900); // backoff doubled
        QCOMPARE(standIn.delivered().mid(1).join(QString()), artifactText());
    }

    void aDeletedWebhookPostsNothing()
    {
        WebhookStandIn standIn;
        QVERIFY(standIn.listen());
        standIn.answerAlwaysWith(404);
        const QString folder = resultsFolder(m_run);
        const Ran ran
                = publish(QStringList{folder, QStringLiteral("--yes")} + webhookArguments(standIn));
        QCOMPARE(ran.exitCode, 1);
        QVERIFY2(ran.err.contains(QStringLiteral("invalid or was deleted")), qPrintable(ran.err));
        QVERIFY2(ran.err.contains(QStringLiteral("0 of ")), qPrintable(ran.err));
        QCOMPARE(standIn.received().size(), 1); // a 404 is not retried
        QVERIFY(published(folder).isEmpty());
        verifyNoSecret(ran, folder);
    }

    void aFailurePartWaySaysWhatWentOut()
    {
        WebhookStandIn standIn;
        QVERIFY(standIn.listen());
        standIn.answerNext({204, {}, {}});
        standIn.answerNext({204, {}, {}});
        standIn.answerAlwaysWith(401);
        const QString folder = resultsFolder(m_run);
        const Ran ran
                = publish(QStringList{folder, QStringLiteral("--yes")} + webhookArguments(standIn));
        QCOMPARE(ran.exitCode, 1);
        QVERIFY2(ran.err.contains(QStringLiteral("2 of ")), qPrintable(ran.err));
        QVERIFY(ran.err.contains(QStringLiteral("message 3 was not posted")));
        const QJsonObject entry = published(folder).first().toObject();
        QCOMPARE(entry.value(QStringLiteral("sent_count")).toInt(), 2);
        QCOMPARE(entry.value(QStringLiteral("complete")).toBool(), false);
        verifyNoSecret(ran, folder);
    }

    void anotherCandidateOnRequest()
    {
        WebhookStandIn standIn;
        QVERIFY(standIn.listen());
        const QString folder = resultsFolder(m_run);
        const Ran ran = publish(QStringList{folder, QStringLiteral("--yes"),
                                            QStringLiteral("--candidate"), QStringLiteral("beta")}
                                + webhookArguments(standIn));
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        QVERIFY(standIn.delivered().first().contains(QStringLiteral("beta")));
        QVERIFY(!standIn.delivered().first().contains(QStringLiteral("winner")));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no --yes without a terminal")
                << QStringLiteral("no-yes") << QStringLiteral("--yes");
        QTest::newRow("a Discord URL on the command line")
                << QStringLiteral("discord-url") << QStringLiteral("login --discord-webhook");
        QTest::newRow("loopback without the test option")
                << QStringLiteral("no-loopback") << QStringLiteral("tests' option");
        QTest::newRow("not http") << QStringLiteral("ftp") << QStringLiteral("http");
        QTest::newRow("no winner") << QStringLiteral("no-winner") << QStringLiteral("--candidate");
        QTest::newRow("unknown candidate") << QStringLiteral("unknown") << QStringLiteral("nobody");
        QTest::newRow("no results folder")
                << QStringLiteral("no-folder") << QStringLiteral("run.json");
    }

    // Bad usage: exit 2, a sentence saying why, and nothing posted.
    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        WebhookStandIn standIn;
        QVERIFY(standIn.listen());
        RunRecord run = m_run;
        if (kind == QStringLiteral("no-winner")) {
            run.winner = {};
            run.winner.note = QStringLiteral("No candidate passed every gate.");
        }
        const QString folder = kind == QStringLiteral("no-folder")
                ? m_dir.filePath(QStringLiteral("missing"))
                : resultsFolder(run);
        QStringList arguments{folder, QStringLiteral("--yes")};
        QString url = standIn.url().toString();
        if (kind == QStringLiteral("no-yes"))
            arguments.removeAll(QStringLiteral("--yes"));
        if (kind == QStringLiteral("discord-url"))
            url = QStringLiteral("https://discord.com/api/webhooks/1/")
                    + QString::fromLatin1(WebhookStandIn::token());
        if (kind == QStringLiteral("ftp"))
            url.replace(QStringLiteral("http:"), QStringLiteral("ftp:"));
        if (kind == QStringLiteral("unknown"))
            arguments << QStringLiteral("--candidate") << QStringLiteral("nobody");
        arguments << QStringLiteral("--webhook-url") << url;
        if (kind != QStringLiteral("no-loopback"))
            arguments << QStringLiteral("--allow-loopback");
        const Ran ran = publish(arguments);
        QCOMPARE(ran.exitCode, 2);
        QVERIFY2(ran.err.contains(expected), qPrintable(ran.err));
        QVERIFY(!ran.err.contains(QString::fromLatin1(WebhookStandIn::token())));
        QVERIFY(standIn.received().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublishCommand)
#include "test_publish_command.moc"
