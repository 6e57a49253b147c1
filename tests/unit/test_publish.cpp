// Publishing's pure parts: the messages an artifact is split into, the header, the webhook URL
// check, the JSON posted, how long a 429 says to wait, the plan, and run.json's "published".
#include "core/runrecord.h"
#include "publish/discordmessages.h"
#include "publish/discordwebhook.h"
#include "publish/publication.h"
#include "publish/webhookposter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace DreamFoundry;
using namespace std::chrono_literals;

namespace {

// An event list of about `bytes` bytes in the sample format, each line numbered.
QString eventList(qsizetype bytes)
{
    QString text = QStringLiteral("# Weekly AI events\n\n");
    for (int i = 0; text.size() < bytes; ++i)
        text += QStringLiteral(
                        "- 2031-05-%1 | [AI meetup number %2 @everyone](https://events.dev/%2)\n")
                        .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                        .arg(i);
    return text;
}

bool splitsInTheMiddleOfASurrogatePair(const QStringList &parts)
{
    return std::ranges::any_of(parts, [](const QString &part) {
        return !part.isEmpty() && (part.front().isLowSurrogate() || part.back().isHighSurrogate());
    });
}

} // namespace

class TestPublish final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitKeepsTheArtifact_data()
    {
        QTest::addColumn<QString>("artifact");
        QTest::addColumn<int>("minParts");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("short") << QStringLiteral("- one event\n") << 1;
        QTest::newRow("no final newline") << QStringLiteral("a\nb") << 1;
        QTest::newRow("50 KB event list") << eventList(50 * 1024) << 26;
        QTest::newRow("one 5,000-character line") << QStringLiteral("head\n")
                        + QString(5000, QLatin1Char('x')) + QStringLiteral("\ntail\n")
                                                  << 3;
        // 🎉 is a surrogate pair: 1,989 x's put one across every cut at 1,990.
        QTest::newRow("emoji across the cut")
                << QString(1989, QLatin1Char('x')) + QStringLiteral("\U0001F389").repeated(1500)
                << 2;
        QTest::newRow("a long line of emoji") << QStringLiteral("\U0001F389").repeated(3000) << 4;
        QTest::newRow("accents piled on one letter")
                << QStringLiteral("e") + QString(4000, QChar(0x0301)) << 3;
        QTest::newRow("CRLF lines") << QStringLiteral("- event\r\n").repeated(1000) << 5;
    }

    void splitKeepsTheArtifact()
    {
        QFETCH(QString, artifact);
        QFETCH(int, minParts);
        const QStringList parts = DiscordMessages::split(artifact);
        QCOMPARE(parts.join(QString()), artifact); // order kept, nothing lost or added
        QVERIFY(parts.size() >= minParts);
        for (const QString &part : parts) {
            QVERIFY(!part.isEmpty());
            QVERIFY2(part.size() < 2000, qPrintable(QString::number(part.size())));
            QVERIFY(part.size() <= DiscordMessages::maxLength);
        }
        QVERIFY(!splitsInTheMiddleOfASurrogatePair(parts));
        // Every part is valid UTF-16, so it encodes to UTF-8 and back unchanged.
        for (const QString &part : parts)
            QCOMPARE(QString::fromUtf8(part.toUtf8()), part);
    }

    void splitEndsMessagesAtLineEnds()
    {
        const QString artifact = eventList(50 * 1024);
        const QStringList parts = DiscordMessages::split(artifact);
        QVERIFY(parts.size() > 1);
        for (const QString &part : parts)
            QVERIFY2(part.endsWith(QLatin1Char('\n')), "an event was cut in two");
        // Greedy: a message ends only where the next line would not fit.
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            const QString nextLine = parts.at(i + 1).section(QLatin1Char('\n'), 0, 0) + u'\n';
            QVERIFY(parts.at(i).size() + nextLine.size() > DiscordMessages::maxLength);
        }
    }

    void splitCutsALongLineAtACharacterBoundary()
    {
        const QString line = QString(5000, QLatin1Char('y'));
        const QStringList parts = DiscordMessages::split(QStringLiteral("short\n") + line);
        QCOMPARE(parts.first(), QStringLiteral("short\n")); // the line starts a message of its own
        QCOMPARE(parts.at(1).size(), DiscordMessages::maxLength);
        QCOMPARE(parts.size(), 4);
    }

    void splitNeverLeavesABlankMessageWhenItCanAvoidIt()
    {
        // 1,500 newlines then a 1,500-character line: the blank lines go with the line.
        const QString artifact = QString(1500, QLatin1Char('\n')) + QString(1500, QLatin1Char('z'));
        const QStringList parts = DiscordMessages::split(artifact);
        QCOMPARE(parts.join(QString()), artifact);
        for (const QString &part : parts)
            QVERIFY(!part.trimmed().isEmpty());
    }

    void headerNamesObjectiveCandidateAndScore()
    {
        const QString header
                = DiscordMessages::header(QStringLiteral("Generate weekly AI events\nfor Discord"),
                                          QStringLiteral("gamma"), true, 87.54);
        QVERIFY(header.contains(QStringLiteral("Generate weekly AI events")));
        QVERIFY(!header.contains(QStringLiteral("for Discord"))); // the first line only
        QVERIFY(header.contains(QStringLiteral("gamma")));
        QVERIFY(header.contains(QStringLiteral("87.5")));
        QVERIFY(header.contains(QStringLiteral("winner")));
        const QString unscored = DiscordMessages::header(QString(5000, QLatin1Char('o')),
                                                         QStringLiteral("beta"), false, -1);
        QVERIFY(unscored.contains(QStringLiteral("not scored")));
        QVERIFY(unscored.size() < 500);
    }

    void webhookUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopbackAllowed");
        QTest::addColumn<bool>("accepted");
        const QString path = QStringLiteral("/api/webhooks/123456789012345678/AbC-def_123");
        QTest::newRow("discord.com")
                << QStringLiteral("https://discord.com") + path << false << true;
        QTest::newRow("discordapp.com")
                << QStringLiteral("https://discordapp.com") + path << false << true;
        QTest::newRow("canary") << QStringLiteral("https://canary.discord.com") + path << false
                                << true;
        QTest::newRow("ptb") << QStringLiteral("https://ptb.discordapp.com") + path << false
                             << true;
        QTest::newRow("versioned path")
                << QStringLiteral("https://discord.com/api/v10/webhooks/1/tok") << false << true;
        QTest::newRow("thread_id")
                << QStringLiteral("https://discord.com") + path + QStringLiteral("?thread_id=42")
                << false << true;
        QTest::newRow("surrounding spaces")
                << QStringLiteral("  https://discord.com") + path + QStringLiteral("\n") << false
                << true;
        QTest::newRow("http") << QStringLiteral("http://discord.com") + path << false << false;
        QTest::newRow("not discord")
                << QStringLiteral("https://discord.com.evil.example") + path << false << false;
        QTest::newRow("lookalike")
                << QStringLiteral("https://discordcom.net") + path << false << false;
        QTest::newRow("not a webhook path")
                << QStringLiteral("https://discord.com/channels/1/2") << false << false;
        QTest::newRow("no token") << QStringLiteral("https://discord.com/api/webhooks/123") << false
                                  << false;
        QTest::newRow("id not a number")
                << QStringLiteral("https://discord.com/api/webhooks/abc/tok") << false << false;
        QTest::newRow("extra path")
                << QStringLiteral("https://discord.com") + path + QStringLiteral("/slack") << false
                << false;
        QTest::newRow("other query")
                << QStringLiteral("https://discord.com") + path + QStringLiteral("?wait=true&x=1")
                << false << false;
        QTest::newRow("user info")
                << QStringLiteral("https://me:pw@discord.com") + path << false << false;
        QTest::newRow("port") << QStringLiteral("https://discord.com:8443") + path << false
                              << false;
        QTest::newRow("not a URL") << QStringLiteral("paste here") << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("loopback refused")
                << QStringLiteral("http://127.0.0.1:8080") + path << false << false;
        QTest::newRow("localhost refused")
                << QStringLiteral("http://localhost:8080") + path << false << false;
        QTest::newRow("loopback with the test option")
                << QStringLiteral("http://127.0.0.1:8080") + path << true << true;
        QTest::newRow("loopback, not a webhook path")
                << QStringLiteral("http://127.0.0.1:8080/") << true << false;
        QTest::newRow("loopback, other scheme")
                << QStringLiteral("ftp://127.0.0.1") + path << true << false;
        QTest::newRow("the test option accepts no other http")
                << QStringLiteral("http://discord.com") + path << true << false;
    }

    void webhookUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopbackAllowed);
        QFETCH(bool, accepted);
        const QString problem
                = DiscordWebhook::urlProblem(url,
                                             loopbackAllowed ? DiscordWebhook::Loopback::Allowed
                                                             : DiscordWebhook::Loopback::Refused);
        QCOMPARE(problem.isEmpty(), accepted);
        // The sentence never repeats the secret part.
        QVERIFY(!problem.contains(QStringLiteral("AbC-def_123")));
    }

    void redactedHidesTheWebhook()
    {
        const QUrl url(QStringLiteral("https://discord.com/api/webhooks/1/SeCrEt-token"));
        const QString text = DiscordWebhook::redacted(
                QStringLiteral(
                        "Error transferring https://discord.com/api/webhooks/1/SeCrEt-token - "
                        "server replied: x; token SeCrEt-token"),
                url);
        QVERIFY(!text.contains(QStringLiteral("SeCrEt-token")));
        QVERIFY(text.contains(QStringLiteral("the webhook")));
    }

    void payloadDisablesMentions()
    {
        const QJsonObject json
                = QJsonDocument::fromJson(
                          WebhookPoster::payload(QStringLiteral("@everyone <b>hi</b>")))
                          .object();
        QCOMPARE(json.value(QStringLiteral("content")).toString(),
                 QStringLiteral("@everyone <b>hi</b>"));
        const QJsonObject mentions = json.value(QStringLiteral("allowed_mentions")).toObject();
        QVERIFY(mentions.value(QStringLiteral("parse")).isArray());
        QVERIFY(mentions.value(QStringLiteral("parse")).toArray().isEmpty());
        QCOMPARE(json.value(QStringLiteral("flags")).toInt() & 4, 4); // no link previews
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("resetAfter");
        QTest::addColumn<QByteArray>("retryAfterHeader");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("body, fractional") << QByteArray("{\"retry_after\": 0.345}") << QByteArray()
                                          << QByteArray() << qint64(345);
        QTest::newRow("reset-after header")
                << QByteArray() << QByteArray("1.5") << QByteArray() << qint64(1500);
        QTest::newRow("retry-after header")
                << QByteArray() << QByteArray() << QByteArray("2") << qint64(2000);
        QTest::newRow("the longest wins") << QByteArray("{\"retry_after\": 0.5}")
                                          << QByteArray("0.75") << QByteArray("1") << qint64(1000);
        QTest::newRow("nothing said")
                << QByteArray("not json") << QByteArray() << QByteArray() << qint64(1000);
        QTest::newRow("negative ignored") << QByteArray("{\"retry_after\": -3}") << QByteArray()
                                          << QByteArray() << qint64(1000);
        QTest::newRow("huge bounded") << QByteArray("{\"retry_after\": 1e300}") << QByteArray()
                                      << QByteArray() << qint64(86'400'000);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, resetAfter);
        QFETCH(QByteArray, retryAfterHeader);
        QFETCH(qint64, expectedMs);
        QCOMPARE(WebhookPoster::retryAfter(body, resetAfter, retryAfterHeader).count(), expectedMs);
    }

    void planPostsTheHeaderThenTheArtifact()
    {
        RunRecord run;
        run.objective = QStringLiteral("Weekly AI events");
        CandidateResult gamma;
        gamma.candidateId = QStringLiteral("gamma");
        gamma.artifactName = QStringLiteral("events.md");
        ScoreCard card;
        card.total = 90;
        gamma.score = card;
        run.candidates = {gamma};
        run.winner.candidateId = QStringLiteral("gamma");
        const QString artifact = eventList(10'000);
        const PublishPlan plan = Publishing::planFromBytes(run, gamma, artifact.toUtf8());
        QVERIFY2(plan.ready(), qPrintable(plan.problem));
        QVERIFY(plan.winner);
        QVERIFY(plan.messages.first().contains(QStringLiteral("gamma")));
        QCOMPARE(plan.messages.mid(1).join(QString()), artifact);

        QVERIFY(!Publishing::planFromBytes(run, gamma, QByteArray("a\0b", 3)).ready());
        QVERIFY(!Publishing::planFromBytes(run, gamma, QByteArray("\xff\xfe broken")).ready());
        QVERIFY(!Publishing::planFromBytes(run, gamma, QByteArray("  \n")).ready());
        const PublishPlan tooLong
                = Publishing::planFromBytes(run, gamma, eventList(250'000).toUtf8());
        QVERIFY(!tooLong.ready());
        QVERIFY(tooLong.problem.contains(QStringLiteral("messages")));
    }

    void planRefusesWithoutWinnerOrArtifact()
    {
        RunRecord run;
        CandidateResult failed;
        failed.candidateId = QStringLiteral("delta");
        run.candidates = {failed};
        run.winner.note = QStringLiteral("No candidate passed every gate.");
        const PublishPlan noWinner = Publishing::plan(run);
        QVERIFY(!noWinner.ready());
        QVERIFY(noWinner.problem.contains(QStringLiteral("no winner")));
        QVERIFY(Publishing::plan(run, QStringLiteral("delta"))
                        .problem.contains(QStringLiteral("no artifact")));
        QVERIFY(Publishing::plan(run, QStringLiteral("nobody"))
                        .problem.contains(QStringLiteral("nobody")));
    }

    void publishedRoundTripsThroughRunJson()
    {
        RunRecord run;
        run.candidates = {CandidateResult()};
        QVERIFY(!run.toJson().contains(QStringLiteral("published"))); // absent when none
        const QDateTime at = QDateTime::fromString(QStringLiteral("2031-05-01T10:00:00.000Z"),
                                                   Qt::ISODateWithMs);
        run.published = {{at, QStringLiteral("gamma"), 4, 2, false}};
        const QJsonObject json = run.toJson();
        const QJsonObject entry
                = json.value(QStringLiteral("published")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("candidate_id")).toString(), QStringLiteral("gamma"));
        QCOMPARE(entry.value(QStringLiteral("message_count")).toInt(), 4);
        QCOMPARE(entry.value(QStringLiteral("complete")).toBool(), false);
        QString error;
        const RunRecord back = RunRecord::fromJson(json, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(back.published.size(), 1);
        QCOMPARE(back.published.first().at, at);
        QCOMPARE(back.published.first().sentCount, 2);
    }
};

QTEST_GUILESS_MAIN(TestPublish)
#include "test_publish.moc"
