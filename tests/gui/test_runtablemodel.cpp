#include "core/runsource.h"
#include "gui/runfilterproxy.h"
#include "gui/runtablemodel.h"
#include "gui/statusicons.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace DreamFoundry;

namespace {

// A run the test moves by hand: the seam the table reads a live run through.
class ScriptedRun final : public RunSource
{
public:
    explicit ScriptedRun(int candidates)
    {
        for (int row = 0; row < candidates; ++row) {
            CandidateResult result;
            result.candidateId = QStringLiteral("c%1").arg(row);
            m_results.append(result);
            m_elapsed.append(0);
        }
    }

    int candidateCount() const override { return int(m_results.size()); }
    CandidateResult result(int row) const override { return m_results.value(row); }
    double elapsedSeconds(int row) const override { return m_elapsed.value(row); }
    QList<CandidateResult> attempts(int row) const override
    {
        return m_attempts.value(row, {result(row)});
    }
    double attemptElapsedSeconds(int row, int attempt) const override
    {
        return m_attemptElapsed.value(row).value(attempt);
    }

    QStringList ids() const
    {
        QStringList ids;
        for (const CandidateResult &result : m_results)
            ids.append(result.candidateId);
        return ids;
    }

    void move(int row, CandidateState state, double elapsed, std::optional<int> exitCode = {})
    {
        m_results[row].state = state;
        m_results[row].exitCode = exitCode;
        m_results[row].runtimeSeconds = elapsed;
        m_elapsed[row] = elapsed;
        Q_EMIT candidateChanged(row);
    }

    // Back in the queue, as a Daytona sandbox that found the account's quota full says.
    void waitForQuota(int row, const QString &serverMessage,
                      QueueWait::Reason reason = QueueWait::Reason::Quota)
    {
        m_results[row].state = CandidateState::Queued;
        m_results[row].queueWait = QueueWait{reason, serverMessage};
        Q_EMIT candidateChanged(row);
    }

    void score(int row, const ScoreCard &card)
    {
        m_results[row].score = card;
        Q_EMIT candidateChanged(row);
    }

    // Attempt `repeat` (from 1) of a run with repeats, as the pipeline reports it: the first is
    // the candidate's own result, and a change to any attempt is news of its candidate's row.
    void moveAttempt(int row, int repeat, CandidateState state, double elapsed,
                     std::optional<int> exitCode = {})
    {
        CandidateResult attempt;
        attempt.candidateId = m_results[row].candidateId;
        attempt.repeat = repeat;
        attempt.state = state;
        attempt.exitCode = exitCode;
        attempt.runtimeSeconds = elapsed;
        attempt.sandboxId = QStringLiteral("sandbox-%1-%2").arg(row).arg(repeat);
        if (repeat == 1) {
            m_results[row] = attempt;
            m_elapsed[row] = elapsed;
        }
        QList<CandidateResult> &attempts = m_attempts[row];
        QList<double> &elapsedTimes = m_attemptElapsed[row];
        if (attempts.size() < repeat) {
            attempts.resize(repeat);
            elapsedTimes.resize(repeat);
        }
        attempts[repeat - 1] = attempt;
        elapsedTimes[repeat - 1] = elapsed;
        Q_EMIT candidateChanged(row);
    }

