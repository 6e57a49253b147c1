// Repeats and budgets without sandboxes: the plan's limits, what attempts add up to, run.json
// with repeats (and what a reader that knows nothing of them sees), ranking by the median
// total, and the budget's clock.
#include "core/repeatsummary.h"
#include "core/runrecord.h"
#include "runner/runbudget.h"
#include "scoring/ranking.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace DreamFoundry;

namespace {

CandidateResult attempt(const QString &id, int repeat, CandidateState state, double runtime,
                        std::optional<double> quality = std::nullopt)
{
    CandidateResult r;
    r.candidateId = id;
    r.repeat = repeat;
    r.state = state;
    r.runtimeSeconds = runtime;
    r.artifactName = id + QStringLiteral("_output.md");
    if (quality) {
        ScoreCard card;
        card.gates = {{QStringLiteral("exit"), state == CandidateState::Succeeded, {}}};
        card.automaticQuality = *quality;
        r.score = card;
    }
    return r;
}

// Three attempts each of two candidates: `a` is steady, `b` once brilliant and twice poor.
RunRecord repeatedRun()
{
    RunRecord run;
    run.runId = QStringLiteral("r");
    run.settings.plan.repeat = 3;
    const auto ok = CandidateState::Succeeded;
    run.candidates = {attempt(QStringLiteral("a"), 1, ok, 2.0, 70),
                      attempt(QStringLiteral("b"), 1, ok, 2.0, 100)};
    run.repeats = {attempt(QStringLiteral("a"), 2, ok, 2.0, 72),
                   attempt(QStringLiteral("a"), 3, ok, 2.0, 68),
                   attempt(QStringLiteral("b"), 2, ok, 2.0, 20),
                   attempt(QStringLiteral("b"), 3, CandidateState::Failed, 2.0, 10)};
    return run;
}

} // namespace

