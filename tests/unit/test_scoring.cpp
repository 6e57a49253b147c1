// The scoring engine without sandboxes: weights, every gate and sub-score with known answers,
// the event format's parser, hostile artifacts, the ranking and overrides, a scorer script's
// output, and run.json across format versions.
#include "core/runrecord.h"
#include "scoring/builtinscorers.h"
#include "scoring/eventlist.h"
#include "scoring/ranking.h"
#include "scoring/runscorer.h"
#include "scoring/scorerscript.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate runDate(2030, 6, 10);

using Rows = QList<std::tuple<QString, double, double, bool>>;

QString day(int offset)
{
    return runDate.addDays(offset).toString(Qt::ISODate);
}

QByteArray eventText(int offset, const QString &title, const QString &url)
{
    return QStringLiteral("- %1 | [%2](%3)\n").arg(day(offset), title, url).toUtf8();
}

// Five good, on-topic events within the window.
QByteArray fiveGoodEvents()
{
    return "# AI events\n\n"
            + eventText(1, QStringLiteral("LLM Meetup"), QStringLiteral("https://meetup.com/llm"))
            + eventText(2, QStringLiteral("AI Night"), QStringLiteral("https://lu.ma/ai"))
            + eventText(3, QStringLiteral("PyTorch Hangout"),
                        QStringLiteral("https://pytorch.org/e"))
            + eventText(4, QStringLiteral("Agents Hour"),
                        QStringLiteral("https://discord.gg/agents"))
            + eventText(5, QStringLiteral("Machine Learning Talk"),
                        QStringLiteral("https://ml.org/talk"));
}

ScoringContext context(ScoringSettings settings = {})
{
    return {QStringLiteral("Generate weekly AI events for Discord"), runDate, settings};
}

} // namespace

class TestScoring final : public QObject
{
    Q_OBJECT

private:
    CandidateResult candidate(const QString &id, const std::optional<QByteArray> &artifact,
                              std::optional<int> exitCode = 0, double runtime = 1.0)
    {
        CandidateResult r;
        r.candidateId = id;
        r.exitCode = exitCode;
        r.runtimeSeconds = runtime;
        r.state = exitCode == 0 && artifact ? CandidateState::Succeeded : CandidateState::Failed;
        if (artifact) {
            const QString folder = m_dir.filePath(id);
            QDir().mkpath(folder);
            r.artifactName = id + QStringLiteral("_output.md");
            r.artifactFile = folder + QLatin1Char('/') + r.artifactName;
            QFile file(r.artifactFile);
            if (!file.open(QIODevice::WriteOnly) || file.write(*artifact) != artifact->size())
                qFatal("cannot write the artifact");
            r.artifactSize = artifact->size();
        }
        return r;
    }

    // The events scorer's card for `artifact`, as a candidate named after the data row (one
    // folder per row and prefix, so rows never share a file).
    ScoreCard eventsCardForRow(const QString &prefix, const QByteArray &artifact)
    {
        QString id = prefix + QString::fromLatin1(QTest::currentDataTag());
        id.replace(QLatin1Char(' '), QLatin1Char('_'));
        return BuiltInScorers::scoreEvents(candidate(id, artifact), context());
    }

    // A run whose candidates carry the given cards' quality, runtimes and gate results.
    static RunRecord rankedRun(const Rows &rows)
    {
        RunRecord run;
        for (const auto &[id, quality, runtime, passes] : rows) {
            CandidateResult r;
            r.candidateId = id;
            r.runtimeSeconds = runtime;
            ScoreCard card;
            card.gates = {{QStringLiteral("g"), passes, QString()}};
            card.automaticQuality = quality;
            r.score = card;
            run.candidates.append(r);
        }
        Ranking::rankRun(run);
        return run;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void weightsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("normalised");
        QTest::addColumn<QString>("errorHas");
        QTest::newRow("defaults") << u"0.2,0.6,0.2"_s << true << false << QString();
        QTest::newRow("spaces") << u" 0.5 , 0.5 , 0 "_s << true << false << QString();
        QTest::newRow("scaled") << u"1,3,1"_s << true << true << QString();
        QTest::newRow("negative") << u"-1,1,1"_s << false << false << u"negative"_s;
        QTest::newRow("not a number") << u"a,0.5,0.5"_s << false << false << u"not a number"_s;
        QTest::newRow("all zero") << u"0,0,0"_s << false << false << u"all zero"_s;
        QTest::newRow("two numbers") << u"0.5,0.5"_s << false << false << u"three numbers"_s;
        QTest::newRow("infinite") << u"inf,1,1"_s << false << false << u"finite"_s;
    }

