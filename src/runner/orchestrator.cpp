#include "orchestrator.h"

#include "leftovers.h"
#include "runsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QUuid>

namespace DreamFoundry {

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
    m_nextToStart = m_active = m_finishedCount = 0;
    m_running = true;

    for (int row = 0; row < candidates.size(); ++row) {
        const Candidate &candidate = candidates[row];
        const QString collectDir = m_workspace->filePath(candidate.id);
        QDir().mkpath(collectDir);
        SandboxJob job{candidate, settings, m_record.runId, collectDir};
        job.environment = CandidateEnvironment::forCandidate(settings.environment, settings.secrets,
                                                             m_secretValues, candidate.id);
        auto *session = new RunSession(job, m_backend.name(), this);
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
        // The next candidate may start as soon as this one's sandbox is gone.
        connect(session, &RunSession::sandboxFinished, this, [this] {
            --m_active;
            startMore();
        });
        connect(session, &RunSession::finished, this, [this, row] { onSessionFinished(row); });
        m_sessions.append(session);
    }
    m_secretValues.clear(); // each job holds what its candidate gets
    if (m_sessions.isEmpty()) {
        m_running = false;
        m_record.finishedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT runFinished();
        return {};
    }
    startMore();
    return {};
}

void Orchestrator::startMore()
{
    // One sandbox per pass of the event loop: starting fifty at once (folders, copies,
    // forks) would freeze a window for a third of a second.
    while (m_active < m_parallelism && m_nextToStart < m_sessions.size()) {
        RunSession *session = m_sessions[m_nextToStart++];
        if (isFinal(session->state()))
            continue; // cancelled while it waited
        ++m_active;
        session->start(m_backend);
        break;
    }
    const bool more = m_active < m_parallelism && m_nextToStart < m_sessions.size();
    if (more && !m_startScheduled) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_startScheduled = false;
            startMore();
        });
    }
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
    for (const RunSession *session : m_sessions)
        record.candidates.append(session->result());
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
        m_record.finishedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT runFinished();
    }
}

} // namespace DreamFoundry
