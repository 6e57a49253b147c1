#include "runcontroller.h"

#include "core/candidate.h"
#include "daytona/backendselection.h"
#include "daytona/daytonabackend.h"
#include "results/resultstore.h"
#include "runner/orchestrator.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace DreamFoundry {

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

RunController::RunController(QObject *parent) : QObject(parent)
{
    m_autosaveRoot = QFileInfo(ResultStore::defaultResultsDir(QDateTime::currentDateTime())).path();
}

RunController::~RunController()
{
    // The run goes before the backends its sandboxes came from.
    delete m_orchestrator;
}

QString RunController::start(const QStringList &scripts, const RunSettings &settings)
{
    if (isRunning())
        return tr("A run is already in progress.");
    if (const QString problem = RunSettings::objectiveProblem(settings.objective);
        !problem.isEmpty())
        return problem;
    const CandidateList list = candidatesFromScripts(scripts);
    if (!list.error.isEmpty())
        return list.error;
    if (list.candidates.isEmpty())
        return tr("Add at least one candidate script.");

    const BackendSelection selection = selectBackend(settings.backend, m_daytonaConfig);
    if (!selection.error.isEmpty())
        return selection.error;
    delete m_orchestrator; // the previous run was saved when it finished
    m_daytona.reset();
    if (selection.daytona)
        m_daytona = std::make_unique<DaytonaBackend>(m_daytonaConfig);
    m_orchestrator
            = new Orchestrator(m_daytona ? *m_daytona : static_cast<Backend &>(m_local), this);
    m_orchestrator->setBackendNote(selection.note);
    if (!selection.note.isEmpty())
        Q_EMIT warning(-1, selection.note);
    m_logs = QList<LiveLog>(list.candidates.size());
    connect(m_orchestrator, &Orchestrator::outputReceived, this,
            [this](int row, OutputStream stream, const QByteArray &chunk) {
                m_logs[row].append(stream, chunk);
                Q_EMIT outputReceived(row, stream, chunk);
            });
    connect(m_orchestrator, &Orchestrator::warning, this, &RunController::warning);
    connect(m_orchestrator, &Orchestrator::runFinished, this, &RunController::onRunFinished);
    QStringList ids;
    for (const Candidate &candidate : list.candidates)
        ids.append(candidate.id);
    Q_EMIT started(ids); // before start(): the first states are emitted right away
    if (const QString error = m_orchestrator->start(list.candidates, settings); !error.isEmpty()) {
        delete m_orchestrator;
        m_orchestrator = nullptr;
        return error;
    }
    return {};
}

void RunController::cancel(int row)
{
    if (m_orchestrator)
        m_orchestrator->cancel(row);
}

void RunController::cancelAll()
{
    if (m_orchestrator)
        m_orchestrator->cancelAll();
}

bool RunController::isRunning() const
{
    return m_saving || (m_orchestrator && m_orchestrator->isRunning());
}

const LiveLog &RunController::log(int row) const
{
    static const LiveLog empty;
    return row >= 0 && row < m_logs.size() ? m_logs[row] : empty;
}

void RunController::onRunFinished()
{
    const RunRecord run = m_orchestrator->record();
    const QString folder = m_autosaveRoot + QLatin1Char('/')
            + run.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    m_saving = true;
    auto *watcher = new QFutureWatcher<Saved>(this);
    connect(watcher, &QFutureWatcher<Saved>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_saving = false;
        const Saved saved = watcher->result();
        Q_EMIT finished(saved.run, saved.folder, saved.error);
    });
    watcher->setFuture(QtConcurrent::run(save, run, folder));
}

} // namespace DreamFoundry
