#pragma once

#include "core/candidate.h"
#include "core/runrecord.h"
#include "sandbox.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace DreamFoundry {

class OwnedFolder;
class RunBudget;
class RunSession;

// Runs the candidates of one run in parallel, at most `parallelism` at a time, and hands back
// their results in the order they were given. Rows are the candidates' positions.
//
// With RunPlan::repeat N above 1 each candidate runs N times, each attempt in its own sandbox:
// attempt rows go on past the candidates, repeat by repeat (row r * candidateCount() + c is
// candidate c's attempt r + 1), so every candidate's first attempt starts before any second
// one and a budget that stops the run early leaves the candidates evenly measured. With a
// budget (RunPlan) the run stops when it is reached: what still runs or waits is cancelled
// with the reason "budget reached" (docs/architecture.md, "Repeats and budgets").
class Orchestrator final : public QObject
{
    Q_OBJECT
public:
    explicit Orchestrator(Backend &backend, QObject *parent = nullptr);
    ~Orchestrator() override;

    // Starts the run. The objective must already be valid (RunSettings::objectiveProblem).
    // Empty string on success, else why the run could not start.
    QString start(const QList<Candidate> &candidates, const RunSettings &settings);

    // Why the backend is not the one asked for (auto chose local, say); saved with the run.
    void setBackendNote(const QString &note) { m_record.backendNote = note; }
    // The values of the secrets the settings of the next start() grant, by name.
    void setSecretValues(const SecretValues &values) { m_secretValues = values; }

    void cancel(int row);
    void cancelAll();

    bool isRunning() const { return m_running; }
    QDateTime startedAt() const { return m_record.startedAt; }
    int candidateCount() const { return m_candidateCount; }
    // Every attempt of every candidate: candidateCount() times the repeat count.
    int attemptCount() const { return int(m_sessions.size()); }
    CandidateState state(int row) const;
    double elapsedSeconds(int row) const;
    const CandidateResult &result(int row) const;
    // The run so far; complete once runFinished was emitted. Artifacts stay in a temporary
    // folder owned by the orchestrator until it is destroyed: save them before.
    RunRecord record() const;
    // Which limit of the budget stopped the run, once it did.
    BudgetStop budgetStop() const { return m_record.budgetStop; }
    // Hands the run's working folder (the collected artifacts) to the caller, who removes it:
    // a run of many large artifacts is better removed off the GUI thread. Empty when none.
    QString releaseWorkspace();

Q_SIGNALS:
    void candidateStateChanged(int row, DreamFoundry::CandidateState state);
    void sandboxCreated(int row, const QString &sandboxId);
    void outputReceived(int row, DreamFoundry::OutputStream stream, const QByteArray &chunk);
    void warning(int row, const QString &message);
    void candidateFinished(int row);
    void runFinished();

private:
    void startMore();
    void prepareOneAhead();
    bool canPrepareAhead();
    void onSessionFinished(int row);
    RunSession *addSession(const Candidate &candidate, const RunSettings &settings, int repeat);
    void startBudget(const RunPlan &plan);
    void makeCollectFolders();
    void makeCollectFolders(const std::shared_ptr<int> &workspace, const QStringList &folders,
                            int priority, std::function<void()> then);
    void onBudgetReached(BudgetStop which);

    Backend &m_backend;
    std::unique_ptr<QTemporaryDir> m_workspace;
    std::unique_ptr<OwnedFolder> m_workspaceOwner; // so a later start's sweep leaves it alone
    QList<RunSession *> m_sessions;
    RunBudget *m_budget = nullptr;
    RunRecord m_record;
    SecretValues m_secretValues;
    int m_candidateCount = 0;
    QStringList m_collectFolders; // in the workspace, to be made before their sandboxes start
    int m_foldersReady = 0; // sessions before this one have their collect folder
    int m_parallelism = 1;
    int m_nextToStart = 0;
    // Sessions from m_nextToStart up to this one are prepared ahead (Backend::preparesAhead).
    int m_nextToPrepare = 0;
    int m_active = 0;
    int m_finishedCount = 0;
    bool m_running = false;
    bool m_startScheduled = false;
};

} // namespace DreamFoundry