    void weightsParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(bool, normalised);
        QFETCH(QString, errorHas);
        QString error;
        const std::optional<ScoreWeights> weights = ScoreWeights::parse(text, &error);
        QCOMPARE(weights.has_value(), ok);
        QVERIFY2(error.contains(errorHas), qPrintable(error));
        if (!ok)
            return;
        bool changed = false;
        const ScoreWeights scaled = weights->normalised(&changed);
        QCOMPARE(changed, normalised);
        QCOMPARE(weights->normalisationNote().isEmpty(), !normalised);
        QVERIFY(qFuzzyCompare(scaled.success + scaled.quality + scaled.speed, 1.0));
    }

    void weightsScaleToTheSameRanking()
    {
        QString error;
        const ScoreWeights scaled
                = ScoreWeights::parse(QStringLiteral("1,3,1"), &error)->normalised();
        QVERIFY(qFuzzyCompare(scaled.success, 0.2));
        QVERIFY(qFuzzyCompare(scaled.quality, 0.6));
        QVERIFY(qFuzzyCompare(scaled.speed, 0.2));
    }

    void eventLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("problemHas"); // empty: well formed
        QTest::addColumn<QString>("host");
        QTest::newRow("good") << QByteArray("2030-06-11 | [AI Night](https://lu.ma/ai)")
                              << QString() << u"lu.ma"_s;
        QTest::newRow("http and port") << QByteArray("2030-06-11 | [AI](http://Lu.Ma:8080/x?y#z)")
                                       << QString() << u"lu.ma"_s;
        QTest::newRow("no bar") << QByteArray("2030-06-11 [AI](https://lu.ma)") << u"\" | \""_s
                                << QString();
        QTest::newRow("bad month")
                << QByteArray("2030-13-01 | [AI](https://lu.ma)") << u"date"_s << u"lu.ma"_s;
        QTest::newRow("short date")
                << QByteArray("30-06-11 | [AI](https://lu.ma)") << u"date"_s << u"lu.ma"_s;
        QTest::newRow("not a link") << QByteArray("2030-06-11 | AI Night https://lu.ma")
                                    << u"Markdown link"_s << QString();
        QTest::newRow("empty title")
                << QByteArray("2030-06-11 | [ ](https://lu.ma)") << u"title"_s << u"lu.ma"_s;
        QTest::newRow("htp") << QByteArray("2030-06-11 | [AI](htp://broken-link)") << u"http"_s
                             << QString();
        QTest::newRow("no host") << QByteArray("2030-06-11 | [AI](https:///path)") << u"host"_s
                                 << QString();
        QTest::newRow("space in url")
                << QByteArray("2030-06-11 | [AI](https://lu .ma)") << u"spaces"_s << QString();
        QTest::newRow("bad port") << QByteArray("2030-06-11 | [AI](https://lu.ma:http/)")
                                  << u"port"_s << QString();
        QTest::newRow("not a url")
                << QByteArray("2030-06-11 | [AI](not-a-url)") << u"http"_s << QString();
    }

    void eventLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, problemHas);
        QFETCH(QString, host);
        const EventLine event = parseEventLine(line, 7);
        QCOMPARE(event.lineNumber, 7);
        if (problemHas.isEmpty())
            QVERIFY2(event.wellFormed(), qPrintable(event.problem));
        else
            QVERIFY2(event.problem.contains(problemHas), qPrintable(event.problem));
        QCOMPARE(event.host, host);
    }

    void realHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("real");
        QTest::newRow("lu.ma") << u"lu.ma"_s << true;
        QTest::newRow("www.meetup.com") << u"www.meetup.com"_s << true;
        QTest::newRow("example.com") << u"example.com"_s << false;
        QTest::newRow("example.org") << u"example.org"_s << false;
        QTest::newRow("example.net") << u"example.net"_s << false;
        QTest::newRow("sub.example.com") << u"bakery.example.com"_s << false;
        QTest::newRow(".example") << u"events.example"_s << false;
        QTest::newRow(".invalid") << u"example.invalid"_s << false;
        QTest::newRow(".test") << u"events.test"_s << false;
        QTest::newRow(".localhost") << u"app.localhost"_s << false;
        QTest::newRow("localhost") << u"localhost"_s << false;
        QTest::newRow("ipv4") << u"127.0.0.1"_s << false;
        QTest::newRow("ipv6") << u"[::1]"_s << false;
        QTest::newRow("single label") << u"intranet"_s << false;
    }

    void realHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, real);
        QCOMPARE(unrealHostReason(host).isEmpty(), real);
    }

    void topicRule_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("matched");
        QTest::newRow("ai and agents")
                << u"AI Agents Office Hours"_s << QStringList{u"ai"_s, u"agent"_s};
        QTest::newRow("objective keyword") << u"Discord Stage Night"_s << QStringList{u"discord"_s};
        QTest::newRow("plural") << u"LLMs in Practice"_s << QStringList{u"llm"_s};
        QTest::newRow("phrase") << u"Intro to Machine Learning"_s
                                << QStringList{u"machine learning"_s};
        QTest::newRow("case") << u"PYTORCH hangout"_s << QStringList{u"pytorch"_s};
        QTest::newRow("whole words only") << u"Daily Painting Class"_s << QStringList{};
        QTest::newRow("off topic") << u"Vintage Car Show"_s << QStringList{};
        QTest::newRow("punctuation") << u"ML-Monday: Papers"_s << QStringList{u"ml"_s};
    }

    void topicRule()
    {
        QFETCH(QString, title);
        QFETCH(QStringList, matched);
        const TopicMatcher topic(QStringLiteral("Generate weekly AI events for Discord"),
                                 ScoringSettings::defaultTopicWords());
        QCOMPARE(topic.objectiveKeywords(), (QStringList{u"ai"_s, u"discord"_s}));
        QCOMPARE(topic.matches(title), matched);
    }

    void topicWordsAreEditable()
    {
        const TopicMatcher topic(QStringLiteral("Find jazz concerts"), {QStringLiteral("bebop")});
        QCOMPARE(topic.objectiveKeywords(), (QStringList{u"jazz"_s, u"concerts"_s}));
        QCOMPARE(topic.matches(QStringLiteral("Bebop night")), QStringList{u"bebop"_s});
        QVERIFY(topic.matches(QStringLiteral("AI night")).isEmpty());
    }

    void basicGates_data()
    {
        QTest::addColumn<std::optional<QByteArray>>("artifact");
        QTest::addColumn<std::optional<int>>("exitCode");
        QTest::addColumn<QString>("firstFailed"); // empty: all pass
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("passes") << std::optional(QByteArray("eleven byte")) << std::optional(0)
                                << QString() << QString();
        QTest::newRow("crash") << std::optional<QByteArray>() << std::optional(1) << u"exit_code"_s
                               << u"code 1"_s;
        QTest::newRow("killed") << std::optional(QByteArray("eleven byte")) << std::optional<int>()
                                << u"exit_code"_s << u"did not exit"_s;
        QTest::newRow("no artifact") << std::optional<QByteArray>() << std::optional(0)
                                     << u"artifact_exists"_s << u"no artifact"_s;
        QTest::newRow("ten bytes") << std::optional(QByteArray("ten bytes!")) << std::optional(0)
                                   << u"artifact_size"_s << u"10 bytes"_s;
        QTest::newRow("empty") << std::optional(QByteArray()) << std::optional(0)
                               << u"artifact_size"_s << u"0 byte"_s;
    }

    void basicGates()
    {
        QFETCH(std::optional<QByteArray>, artifact);
        QFETCH(std::optional<int>, exitCode);
        QFETCH(QString, firstFailed);
        QFETCH(QString, reasonHas);
        const ScoreCard card = BuiltInScorers::scorePlain(
                candidate(QString::fromLatin1(QTest::currentDataTag())
                                  .replace(QLatin1Char(' '), QLatin1Char('_')),
                          artifact, exitCode));
        QCOMPARE(card.gates.size(), 3);
        const Gate *failed = card.disqualifiedBy();
        QCOMPARE(failed ? failed->id : QString(), firstFailed);
        if (failed)
            QVERIFY2(failed->reason.contains(reasonHas), qPrintable(failed->reason));
        // The plain scorer: 100 when the gates pass, else 0.
        QCOMPARE(card.automaticQuality, failed ? 0.0 : 100.0);
    }

    void eventQuality_data()
    {
        QTest::addColumn<QByteArray>("artifact");
        QTest::addColumn<double>("quality");
        QTest::addColumn<QString>("detailHas");
        const QByteArray good = fiveGoodEvents();
        QTest::newRow("five good") << good << 100.0 << u"good, on topic: llm"_s;
        QTest::newRow("three good: short list")
                << good.left(good.indexOf(QByteArray("- " + day(4).toUtf8()))) << 60.0
                << u"3 of 3 events are good"_s;
        QTest::newRow("one in the past") << good
                        + eventText(-1, QStringLiteral("AI Recap"),
                                    QStringLiteral("https://lu.ma/r"))
                                         << 100.0 * 5 / 6 << u"in the past"_s;
        QTest::newRow("beyond the window") << good
                        + eventText(15, QStringLiteral("AI Later"),
                                    QStringLiteral("https://lu.ma/l"))
                                           << 100.0 * 5 / 6 << u"more than 14 day"_s;
        QTest::newRow("last day of the window") << good
                        + eventText(14, QStringLiteral("AI Later"),
                                    QStringLiteral("https://lu.ma/l"))
                                                << 100.0 << u"AI Later\": good"_s;
        QTest::newRow("documentation host") << good
                        + eventText(2, QStringLiteral("AI Fake"),
                                    QStringLiteral("https://x.example.com/a"))
                                            << 100.0 * 5 / 6 << u"documentation name"_s;
        QTest::newRow("duplicate") << good
                        + eventText(2, QStringLiteral("ai night"),
                                    QStringLiteral("https://lu.ma/other"))
                                   << 100.0 * 5 / 6 << u"repeats an earlier event"_s;
        QTest::newRow("off topic") << good
                        + eventText(2, QStringLiteral("Sourdough Class"),
                                    QStringLiteral("https://bake.org"))
                                   << 100.0 * 5 / 6 << u"off topic"_s;
        QTest::newRow("four good of five")
                << good.left(good.indexOf(QByteArray("- " + day(5).toUtf8())))
                        + eventText(5, QStringLiteral("Car Show"),
                                    QStringLiteral("https://cars.org"))
                << 100.0 * 4 / 5 * 4 / 5 << u"4 of 5 events are good"_s;
    }

    void eventQuality()
    {
        QFETCH(QByteArray, artifact);
        QFETCH(double, quality);
        QFETCH(QString, detailHas);
        const ScoreCard card = eventsCardForRow(QStringLiteral("q"), artifact);
        QVERIFY(qAbs(card.automaticQuality - quality) < 1e-9);
        const QString details = card.details.join(QLatin1Char('\n'));
        QVERIFY2(details.contains(detailHas), qPrintable(details));
    }

    void targetAndWindowAreSettings()
    {
        ScoringSettings settings;
        settings.targetEvents = 10;
        settings.windowDays = 3;
        const ScoreCard card = BuiltInScorers::scoreEvents(
                candidate(QStringLiteral("settings"), fiveGoodEvents()), context(settings));
        // Three events lie within 3 days; 3 of 10 wanted, 3 of 5 listed are good.
        QVERIFY(qAbs(card.automaticQuality - 100.0 * 3 / 10 * 3 / 5) < 1e-9);
    }

    void eventGates_data()
    {
        QTest::addColumn<QByteArray>("artifact");
        QTest::addColumn<QString>("firstFailed");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("good") << fiveGoodEvents() << QString() << QString();
        QTest::newRow("two events")
                << eventText(1, QStringLiteral("AI"), QStringLiteral("https://lu.ma/a"))
                        + eventText(2, QStringLiteral("ML"), QStringLiteral("https://lu.ma/b"))
                << u"event_count"_s << u"Only 2"_s;
        QTest::newRow("broken url")
                << fiveGoodEvents() + "- " + day(3).toUtf8() + " | [ML](htp://broken)\n"
                << u"events_well_formed"_s << u"line 8"_s;
        QTest::newRow("markdown without a list")
                << QByteArray("# Notes\n\nSome prose about AI events, but no list at all.\n")
                << u"event_count"_s << u"no event lines"_s;
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                              16)
                                << u"event_count"_s << u"not text"_s;
        QTest::newRow("invalid utf-8") << QByteArray("# \xff\xfe events\n- nothing here at all\n")
                                       << u"event_count"_s << u"not text"_s;
        QTest::newRow("empty") << QByteArray() << u"artifact_size"_s << u"0 byte"_s;
    }

    void eventGates()
    {
        QFETCH(QByteArray, artifact);
        QFETCH(QString, firstFailed);
        QFETCH(QString, reasonHas);
        const ScoreCard card = eventsCardForRow(QStringLiteral("g"), artifact);
        QCOMPARE(card.gates.size(), 5);
        const Gate *failed = card.disqualifiedBy();
        QCOMPARE(failed ? failed->id : QString(), firstFailed);
        if (failed)
            QVERIFY2(failed->reason.contains(reasonHas), qPrintable(failed->reason));
    }

    void hugeArtifactIsReadInBoundedTime_data()
    {
        QTest::addColumn<QByteArray>("chunk");
        QTest::newRow("one 50 MiB line") << QByteArray("x");
        QTest::newRow("50 MiB of events")
                << eventText(2, QStringLiteral("AI Night"), QStringLiteral("https://lu.ma/ai"));
        QTest::newRow("50 MiB of near-events") << QByteArray("- 2030-06-12 | [[[[[[[(((((((\n");
    }

    void hugeArtifactIsReadInBoundedTime()
    {
        QFETCH(QByteArray, chunk);
        const qsizetype size = 50 * 1024 * 1024;
        QByteArray big;
        big.reserve(size + chunk.size());
        while (big.size() < size)
            big += chunk;
        const CandidateResult r = candidate(QStringLiteral("big"), big);
        big.clear();
        QElapsedTimer clock;
        clock.start();
        const ScoreCard card = BuiltInScorers::scoreEvents(r, context());
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(card.details.first().contains(QStringLiteral("Read the first")),
                 qPrintable(card.details.first()));
    }

    void ranking_data()
    {
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QStringList>("byRank");
        QTest::addColumn<QList<double>>("totals");
        QTest::addColumn<QString>("winner");
        using Row = std::tuple<QString, double, double, bool>;
        // total = 0.2 x success + 0.6 x quality + 0.2 x speed
        QTest::newRow("quality and speed")
                << QList<Row>{{u"a"_s, 50, 1, true}, {u"b"_s, 100, 4, true}, {u"c"_s, 90, 2, true}}
                << QStringList{u"b"_s, u"c"_s, u"a"_s}
                << QList<double>{20 + 30 + 20, 20 + 60 + 5, 20 + 54 + 10} << u"b"_s;
        QTest::newRow("disqualified below qualified")
                << QList<Row>{{u"a"_s, 100, 1, false}, {u"b"_s, 10, 2, true}}
                << QStringList{u"b"_s, u"a"_s} << QList<double>{60, 20 + 6 + 20} << u"b"_s;
        QTest::newRow("tie: shorter runtime")
                << QList<Row>{{u"slow"_s, 80, 2, true}, {u"fast"_s, 100, 1, true}}
                << QStringList{u"fast"_s, u"slow"_s} << QList<double>{20 + 48 + 10, 20 + 60 + 20}
                << u"fast"_s;
        QTest::newRow("none passes")
                << QList<Row>{{u"a"_s, 100, 1, false}, {u"b"_s, 50, 1, false}}
                << QStringList{u"a"_s, u"b"_s} << QList<double>{60, 30} << QString();
    }

    void ranking()
    {
        QFETCH(Rows, rows);
        QFETCH(QStringList, byRank);
        QFETCH(QList<double>, totals);
        QFETCH(QString, winner);
        const RunRecord run = rankedRun(rows);
        QStringList ranked(run.candidates.size());
        for (int i = 0; i < run.candidates.size(); ++i) {
            const ScoreCard &card = *run.candidates.at(i).score;
            ranked[card.rank - 1] = run.candidates.at(i).candidateId;
            QVERIFY2(qAbs(card.total - totals.at(i)) < 1e-9,
                     qPrintable(QString::number(card.total)));
        }
        QCOMPARE(ranked, byRank);
        QCOMPARE(run.winner.candidateId, winner);
        QCOMPARE(run.winner.note.contains(QStringLiteral("No winner")), winner.isEmpty());
    }

    void equalTotalsGoToTheShorterRuntime()
    {
        // Same quality, both the fastest possible after rounding: equal totals, 1 s vs 1.5 s.
        RunRecord run = rankedRun({{u"b"_s, 100, 1.5, true}, {u"a"_s, 100, 1.0, true}});
        run.scoring.weights = {0.5, 0.5, 0};
        Ranking::rankRun(run);
        QCOMPARE(run.candidates.at(0).score->total, run.candidates.at(1).score->total);
        QCOMPARE(run.winner.candidateId, QStringLiteral("a"));
    }

    void unusableWeightsInAFileCountAsTheDefaults()
    {
        RunRecord run = rankedRun({{u"a"_s, 50, 1, true}});
        run.scoring.weights = {0, 0, 0};
        Ranking::rankRun(run);
        QCOMPARE(run.candidates.at(0).score->total, 20.0 + 30 + 20);
    }

    void manualQualityAndWinnerCanBeUndone()
    {
        RunRecord run = rankedRun({{u"a"_s, 50, 1, true}, {u"b"_s, 100, 1, true}});
        QCOMPARE(run.winner.candidateId, QStringLiteral("b"));
        QVERIFY(Ranking::setManualQuality(run, QStringLiteral("a"), 100.0 + 50));
        QCOMPARE(*run.candidates.at(0).score->quality(), 100.0); // clamped
        QCOMPARE(run.candidates.at(0).score->automaticQuality, 50.0);
        QVERIFY(Ranking::setManualWinner(run, QStringLiteral("a")));
        QVERIFY(run.winner.manual);
        QCOMPARE(run.winner.candidateId, QStringLiteral("a"));
        QVERIFY2(run.winner.note.contains(QStringLiteral("by hand")), qPrintable(run.winner.note));
        QVERIFY(!Ranking::setManualWinner(run, QStringLiteral("nobody")));
        Ranking::clearOverrides(run);
        QVERIFY(!run.winner.manual);
        QCOMPARE(run.winner.candidateId, QStringLiteral("b"));
        QCOMPARE(*run.candidates.at(0).score->quality(), 50.0);
    }

    void unscoredCandidateIsNotRankedUnlessAPersonScoresIt()
    {
        RunRecord run = rankedRun({{u"a"_s, 0, 1, true}, {u"b"_s, 40, 2, true}});
        run.candidates[0].score->unscored = true;
        Ranking::rankRun(run);
        QCOMPARE(run.candidates.at(0).score->rank, 0);
        QCOMPARE(run.winner.candidateId, QStringLiteral("b"));
        Ranking::setManualQuality(run, QStringLiteral("a"), 90);
        QCOMPARE(run.candidates.at(0).score->rank, 1);
        QCOMPARE(run.winner.candidateId, QStringLiteral("a"));
    }

    void rescoreKeepsOverrides()
    {
        RunRecord run;
        run.startedAt = run.finishedAt = QDateTime(runDate, QTime(9, 0));
        run.objective = QStringLiteral("Generate weekly AI events for Discord");
        run.candidates = {candidate(QStringLiteral("full"), fiveGoodEvents(), 0, 1.0),
                          candidate(QStringLiteral("short"), fiveGoodEvents().left(60), 0, 1.0)};
        RunRecord scored = Scoring::scoreBuiltIn(run, {});
        QCOMPARE(scored.winner.candidateId, QStringLiteral("full"));
        QVERIFY(scored.scoring.scoredAt.isValid());
        Ranking::setManualQuality(scored, QStringLiteral("short"), 100);
        Ranking::setManualWinner(scored, QStringLiteral("short"));
        ScoringSettings plain;
        plain.scorer = QLatin1StringView(ScoringSettings::plainScorer);
        const RunRecord again = Scoring::scoreBuiltIn(scored, plain);
        QCOMPARE(again.candidates.at(1).score->manualQuality, std::optional(100.0));
        QVERIFY(again.winner.manual);
        QCOMPARE(again.winner.candidateId, QStringLiteral("short"));
        QCOMPARE(again.scoring.scorer, QStringLiteral("plain"));
    }

    void runScorerWorksOffTheCallingThread()
    {
        RunRecord run;
        run.startedAt = QDateTime(runDate, QTime(9, 0));
        run.objective = QStringLiteral("Generate weekly AI events for Discord");
        run.candidates = {candidate(QStringLiteral("async"), fiveGoodEvents())};
        RunScorer scorer;
        QSignalSpy finished(&scorer, &RunScorer::finished);
        QCOMPARE(scorer.start(run, {}), QString());
        QVERIFY(scorer.isRunning());
        QVERIFY(!scorer.start(run, {}).isEmpty());
        QVERIFY(finished.wait(10'000));
        const RunRecord scored = finished.at(0).at(0).value<RunRecord>();
        QCOMPARE(scored.candidates.at(0).score->rank, 1);
        QCOMPARE(scored.winner.candidateId, QStringLiteral("async"));
        ScoringSettings zero;
        zero.weights = {0, 0, 0};
        QVERIFY(scorer.start(run, zero).contains(QStringLiteral("all zero")));
    }

    void scorerOutput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // the whole output
        QTest::addColumn<QString>("alphaProblem");
        QTest::addColumn<double>("alphaQuality");
        QTest::addColumn<QStringList>("unknown");
        QTest::newRow("good") << QByteArray(
                R"({"candidates":{"alpha":{"quality":70,"gates":[{"id":"rsvp","passed":false,"reason":"no RSVP"}],"details":["ok"]}}})")
                              << QString() << QString() << 70.0 << QStringList();
        QTest::newRow("invalid json") << QByteArray("{nope") << u"not a JSON object"_s << QString()
                                      << -1.0 << QStringList();
        QTest::newRow("nothing") << QByteArray("  \n") << u"printed nothing"_s << QString() << -1.0
                                 << QStringList();
        QTest::newRow("no candidates")
                << QByteArray(R"({"alpha":{"quality":5}})") << u"no \"candidates\""_s << QString()
                << -1.0 << QStringList();
        QTest::newRow("unknown id")
                << QByteArray(R"({"candidates":{"alpha":{"quality":5},"zeta":{"quality":9}}})")
                << QString() << QString() << 5.0 << QStringList{u"zeta"_s};
        QTest::newRow("quality 250") << QByteArray(R"({"candidates":{"alpha":{"quality":250}}})")
                                     << QString() << u"250"_s << -1.0 << QStringList();
        QTest::newRow("quality -3") << QByteArray(R"({"candidates":{"alpha":{"quality":-3}}})")
                                    << QString() << u"-3"_s << -1.0 << QStringList();
        QTest::newRow("quality text")
                << QByteArray(R"({"candidates":{"alpha":{"quality":"high"}}})") << QString()
                << u"no number"_s << -1.0 << QStringList();
        QTest::newRow("gate without id")
                << QByteArray(R"({"candidates":{"alpha":{"quality":5,"gates":[{"passed":true}]}}})")
                << QString() << u"gate"_s << -1.0 << QStringList();
    }

    void scorerOutput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QFETCH(QString, alphaProblem);
        QFETCH(double, alphaQuality);
        QFETCH(QStringList, unknown);
        const ScorerOutput output
                = parseScorerOutput(json, {QStringLiteral("alpha"), QStringLiteral("beta")});
        QVERIFY2(error.isEmpty() ? output.error.isEmpty() : output.error.contains(error),
                 qPrintable(output.error));
        QCOMPARE(output.unknownIds, unknown);
        if (!error.isEmpty())
            return;
        const ScorerVerdict alpha = output.verdicts.value(QStringLiteral("alpha"));
        QVERIFY2(alpha.problem.contains(alphaProblem), qPrintable(alpha.problem));
        QCOMPARE(alpha.quality.value_or(-1.0), alphaQuality);
        QVERIFY(!output.verdicts.contains(QStringLiteral("beta")));
    }

    void scorerOutcomeLeavesOtherScoresStanding()
    {
        RunRecord run;
        run.candidates = {candidate(QStringLiteral("ok"), QByteArray("a fine artifact")),
                          candidate(QStringLiteral("wild"), QByteArray("a fine artifact")),
                          candidate(QStringLiteral("missing"), QByteArray("a fine artifact"))};
        ScorerScriptOutcome outcome;
        outcome.exitCode = 0;
        outcome.output
                = R"({"candidates":{"ok":{"quality":80},"wild":{"quality":250},"ghost":{"quality":1}}})";
        ScoringSettings settings;
        settings.scorer = QStringLiteral("/some/scorer.py");
        const RunRecord scored = Scoring::applyScorerOutcome(run, settings, outcome);
        QCOMPARE(*scored.candidates.at(0).score->quality(), 80.0);
        QCOMPARE(scored.candidates.at(0).score->rank, 1);
        QVERIFY(scored.candidates.at(1).score->unscored);
        QVERIFY(scored.candidates.at(1).score->unscoredReason.contains(QStringLiteral("250")));
        QVERIFY(scored.candidates.at(2).score->unscoredReason.contains(QStringLiteral("no score")));
        QVERIFY(scored.scoring.scorerError.contains(QStringLiteral("ghost")));
        QCOMPARE(scored.winner.candidateId, QStringLiteral("ok"));

        outcome.exitCode = 1;
        outcome.errorOutput = QStringLiteral("Traceback...\nKeyError: 'x'\n");
        const RunRecord crashed = Scoring::applyScorerOutcome(run, settings, outcome);
        for (const CandidateResult &r : crashed.candidates)
            QVERIFY(r.score->unscoredReason.contains(QStringLiteral("KeyError: 'x'")));
        QVERIFY(!crashed.winner.exists());
        QVERIFY(crashed.scoring.scorerStderr.contains(QStringLiteral("Traceback")));
    }

    void runJsonVersionOneLoadsUnscored()
    {
        const QJsonObject v1{{u"format"_s, u"dreamfoundry-run/1"_s},
                             {u"objective"_s, u"old"_s},
                             {u"candidates"_s,
                              QJsonArray{QJsonObject{{u"candidate_id"_s, u"alpha"_s},
                                                     {u"state"_s, u"succeeded"_s}}}}};
        QString error;
        const RunRecord run = RunRecord::fromJson(v1, &error);
        QCOMPARE(error, QString());
        QCOMPARE(run.candidates.size(), 1);
        QVERIFY(!run.isScored());
        QVERIFY(!run.winner.exists());
        QCOMPARE(run.scoring.weights, ScoreWeights());
    }

    void runJsonVersionTwoRoundTrips()
    {
        RunRecord run = rankedRun({{u"a"_s, 50, 1, true}, {u"b"_s, 100, 2, false}});
        run.objective = QStringLiteral("x");
        run.scoring.weights = {1, 1, 1};
        run.scoring.topicWords = {QStringLiteral("bebop")};
        run.scoring.scoredAt = QDateTime::currentDateTimeUtc();
        run.candidates[1].score->details = {QStringLiteral("line")};
        Ranking::setManualQuality(run, QStringLiteral("a"), 75);
        Ranking::setManualWinner(run, QStringLiteral("b"));
        const QJsonObject json = run.toJson();
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
                 QStringLiteral("dreamfoundry-run/2"));
        QString error;
        const RunRecord back = RunRecord::fromJson(
                QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), &error);
        QCOMPARE(error, QString());
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.candidates.at(0).score->manualQuality, std::optional(75.0));
        QCOMPARE(back.candidates.at(0).score->automaticQuality, 50.0);
        QCOMPARE(back.candidates.at(1).score->disqualifiedBy()->id, QStringLiteral("g"));
        QVERIFY(back.winner.manual);
        QCOMPARE(back.winner.automaticCandidateId, QStringLiteral("a"));
        QCOMPARE(back.scoring.topicWords, QStringList{QStringLiteral("bebop")});
    }

    void runJsonOfAFutureVersionIsRefused()
    {
        QString error;
        RunRecord::fromJson({{u"format"_s, u"dreamfoundry-run/3"_s}, {u"candidates"_s, 7}}, &error);
        QVERIFY2(error.contains(QStringLiteral("newer Dream Foundry")), qPrintable(error));
        RunRecord::fromJson({{u"format"_s, u"dreamfoundry-run/x"_s}}, &error);
        QVERIFY2(error.contains(QStringLiteral("Not a Dream Foundry run")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "test_scoring.moc"
