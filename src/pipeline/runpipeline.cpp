#include "runpipeline.h"

#include "core/candidate.h"
#include "daytona/backendselection.h"
#include "daytona/daytonabackend.h"
#include "pipelinelogging.h"
#include "results/resultstore.h"
#include "runner/leftovers.h"
#include "runner/orchestrator.h"
#include "scoring/builtinscorers.h"
#include "scoring/runscorer.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace DreamFoundry {

Q_LOGGING_CATEGORY(lcPipeline, "dreamfoundry.pipeline", QtInfoMsg)

namespace {

struct Saved
{
    RunRecord run;
    QString folder;
    QString error;
};

// Runs on the thread pool: copying artifacts of 50 MiB must not freeze the window. `early`:
// the save begun during the run, when it was for this folder.
Saved saveRun(const RunRecord &run, const QString &folder,
              const std::shared_ptr<ResultStore::EarlySave> &early)
{
    Saved saved{run, folder,
                early && early->savesTo(folder) ? early->finish(run)
                                                : ResultStore::save(run, folder)};
    if (saved.error.isEmpty())
        saved.run = ResultStore::pointedInto(run, folder); // no need to read back what was written
    return saved;
}

// Why a run did not start, with its kind for the callers that ask.
QString refused(RunPipeline::Refusal *refusal, RunPipeline::Refusal kind, const QString &why)
{
    if (refusal)
        *refusal = kind;
    return why;
}

} // namespace

RunPipeline::RunPipeline(QObject *parent) : RunSource(parent)
{
    m_autosaveRoot = QFileInfo(ResultStore::defaultResultsDir(QDateTime::currentDateTime())).path();
    // What a killed run left behind: its working folders in the temporary folder and a save
    // it interrupted. Only folders whose process is gone go; on the thread pool, as a
    // leftover may hold many large artifacts.
    QThreadPool::globalInstance()->start([temp = QDir::tempPath(), runs = m_autosaveRoot] {
        sweepLeftovers(temp);
        ResultStore::sweepInterruptedSaves(runs);
    });
}

RunPipeline::~RunPipeline()
{
    // The run goes before the backends its sandboxes came from; its working folder is removed
    // on the thread pool, beside the backends' own folders (the app waits for both at exit).
    releasePreviousRun();
}

// Why no run can start now, whatever is asked.
QString RunPipeline::busyProblem() const
{
    if (isRunning())
        return tr("A run is already in progress.");
    if (m_rescoring)
        return tr("The scores of the run on screen are being saved; try again in a moment.");
    return {};
}

QString RunPipeline::start(const Request &request, Refusal *refusal)
{
    if (refusal)
        *refusal = Refusal::None;
    if (const QString busy = busyProblem(); !busy.isEmpty())
        return refused(refusal, Refusal::CouldNotStart, busy);
    const CandidateList list = candidatesFromScripts(request.scripts);
    if (const QString problem = requestProblem(request, list); !problem.isEmpty())
        return refused(refusal, Refusal::BadRequest, problem);
    m_rerunBase = {};
    m_rerunRows.clear();
    m_resultsDir = request.resultsDir;
    return begin(list.candidates, request.settings, request.scoring, request.secretValues, refusal);
}

QString RunPipeline::rerun(const Rerun &request, Refusal *refusal)
{
    if (refusal)
        *refusal = Refusal::None;
    if (const QString busy = busyProblem(); !busy.isEmpty())
        return refused(refusal, Refusal::CouldNotStart, busy);
    if (const QString problem = rerunProblem(request); !problem.isEmpty())
        return refused(refusal, Refusal::BadRequest, problem);
    // The candidates keep the ids they have in the run, whatever their scripts are called.
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < request.rows.size(); ++i)
        candidates.append({request.run.candidates.at(request.rows[i]).candidateId,
                           QFileInfo(request.scripts[i]).absoluteFilePath()});
    RunSettings settings = request.settings;
    settings.objective = request.run.objective;
    settings.plan.repeat = 1; // a rerun replaces one attempt (docs/architecture.md, "Reruns")
    m_rerunBase = request.run;
    m_rerunRows = request.rows;
    m_resultsDir = request.folder;
    return begin(candidates, settings, request.scoring, request.secretValues, refusal);
}

