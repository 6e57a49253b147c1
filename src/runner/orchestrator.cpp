#include "orchestrator.h"

#include "leftovers.h"
#include "runbudget.h"
#include "runsession.h"
#include "warmfolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <QtConcurrent/qtconcurrenttask.h>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DreamFoundry {

namespace {

// Makes `relative` (a/b/c) and what leads to it under the open folder `root`, never elsewhere.
void makeUnder(int root, const QString &relative)
{
    QByteArray path;
    for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        path += (path.isEmpty() ? QByteArray() : QByteArray("/")) + QFile::encodeName(part);
        if (::mkdirat(root, path.constData(), 0777) != 0 && errno != EEXIST)
            return; // the session finds no folder and says it could not collect
    }
}

} // namespace

Orchestrator::Orchestrator(Backend &backend, QObject *parent) : QObject(parent), m_backend(backend)
{}

Orchestrator::~Orchestrator()
{
    // Sessions are children: destroying them kills their sandboxes.
    m_workspaceOwner.reset(); // its lock file is in the workspace, which goes next
}

QString Orchestrator::start(const QList<Candidate> &candidates, const RunSettings &settings)
{
    Q_ASSERT(!m_running);
    m_workspace = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                  + QStringLiteral("/dreamfoundry-run-XXXXXX"));
    if (!m_workspace->isValid()) {
        return QCoreApplication::translate("DreamFoundry::Orchestrator",
                                           "Could not create a working folder for the run: %1")
                .arg(m_workspace->errorString());
    }
    m_workspaceOwner = std::make_unique<OwnedFolder>(m_workspace->path());
    qDeleteAll(m_sessions);
    m_sessions.clear();
    const QString note = m_record.backendNote;
    m_record = {};
    m_record.backendNote = note;
    m_record.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.objective = settings.objective;
    m_record.backend = m_backend.name();
    m_record.settings = settings;
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    m_parallelism
            = settings.parallelism > 0 ? settings.parallelism : m_backend.defaultParallelism();
    m_nextToStart = m_nextToPrepare = m_active = m_finishedCount = 0;
    m_candidateCount = int(candidates.size());
    m_running = true;

    const int repeat = std::max(1, settings.plan.repeat);
    for (int r = 1; r <= repeat; ++r) {
        for (const Candidate &candidate : candidates)
            m_sessions.append(addSession(candidate, settings, repeat > 1 ? r : 0));
    }
    m_secretValues.clear(); // each job holds what its candidate gets
    if (m_sessions.isEmpty()) {
        m_running = false;
        m_record.finishedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT runFinished();
        return {};
    }
    startBudget(settings.plan);
    makeCollectFolders();
    return {};
}

// The attempts' collect folders are made on the thread pool: fifty folders on a busy disk would
// hold the window at Run for tens of milliseconds. Those of the sandboxes that start or are
// prepared first come first, so the run starts without waiting for the rest (each new folder
// on an ext4 /tmp costs 0.3-0.5 ms where many were deleted lately); the rest follow, behind
// the first sandboxes' own files on the pool.
void Orchestrator::makeCollectFolders()
{
    m_foldersReady = 0;
    // Made in the workspace through a descriptor of it: a run cancelled and released while
    // its folders are still being made has its workspace removed, and nothing is made again
    // in a removed folder (a path would make the workspace anew, lockless, never swept).
    const int fd = ::open(QFile::encodeName(m_workspace->path()).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const auto workspace = std::shared_ptr<int>(new int(fd), [](int *held) {
        if (*held >= 0)
            ::close(*held);
        delete held;
    });
    const QStringList folders = std::exchange(m_collectFolders, {});
    const qsizetype first = std::min<qsizetype>(folders.size(), 2 * m_parallelism);
    makeCollectFolders(workspace, folders.first(first), 0,
                       [this, workspace, rest = folders.mid(first), first] {
                           m_foldersReady = int(first);
                           if (rest.isEmpty())
                               return;
                           makeCollectFolders(workspace, rest, -1,
                                              [this] { m_foldersReady = int(m_sessions.size()); });
                       });
}

// `then` runs once `folders` are made, and the run goes on.
void Orchestrator::makeCollectFolders(const std::shared_ptr<int> &workspace,
                                      const QStringList &folders, int priority,
                                      std::function<void()> then)
{
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, then] {
        watcher->deleteLater();
        then();
        startMore();
    });
    watcher->setFuture(QtConcurrent::task([workspace, folders] {
                           for (const QString &folder : folders)
                               makeUnder(*workspace, folder);
                       })
                               .onThreadPool(sandboxFilePool())
                               .withPriority(priority)
                               .spawn());
}