class TestRepeats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planProblems_data()
    {
        QTest::addColumn<int>("repeat");
        QTest::addColumn<int>("wallClock");
        QTest::addColumn<int>("sandboxSeconds");
        QTest::addColumn<QString>("problemHas");
        QTest::newRow("defaults") << 1 << -1 << -1 << QString();
        QTest::newRow("repeat at the cap") << RunPlan::maxRepeat << -1 << -1 << QString();
        QTest::newRow("repeat 0") << 0 << -1 << -1 << QStringLiteral("at least once");
        QTest::newRow("repeat 1,000") << 1000 << -1 << -1 << QStringLiteral("limit of 100");
        QTest::newRow("wall clock 0 s") << 1 << 0 << -1 << QStringLiteral("wall-clock budget");
        QTest::newRow("sandbox-seconds 0") << 1 << -1 << 0 << QStringLiteral("sandbox-seconds");
        QTest::newRow("both budgets") << 3 << 60 << 600 << QString();
    }
    void planProblems()
    {
        QFETCH(int, repeat);
        QFETCH(int, wallClock);
        QFETCH(int, sandboxSeconds);
        QFETCH(QString, problemHas);
        RunPlan plan;
        plan.repeat = repeat;
        if (wallClock >= 0)
            plan.wallClockBudgetSeconds = wallClock;
        if (sandboxSeconds >= 0)
            plan.sandboxSecondsBudget = sandboxSeconds;
        const QString problem = plan.problem();
        if (problemHas.isEmpty())
            QCOMPARE(problem, QString());
        else
            QVERIFY2(problem.contains(problemHas), qPrintable(problem));
    }

    void planRoundTripsInSettings()
    {
        RunSettings settings;
        settings.plan.repeat = 4;
        settings.plan.sandboxSecondsBudget = 90;
        const RunSettings back = RunSettings::fromJson(settings.toJson());
        QCOMPARE(back.plan.repeat, 4);
        QCOMPARE(back.plan.sandboxSecondsBudget, std::optional(90));
        QVERIFY(!back.plan.wallClockBudgetSeconds);
        // Settings saved before repeats existed read as one attempt without a budget.
        QCOMPARE(RunSettings::fromJson({}).plan.repeat, 1);
        QVERIFY(!RunSettings::fromJson({}).plan.hasBudget());
    }

    void summaryMediansAndSpreads_data()
    {
        QTest::addColumn<QList<double>>("runtimes");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("spread");
        QTest::newRow("one") << QList<double>{3.0} << 3.0 << 0.0;
        QTest::newRow("odd") << QList<double>{5.0, 1.0, 2.0} << 2.0 << 4.0;
        QTest::newRow("even: mean of the middle two")
                << QList<double>{4.0, 1.0, 2.0, 8.0} << 3.0 << 7.0;
    }
    void summaryMediansAndSpreads()
    {
        QFETCH(QList<double>, runtimes);
        QFETCH(double, median);
        QFETCH(double, spread);
        QList<CandidateResult> attempts;
        for (double runtime : runtimes)
            attempts.append(attempt(QStringLiteral("a"), int(attempts.size()) + 1,
                                    CandidateState::Succeeded, runtime));
        attempts.first().state = CandidateState::Failed;
        const RepeatSummary summary = RepeatSummary::of(attempts);
        QCOMPARE(summary.attempts, int(runtimes.size()));
        QCOMPARE(summary.passed, int(runtimes.size()) - 1);
        QCOMPARE(summary.medianRuntimeSeconds, median);
        QCOMPARE(summary.runtimeSpreadSeconds, spread);
        QVERIFY(!summary.medianTotal); // nothing scored
    }

    void attemptsStillRunningAreNotCounted()
    {
        QList<CandidateResult> attempts{
                attempt(QStringLiteral("a"), 1, CandidateState::Succeeded, 1.0),
                attempt(QStringLiteral("a"), 2, CandidateState::Running, 9.0)};
        const RepeatSummary summary = RepeatSummary::of(attempts);
        QCOMPARE(summary.attempts, 1);
        QCOMPARE(summary.medianRuntimeSeconds, 1.0);
    }

    // Every attempt is in run.json; a reader that knows nothing of repeats finds one result
    // per candidate under "candidates", as before.
    void runJsonKeepsEveryAttempt()
    {
        const RunRecord run = repeatedRun();
        const QJsonObject json = run.toJson();
        QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("dreamfoundry-run/2"));
        const QJsonArray candidates = json[QStringLiteral("candidates")].toArray();
        QCOMPARE(candidates.size(), 2);
        const QJsonObject a = candidates.at(0).toObject();
        QCOMPARE(a[QStringLiteral("repeat")].toInt(), 1);
        QCOMPARE(a[QStringLiteral("artifact_path")].toString(), QStringLiteral("a/a_output.md"));
        const QJsonArray repeats = a[QStringLiteral("repeats")].toArray();
        QCOMPARE(repeats.size(), 2);
        QCOMPARE(repeats.at(1)[QStringLiteral("artifact_path")].toString(),
                 QStringLiteral("a/repeats/3/a_output.md"));
        QCOMPARE(a[QStringLiteral("repeat_summary")][QStringLiteral("attempts")].toInt(), 3);
        QCOMPARE(json[QStringLiteral("settings")][QStringLiteral("repeat")].toInt(), 3);

        QString error;
        const RunRecord back = RunRecord::fromJson(json, &error);
        QCOMPARE(error, QString());
        QCOMPARE(back.candidates.size(), 2);
        QCOMPARE(back.repeats.size(), 4);
        QCOMPARE(back.attemptsOf(QStringLiteral("b")).size(), 3);
        QCOMPARE(back.attemptsOf(QStringLiteral("b")).last().repeat, 3);
        QCOMPARE(back.repeats.at(1).artifactName, QStringLiteral("a_output.md"));
        QCOMPARE(attemptFolder(back.repeats.at(1), false), QStringLiteral("a/repeats/3"));
    }

    void runWithoutRepeatsHasNoTraceOfThem()
    {
        RunRecord run;
        run.candidates = {attempt(QStringLiteral("a"), 0, CandidateState::Succeeded, 1.0)};
        const QJsonObject json = run.toJson();
        const QJsonObject a = json[QStringLiteral("candidates")][0].toObject();
        QVERIFY(!a.contains(QStringLiteral("repeat")));
        QVERIFY(!a.contains(QStringLiteral("repeats")));
        QVERIFY(!json.contains(QStringLiteral("budget_stop")));
    }

    // A rerun replaces the first attempt and keeps its place among the repeats.
    void aRerunOfARepeatedRunKeepsTheRepeatNumber()
    {
        RunRecord run = repeatedRun();
        run.replaceWithRerun(0, attempt(QStringLiteral("a"), 0, CandidateState::Failed, 1.0));
        QCOMPARE(run.candidates.at(0).repeat, 1);
        QCOMPARE(run.candidates.at(0).attempt, 2);
        QCOMPARE(run.attemptsOf(QStringLiteral("a")).size(), 3);
        QCOMPARE(run.repeatSummary(QStringLiteral("a")).passed, 2);
    }

    void budgetStopIsSaved()
    {
        RunRecord run = repeatedRun();
        run.budgetStop = BudgetStop::SandboxSeconds;
        QString error;
        QCOMPARE(RunRecord::fromJson(run.toJson(), &error).budgetStop, BudgetStop::SandboxSeconds);
        QCOMPARE(run.toJson()[QStringLiteral("budget_stop")].toString(),
                 QStringLiteral("sandbox_seconds"));
    }

    // b's first attempt is the best single attempt of the run, but a's median is higher: a
    // ranks first and wins.
    void candidatesRankByMedianTotal()
    {
        RunRecord run = repeatedRun();
        Ranking::rankRun(run);
        QCOMPARE(run.candidates.at(0).score->rank, 1);
        QCOMPARE(run.candidates.at(1).score->rank, 2);
        QCOMPARE(run.winner.candidateId, QStringLiteral("a"));
        for (const CandidateResult &r : std::as_const(run.repeats))
            QCOMPARE(r.score->rank, 0); // repeats carry totals, not ranks
        const RepeatSummary a = run.repeatSummary(QStringLiteral("a"));
        const RepeatSummary b = run.repeatSummary(QStringLiteral("b"));
        QVERIFY(a.medianTotal && b.medianTotal);
        QVERIFY2(*a.medianTotal > *b.medianTotal,
                 qPrintable(QStringLiteral("%1 %2").arg(*a.medianTotal).arg(*b.medianTotal)));
        QVERIFY(run.candidates.at(1).score->total > run.candidates.at(0).score->total);
    }

    void wallClockBudgetIsReachedOnTime()
    {
        RunPlan plan;
        plan.wallClockBudgetSeconds = 1;
        RunBudget budget(plan, [] { return RunBudget::Usage{0, 1}; });
        QSignalSpy reached(&budget, &RunBudget::reached);
        QElapsedTimer clock;
        clock.start();
        budget.start();
        QVERIFY(reached.wait(5000));
        QVERIFY2(clock.elapsed() >= 1000 && clock.elapsed() < 1500,
                 qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(reached.at(0).at(0).value<BudgetStop>(), BudgetStop::WallClock);
    }

    // Two sandboxes spending together: a budget of 1 sandbox-second lasts half a second.
    void sandboxSecondsAreSummedOverSandboxes()
    {
        RunPlan plan;
        plan.sandboxSecondsBudget = 1;
        QElapsedTimer clock;
        const auto usage = [&clock] {
            return RunBudget::Usage{clock.isValid() ? 2 * clock.elapsed() / 1000.0 : 0.0, 2};
        };
        RunBudget budget(plan, usage);
        QSignalSpy reached(&budget, &RunBudget::reached);
        clock.start();
        budget.start();
        QVERIFY(reached.wait(5000));
        QVERIFY2(clock.elapsed() >= 500 && clock.elapsed() < 1000,
                 qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(budget.stoppedBy(), BudgetStop::SandboxSeconds);
    }

    void nothingSpendsNothingIsReached()
    {
        RunPlan plan;
        plan.sandboxSecondsBudget = 1;
        RunBudget budget(plan, [] { return RunBudget::Usage{0.5, 0}; });
        QSignalSpy reached(&budget, &RunBudget::reached);
        budget.start();
        QVERIFY(!reached.wait(700));
    }
};

QTEST_GUILESS_MAIN(TestRepeats)
#include "test_repeats.moc"