    // Time passes for a running attempt: no news sent, the table reads it on its refresh.
    void tickAttempt(int row, int attempt, double elapsed)
    {
        m_attemptElapsed[row][attempt] = elapsed;
        if (attempt == 0)
            m_elapsed[row] = elapsed;
    }

private:
    QList<CandidateResult> m_results;
    QList<double> m_elapsed;
    QHash<int, QList<CandidateResult>> m_attempts;
    QHash<int, QList<double>> m_attemptElapsed;
};

struct Change
{
    int firstRow;
    int lastRow;
    int firstColumn;
    int lastColumn;
};

Change changeAt(const QSignalSpy &spy, int i)
{
    const auto from = spy.at(i).at(0).value<QModelIndex>();
    const auto to = spy.at(i).at(1).value<QModelIndex>();
    return {from.row(), to.row(), from.column(), to.column()};
}

Gate passed(const char *id)
{
    return {QLatin1StringView(id), true, QStringLiteral("fine")};
}

ScoreCard rankedCard(double quality, double total, int rank)
{
    ScoreCard card;
    card.gates = {passed("exit_code"), passed("artifact_exists")};
    card.success = 100;
    card.automaticQuality = quality;
    card.speed = 50;
    card.total = total;
    card.rank = rank;
    return card;
}

// A ranked run of four: the winner, a manual quality, a disqualified one and an unscored one.
RunRecord rankedRun()
{
    RunRecord run;
    const auto add = [&run](const char *id, std::optional<ScoreCard> card) {
        CandidateResult result;
        result.candidateId = QLatin1StringView(id);
        result.state = CandidateState::Succeeded;
        result.score = card;
        run.candidates.append(result);
    };
    add("alpha", std::nullopt); // a version 1 run or a candidate never scored
    add("beta", rankedCard(80, 87.44, 1));
    ScoreCard manual = rankedCard(40, 72, 2);
    manual.manualQuality = 70;
    add("gamma", manual);
    ScoreCard failed = rankedCard(30, 18, 3);
    failed.gates.prepend(
            {QStringLiteral("exit_code"), false, QStringLiteral("The script exited with code 3.")});
    add("delta", failed);
    ScoreCard unscored;
    unscored.gates = {passed("exit_code")};
    unscored.unscored = true;
    unscored.unscoredReason = QStringLiteral("<b>scorer crashed</b>");
    add("epsilon", unscored);
    run.winner.candidateId = QStringLiteral("beta");
    run.winner.automaticCandidateId = QStringLiteral("beta");
    return run;
}

// A finished run of two candidates, three attempts each: beta's second attempt failed.
RunRecord repeatedRun()
{
    RunRecord run;
    run.settings.plan.repeat = 3;
    for (const char *id : {"alpha", "beta"}) {
        for (int repeat = 1; repeat <= 3; ++repeat) {
            CandidateResult attempt;
            attempt.candidateId = QLatin1StringView(id);
            attempt.repeat = repeat;
            const bool fails = attempt.candidateId == QStringLiteral("beta") && repeat == 2;
            attempt.state = fails ? CandidateState::Failed : CandidateState::Succeeded;
            attempt.exitCode = fails ? 1 : 0;
            attempt.errorMessage
                    = fails ? QStringLiteral("The script exited with code 1.") : QString();
            attempt.runtimeSeconds = repeat * 2.0;
            attempt.sandboxId = QStringLiteral("%1-%2").arg(attempt.candidateId).arg(repeat);
            // Attempts are scored, not ranked; the first carries its candidate's rank.
            attempt.score = rankedCard(60 + repeat, 70.0 + repeat, 0);
            if (repeat == 1) {
                attempt.score->rank = run.candidates.size() + 1;
                run.candidates.append(attempt);
            } else {
                run.repeats.append(attempt);
            }
        }
    }
    run.winner.candidateId = QStringLiteral("alpha");
    return run;
}

QString textAt(const QAbstractItemModel &model, int row, int column, const QModelIndex &parent)
{
    return model.index(row, column, parent).data().toString();
}

} // namespace

class TestRunTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_run = std::make_unique<ScriptedRun>(10);
        m_model = std::make_unique<RunTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->watch(m_run.get(), m_run->ids(), 60);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_run.reset();
    }

    // Several changes to one row between two ticks reach the view as one row-wide change.
    void oneRowChangedManyTimesIsOneRowWideChange()
    {
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        m_run->move(3, CandidateState::Failed, 1.0, 1);
        m_run->move(3, CandidateState::Failed, 1.5, 2);
        m_run->move(3, CandidateState::Succeeded, 2.0, 0);
        QTRY_COMPARE(changes.count(), 1);
        const Change change = changeAt(changes, 0);
        QCOMPARE(change.firstRow, 3);
        QCOMPARE(change.lastRow, 3);
        QCOMPARE(change.firstColumn, 0);
        QCOMPARE(change.lastColumn, RunTableModel::ColumnCount - 1);
        QCOMPARE(m_model->data(m_model->index(3, RunTableModel::ExitCodeColumn)).toString(),
                 QStringLiteral("0"));

        // The next tick carries only what changed since: row 5, not row 3 again.
        m_run->move(5, CandidateState::Cancelled, 0.5);
        QTRY_COMPARE(changes.count(), 2);
        const Change next = changeAt(changes, 1);
        QCOMPARE(next.firstRow, 5);
        QCOMPARE(next.lastRow, 5);
    }

    // When most rows changed, one whole-table change is cheaper for the view than many.
    void mostRowsChangedIsOneWholeTableChange()
    {
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        for (int row = 0; row < 8; ++row)
            m_run->move(row, CandidateState::Succeeded, 1.0 + row, 0);
        QTRY_COMPARE(changes.count(), 1);
        const Change change = changeAt(changes, 0);
        QCOMPARE(change.firstRow, 0);
        QCOMPARE(change.lastRow, m_model->rowCount() - 1);
        QCOMPARE(change.lastColumn, RunTableModel::ColumnCount - 1);
    }

    // A few rows changed: one row-wide change each, no whole-table change.
    void fewRowsChangedAreRowWideChanges()
    {
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        m_run->move(1, CandidateState::Succeeded, 1.0, 0);
        m_run->move(7, CandidateState::Failed, 2.0, 3);
        QTRY_COMPARE(changes.count(), 2);
        QCOMPARE(changeAt(changes, 0).firstRow, 1);
        QCOMPARE(changeAt(changes, 0).lastRow, 1);
        QCOMPARE(changeAt(changes, 1).firstRow, 7);
        QCOMPARE(changeAt(changes, 1).lastRow, 7);
    }

    // Sorting and painting read raw values, not display text.
    void rawValuesInTheirRoles()
    {
        m_run->move(2, CandidateState::Failed, 75.25, 42);
        m_run->move(4, CandidateState::Running, 30.0);
        QTRY_COMPARE(m_model->stateAt(2), CandidateState::Failed);
        QTRY_COMPARE(m_model->stateAt(4), CandidateState::Running);

        const auto at = [this](int row, int column, int role) {
            return m_model->data(m_model->index(row, column), role);
        };
        QCOMPARE(at(2, RunTableModel::RuntimeColumn, RunTableModel::SortRole).toDouble(), 75.25);
        QCOMPARE(at(2, RunTableModel::RuntimeColumn, Qt::DisplayRole).toString(),
                 QStringLiteral("1 min 15 s"));
        QCOMPARE(at(2, RunTableModel::ExitCodeColumn, RunTableModel::SortRole).toInt(), 42);
        QCOMPARE(at(0, RunTableModel::ExitCodeColumn, RunTableModel::SortRole).toInt(), -1);
        QCOMPARE(at(2, 0, RunTableModel::StateRole).toInt(), int(CandidateState::Failed));
        // Progress towards the 60 s timeout, only while running, in words too.
        QCOMPARE(at(4, RunTableModel::RuntimeColumn, Qt::DisplayRole).toString(),
                 QStringLiteral("30.0 s / 1 min"));
        QCOMPARE(at(4, RunTableModel::RuntimeColumn, RunTableModel::ProgressRole).toDouble(), 0.5);
        QCOMPARE(at(2, RunTableModel::RuntimeColumn, RunTableModel::ProgressRole).toDouble(), -1.0);
    }

    // A status dot drawn on the selection's own blue stays visible: a light ring sets it off.
    void statusDotsStandOutOnASelectedRow()
    {
        const QImage dot = stateIcon(CandidateState::Running).pixmap(32, 32).toImage();
        const QColor selection(0x30, 0x8c, 0xc6);
        QImage onSelection(32, 32, QImage::Format_ARGB32);
        onSelection.fill(selection);
        QPainter(&onSelection).drawImage(0, 0, dot);
        // Between the dot's edge (at 20% of the size) and the ring's (at 8%): light, not blue.
        const QColor ring = onSelection.pixelColor(16, 4);
        QVERIFY2(ring.lightness() > 200, qPrintable(ring.name()));
        QCOMPARE(onSelection.pixelColor(16, 16), QColor(0x1e, 0x88, 0xe5)); // the dot itself
    }

    // Double-clicking the sandbox id opens its editor on the id itself, ready to copy.
    void sandboxIdEditorHoldsTheId()
    {
        RunRecord run;
        CandidateResult result;
        result.candidateId = QStringLiteral("alpha");
        result.sandboxId = QStringLiteral("local-alpha-1a2b3c");
        result.state = CandidateState::Succeeded;
        run.candidates.append(result);
        m_model->show(run);
        const QModelIndex id = m_model->index(0, RunTableModel::SandboxColumn);
        QVERIFY(m_model->flags(id).testFlag(Qt::ItemIsEditable));
        QCOMPARE(id.data(Qt::EditRole).toString(), QStringLiteral("local-alpha-1a2b3c"));
    }

    // A candidate whose artifact file holds a secret it was given is marked where the
    // artifact is shown; the others are not.
    void anArtifactHoldingASecretIsMarked()
    {
        RunRecord run;
        for (const bool holds : {true, false}) {
            CandidateResult result;
            result.candidateId = holds ? QStringLiteral("leaky") : QStringLiteral("tidy");
            result.state = CandidateState::Succeeded;
            result.artifactName = result.candidateId + QStringLiteral("_output.md");
            result.artifactContent = QStringLiteral("# key [secret API_KEY]\n");
            result.artifactContainsSecret = holds;
            run.candidates.append(result);
        }
        m_model->show(run);
        const auto text = [this](int row, int role) {
            return m_model->index(row, RunTableModel::ArtifactColumn).data(role).toString();
        };
        QVERIFY2(text(0, Qt::DisplayRole).contains(QStringLiteral("contains a secret")),
                 qPrintable(text(0, Qt::DisplayRole)));
        QVERIFY(text(0, Qt::ToolTipRole).contains(QStringLiteral("[secret NAME]")));
        QVERIFY(!text(1, Qt::DisplayRole).contains(QStringLiteral("contains a secret")));
    }

    // The Reason column says why a row did not succeed, on one line; the tooltip has it all.
    void reasonColumn_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("errorMessage");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        const QString traceback = QStringLiteral("IndexError: list index out of range\n  line 3");
        QTest::newRow("succeeded") << int(CandidateState::Succeeded) << QString() << 0 << QString();
        QTest::newRow("crash, one line shown")
                << int(CandidateState::Failed) << traceback << 1
                << QStringLiteral("IndexError: list index out of range   line 3");
        QTest::newRow("timeout") << int(CandidateState::TimedOut)
                                 << QStringLiteral("Stopped after the 5 s timeout.") << -1
                                 << QStringLiteral("Stopped after the 5 s timeout.");
        QTest::newRow("cancel") << int(CandidateState::Cancelled)
                                << QStringLiteral("Cancelled by the user.") << -1
                                << QStringLiteral("Cancelled by the user.");
        QTest::newRow("old folder: exit code only") << int(CandidateState::Failed) << QString() << 3
                                                    << QStringLiteral("Exited with code 3.");
        QTest::newRow("running") << int(CandidateState::Running) << QString() << -1 << QString();
    }

    void reasonColumn()
    {
        QFETCH(int, state);
        QFETCH(QString, errorMessage);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        RunRecord run;
        CandidateResult result;
        result.candidateId = QStringLiteral("alpha");
        result.state = CandidateState(state);
        result.errorMessage = errorMessage;
        if (exitCode >= 0)
            result.exitCode = exitCode;
        run.candidates.append(result);
        m_model->show(run);
        QCOMPARE(m_model->headerData(RunTableModel::ReasonColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Reason"));
        const QModelIndex cell = m_model->index(0, RunTableModel::ReasonColumn);
        QCOMPARE(cell.data().toString(), reason);
        const QString toolTip = cell.data(Qt::ToolTipRole).toString();
        QCOMPARE(toolTip.isEmpty(), reason.isEmpty());
        const QString lastLine = errorMessage.section(QLatin1Char('\n'), -1).trimmed();
        QVERIFY2(toolTip.contains(lastLine), qPrintable(toolTip)); // the whole text
    }

    // A candidate waiting for quota says so in its row, with the service's words in the
    // tooltip; once it leaves the queue the row is an ordinary one again.
    void waitingForQuotaShowsInTheRow()
    {
        const auto cell = [this](int column, int role = Qt::DisplayRole) {
            return m_model->index(2, column).data(role).toString();
        };
        m_run->move(2, CandidateState::Preparing, 0.5);
        m_run->waitForQuota(2, QStringLiteral("Total CPU limit exceeded. Maximum allowed: 3."));
        QTRY_COMPARE(cell(RunTableModel::StatusColumn),
                     QStringLiteral("Queued (waiting for quota)"));
        QCOMPARE(cell(RunTableModel::ReasonColumn), QStringLiteral("Waiting for quota"));
        const QString toolTip = cell(RunTableModel::ReasonColumn, Qt::ToolTipRole);
        QVERIFY2(toolTip.contains(QStringLiteral("Maximum allowed: 3.")), qPrintable(toolTip));
        QCOMPARE(cell(RunTableModel::StatusColumn, Qt::ToolTipRole), toolTip);
        // Queued without a note (not yet started) is plain Queued, with no reason.
        QCOMPARE(m_model->index(3, RunTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Queued"));
        QVERIFY(m_model->index(3, RunTableModel::ReasonColumn).data().toString().isEmpty());
        m_run->move(2, CandidateState::Running, 1);
        QTRY_COMPARE(cell(RunTableModel::StatusColumn), QStringLiteral("Running"));
        QVERIFY(cell(RunTableModel::ReasonColumn).isEmpty());
    }

    // Daytona with no runner free is a short wait of another kind: named for what it is.
    void waitingForARunnerIsNotCalledQuota()
    {
        const auto cell = [this](int column, int role = Qt::DisplayRole) {
            return m_model->index(1, column).data(role).toString();
        };
        m_run->waitForQuota(1, QStringLiteral("No available runners"), QueueWait::Reason::NoRunner);
        QTRY_COMPARE(cell(RunTableModel::StatusColumn),
                     QStringLiteral("Queued (waiting for a runner)"));
        QCOMPARE(cell(RunTableModel::ReasonColumn), QStringLiteral("Waiting for a runner"));
        const QString toolTip = cell(RunTableModel::ReasonColumn, Qt::ToolTipRole);
        QVERIFY2(toolTip.contains(QStringLiteral("No available runners")), qPrintable(toolTip));
        QVERIFY2(!toolTip.contains(QStringLiteral("quota")), qPrintable(toolTip));
    }

    void filterShowsOnlyTheRowsAskedFor_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QStringList>("shown");
        using F = RunFilterProxy::Filter;
        QTest::newRow("all") << int(F::All)
                             << QStringList{QStringLiteral("c0"), QStringLiteral("c1"),
                                            QStringLiteral("c2"), QStringLiteral("c3"),
                                            QStringLiteral("c4")};
        QTest::newRow("failed") << int(F::Failed)
                                << QStringList{QStringLiteral("c1"), QStringLiteral("c2"),
                                               QStringLiteral("c3")};
        QTest::newRow("running") << int(F::Running) << QStringList{QStringLiteral("c4")};
        QTest::newRow("finished") << int(F::Finished)
                                  << QStringList{QStringLiteral("c0"), QStringLiteral("c1"),
                                                 QStringLiteral("c2"), QStringLiteral("c3")};
    }

    // A row that changes state enters or leaves the filtered view, and rows map back to the
    // model's own numbers.
    void filterShowsOnlyTheRowsAskedFor()
    {
        QFETCH(int, filter);
        QFETCH(QStringList, shown);
        ScriptedRun source(5);
        m_model->watch(&source, source.ids(), 10);
        source.move(0, CandidateState::Succeeded, 1, 0);
        source.move(1, CandidateState::Failed, 1, 1);
        source.move(2, CandidateState::TimedOut, 10);
        source.move(3, CandidateState::Cancelled, 2);
        source.move(4, CandidateState::Running, 2);
        QTest::qWait(0);
        RunFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        proxy.setFilter(RunFilterProxy::Filter(filter));
        QTRY_COMPARE(proxy.rowCount(), int(shown.size()));
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex index = proxy.index(row, 0);
            QCOMPARE(index.data().toString(), shown.at(row));
            QCOMPARE(m_model->resultAt(proxy.mapToSource(index).row()).candidateId, shown.at(row));
        }
        // The running one fails: in the Failed view it appears, in the Running view it goes.
        source.move(4, CandidateState::Failed, 3, 1);
        const bool gained = RunFilterProxy::Filter(filter) == RunFilterProxy::Filter::Failed
                || RunFilterProxy::Filter(filter) == RunFilterProxy::Filter::Finished;
        const int expected = RunFilterProxy::Filter(filter) == RunFilterProxy::Filter::Running
                ? 0
                : int(shown.size()) + (gained ? 1 : 0);
        QTRY_COMPARE(proxy.rowCount(), expected);
    }

    void scoreAndRankColumns_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("score");
        QTest::addColumn<double>("scoreSort");
        QTest::addColumn<QString>("rank");
        QTest::addColumn<int>("rankSort");
        QTest::addColumn<QString>("toolTipPart");
        const int unranked = std::numeric_limits<int>::max();
        QTest::newRow("never scored")
                << 0 << QString() << -1.0 << QString() << unranked << QString();
        QTest::newRow("winner") << 1 << QStringLiteral("87.4") << 87.44 << QStringLiteral("1") << 1
                                << QStringLiteral("Total 87.4 of 100");
        QTest::newRow("manual quality")
                << 2 << QStringLiteral("72 (manual)") << 72.0 << QStringLiteral("2") << 2
                << QStringLiteral("Quality set by hand to 70; the scorer gave 40.");
        QTest::newRow("disqualified")
                << 3 << QStringLiteral("disqualified: exit code") << 18.0 << QStringLiteral("3")
                << 3 << QStringLiteral("The script exited with code 3.");
        // The reason came from a scorer script: shown as text, not as HTML.
        QTest::newRow("unscored") << 4 << QStringLiteral("unscored") << -1.0 << QString()
                                  << unranked << QStringLiteral("&lt;b&gt;scorer crashed");
    }

    // A ranked run: each row's Score and Rank, their raw values, and why in the tooltip.
    void scoreAndRankColumns()
    {
        QFETCH(int, row);
        QFETCH(QString, score);
        QFETCH(double, scoreSort);
        QFETCH(QString, rank);
        QFETCH(int, rankSort);
        QFETCH(QString, toolTipPart);
        m_model->show(rankedRun());
        const auto at = [this, row](int column, int role) {
            return m_model->data(m_model->index(row, column), role);
        };
        QCOMPARE(at(RunTableModel::ScoreColumn, Qt::DisplayRole).toString(), score);
        QCOMPARE(at(RunTableModel::ScoreColumn, RunTableModel::SortRole).toDouble(), scoreSort);
        QCOMPARE(at(RunTableModel::RankColumn, Qt::DisplayRole).toString(), rank);
        QCOMPARE(at(RunTableModel::RankColumn, RunTableModel::SortRole).toInt(), rankSort);
        const QString toolTip = at(RunTableModel::ScoreColumn, Qt::ToolTipRole).toString();
        QVERIFY2(toolTip.contains(toolTipPart), qPrintable(toolTip));
        QCOMPARE(m_model->headerData(RunTableModel::ScoreColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Score"));
        QCOMPARE(m_model->headerData(RunTableModel::RankColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Rank"));
    }

    // The winner's row is bold with a star, not marked by colour alone; no other row is.
    void winnerRowIsBoldWithAnIcon()
    {
        m_model->show(rankedRun());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const bool winner = row == 1;
            const QModelIndex candidate = m_model->index(row, RunTableModel::CandidateColumn);
            QCOMPARE(candidate.data(RunTableModel::WinnerRole).toBool(), winner);
            QCOMPARE(candidate.data(Qt::DecorationRole).value<QIcon>().isNull(), !winner);
            for (int column = 0; column < RunTableModel::ColumnCount; ++column) {
                const QVariant font = m_model->index(row, column).data(Qt::FontRole);
                QCOMPARE(font.isValid() && font.value<QFont>().bold(), winner);
            }
        }
        QCOMPARE(m_model->index(1, RunTableModel::CandidateColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("The winner, chosen by the ranking."));
    }

    // A person picks another winner: the two rows that change are sent, the mark moves.
    void newWinnerChangesOnlyTheTwoRows()
    {
        m_model->show(rankedRun());
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        RunWinner manual;
        manual.candidateId = QStringLiteral("gamma");
        manual.manual = true;
        manual.automaticCandidateId = QStringLiteral("beta");
        m_model->setWinner(manual);
        QTRY_COMPARE(changes.count(), 2);
        QCOMPARE(changeAt(changes, 0).firstRow, 1);
        QCOMPARE(changeAt(changes, 1).firstRow, 2);
        QVERIFY(!m_model->index(1, 0).data(RunTableModel::WinnerRole).toBool());
        QVERIFY(m_model->index(2, 0).data(RunTableModel::WinnerRole).toBool());
        QCOMPARE(m_model->index(2, RunTableModel::RankColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("The winner, picked by hand; the ranking chose beta."));
    }

    // An override or a re-score updates the cards in place: no reset, the selection stays.
    void updateScoresChangesCardsWithoutReset()
    {
        m_model->show(rankedRun());
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        RunRecord rescored = rankedRun();
        rescored.candidates[2].score->manualQuality.reset();
        rescored.candidates[2].score->total = 40;
        rescored.candidates[2].score->rank = 3;
        rescored.winner.candidateId.clear();
        rescored.winner.note = QStringLiteral("none");
        m_model->updateScores(rescored);
        QTRY_VERIFY(changes.count() > 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m_model->data(m_model->index(2, RunTableModel::ScoreColumn)).toString(),
                 QStringLiteral("40"));
        QVERIFY(!m_model->index(1, 0).data(RunTableModel::WinnerRole).toBool());
    }

    // While the run goes on, a finished candidate shows its quality (or its failed gate) as
    // soon as its card arrives; total and rank wait for the end of the run.
    void qualityShowsDuringTheRun()
    {
        m_run->move(0, CandidateState::Succeeded, 1.0, 0);
        ScoreCard card;
        card.gates = {passed("exit_code")};
        card.automaticQuality = 64;
        m_run->score(0, card);
        ScoreCard failed;
        failed.gates = {{QStringLiteral("event_count"), false, QStringLiteral("Only 1 event.")}};
        m_run->score(1, failed);
        const QModelIndex first = m_model->index(0, RunTableModel::ScoreColumn);
        QTRY_COMPARE(first.data().toString(), QStringLiteral("quality 64"));
        QCOMPARE(first.data(RunTableModel::SortRole).toDouble(), 64.0);
        QCOMPARE(m_model->index(0, RunTableModel::RankColumn).data().toString(), QString());
        QCOMPARE(m_model->index(1, RunTableModel::ScoreColumn).data().toString(),
                 QStringLiteral("disqualified: event count"));
        QCOMPARE(m_model->index(2, RunTableModel::ScoreColumn).data().toString(), QString());
    }

    // A run without repeats is a flat table: no candidate has children.
    void noRepeatsNoChildRows()
    {
        m_run->move(0, CandidateState::Succeeded, 1.0, 0);
        QTRY_COMPARE(m_model->stateAt(0), CandidateState::Succeeded);
        QVERIFY(!m_model->hasAttempts());
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
        QVERIFY(!m_model->hasChildren(m_model->index(0, 0)));
        m_model->show(rankedRun());
        QVERIFY(!m_model->hasAttempts());
        QCOMPARE(m_model->rowCount(m_model->index(1, 0)), 0);
    }

    // A saved run with repeats: each candidate's row sums its attempts up as before, and has
    // one child row per attempt with that attempt's own cells.
    void savedRepeatsAreChildRows()
    {
        m_model->show(repeatedRun());
        QVERIFY(m_model->hasAttempts());
        QCOMPARE(m_model->rowCount(), 2);
        const QModelIndex beta = m_model->index(1, 0);
        QCOMPARE(m_model->rowCount(beta), 3);
        QCOMPARE(m_model->attemptCount(1), 3);
        // The candidate's row, unchanged: the summary of its attempts.
        QCOMPARE(textAt(*m_model, 1, RunTableModel::CandidateColumn, {}), QStringLiteral("beta"));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::StatusColumn, {}),
                 QStringLiteral("2/3 passed (67%)"));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::RuntimeColumn, {}),
                 QStringLiteral("4.0 s (spread 4.0 s)"));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::RankColumn, {}), QStringLiteral("2"));
        // Its attempts: their own state, reason, score, runtime, exit code and sandbox; no rank.
        QCOMPARE(textAt(*m_model, 1, RunTableModel::CandidateColumn, beta), QStringLiteral("#2"));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::StatusColumn, beta), QStringLiteral("Failed"));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::ReasonColumn, beta),
                 QStringLiteral("The script exited with code 1."));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::ScoreColumn, beta), QStringLiteral("72"));
        QCOMPARE(textAt(*m_model, 0, RunTableModel::RankColumn, beta), QString());
        QCOMPARE(textAt(*m_model, 1, RunTableModel::RankColumn, beta), QString());
        QCOMPARE(textAt(*m_model, 1, RunTableModel::RuntimeColumn, beta), QStringLiteral("4.0 s"));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::ExitCodeColumn, beta), QStringLiteral("1"));
        QCOMPARE(textAt(*m_model, 2, RunTableModel::SandboxColumn, beta), QStringLiteral("beta-3"));
        const QModelIndex second = m_model->index(1, RunTableModel::StatusColumn, beta);
        QCOMPARE(second.data(RunTableModel::StateRole).toInt(), int(CandidateState::Failed));
        QCOMPARE(second.data(RunTableModel::RepeatRole).toInt(), 2);
        QCOMPARE(m_model->index(2, 0, beta).data(RunTableModel::SortRole).toInt(), 3);
        QCOMPARE(m_model->index(0, RunTableModel::RankColumn, beta)
                         .data(RunTableModel::SortRole)
                         .toInt(),
                 std::numeric_limits<int>::max());
        QCOMPARE(m_model->index(1, 0).data(RunTableModel::RepeatRole).toInt(), 0);
        // Where an index belongs, for the window's actions.
        QCOMPARE(m_model->parent(second), beta);
        QCOMPARE(RunTableModel::candidateRowOf(second), 1);
        QCOMPARE(RunTableModel::attemptOf(second), 1);
        QCOMPARE(RunTableModel::attemptOf(beta), -1);
        QCOMPARE(m_model->attemptAt(1, 1).sandboxId, QStringLiteral("beta-2"));
        QVERIFY(m_model->flags(second).testFlag(Qt::ItemNeverHasChildren));
        // The winner is a candidate: its row is marked, its attempts are not.
        const QModelIndex alpha = m_model->index(0, 0);
        QVERIFY(alpha.data(RunTableModel::WinnerRole).toBool());
        QVERIFY(!m_model->index(0, 0, alpha).data(RunTableModel::WinnerRole).toBool());
        // The top-level API still speaks of candidates.
        QCOMPARE(m_model->resultAt(1).repeat, 1);
        QCOMPARE(m_model->countIn({CandidateState::Failed}), 0);
    }

    // A re-score of a run with repeats changes attempts in place: no reset, no rows moved.
    void rescoreChangesAttemptsInPlace()
    {
        m_model->show(repeatedRun());
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        RunRecord rescored = repeatedRun();
        rescored.repeats[0].score->total = 55;
        m_model->updateScores(rescored);
        QTRY_VERIFY(changes.count() >= 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 0);
        const QModelIndex alpha = m_model->index(0, 0);
        QCOMPARE(textAt(*m_model, 1, RunTableModel::ScoreColumn, alpha), QStringLiteral("55"));
        const bool childChanged = std::ranges::any_of(changes, [&](const QList<QVariant> &change) {
            return change.at(0).value<QModelIndex>().parent() == alpha;
        });
        QVERIFY(childChanged);
    }

    // Live: an attempt that appears is inserted under its candidate (no reset), and changes in
    // place after; a running attempt ticks its runtime like a running candidate.
    void liveAttemptsAreInsertedUnderTheirCandidate()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        m_run->moveAttempt(2, 1, CandidateState::Running, 3.0);
        QTRY_COMPARE(m_model->stateAt(2), CandidateState::Running);
        QCOMPARE(m_model->rowCount(m_model->index(2, 0)), 0); // one attempt: no repeats yet
        m_run->moveAttempt(2, 2, CandidateState::Running, 6.0);
        const QModelIndex candidate = m_model->index(2, 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.at(0).at(0).value<QModelIndex>(), candidate);
        QCOMPARE(inserts.at(0).at(1).toInt(), 0);
        QCOMPARE(inserts.at(0).at(2).toInt(), 1);
        QCOMPARE(textAt(*m_model, 1, RunTableModel::CandidateColumn, candidate),
                 QStringLiteral("#2"));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::RuntimeColumn, candidate),
                 QStringLiteral("6.0 s / 1 min"));
        QCOMPARE(m_model->index(1, RunTableModel::RuntimeColumn, candidate)
                         .data(RunTableModel::ProgressRole)
                         .toDouble(),
                 0.1);

        // A third attempt: inserted after the two; the first two change in place.
        m_run->moveAttempt(2, 3, CandidateState::Queued, 0);
        QCOMPARE(inserts.count(), 2);
        QCOMPARE(inserts.at(1).at(1).toInt(), 2);
        m_run->moveAttempt(2, 2, CandidateState::Succeeded, 7.5, 0);
        QCOMPARE(inserts.count(), 2);
        QTRY_COMPARE(textAt(*m_model, 1, RunTableModel::StatusColumn, candidate),
                     QStringLiteral("Succeeded"));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::ExitCodeColumn, candidate),
                 QStringLiteral("0"));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::RuntimeColumn, candidate),
                 QStringLiteral("7.5 s"));
        QCOMPARE(textAt(*m_model, 1, RunTableModel::SandboxColumn, candidate),
                 QStringLiteral("sandbox-2-2"));
        QCOMPARE(textAt(*m_model, 2, RunTableModel::StatusColumn, candidate),
                 QStringLiteral("Queued"));
        // The candidate's row sums them up as it did: one passed, two to go.
        QVERIFY(textAt(*m_model, 2, RunTableModel::StatusColumn, {})
                        .endsWith(QStringLiteral("to go, 1/1 passed (100%)")));
        // One change for the span of its children, on the next refresh.
        const auto childChanged = [&] {
            return std::ranges::any_of(changes, [&](const QList<QVariant> &change) {
                const auto from = change.at(0).value<QModelIndex>();
                const auto to = change.at(1).value<QModelIndex>();
                return from.parent() == candidate && to.parent() == candidate
                        && to.column() == RunTableModel::ColumnCount - 1;
            });
        };
        QTRY_VERIFY(childChanged());
        QCOMPARE(resets.count(), 0);

        // A running attempt ticks on with the refresh, news or not.
        m_run->tickAttempt(2, 0, 12.0);
        QTRY_COMPARE(textAt(*m_model, 0, RunTableModel::RuntimeColumn, candidate),
                     QStringLiteral("12.0 s / 1 min"));
        QCOMPARE(resets.count(), 0);
    }

    // The filter picks candidates; their attempts come along, whatever their own state.
    void filterKeepsAttemptsWithTheirCandidate()
    {
        m_model->show(repeatedRun());
        RunFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        proxy.setFilter(RunFilterProxy::Filter::Finished);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 3);
        proxy.setFilter(RunFilterProxy::Filter::Failed); // beta's #2 failed, beta did not
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilter(RunFilterProxy::Filter::All);
        // Sorted by runtime, descending: the attempts too, under their candidate.
        proxy.sort(RunTableModel::RuntimeColumn, Qt::DescendingOrder);
        const QModelIndex alpha = proxy.index(0, 0);
        QCOMPARE(proxy.index(0, 0, alpha).data().toString(), QStringLiteral("#3"));
        proxy.sort(RunTableModel::CandidateColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(proxy.index(2, 0, proxy.index(0, 0)).data().toString(), QStringLiteral("#3"));
    }

private:
    std::unique_ptr<ScriptedRun> m_run;
    std::unique_ptr<RunTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestRunTableModel)
#include "test_runtablemodel.moc"
