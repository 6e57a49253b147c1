// The run pipeline itself: a run saved with its scores, and a re-score that must not be
// confused with a run (real local sandboxes, a real scorer script).
#include "pipeline/runpipeline.h"
#include "results/resultstore.h"
#include "testcandidates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;

class TestRunPipeline final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::CandidateScripts m_scripts;

    QJsonObject runJson(const QString &folder)
    {
        QFile file(folder + QStringLiteral("/run.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

private Q_SLOTS:
    // Each attempt its own sandbox and result; every one saved (docs/architecture.md, "Repeats
    // and budgets").
    void repeatsRunEveryAttemptAndSaveIt()
    {
        RunPipeline pipeline;
        const QString script = m_scripts.write(
                QStringLiteral("twice.py"),
                QStringLiteral("open(output_path, 'w').write('# twice\\n- again\\n')\n"));
        RunSettings settings;
        settings.objective = QStringLiteral("objective");
        settings.plan.repeat = 3;
        const QString folder = m_dir.filePath(QStringLiteral("repeated"));
        QSignalSpy finished(&pipeline, &RunPipeline::finished);
        QSignalSpy attemptStates(&pipeline, &RunPipeline::attemptStateChanged);
        QCOMPARE(pipeline.start({{script}, settings, folder, {}}), QString());
        QCOMPARE(pipeline.candidateCount(), 1);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.at(0).at(2).toString(), QString());
        const RunRecord run = finished.at(0).at(0).value<RunRecord>();
        QCOMPARE(run.candidates.size(), 1);
        QCOMPARE(run.repeats.size(), 2);
        QCOMPARE(run.repeatSummary(QStringLiteral("twice")).passed, 3);
        QSet<QString> sandboxes;
        for (const CandidateResult &r : run.attemptsOf(QStringLiteral("twice")))
            sandboxes.insert(r.sandboxId);
        QCOMPARE(sandboxes.size(), 3);
        QCOMPARE(pipeline.attempts(0).size(), 3);
        QVERIFY(std::ranges::any_of(attemptStates, [](const QList<QVariant> &args) {
            return args.at(1).toInt() == 2;
        }));
        QVERIFY(QFile::exists(folder + QStringLiteral("/twice/repeats/3/twice_output.md")));
        const QJsonObject candidate = runJson(folder)[QStringLiteral("candidates")][0].toObject();
        QCOMPARE(candidate[QStringLiteral("repeats")].toArray().size(), 2);
        QCOMPARE(candidate[QStringLiteral("repeat_summary")][QStringLiteral("passed")].toInt(), 3);
        QVERIFY(candidate[QStringLiteral("score")][QStringLiteral("rank")].toInt() == 1);
    }

    // A candidate's folder of the results is written when it ends, while the others still run
    // (beside the target, in the folder the save swaps in), so that the end of a run has only
    // the scores and the swap left; the saved folder is whole and nothing else is left.
    void aCandidatesResultsAreWrittenWhileTheOthersRun()
    {
        RunPipeline pipeline;
        const QString quick = m_scripts.write(
                QStringLiteral("quick.py"),
                QStringLiteral("open(output_path, 'w').write('# quick\\n- done\\n')\n"));
        const QString slow = m_scripts.write(
                QStringLiteral("slow.py"),
                QStringLiteral(
                        "time.sleep(3)\nopen(output_path, 'w').write('# slow\\n- done\\n')\n"));
        RunSettings settings;
        settings.objective = QStringLiteral("objective");
        settings.parallelism = 2;
        settings.network = false;
        const QString folder = m_dir.filePath(QStringLiteral("early"));
        QSignalSpy finished(&pipeline, &RunPipeline::finished);
        QCOMPARE(pipeline.start({{quick, slow}, settings, folder, {}}), QString());
        const auto stagedQuickArtifact = [this] {
            const QStringList staging = QDir(m_dir.path())
                                                .entryList({QStringLiteral("early.partial-*")},
                                                           QDir::Dirs | QDir::Hidden);
            return staging.size() == 1
                    && QFile::exists(m_dir.filePath(staging.first()
                                                    + QStringLiteral("/quick/quick_output.md")));
        };
        QTRY_VERIFY_WITH_TIMEOUT(stagedQuickArtifact(), 10'000);
        QVERIFY(finished.isEmpty()); // slow still runs
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.at(0).at(2).toString(), QString());
        for (const QString &file :
             {QStringLiteral("run.json"), QStringLiteral("report.md"),
              QStringLiteral("quick/quick_output.md"), QStringLiteral("quick/output.log"),
              QStringLiteral("quick/quick.py"), QStringLiteral("slow/slow_output.md")})
            QVERIFY2(QFile::exists(folder + QLatin1Char('/') + file), qPrintable(file));
        QCOMPARE(runJson(folder)[QStringLiteral("candidates")].toArray().size(), 2);
        QVERIFY(QDir(m_dir.path())
                        .entryList({QStringLiteral("early.*")}, QDir::Dirs | QDir::Hidden)
                        .isEmpty());
    }

    void aBudgetStopsTheRunAndKeepsWhatFinished_data()
    {
        QTest::addColumn<bool>("wallClock");
        QTest::addColumn<QString>("stopName");
        QTest::newRow("wall clock") << true << QStringLiteral("wall_clock");
        QTest::newRow("sandbox-seconds") << false << QStringLiteral("sandbox_seconds");
    }
    void aBudgetStopsTheRunAndKeepsWhatFinished()
    {
        QFETCH(bool, wallClock);
        QFETCH(QString, stopName);
        RunPipeline pipeline;
        const QString quick
                = m_scripts.write(QStringLiteral("quick.py"),
                                  QStringLiteral("open(output_path, 'w').write('# quick\\n')\n"));
        const QString slow = m_scripts.write(QStringLiteral("slow.py"),
                                             QStringLiteral("import time\ntime.sleep(60)\n"));
        RunSettings settings;
        settings.objective = QStringLiteral("objective");
        settings.parallelism = 2;
        if (wallClock)
            settings.plan.wallClockBudgetSeconds = 3;
        else
            settings.plan.sandboxSecondsBudget = 6; // the slow one alone spends most of it
        const QString folder = m_dir.filePath(QStringLiteral("budget-") + stopName);
        QSignalSpy finished(&pipeline, &RunPipeline::finished);
        QSignalSpy warnings(&pipeline, &RunPipeline::warning);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(pipeline.start({{quick, slow}, settings, folder, {}}), QString());
        QVERIFY(finished.wait(60'000));
        QVERIFY2(clock.elapsed() < 30'000, qPrintable(QString::number(clock.elapsed())));
        const RunRecord run = finished.at(0).at(0).value<RunRecord>();
        QCOMPARE(run.candidates.at(0).state, CandidateState::Succeeded);
        QCOMPARE(run.candidates.at(1).state, CandidateState::Cancelled);
        QVERIFY2(run.candidates.at(1).errorMessage.contains(QStringLiteral("budget reached")),
                 qPrintable(run.candidates.at(1).errorMessage));
        QCOMPARE(budgetStopName(run.budgetStop), stopName);
        QCOMPARE(runJson(folder)[QStringLiteral("budget_stop")].toString(), stopName);
        QVERIFY(QFile::exists(folder + QStringLiteral("/quick/quick_output.md")));
        QVERIFY(std::ranges::any_of(warnings, [](const QList<QVariant> &args) {
            return args.at(0).toInt() == -1
                    && args.at(1).toString().startsWith(QStringLiteral("Budget reached"));
        }));
    }

    void aBudgetOfZeroSecondsIsRefused()
    {
        RunPipeline pipeline;
        const QString script
                = m_scripts.write(QStringLiteral("never.py"), QStringLiteral("pass\n"));
        RunSettings settings;
        settings.objective = QStringLiteral("objective");
        settings.plan.wallClockBudgetSeconds = 0;
        RunPipeline::Refusal refusal = RunPipeline::Refusal::None;
        const QString error = pipeline.start({{script}, settings, {}, {}}, &refusal);
        QVERIFY2(error.contains(QStringLiteral("at least 1 second")), qPrintable(error));
        QCOMPARE(refusal, RunPipeline::Refusal::BadRequest);
        QCOMPARE(pipeline.candidateCount(), 0);
    }

    // While a re-score is under way no run starts (it would share the folder's scores being
    // written), the re-score answers for its own folder, and a run starts again afterwards.
    void aRunWaitsForARescoreToEnd()
    {
        RunPipeline pipeline;
        const QString script = m_scripts.write(
                QStringLiteral("one.py"),
                QStringLiteral("open(output_path, 'w').write('# one\\n- nothing much\\n')\n"));
        RunSettings settings;
        settings.objective = QStringLiteral("objective");
        const QString folder = m_dir.filePath(QStringLiteral("run"));
        QSignalSpy finished(&pipeline, &RunPipeline::finished);
        QCOMPARE(pipeline.start({{script}, settings, folder, {}}), QString());
        QVERIFY(finished.wait(60'000));
        const RunRecord run = finished.at(0).at(0).value<RunRecord>();

        const QString slow = m_dir.filePath(QStringLiteral("slow.py"));
        {
            QFile file(slow);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("import json, time\ntime.sleep(2)\n"
                       "print(json.dumps({'candidates': {'one': {'quality': 42}}}))\n");
        }
        ScoringSettings scoring;
        scoring.scorer = slow;
        QSignalSpy rescored(&pipeline, &RunPipeline::rescored);
        QCOMPARE(pipeline.rescore(run, folder, scoring), QString());
        QVERIFY(pipeline.isScoring());

        RunPipeline::Refusal refusal = RunPipeline::Refusal::None;
        const QString refused = pipeline.start({{script}, settings, {}, {}}, &refusal);
        QVERIFY2(refused.contains(QStringLiteral("being saved")), qPrintable(refused));
        QCOMPARE(refusal, RunPipeline::Refusal::CouldNotStart);

        QVERIFY(rescored.wait(60'000));
        QCOMPARE(rescored.at(0).at(1).toString(), folder);
        QCOMPARE(rescored.at(0).at(2).toString(), QString());
        QVERIFY(!pipeline.isScoring());
        QCOMPARE(finished.count(), 1); // the re-score never answered as a run
        const QJsonObject saved = runJson(folder);
        QCOMPARE(saved[QStringLiteral("scoring")][QStringLiteral("scorer")].toString(), slow);
        QCOMPARE(saved[QStringLiteral("candidates")][0][QStringLiteral("score")]
                      [QStringLiteral("quality")]
                              .toDouble(),
                 42.0);

        pipeline.setAutosaveRoot(m_dir.filePath(QStringLiteral("autosave")));
        QCOMPARE(pipeline.start({{script}, settings, {}, {}}), QString());
        QVERIFY(finished.wait(60'000));
    }

    // A rerun of one failed candidate, its script fixed, updates the run in place: the other
    // candidate's result stays as it was, the failed attempt is kept beside the new one, the run is
    // scored again and saved into the same folder.
    void aRerunUpdatesTheRunInPlace()
    {
        // An event list the default scorer accepts, so the run has a winner to pick again.
        const QString events = QStringLiteral(
                "open(sys.argv[2], 'w').write('# AI events\\n' + ''.join(\n"
                "    f'- 2099-01-0{d} | [AI agents meetup {d}](https://example.com/ai/{d})\\n'\n"
                "    for d in range(1, 5)))\n");
        const QString steady = m_scripts.write(QStringLiteral("steady.py"),
                                               QStringLiteral("import sys\n") + events);
        const QString flaky = m_scripts.write(QStringLiteral("flaky.py"),
                                              QStringLiteral("import sys\nsys.exit('a bug')\n"));
        RunPipeline pipeline;
        RunSettings settings;
        settings.objective = QStringLiteral("the run's objective");
        settings.network = false;
        const QString folder = m_dir.filePath(QStringLiteral("rerun"));
        QSignalSpy finished(&pipeline, &RunPipeline::finished);
        QCOMPARE(pipeline.start({{steady, flaky}, settings, folder, {}}), QString());
        QVERIFY(finished.wait(60'000));
        const RunRecord first = finished.at(0).at(0).value<RunRecord>();
        QCOMPARE(first.candidates[0].state, CandidateState::Succeeded);
        QCOMPARE(first.candidates[1].state, CandidateState::Failed);

        m_scripts.write(QStringLiteral("flaky.py"), QStringLiteral("import sys\n") + events);
        QSignalSpy started(&pipeline, &RunPipeline::started);
        QSignalSpy states(&pipeline, &RunPipeline::candidateStateChanged);
        RunSettings edited = settings;
        edited.objective = QStringLiteral("an objective typed since");
        QCOMPARE(pipeline.rerun({first, folder, {1}, {flaky}, edited, {}}), QString());
        QCOMPARE(started.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("steady"), QStringLiteral("flaky")}));
        QCOMPARE(pipeline.candidateCount(), 2);
        QCOMPARE(pipeline.result(0).sandboxId, first.candidates[0].sandboxId);
        QVERIFY(finished.wait(60'000));
        for (const QList<QVariant> &change : std::as_const(states))
            QCOMPARE(change.at(0).toInt(), 1); // only the rerun row moved, at its own row

        const RunRecord again = finished.at(1).at(0).value<RunRecord>();
        QCOMPARE(finished.at(1).at(1).toString(), folder);
        QCOMPARE(finished.at(1).at(2).toString(), QString());
        QCOMPARE(again.objective, settings.objective);
        QCOMPARE(again.runId, first.runId);
        QCOMPARE(again.candidates[0].sandboxId, first.candidates[0].sandboxId);
        QCOMPARE(again.candidates[0].attempt, 1);
        QCOMPARE(again.candidates[1].state, CandidateState::Succeeded);
        QCOMPARE(again.candidates[1].attempt, 2);
        QCOMPARE(again.earlierAttempts.size(), 1);
        QCOMPARE(again.earlierAttempts[0].state, CandidateState::Failed);
        // Scored again as a field of two that both passed.
        QVERIFY(again.candidates[1].score && !again.candidates[1].score->disqualified());
        QVERIFY(!again.winner.candidateId.isEmpty());

        // On disk: one folder, the earlier attempt under the candidate's attempts/1/.
        const QJsonObject saved = runJson(folder);
        const QJsonObject flakyJson = saved[QStringLiteral("candidates")][1].toObject();
        QCOMPARE(flakyJson[QStringLiteral("attempt")].toInt(), 2);
        QCOMPARE(flakyJson[QStringLiteral("earlier_attempts")][0][QStringLiteral("state")]
                         .toString(),
                 QStringLiteral("failed"));
        QVERIFY(QFile::exists(folder + QStringLiteral("/flaky/attempts/1/output.log")));
        QVERIFY(QFile::exists(folder + QStringLiteral("/flaky/")
                              + again.candidates[1].artifactName));
        QVERIFY(QFile::exists(folder + QStringLiteral("/steady/")
                              + again.candidates[0].artifactName));
        // Opened again, the earlier attempt points at its own files.
        QString error;
        const RunRecord loaded = ResultStore::load(folder, &error);
        QCOMPARE(error, QString());
        QCOMPARE(loaded.earlierAttempts.size(), 1);
        QCOMPARE(loaded.earlierAttempts[0].attempt, 1);
        QCOMPARE(loaded.earlierAttempts[0].scriptPath,
                 folder + QStringLiteral("/flaky/attempts/1/flaky.py"));
        QVERIFY(QFile::exists(loaded.earlierAttempts[0].scriptPath));
        QCOMPARE(loaded.candidates[1].attempt, 2);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("rerun*")}, QDir::Dirs),
                 QStringList{QStringLiteral("rerun")}); // no second folder, no staging left
    }

    // A rerun that cannot start says why and leaves the run as it was.
    void aRerunOfAMissingScriptIsRefused()
    {
        RunPipeline pipeline;
        RunRecord run;
        run.objective = QStringLiteral("objective");
        CandidateResult gone;
        gone.candidateId = QStringLiteral("gone");
        gone.state = CandidateState::Failed;
        run.candidates = {gone};
        RunPipeline::Refusal refusal = RunPipeline::Refusal::None;
        const QString error = pipeline.rerun(
                {run, {}, {0}, {m_dir.filePath(QStringLiteral("gone.py"))}, {}, {}}, &refusal);
        QVERIFY2(error.contains(QStringLiteral("gone")), qPrintable(error));
        QCOMPARE(refusal, RunPipeline::Refusal::BadRequest);
        QVERIFY(!pipeline.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestRunPipeline)
#include "test_run_pipeline.moc"