QString RunPipeline::begin(const QList<Candidate> &candidates, const RunSettings &settings,
                           const ScoringSettings &scoring, const SecretValues &secretValues,
                           Refusal *refusal)
{
    // A rerun runs some of the run's candidates: a grant may name the others.
    if (const QString problem = environmentProblem(
                settings, secretValues, m_rerunRows.isEmpty() ? candidates : QList<Candidate>());
        !problem.isEmpty())
        return refused(refusal, Refusal::BadRequest, problem);
    if (const QString error = prepareBackend(settings.backend); !error.isEmpty())
        return refused(refusal, Refusal::BackendUnavailable, error);

    if (!m_daytona) {
        // The sandboxes that start first, and those prepared while they run, find their folders
        // made; the later ones make theirs while they are prepared ahead.
        const int parallelism
                = settings.parallelism > 0 ? settings.parallelism : m_local.defaultParallelism();
        m_local.warmUp(std::min(int(candidates.size()) * std::max(1, settings.plan.repeat),
                                2 * parallelism),
                       settings.network);
    }
    m_scoring = scoring;
    ++m_generation;
    const int rows
            = m_rerunRows.isEmpty() ? int(candidates.size()) : int(m_rerunBase.candidates.size());
    m_logs = QList<LiveLog>(rows);
    m_liveCards = QList<std::optional<ScoreCard>>(candidates.size());
    connectOrchestrator();
    QStringList ids;
    for (int row = 0; row < rows; ++row)
        ids.append(m_rerunRows.isEmpty() ? candidates[row].id
                                         : m_rerunBase.candidates[row].candidateId);
    qCDebug(lcPipeline) << "run of" << candidates.size() << "candidates on" << backendName();
    m_orchestrator->setSecretValues(secretValues);
    Q_EMIT started(ids); // before start(): the first states are emitted right away
    if (const QString error = m_orchestrator->start(candidates, settings); !error.isEmpty()) {
        delete m_orchestrator;
        m_orchestrator = nullptr;
        return refused(refusal, Refusal::CouldNotStart, error);
    }
    // Each candidate's folder of the results is written as it ends, while the others run: at
    // the end only the scores and the swap are left (a rerun merges into another run: saved
    // whole at the end).
    if (m_rerunRows.isEmpty() && m_orchestrator->isRunning()) {
        m_earlySave = std::make_shared<ResultStore::EarlySave>(
                resultsFolder(m_orchestrator->startedAt()));
    }
    return {};
}

QString RunPipeline::rerunProblem(const Rerun &request)
{
    if (request.rows.isEmpty())
        return tr("Choose at least one candidate to run again.");
    if (request.rows.size() != request.scripts.size())
        return tr("Each candidate to run again needs its script.");
    for (qsizetype i = 0; i < request.rows.size(); ++i) {
        const int row = request.rows[i];
        if (row < 0 || row >= request.run.candidates.size() || request.rows.indexOf(row) != i)
            return tr("The candidates to run again are not all in the run.");
        if (!QFileInfo(request.scripts[i]).isFile())
            return tr("The script of %1 is gone: %2")
                    .arg(request.run.candidates[row].candidateId, request.scripts[i]);
    }
    if (const QString problem = RunSettings::objectiveProblem(request.run.objective);
        !problem.isEmpty())
        return problem;
    if (const QString problem = request.scoring.weights.problem(); !problem.isEmpty())
        return problem;
    if (const QString problem = request.settings.plan.problem(); !problem.isEmpty())
        return problem;
    if (!request.folder.isEmpty())
        return ResultStore::writableProblem(request.folder);
    return {};
}

// Checked before the backend is made: a run missing a secret starts nothing.
QString RunPipeline::environmentProblem(const RunSettings &settings, const SecretValues &values,
                                        const QList<Candidate> &candidates)
{
    if (const QString problem = settings.environmentProblem(); !problem.isEmpty())
        return problem;
    for (const SecretGrant &grant : settings.secrets) {
        // A misspelt candidate would silently go without its key (`candidates` is empty for a
        // rerun: not checked then).
        for (const QString &id : candidates.isEmpty() ? QStringList() : grant.candidates) {
            const bool inRun = std::any_of(candidates.cbegin(), candidates.cend(),
                                           [&id](const Candidate &c) { return c.id == id; });
            if (!inRun)
                return tr("The secret %1 is meant for %2, which is not a candidate of this run.")
                        .arg(grant.name, id);
        }
        if (!values.contains(grant.name))
            return tr("The secret %1 is not in the keychain; add it in Settings > Candidate "
                      "Secrets or with `dreamfoundry secret set %1`.")
                    .arg(grant.name);
        if (const QString problem
            = CandidateEnvironment::valueProblem(grant.name, values.value(grant.name));
            !problem.isEmpty())
            return problem;
    }
    return {};
}

