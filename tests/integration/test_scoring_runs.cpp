// Scoring with real sandboxes: the five samples run and ranked, and scorer scripts (good,
// crashing, hanging, invalid output, unknown ids, out-of-range quality) in the local sandbox.
#include "core/candidate.h"
#include "runner/isolationprobe.h"
#include "runner/localbackend.h"
#include "runner/orchestrator.h"
#include "scoring/builtinscorers.h"
#include "scoring/runscorer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;

namespace {

const CandidateResult &byId(const RunRecord &run, const QString &id)
{
    for (const CandidateResult &r : run.candidates) {
        if (r.candidateId == id)
            return r;
    }
    qFatal("no candidate %s", qPrintable(id));
}

} // namespace

class TestScoringRuns final : public QObject
{
    Q_OBJECT

private:
    RunRecord score(const RunRecord &run, const ScoringSettings &settings)
    {
        RunScorer scorer(m_backend);
        QSignalSpy finished(&scorer, &RunScorer::finished);
        const QString error = scorer.start(run, settings);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        if (!finished.wait(60'000))
            qFatal("scoring did not finish");
        return finished.at(0).at(0).value<RunRecord>();
    }

    QString writeScorer(const QString &name, const QByteArray &python)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(python) != python.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Three candidates with small artifacts, as a finished run holds them.
    RunRecord threeCandidates()
    {
        RunRecord run;
        run.objective = QStringLiteral("Generate weekly AI events for Discord");
        run.startedAt = QDateTime::currentDateTime();
        for (const char *id : {"a", "b", "c"}) {
            CandidateResult r;
            r.candidateId = QString::fromLatin1(id);
            r.state = CandidateState::Succeeded;
            r.exitCode = 0;
            r.runtimeSeconds = 1;
            r.artifactName = r.candidateId + QStringLiteral("_output.md");
            r.artifactFile = m_dir.filePath(r.artifactName);
            QFile file(r.artifactFile);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write an artifact");
            file.write("# Events of " + QByteArray(id)
                       + "\n- 2030-01-01 | [AI](https://lu.ma/x)\n");
            r.artifactSize = file.size();
            run.candidates.append(r);
        }
        return run;
    }

    // Each candidate's attempts, an artifact each ending in the number given (repeat 1 first),
    // as a finished run with repeats holds them.
    RunRecord repeatedRun(const QList<std::pair<const char *, QList<int>>> &attempts)
    {
        RunRecord run;
        run.objective = QStringLiteral("Generate weekly AI events for Discord");
        run.startedAt = QDateTime::currentDateTime();
        for (const auto &[id, numbers] : attempts) {
            run.settings.plan.repeat = int(numbers.size());
            for (int n = 1; n <= numbers.size(); ++n) {
                CandidateResult r;
                r.candidateId = QString::fromLatin1(id);
                r.repeat = n;
                r.state = CandidateState::Succeeded;
                r.exitCode = 0;
                r.runtimeSeconds = 1;
                r.artifactName = r.candidateId + QStringLiteral("_output.md");
                r.artifactFile
                        = m_dir.filePath(QStringLiteral("%1-%2.md").arg(r.candidateId).arg(n));
                QFile file(r.artifactFile);
                if (!file.open(QIODevice::WriteOnly))
                    qFatal("cannot write an artifact");
                file.write("# Events\n- 2030-01-01 | [AI](https://lu.ma/x)\nscore "
                           + QByteArray::number(numbers.at(n - 1)) + '\n');
                r.artifactSize = file.size();
                (n == 1 ? run.candidates : run.repeats).append(r);
            }
        }
        return run;
    }

    static ScoringSettings scriptSettings(const QString &script, int timeoutSeconds = 30)
    {
        ScoringSettings settings;
        settings.scorer = script;
        settings.scorerTimeoutSeconds = timeoutSeconds;
        return settings;
    }

    LocalBackend m_backend;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_backend.isolation().whenKnown(this, [this] { setObjectName(QStringLiteral("known")); });
        QTRY_VERIFY_WITH_TIMEOUT(objectName() == QStringLiteral("known"), 15'000);
        QVERIFY2(m_backend.isolation().result() == IsolationProbe::Result::Available,
                 qPrintable(m_backend.isolation().reason()));
    }

    // Cancelled while the artifacts are still being staged (the script has not started): the
    // script never starts, and the run is scored at once with its candidates unscored.
    void cancelBeforeTheScriptStartsNeverRunsIt()
    {
        const QString sleeper = writeScorer(QStringLiteral("sleeper.py"),
                                            "import time\ntime.sleep(60)\nprint('{}')\n");
        RunScorer scorer(m_backend);
        QSignalSpy finished(&scorer, &RunScorer::finished);
        QCOMPARE(scorer.start(threeCandidates(), scriptSettings(sleeper, 90)), QString());
        scorer.cancel();
        QVERIFY(finished.wait(15'000)); // not the script's 60 s
        const RunRecord run = finished.at(0).at(0).value<RunRecord>();
        for (const CandidateResult &r : run.candidates) {
            QVERIFY(r.score && r.score->unscored);
            QVERIFY2(r.score->unscoredReason.contains(QStringLiteral("cancelled")),
                     qPrintable(r.score->unscoredReason));
        }
        QVERIFY(!scorer.isRunning());
    }

    void samplesRankAsTheIssueAsks()
    {
        QStringList scripts;
        for (const char *name : {"alpha", "beta", "gamma", "delta", "epsilon"})
            scripts << QStringLiteral(SAMPLES_SOURCE_DIR "/%1.py").arg(QLatin1StringView(name));
        Orchestrator orchestrator(m_backend);
        QSignalSpy runFinished(&orchestrator, &Orchestrator::runFinished);
        RunSettings settings;
        settings.objective = QStringLiteral("Generate weekly AI events for Discord");
        QCOMPARE(orchestrator.start(candidatesFromScripts(scripts).candidates, settings),
                 QString());
        QVERIFY(runFinished.wait(120'000));

        const RunRecord run = score(orchestrator.record(), {});
        const ScoreCard &delta = *byId(run, QStringLiteral("delta")).score;
        QCOMPARE(delta.disqualifiedBy()->id, QLatin1StringView(GateId::exitCode));
        const ScoreCard &epsilon = *byId(run, QStringLiteral("epsilon")).score;
        QCOMPARE(epsilon.disqualifiedBy()->id, QLatin1StringView(GateId::eventsWellFormed));
        QCOMPARE(epsilon.automaticQuality, 0.0); // past dates, example hosts, off topic
        const ScoreCard &alpha = *byId(run, QStringLiteral("alpha")).score;
        const ScoreCard &beta = *byId(run, QStringLiteral("beta")).score;
        const ScoreCard &gamma = *byId(run, QStringLiteral("gamma")).score;
        for (const ScoreCard *card : {&alpha, &beta, &gamma})
            QVERIFY2(card->passedAllGates(), qPrintable(card->details.join(QLatin1Char('\n'))));
        // A short list scores below both full ones, in quality and in rank.
        QVERIFY(alpha.automaticQuality < beta.automaticQuality);
        QVERIFY(alpha.automaticQuality < gamma.automaticQuality);
        QVERIFY(alpha.rank > beta.rank && alpha.rank > gamma.rank);
        const QString better
                = beta.total > gamma.total ? QStringLiteral("beta") : QStringLiteral("gamma");
        QCOMPARE(run.winner.candidateId, better);
        QVERIFY(delta.rank > alpha.rank && epsilon.rank > alpha.rank);
        qInfo("totals: alpha %.1f beta %.1f gamma %.1f epsilon %.1f delta %.1f", alpha.total,
              beta.total, gamma.total, epsilon.total, delta.total);
    }

    void goodScorerRunsSandboxedWithTheResultsReadOnly()
    {
        const QString script = writeScorer(QStringLiteral("good.py"), R"(
import json, os, sys
root = sys.argv[1]
run = json.load(open(os.path.join(root, "run.json")))
try:
    open(os.path.join(root, "written.txt"), "w").write("x")
    writable = "yes"
except OSError:
    writable = "no"
out = {}
for i, c in enumerate(run["candidates"]):
    text = open(os.path.join(root, c["artifact_path"])).read()
    out[c["candidate_id"]] = {"quality": 10 * (i + 1),
        "gates": [{"id": "mentions_ai", "passed": "AI" in text, "reason": "looked for AI"}],
        "details": ["root " + root, "writable " + writable, "home " + os.environ["HOME"]]}
print("scoring", len(out), file=sys.stderr)
print(json.dumps({"candidates": out}))
)");
        const RunRecord run = score(threeCandidates(), scriptSettings(script));
        QCOMPARE(run.scoring.scorerError, QString());
        QVERIFY2(run.scoring.scorerStderr.contains(QStringLiteral("scoring 3")),
                 qPrintable(run.scoring.scorerStderr));
        QCOMPARE(run.scoring.scorerSha256.size(), 64);
        for (int i = 0; i < 3; ++i) {
            const ScoreCard &card = *run.candidates.at(i).score;
            QVERIFY2(!card.unscored, qPrintable(card.unscoredReason));
            QCOMPARE(card.automaticQuality, 10.0 * (i + 1));
            QCOMPARE(card.gates.last().id, QStringLiteral("mentions_ai"));
            QVERIFY(card.gates.last().passed);
            QCOMPARE(card.details,
                     (QStringList{QStringLiteral("root /home/daytona/results"),
                                  QStringLiteral("writable no"),
                                  QStringLiteral("home /home/daytona")}));
        }
        QCOMPARE(run.winner.candidateId, QStringLiteral("c"));
    }

    // A run with repeats: the script sees every attempt (run.json's "repeats" and their
    // artifacts where artifact_path says) and judges each, "<id>#<n>" for repeat n; the
    // candidates rank by their median total, so one good attempt of three does not win.
    void scorerScriptJudgesEveryAttempt()
    {
        const RunRecord run = repeatedRun({{"a", {90, 10, 10}}, {"b", {50, 50, 50}}});
        // '#' is chr 35 here: moc takes a '#' in a raw string for a directive.
        const QString script = writeScorer(QStringLiteral("attempts.py"), R"(
import json, os, sys
root = sys.argv[1]
run = json.load(open(os.path.join(root, "run.json")))
out = {}
for c in run["candidates"]:
    for a in [c] + c.get("repeats", []):
        key = c["candidate_id"] if a.get("repeat", 0) <= 1 else "%s%c%d" % (c["candidate_id"], 35, a["repeat"])
        text = open(os.path.join(root, a["artifact_path"])).read()
        out[key] = {"quality": float(text.split()[-1])}
print(json.dumps({"candidates": out}))
)");
        const RunRecord scored = score(run, scriptSettings(script));
        QCOMPARE(scored.scoring.scorerError, QString());
        for (const CandidateResult &r : scored.candidates + scored.repeats) {
            QVERIFY2(r.score && !r.score->unscored,
                     qPrintable(r.score ? r.score->unscoredReason : QString()));
        }
        QCOMPARE(*scored.attemptsOf(QStringLiteral("a")).at(1).score->quality(), 10.0);
        QCOMPARE(scored.winner.candidateId, QStringLiteral("b")); // median 50 against 10
        QCOMPARE(*scored.repeatSummary(QStringLiteral("a")).medianTotal,
                 scored.attemptsOf(QStringLiteral("a")).at(2).score->total);
    }

    // A script that knows nothing of repeats leaves the later attempts unscored, saying so,
    // rather than judging a candidate by its first attempt alone.
    void scorerScriptSilentOnRepeatsLeavesThemUnscored()
    {
        const RunRecord run = repeatedRun({{"a", {90, 10}}});
        const QString script = writeScorer(QStringLiteral("firsts.py"), R"(
import json, os, sys
run = json.load(open(os.path.join(sys.argv[1], "run.json")))
print(json.dumps({"candidates": {c["candidate_id"]: {"quality": 70} for c in run["candidates"]}}))
)");
        const RunRecord scored = score(run, scriptSettings(script));
        QVERIFY(!scored.candidates.at(0).score->unscored);
        const ScoreCard &second = *scored.repeats.at(0).score;
        QVERIFY(second.unscored);
        QVERIFY2(second.unscoredReason.contains(QStringLiteral("a#2")),
                 qPrintable(second.unscoredReason));
    }

    // Built-in scorers judge every attempt as well, on the thread pool (a re-score).
    void builtInScorerJudgesEveryAttempt()
    {
        const RunRecord scored = score(repeatedRun({{"a", {1, 2, 3}}}), {});
        QCOMPARE(scored.repeats.size(), 2);
        for (const CandidateResult &r : scored.candidates + scored.repeats)
            QVERIFY(r.score.has_value());
    }

    void exampleScorerFollowsTheContract()
    {
        const RunRecord run = score(
                threeCandidates(),
                scriptSettings(QStringLiteral(SAMPLES_SOURCE_DIR "/scorers/example_scorer.py")));
        QCOMPARE(run.scoring.scorerError, QString());
        const ScoreCard &card = *run.candidates.at(0).score;
        QVERIFY2(!card.unscored, qPrintable(card.unscoredReason));
        QCOMPARE(card.automaticQuality, 20.0); // one linked event
        QCOMPARE(card.gates.last().id, QStringLiteral("has_heading"));
    }

    void failingScorerLeavesEveryCandidateUnscored_data()
    {
        QTest::addColumn<QByteArray>("python");
        QTest::addColumn<QString>("reason");
        QTest::newRow("crash") << QByteArray("raise KeyError('no such field')\n")
                               << QStringLiteral("KeyError: 'no such field'");
        QTest::newRow("hang") << QByteArray("import time\ntime.sleep(600)\n")
                              << QStringLiteral("did not finish within 2 second");
        QTest::newRow("invalid json") << QByteArray("print('all good, trust me')\n")
                                      << QStringLiteral("not a JSON object");
        QTest::newRow("exit code")
                << QByteArray("import sys\nsys.exit(3)\n") << QStringLiteral("exited with code 3");
    }

    void failingScorerLeavesEveryCandidateUnscored()
    {
        QFETCH(QByteArray, python);
        QFETCH(QString, reason);
        const QString script = writeScorer(QStringLiteral("failing.py"), python);
        QElapsedTimer clock;
        clock.start();
        const RunRecord run = score(threeCandidates(), scriptSettings(script, 2));
        QVERIFY(clock.elapsed() < 30'000);
        for (const CandidateResult &r : run.candidates) {
            QVERIFY(r.score->unscored);
            QVERIFY2(r.score->unscoredReason.contains(reason), qPrintable(r.score->unscoredReason));
            QCOMPARE(r.score->rank, 0);
            QVERIFY(r.score->passedAllGates()); // the basic gates still speak
        }
        QVERIFY(!run.winner.exists());
        QVERIFY(!run.winner.note.isEmpty());
    }

    void badEntriesLeaveTheOtherScoresStanding()
    {
        const QString script = writeScorer(QStringLiteral("partial.py"), R"(
import json
print(json.dumps({"candidates": {"a": {"quality": 55}, "b": {"quality": 250},
                                 "c": {"quality": -3}, "ghost": {"quality": 99}}}))
)");
        const RunRecord run = score(threeCandidates(), scriptSettings(script));
        QCOMPARE(*run.candidates.at(0).score->quality(), 55.0);
        QCOMPARE(run.candidates.at(0).score->rank, 1);
        QVERIFY(run.candidates.at(1).score->unscoredReason.contains(QStringLiteral("250")));
        QVERIFY(run.candidates.at(2).score->unscoredReason.contains(QStringLiteral("-3")));
        QVERIFY(run.scoring.scorerError.contains(QStringLiteral("ghost")));
        QCOMPARE(run.winner.candidateId, QStringLiteral("a"));
    }

    void missingScorerScriptIsAReasonNotACrash()
    {
        const RunRecord run = score(threeCandidates(),
                                    scriptSettings(m_dir.filePath(QStringLiteral("nope.py"))));
        QVERIFY2(run.candidates.at(0).score->unscoredReason.contains(
                         QStringLiteral("cannot be read")),
                 qPrintable(run.candidates.at(0).score->unscoredReason));
    }
};

QTEST_GUILESS_MAIN(TestScoringRuns)
#include "test_scoring_runs.moc"
