#include "startwait.h"

#include "startwatcher.h"

namespace DreamFoundry {

StartWait::StartWait(DaytonaClient *client, StartWatcher *watcher, const QString &sandboxId,
                     QObject *parent)
    : QObject(parent), m_client(client), m_watcher(watcher), m_id(sandboxId)
{}

StartWait::~StartWait()
{
    stopWaiting();
}

void StartWait::start()
{
    if (!m_watcher) {
        pollAlone();
        return;
    }
    m_watching = true;
    m_watcher->watch(m_id, this,
                     [this](StartWatcher::Outcome outcome, const DaytonaSandboxInfo &sandbox) {
                         m_watching = false;
                         switch (outcome) {
                         case StartWatcher::Outcome::Started:
                             done();
                             Q_EMIT started(sandbox);
                             return;
                         case StartWatcher::Outcome::Failed:
                             done();
                             Q_EMIT failed(DaytonaError::sandboxFailed(m_id, sandbox.state,
                                                                       sandbox.errorReason));
                             return;
                         case StartWatcher::Outcome::PollAlone:
                             pollAlone();
                             return;
                         }
                     });
}

void StartWait::abort()
{
    if (m_done)
        return;
    stopWaiting();
    done();
}

// No time limit of its own: the create timeout of the sandbox bounds the wait.
void StartWait::pollAlone()
{
    m_job = m_client->waitUntilStarted(m_id, 0);
    connect(m_job, &WaitForSandboxJob::finished, this, [this](const SandboxResult &result) {
        m_job = nullptr;
        done();
        if (result.error.ok())
            Q_EMIT started(result.sandbox);
        else
            Q_EMIT failed(result.error);
    });
    m_job->start();
}

void StartWait::stopWaiting()
{
    if (std::exchange(m_watching, false) && m_watcher)
        m_watcher->unwatch(m_id);
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void StartWait::done()
{
    m_done = true;
    deleteLater();
}

} // namespace DreamFoundry