// Attempts after the first of a run with repeats have rows past the candidates
// (Orchestrator): they belong to the row of their candidate.
int RunPipeline::runRow(int orchestratorRow) const
{
    const int candidates = m_orchestrator ? m_orchestrator->candidateCount() : 0;
    if (candidates > 0 && orchestratorRow >= candidates)
        orchestratorRow %= candidates;
    return m_rerunRows.isEmpty() ? orchestratorRow : m_rerunRows.value(orchestratorRow, -1);
}

int RunPipeline::orchestratorRow(int runRow) const
{
    return m_rerunRows.isEmpty() ? runRow : int(m_rerunRows.indexOf(runRow));
}

QString RunPipeline::requestProblem(const Request &request, const CandidateList &list)
{
    if (const QString problem = RunSettings::objectiveProblem(request.settings.objective);
        !problem.isEmpty())
        return problem;
    if (!list.error.isEmpty())
        return list.error;
    if (list.candidates.isEmpty())
        return tr("Add at least one candidate script.");
    if (const QString problem = request.settings.plan.problem(); !problem.isEmpty())
        return problem;
    if (const QString problem = request.scoring.weights.problem(); !problem.isEmpty())
        return problem;
    // Refuse before anything runs: a run whose results cannot be kept is work lost.
    if (!request.resultsDir.isEmpty())
        return ResultStore::writableProblem(request.resultsDir);
    return {};
}

// Daytona when asked for and configured; Auto falls back to the local backend and says so.
QString RunPipeline::prepareBackend(BackendChoice choice)
{
    const BackendSelection selection = selectBackend(choice, m_daytonaConfig);
    if (!selection.error.isEmpty())
        return selection.error;
    releasePreviousRun();
    if (selection.daytona) {
        auto daytona = std::make_unique<DaytonaBackend>(m_daytonaConfig);
        daytona->setWarmPool(m_warmPool);
        m_daytona = std::move(daytona);
    }
    m_orchestrator
            = new Orchestrator(m_daytona ? *m_daytona : static_cast<Backend &>(m_local), this);
    m_backendNote = selection.note;
    m_orchestrator->setBackendNote(selection.note);
    if (!selection.note.isEmpty())
        Q_EMIT warning(-1, selection.note);
    return {};
}

// The previous run was saved when it finished; its working folder may hold many large
// artifacts, so it is removed on the thread pool.
void RunPipeline::releasePreviousRun()
{
    m_earlySave.reset(); // an unfinished one removes what it wrote
    if (m_orchestrator) {
        if (const QString workspace = m_orchestrator->releaseWorkspace(); !workspace.isEmpty())
            QThreadPool::globalInstance()->start([workspace] { removeTree(workspace); });
        delete m_orchestrator;
        m_orchestrator = nullptr;
    }
    m_daytona.reset();
}

void RunPipeline::connectOrchestrator()
{
    // The orchestrator counts only the candidates it runs; the outside sees the run's rows.
    connect(m_orchestrator, &Orchestrator::candidateStateChanged, this,
            [this](int row, CandidateState state) {
                Q_EMIT candidateStateChanged(runRow(row), state);
                Q_EMIT attemptStateChanged(runRow(row), row / m_orchestrator->candidateCount(),
                                           state);
                Q_EMIT candidateChanged(runRow(row));
            });
    connect(m_orchestrator, &Orchestrator::sandboxCreated, this,
            [this](int row, const QString &) { Q_EMIT candidateChanged(runRow(row)); });
    connect(m_orchestrator, &Orchestrator::candidateFinished, this, [this](int row) {
        if (m_earlySave) {
            QThreadPool::globalInstance()->start(
                    [save = m_earlySave, result = m_orchestrator->result(row)] {
                        save->writeAttempt(result);
                    });
        }
        Q_EMIT candidateChanged(runRow(row));
        if (row < m_orchestrator->candidateCount()) // repeats are scored with the whole run
            scoreLive(row);
    });
    connect(m_orchestrator, &Orchestrator::outputReceived, this,
            [this](int row, OutputStream stream, const QByteArray &chunk) {
                if (m_keepLogs)
                    m_logs[runRow(row)].append(stream, chunk);
                Q_EMIT outputReceived(runRow(row), stream, chunk);
            });
    connect(m_orchestrator, &Orchestrator::warning, this, [this](int row, const QString &message) {
        Q_EMIT warning(row < 0 ? row : runRow(row), message);
    });
    connect(m_orchestrator, &Orchestrator::runFinished, this, &RunPipeline::onRunFinished);
}

