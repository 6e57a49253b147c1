#include "runpipeline.h"

#include "core/candidate.h"
#include "daytona/backendselection.h"
#include "daytona/daytonabackend.h"
#include "pipelinelogging.h"
#include "results/resultstore.h"
#include "runner/orchestrator.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace DreamFoundry {

Q_LOGGING_CATEGORY(lcPipeline, "dreamfoundry.pipeline", QtInfoMsg)

namespace {

struct Saved
{
    RunRecord run;
    QString folder;
    QString error;
};

// Runs on the thread pool: copying artifacts of 50 MiB must not freeze the window.
Saved save(const RunRecord &run, const QString &folder)
{
    Saved saved{run, folder, ResultStore::save(run, folder)};
    if (saved.error.isEmpty())
        saved.run = ResultStore::pointedInto(run, folder); // no need to read back what was written
    return saved;
}

} // namespace

RunPipeline::RunPipeline(QObject *parent) : RunSource(parent)
{
    m_autosaveRoot = QFileInfo(ResultStore::defaultResultsDir(QDateTime::currentDateTime())).path();
}

RunPipeline::~RunPipeline()
{
    // The run goes before the backends its sandboxes came from.
    delete m_orchestrator;
}

QString RunPipeline::start(const Request &request, Refusal *refusal)
{
    const auto refuse = [refusal](Refusal kind, const QString &why) {
        if (refusal)
            *refusal = kind;
        return why;
    };
    refuse(Refusal::None, {});
    if (isRunning())
        return refuse(Refusal::CouldNotStart, tr("A run is already in progress."));
    const CandidateList list = candidatesFromScripts(request.scripts);
    if (const QString problem = requestProblem(request, list); !problem.isEmpty())
        return refuse(Refusal::BadRequest, problem);
    if (const QString error = prepareBackend(request.settings.backend); !error.isEmpty())
        return refuse(Refusal::BackendUnavailable, error);

    m_resultsDir = request.resultsDir;
    m_logs = QList<LiveLog>(list.candidates.size());
    connectOrchestrator();
    QStringList ids;
    for (const Candidate &candidate : list.candidates)
        ids.append(candidate.id);
    qCDebug(lcPipeline) << "run of" << ids.size() << "candidates on" << backendName();
    Q_EMIT started(ids); // before start(): the first states are emitted right away
    if (const QString error = m_orchestrator->start(list.candidates, request.settings);
        !error.isEmpty()) {
        delete m_orchestrator;
        m_orchestrator = nullptr;
        return refuse(Refusal::CouldNotStart, error);
    }
    return {};
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
    if (selection.daytona)
        m_daytona = std::make_unique<DaytonaBackend>(m_daytonaConfig);
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
    if (m_orchestrator) {
        if (const QString workspace = m_orchestrator->releaseWorkspace(); !workspace.isEmpty())
            QThreadPool::globalInstance()->start(
                    [workspace] { QDir(workspace).removeRecursively(); });
        delete m_orchestrator;
        m_orchestrator = nullptr;
    }
    m_daytona.reset();
}

void RunPipeline::connectOrchestrator()
{
    connect(m_orchestrator, &Orchestrator::candidateStateChanged, this,
            [this](int row, CandidateState state) {
                Q_EMIT candidateStateChanged(row, state);
                Q_EMIT candidateChanged(row);
            });
    connect(m_orchestrator, &Orchestrator::sandboxCreated, this,
            [this](int row, const QString &) { Q_EMIT candidateChanged(row); });
    connect(m_orchestrator, &Orchestrator::candidateFinished, this,
            [this](int row) { Q_EMIT candidateChanged(row); });
    connect(m_orchestrator, &Orchestrator::outputReceived, this,
            [this](int row, OutputStream stream, const QByteArray &chunk) {
                m_logs[row].append(stream, chunk);
                Q_EMIT outputReceived(row, stream, chunk);
            });
    connect(m_orchestrator, &Orchestrator::warning, this, &RunPipeline::warning);
    connect(m_orchestrator, &Orchestrator::runFinished, this, &RunPipeline::onRunFinished);
}

void RunPipeline::cancel(int row)
{
    if (m_orchestrator)
        m_orchestrator->cancel(row);
}

void RunPipeline::cancelAll()
{
    if (m_orchestrator)
        m_orchestrator->cancelAll();
}

bool RunPipeline::isRunning() const
{
    return m_saving || (m_orchestrator && m_orchestrator->isRunning());
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
    return m_orchestrator ? m_orchestrator->state(row) : CandidateState::Queued;
}

const LiveLog &RunPipeline::log(int row) const
{
    static const LiveLog empty;
    return row >= 0 && row < m_logs.size() ? m_logs[row] : empty;
}

int RunPipeline::candidateCount() const
{
    return m_orchestrator ? m_orchestrator->candidateCount() : 0;
}

CandidateResult RunPipeline::result(int row) const
{
    if (!m_orchestrator || row < 0 || row >= m_orchestrator->candidateCount())
        return {};
    return m_orchestrator->result(row);
}

double RunPipeline::elapsedSeconds(int row) const
{
    return m_orchestrator ? m_orchestrator->elapsedSeconds(row) : 0.0;
}

void RunPipeline::onRunFinished()
{
    const RunRecord run = m_orchestrator->record();
    const QString folder = !m_resultsDir.isEmpty() ? m_resultsDir
                                                   : m_autosaveRoot + QLatin1Char('/')
                    + run.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    m_saving = true;
    auto *watcher = new QFutureWatcher<Saved>(this);
    connect(watcher, &QFutureWatcher<Saved>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_saving = false;
        const Saved saved = watcher->result();
        qCDebug(lcPipeline) << "run saved" << (saved.error.isEmpty() ? "" : "with an error:")
                            << saved.error;
        Q_EMIT finished(saved.run, saved.folder, saved.error);
    });
    watcher->setFuture(QtConcurrent::run(save, run, folder));
}

} // namespace DreamFoundry
