#pragma once

#include "core/repeatsummary.h"
#include "core/runrecord.h"
#include "core/runsource.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace DreamFoundry {

// The live table: one row per candidate (with repeats, the candidate's row sums up its attempts:
// pass rate, median and spread of runtime and total; the tooltip lists each attempt) of the run on
// screen, either running (fed by a RunSource, the run pipeline in the app) or opened from a results
// folder. Updates are coalesced on a timer and sent as row-wide dataChanged, or one reset-free
// whole-table change when most rows moved, so fifty candidates streaming output keep the window
// smooth.
//
// Scores: a candidate's card arrives with its result (CandidateResult::score). Its quality shows
// as soon as the card has one, its total and rank once the run is ranked; a disqualified row
// names the gate that failed. The winner's row is bold with a star on the candidate.
class RunTableModel final : public QAbstractTableModel
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
        // A candidate with several attempts (RunPlan::repeat): what they add up to, and one
        // line per attempt for the tooltip. `result` is its first attempt.
        std::optional<RepeatSummary> repeats;
        QStringList attemptLines;
        int attemptsUnfinished = 0;
    };

    static void setAttempts(Row &row, const QList<CandidateResult> &attempts);
    QVariant repeatText(const Row &row, int column) const;

    void markDirty(int row);
    void flush();
    void refreshFromSource(int row);
    QVariant displayText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    bool isWinner(const Row &row) const;
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
