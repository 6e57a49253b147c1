#pragma once

#include "core/repeatsummary.h"
#include "core/runrecord.h"
#include "core/runsource.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace DreamFoundry {

// The live table: one row per candidate of the run on screen, either running (fed by a
// RunSource, the run pipeline in the app) or opened from a results folder. Updates are coalesced
// on a timer and sent as row-wide dataChanged, or one reset-free whole-table change when most
// rows moved, so fifty candidates streaming output keep the window smooth.
//
// Repeats: in a run that repeats each candidate, the candidate's row sums up its attempts (pass
// rate, median and spread of runtime and total; the tooltip lists each attempt) and has one child
// row per attempt (#1, #2, ...), with that attempt's own state, reason, score, runtime, exit code,
// sandbox and artifact. Children appear with beginInsertRows under their candidate as the source
// reports them and change in place, coalesced like the candidates' rows. The row numbers of the
// methods below (resultAt(), stateAt(), ...) are the candidates' rows, the top level.
//
// Scores: a candidate's card arrives with its result (CandidateResult::score). Its quality shows
// as soon as the card has one, its total and rank once the run is ranked; a disqualified row
// names the gate that failed. The winner's row is bold with a star on the candidate.
class RunTableModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        // The columns a person compares by come first: at a narrow width they stay in view.
        CandidateColumn,
        StatusColumn,
        ReasonColumn, // why it did not succeed; empty for a success
        ScoreColumn,
        RankColumn,
        RuntimeColumn,
        ExitCodeColumn,
        SandboxColumn,
        ArtifactColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: numbers sort as numbers
        StateRole, // CandidateState as int
        ProgressRole, // 0..1 of the timeout while running, else -1
        WinnerRole, // bool: the row of the run's winner
        RepeatRole, // int: an attempt's number (#n) on its child row; 0 on a candidate's row
    };

    explicit RunTableModel(QObject *parent = nullptr);

    // Shows a run as it happens. The source must outlive the run on screen or be replaced by
    // the next call.
    void watch(RunSource *source, const QStringList &candidateIds, int timeoutSeconds);
    // Shows a finished run, opened from disk or just saved.
    void show(const RunRecord &run);
    // New score cards and winner for the rows on screen (matched by candidate id), after a
    // re-score or an override: no reset, so the selection stays.
    void updateScores(const RunRecord &run);
    // The winner to mark; show() and updateScores() take the run's own.
    void setWinner(const RunWinner &winner);
    const RunWinner &winner() const { return m_winner; }

    CandidateResult resultAt(int row) const;
    CandidateState stateAt(int row) const;
    int countIn(std::initializer_list<CandidateState> states) const;

    // The attempts under a candidate's row (children); none in a run without repeats.
    int attemptCount(int row) const;
    CandidateResult attemptAt(int row, int attempt) const;
    // Whether any candidate has attempts to show under it.
    bool hasAttempts() const;
    // For an index of this model: the candidate's row it belongs to (its parent's for an
    // attempt), and which attempt it is (its child row), -1 on a candidate's own row.
    static int candidateRowOf(const QModelIndex &index);
    static int attemptOf(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // How often queued changes reach the view.
    static constexpr int refreshIntervalMs = 100;

private:
    struct Row
    {
        CandidateResult result;
        double elapsed = 0;
        bool dirty = false;
        bool isAttempt = false; // a child row: one attempt of its candidate
        // A candidate with several attempts (RunPlan::repeat): what they add up to, and one
        // line per attempt for the tooltip. `result` is its first attempt.
        std::optional<RepeatSummary> repeats;
        QStringList attemptLines;
        int attemptsUnfinished = 0;
        // The child rows, one per attempt, the first included.
        std::vector<Row> attempts;
    };

    static void summarize(Row &row, const QList<CandidateResult> &attempts);
    static Row attemptRow(const CandidateResult &attempt, double elapsed);
    // Inside a reset: the row's children, as they are.
    static void setAttempts(Row &row, const QList<CandidateResult> &attempts);
    // Outside one: new attempts are inserted under the row, the others change in place.
    void updateAttempts(int row, const QList<CandidateResult> &attempts);
    double attemptElapsed(int row, int attempt, const CandidateResult &result) const;
    QVariant repeatText(const Row &row, int column) const;
    const Row &rowAt(const QModelIndex &index) const;

    void markDirty(int row);
    void flush();
    void tickRunning(Row &row, int candidateRow, int attempt);
    void emitAttemptChanges(int row);
    void refreshFromSource(int row);
    QVariant displayText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    bool isWinner(const Row &row) const;
    bool hasFinalTotal(const Row &row) const;
    int rowOf(const QString &candidateId) const;

    QList<Row> m_rows;
    QPointer<RunSource> m_source;
    int m_timeoutSeconds = 0;
    RunWinner m_winner;
    QTimer m_refresh;
};

// Why a finished candidate did not succeed, on one line for the Reason column (the whole text is
// its tooltip); empty for a success and while it runs.
QString failureReason(const CandidateResult &result);

} // namespace DreamFoundry