void RunPipeline::cancel(int row)
{
    if (m_orchestrator && orchestratorRow(row) >= 0)
        m_orchestrator->cancel(orchestratorRow(row));
}

void RunPipeline::cancelAll()
{
    if (m_orchestrator)
        m_orchestrator->cancelAll();
    if (m_finishing && m_runScorer)
        m_runScorer->cancel(); // a scorer script: its candidates stay unscored, the run is saved
}

bool RunPipeline::isRunning() const
{
    return m_finishing || (m_orchestrator && m_orchestrator->isRunning());
}

bool RunPipeline::isScoring() const
{
    return m_rescoring;
}

QString RunPipeline::backendName() const
{
    return m_daytona ? m_daytona->name() : m_local.name();
}

QString RunPipeline::backendNote() const
{
    return m_backendNote;
}

CandidateState RunPipeline::state(int row) const
{
    if (!m_orchestrator)
        return CandidateState::Queued;
    const int running = orchestratorRow(row);
    return running >= 0 ? m_orchestrator->state(running) : m_rerunBase.candidates.value(row).state;
}

const LiveLog &RunPipeline::log(int row) const
{
    static const LiveLog empty;
    return row >= 0 && row < m_logs.size() ? m_logs[row] : empty;
}

int RunPipeline::candidateCount() const
{
    if (!m_orchestrator)
        return 0;
    return m_rerunRows.isEmpty() ? m_orchestrator->candidateCount()
                                 : int(m_rerunBase.candidates.size());
}

CandidateResult RunPipeline::result(int row) const
{
    if (!m_orchestrator || row < 0 || row >= candidateCount())
        return {};
    const int running = orchestratorRow(row);
    if (running < 0)
        return m_rerunBase.candidates[row]; // not rerun: as it was
    if (running >= m_orchestrator->candidateCount()) { // a rerun not started yet
        CandidateResult queued;
        queued.candidateId = m_rerunBase.candidates[row].candidateId;
        queued.attempt = m_rerunBase.candidates[row].attempt + 1;
        return queued;
    }
    CandidateResult result = m_orchestrator->result(running);
    if (!m_rerunRows.isEmpty())
        result.attempt = m_rerunBase.candidates[row].attempt + 1;
    if (m_liveCards[running])
        result.score = m_liveCards[running];
    return result;
}

QList<CandidateResult> RunPipeline::attempts(int row) const
{
    const int first = orchestratorRow(row);
    if (!m_orchestrator || first < 0 || first >= m_orchestrator->candidateCount())
        return {result(row)};
    QList<CandidateResult> found{result(row)};
    const int step = m_orchestrator->candidateCount();
    for (int attempt = first + step; attempt < m_orchestrator->attemptCount(); attempt += step)
        found.append(m_orchestrator->result(attempt));
    return found;
}

BudgetStop RunPipeline::budgetStop() const
{
    return m_orchestrator ? m_orchestrator->budgetStop() : BudgetStop::None;
}

double RunPipeline::elapsedSeconds(int row) const
{
    if (!m_orchestrator)
        return 0.0;
    const int running = orchestratorRow(row);
    return running >= 0 ? m_orchestrator->elapsedSeconds(running)
                        : m_rerunBase.candidates.value(row).runtimeSeconds;
}

double RunPipeline::attemptElapsedSeconds(int row, int attempt) const
{
    const int first = orchestratorRow(row);
    if (attempt == 0 || !m_orchestrator || first < 0)
        return attempt == 0 ? elapsedSeconds(row) : 0.0;
    // The same rows as attempts(): one candidate count further per attempt.
    const int at = first + attempt * m_orchestrator->candidateCount();
    return at < m_orchestrator->attemptCount() ? m_orchestrator->elapsedSeconds(at) : 0.0;
}