// The session of one attempt; its row is the next one. `repeat` is 0 in a run without repeats.
RunSession *Orchestrator::addSession(const Candidate &candidate, const RunSettings &settings,
                                     int repeat)
{
    const int row = int(m_sessions.size());
    // The first attempt's artifact is collected where a run without repeats puts it.
    const QString inWorkspace = repeat > 1
            ? QStringLiteral("%1/repeats/%2").arg(candidate.id).arg(repeat)
            : candidate.id;
    const QString collectDir = m_workspace->filePath(inWorkspace);
    m_collectFolders.append(inWorkspace);
    SandboxJob job{candidate, settings, m_record.runId, collectDir};
    job.environment = CandidateEnvironment::forCandidate(settings.environment, settings.secrets,
                                                         m_secretValues, candidate.id);
    auto *session = new RunSession(job, m_backend.name(), this);
    session->setRepeat(repeat);
    connect(session, &RunSession::stateChanged, this,
            [this, row](CandidateState s) { Q_EMIT candidateStateChanged(row, s); });
    connect(session, &RunSession::sandboxCreated, this,
            [this, row](const QString &id) { Q_EMIT sandboxCreated(row, id); });
    connect(session, &RunSession::outputReceived, this,
            [this, row](OutputStream stream, const QByteArray &chunk) {
                Q_EMIT outputReceived(row, stream, chunk);
            });
    connect(session, &RunSession::warning, this,
            [this, row](const QString &message) { Q_EMIT warning(row, message); });
    // The next candidate may start as soon as this one's sandbox runs nothing any more.
    connect(session, &RunSession::sandboxReleased, this, [this] {
        --m_active;
        if (m_budget)
            m_budget->update();
        startMore();
    });
    connect(session, &RunSession::finished, this, [this, row] { onSessionFinished(row); });
    return session;
}

void Orchestrator::startBudget(const RunPlan &plan)
{
    delete m_budget;
    m_budget = nullptr;
    if (!plan.hasBudget())
        return;
    const auto usage = [this] {
        RunBudget::Usage used;
        for (const RunSession *session : std::as_const(m_sessions))
            used.sandboxSeconds += session->elapsedSeconds();
        used.activeSandboxes = m_active;
        return used;
    };
    m_budget = new RunBudget(plan, usage, this);
    connect(m_budget, &RunBudget::reached, this, &Orchestrator::onBudgetReached);
    m_budget->start();
}

// What finished is kept; what runs or waits is cancelled, queued ones first (cancelAll).
void Orchestrator::onBudgetReached(BudgetStop which)
{
    m_record.budgetStop = which;
    Q_EMIT warning(-1, budgetStopSentence(which, m_record.settings.plan));
    const QString reason = tr("Cancelled: budget reached.");
    for (int row = int(m_sessions.size()) - 1; row >= 0; --row)
        m_sessions[row]->cancel(reason);
}

void Orchestrator::startMore()
{
    // One sandbox per pass of the event loop: starting fifty at once (folders, copies,
    // forks) would freeze a window for a third of a second.
    bool startedOne = false;
    while (m_active < m_parallelism && m_nextToStart < m_foldersReady) {
        RunSession *session = m_sessions[m_nextToStart++];
        if (session->isOver())
            continue; // cancelled while it waited
        ++m_active;
        session->start(m_backend);
        if (m_budget)
            m_budget->update();
        startedOne = true;
        break;
    }
    if (!startedOne)
        prepareOneAhead();
    const bool more
            = (m_active < m_parallelism && m_nextToStart < m_foldersReady) || canPrepareAhead();
    if (more && !m_startScheduled) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_startScheduled = false;
            startMore();
        });
    }
}

// As many queued sessions as run at once get their sandbox ready, so that a session whose turn
// comes finds little left to do (LocalSandbox: its folder, control group and private disk).
void Orchestrator::prepareOneAhead()
{
    while (canPrepareAhead()) {
        RunSession *session = m_sessions[m_nextToPrepare++];
        if (session->isOver())
            continue;
        session->prepareAhead(m_backend);
        return;
    }
}

bool Orchestrator::canPrepareAhead()
{
    m_nextToPrepare = std::max(m_nextToPrepare, m_nextToStart);
    return m_backend.preparesAhead() && m_nextToPrepare < m_foldersReady
            && m_nextToPrepare - m_nextToStart < m_parallelism;
}

void Orchestrator::cancel(int row)
{
    if (row >= 0 && row < m_sessions.size())
        m_sessions[row]->cancel();
}

void Orchestrator::cancelAll()
{
    // Queued ones first, so none of them starts when a running one makes room.
    for (int row = int(m_sessions.size()) - 1; row >= 0; --row)
        m_sessions[row]->cancel();
}

CandidateState Orchestrator::state(int row) const
{
    return m_sessions.value(row) ? m_sessions[row]->state() : CandidateState::Queued;
}

double Orchestrator::elapsedSeconds(int row) const
{
    return m_sessions.value(row) ? m_sessions[row]->elapsedSeconds() : 0.0;
}

const CandidateResult &Orchestrator::result(int row) const
{
    return m_sessions.at(row)->result();
}

RunRecord Orchestrator::record() const
{
    RunRecord record = m_record;
    record.candidates.clear();
    record.repeats.clear();
    for (int row = 0; row < m_candidateCount; ++row)
        record.candidates.append(m_sessions[row]->result());
    // Repeats grouped by candidate, each candidate's in repeat order.
    for (int c = 0; c < m_candidateCount; ++c) {
        for (qsizetype row = m_candidateCount + c; row < m_sessions.size(); row += m_candidateCount)
            record.repeats.append(m_sessions[row]->result());
    }
    return record;
}

QString Orchestrator::releaseWorkspace()
{
    if (!m_workspace || !m_workspace->isValid())
        return {};
    m_workspaceOwner.reset();
    m_workspace->setAutoRemove(false);
    const QString path = m_workspace->path();
    m_workspace.reset();
    return path;
}

void Orchestrator::onSessionFinished(int row)
{
    ++m_finishedCount;
    Q_EMIT candidateFinished(row);
    if (m_finishedCount == m_sessions.size()) {
        m_running = false;
        if (m_budget)
            m_budget->stop();
        m_record.finishedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT runFinished();
    }
}

} // namespace DreamFoundry
