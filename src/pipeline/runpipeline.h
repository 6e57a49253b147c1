#pragma once

#include "core/candidate.h"
#include "core/livelog.h"
#include "core/runrecord.h"
#include "core/runsource.h"
#include "daytona/daytonaconfig.h"
#include "daytona/warmpool.h"
#include "runner/localbackend.h"

#include <QPointer>
#include <QStringList>

#include <memory>

namespace DreamFoundry::ResultStore {
class EarlySave;
}

namespace DreamFoundry {

class Orchestrator;
class RunScorer;

// One run from the user's choice to the results folder, the same for the window and the
// command line (docs/architecture.md, "A run, from the window or the command line to the
// results folder"): the scripts become candidates, the backend is chosen and built, the
// orchestrator runs them while every candidate's log is kept, and the finished run is saved
// off the calling thread. No widgets here.
class RunPipeline final : public RunSource
{
    Q_OBJECT
public:
    struct Request
    {
        QStringList scripts;
        RunSettings settings;
        // Where the results go. Empty: a new folder under the autosave root, named after the
        // run's start. A folder given here is checked before anything runs.
        QString resultsDir;
        // How the finished run is scored before it is saved.
        ScoringSettings scoring;
        // The value of each secret settings.secrets names, read from the keychain by the
        // caller (SecretReader); a run missing one is refused before anything starts.
        SecretValues secretValues = {};
    };

    // Some candidates of a finished run, run again in place (docs/architecture.md, "Reruns"):
    // the other candidates keep their results, each rerun candidate's earlier attempt is kept
    // in the run, and the whole run is scored and saved again into its folder.
    struct Rerun
    {
        RunRecord run; // the finished run, as on screen
        QString folder; // where it is saved; empty when it could not be, then a new folder
        QList<int> rows; // the candidates to run again
        QStringList scripts; // the script of each, in the order of `rows`
        RunSettings settings; // the run's objective is used, whatever this one says
        ScoringSettings scoring;
        SecretValues secretValues = {}; // as in Request
    };

    // Why a run did not start, for callers that answer differently (the command line's exit
    // status).
    enum class Refusal {
        None,
        BadRequest, // the objective, a script or the results folder cannot be used
        BackendUnavailable, // Daytona was asked for but is not configured
        CouldNotStart, // the machine refused (no working folder, say)
    };

    explicit RunPipeline(QObject *parent = nullptr);
    ~RunPipeline() override;

    // Starts a run; empty on success, else why it cannot start (nothing has run then), and
    // what kind of refusal it was in `refusal` when given.
    QString start(const Request &request, Refusal *refusal = nullptr);
    // Starts a rerun; empty on success, else why not (nothing has run then). started()
    // names all the run's candidates: the rows stay where they were.
    QString rerun(const Rerun &request, Refusal *refusal = nullptr);
    void cancel(int row);
    void cancelAll();

    // True from start() until finished() was emitted (scoring and the save included).
    bool isRunning() const;
    // The backend of the run in progress (or the last one): "local" or "daytona", and why it
    // is not the one asked for, when Auto chose.
    QString backendName() const;
    QString backendNote() const;
    CandidateState state(int row) const;
    // The candidate's log so far; empty unless logs are kept.
    const LiveLog &log(int row) const;
    // Whether each candidate's output is kept for log(): the window shows it, the command line
    // does not need it (20 chatty candidates would hold 10 MiB for nothing). On by default.
    void setKeepLogs(bool keep) { m_keepLogs = keep; }

    int candidateCount() const override;
    CandidateResult result(int row) const override;
    QList<CandidateResult> attempts(int row) const override;
    double elapsedSeconds(int row) const override;
    double attemptElapsedSeconds(int row, int attempt) const override;
    // Which limit of the budget stopped the run in progress (or the last one), if any.
    BudgetStop budgetStop() const;

    LocalBackend &localBackend() { return m_local; }

    // Scores a finished run again with `settings` without re-running it (docs/architecture.md,
    // "Scoring"): the cards are made anew from the run's artifacts, a person's overrides are
    // kept (clear them in `run` first to drop them), and run.json and report.md in `folder`
    // are rewritten. Answers with rescored(); empty on start, else why not.
    QString rescore(const RunRecord &run, const QString &folder, const ScoringSettings &settings);
    // Rewrites run.json and report.md in `folder` for `run`, whose scores a person changed
    // (an override, a winner picked by hand). Answers with rescored().
    void saveScores(const RunRecord &run, const QString &folder);
    bool isScoring() const;