// A built-in scorer judges a candidate's quality as soon as it finished, on the thread pool,
// so the table shows it before the run ends. Speed and rank need the whole run: they come
// with the final scoring. A scorer script judges the whole run at once, at the end.
void RunPipeline::scoreLive(int row)
{
    if (m_scoring.isScript() || !m_scoring.weights.problem().isEmpty())
        return;
    const RunRecord run = m_orchestrator->record(); // shares the results' text, no deep copy
    const CandidateResult finished = run.candidates.at(row);
    const ScoringContext context = ScoringContext::forRun(run, m_scoring);
    auto *watcher = new QFutureWatcher<ScoreCard>(this);
    connect(watcher, &QFutureWatcher<ScoreCard>::finished, this,
            [this, watcher, row, generation = m_generation] {
                watcher->deleteLater();
                if (generation != m_generation || row >= m_liveCards.size())
                    return;
                m_liveCards[row] = watcher->result();
                Q_EMIT candidateChanged(runRow(row));
            });
    watcher->setFuture(QtConcurrent::run(BuiltInScorers::scoreCandidate, finished, context));
}

// One scorer for finished runs and one for re-scores, each with its one answer: a re-score
// still under way can never answer for a run that finished meanwhile, or the other way round.
// Scorer scripts run in the same local sandboxes as candidates.
RunScorer &RunPipeline::runScorer()
{
    if (!m_runScorer) {
        m_runScorer = new RunScorer(m_local, this);
        connect(m_runScorer, &RunScorer::finished, this,
                [this](const RunRecord &scored) { save(scored, m_finishFolder); });
    }
    return *m_runScorer;
}

RunScorer &RunPipeline::rescorer()
{
    if (!m_rescorer) {
        m_rescorer = new RunScorer(m_local, this);
        connect(m_rescorer, &RunScorer::finished, this,
                [this](const RunRecord &scored) { saveManifest(scored, m_rescoreFolder); });
    }
    return *m_rescorer;
}

// The finished run is scored, then saved once with its scores.
void RunPipeline::onRunFinished()
{
    const RunRecord run = finishedRecord();
    const QString folder = resultsFolder(run.startedAt);
    m_finishing = true;
    m_finishFolder = folder;
    if (const QString error = runScorer().start(run, m_scoring); !error.isEmpty()) {
        Q_EMIT warning(-1, tr("The run could not be scored: %1").arg(error));
        save(run, folder);
    }
}

// The orchestrator's record, or for a rerun the run it went into with its new attempts.
RunRecord RunPipeline::finishedRecord() const
{
    RunRecord run = m_orchestrator->record();
    if (m_rerunRows.isEmpty())
        return run;
    RunRecord merged = m_rerunBase;
    for (qsizetype i = 0; i < m_rerunRows.size(); ++i)
        merged.replaceWithRerun(m_rerunRows[i], run.candidates[i]);
    merged.winner = {}; // scoring picks it again from the new field
    return merged;
}

void RunPipeline::save(const RunRecord &run, const QString &folder)
{
    auto *watcher = new QFutureWatcher<Saved>(this);
    connect(watcher, &QFutureWatcher<Saved>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_finishing = false;
        const Saved saved = watcher->result();
        if (!saved.error.isEmpty())
            qCWarning(lcPipeline) << "a finished run could not be saved";
        Q_EMIT finished(saved.run, saved.folder, saved.error);
    });
    watcher->setFuture(QtConcurrent::run(saveRun, run, folder, std::exchange(m_earlySave, {})));
}

QString RunPipeline::resultsFolder(const QDateTime &startedAt) const
{
    return !m_resultsDir.isEmpty() ? m_resultsDir
                                   : m_autosaveRoot + QLatin1Char('/')
                    + startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

QString RunPipeline::rescore(const RunRecord &run, const QString &folder,
                             const ScoringSettings &settings)
{
    if (isRunning())
        return tr("Wait for the run to finish, or cancel it, first.");
    if (m_rescoring)
        return tr("The scores are being saved; try again in a moment.");
    if (const QString error = rescorer().start(run, settings); !error.isEmpty())
        return error;
    m_rescoreFolder = folder;
    m_rescoring = true;
    return {};
}

void RunPipeline::saveScores(const RunRecord &run, const QString &folder)
{
    m_rescoring = true;
    saveManifest(run, folder);
}

void RunPipeline::saveManifest(const RunRecord &run, const QString &folder)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, run, folder] {
        watcher->deleteLater();
        m_rescoring = false;
        Q_EMIT rescored(run, folder, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(ResultStore::saveManifest, run, folder));
}

} // namespace DreamFoundry