    // How Daytona is reached for the runs that use it (Daytona and Auto).
    void setDaytonaConfig(const DaytonaConfig &config) { m_daytonaConfig = config; }
    const DaytonaConfig &daytonaConfig() const { return m_daytonaConfig; }
    // Daytona runs claim warm sandboxes from `pool` (null: none) when it has this key.
    void setWarmPool(WarmPool *pool) { m_warmPool = pool; }

    // The folder runs without a results folder of their own are saved under; tests point it
    // elsewhere.
    void setAutosaveRoot(const QString &folder) { m_autosaveRoot = folder; }
    QString autosaveRoot() const { return m_autosaveRoot; }

Q_SIGNALS:
    // The run started with these candidates, in this order (rows are their positions).
    void started(const QStringList &candidateIds);
    void candidateStateChanged(int row, DreamFoundry::CandidateState state);
    // The same for one attempt of the candidate: `attempt` indexes attempts(row).
    void attemptStateChanged(int row, int attempt, DreamFoundry::CandidateState state);
    void outputReceived(int row, DreamFoundry::OutputStream stream, const QByteArray &chunk);
    // Something the user should know; row -1 for the run as a whole.
    void warning(int row, const QString &message);
    // The run ended and was saved to `folder`; `run` points into that folder. When saving
    // failed, `error` says why and `run` still holds everything in memory.
    void finished(const DreamFoundry::RunRecord &run, const QString &folder, const QString &error);
    // The answer to rescore() and saveScores(): `run` as scored now. When run.json could not
    // be rewritten, `error` says why and `run` still holds the new scores.
    void rescored(const DreamFoundry::RunRecord &run, const QString &folder, const QString &error);

private:
    static QString requestProblem(const Request &request, const CandidateList &list);
    static QString rerunProblem(const Rerun &request);
    static QString environmentProblem(const RunSettings &settings, const SecretValues &values,
                                      const QList<Candidate> &candidates);
    QString busyProblem() const;
    QString begin(const QList<Candidate> &candidates, const RunSettings &settings,
                  const ScoringSettings &scoring, const SecretValues &secretValues,
                  Refusal *refusal);
    // Rows of the run on screen and of the orchestrator differ during a rerun.
    int runRow(int orchestratorRow) const;
    int orchestratorRow(int runRow) const;
    QString prepareBackend(BackendChoice choice);
    void connectOrchestrator();
    void releasePreviousRun();
    void onRunFinished();
    RunRecord finishedRecord() const;
    void scoreLive(int row);
    void save(const RunRecord &run, const QString &folder);
    // Where a run started then is saved: the folder asked for, or one under the autosave root.
    QString resultsFolder(const QDateTime &startedAt) const;
    void saveManifest(const RunRecord &run, const QString &folder);
    RunScorer &runScorer();
    RunScorer &rescorer();

    LocalBackend m_local;
    std::unique_ptr<Backend> m_daytona; // made per run: the configuration may have changed
    DaytonaConfig m_daytonaConfig;
    QPointer<WarmPool> m_warmPool;
    Orchestrator *m_orchestrator = nullptr;
    QList<LiveLog> m_logs;
    QString m_autosaveRoot;
    QString m_resultsDir;
    // The finished run a rerun goes into, and the run row of each rerun candidate; both empty
    // for a new run.
    RunRecord m_rerunBase;
    QList<int> m_rerunRows;
    QString m_backendNote;
    ScoringSettings m_scoring; // of the run in progress
    RunScorer *m_runScorer = nullptr;
    RunScorer *m_rescorer = nullptr;
    QString m_finishFolder; // where the run being scored is saved
    // The run in progress's save, begun as its candidates end (not for a rerun).
    std::shared_ptr<ResultStore::EarlySave> m_earlySave;
    QString m_rescoreFolder; // where the re-score under way is saved
    QList<std::optional<ScoreCard>> m_liveCards; // quality as each candidate finishes
    int m_generation = 0; // a live card of an earlier run must not land in this one
    bool m_finishing = false; // scoring and saving a finished run
    bool m_rescoring = false;
    bool m_keepLogs = true;
};

} // namespace DreamFoundry
