#include "startwatcher.h"

namespace DreamFoundry {

StartWatcher::StartWatcher(const DaytonaConnection &connection, const DaytonaLabels &runLabels,
                           const NetworkProvider &network, QObject *parent)
    : QObject(parent)
    , m_client(new DaytonaClient(connection, network(this), this))
    , m_labels(runLabels)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StartWatcher::poll);
}

StartWatcher::~StartWatcher()
{
    if (m_job)
        m_job->abort();
}

void StartWatcher::watch(const QString &sandboxId, QObject *context, Callback callback)
{
    m_waiters[sandboxId] = Waiter{context, std::move(callback), 0};
    // A newcomer is polled at the starting pace, whatever the others waited already.
    m_clock.start();
    m_delayMs = 0;
    const int first = WaitForSandboxJob::nextPollDelayMs(0, 0);
    if (!m_job && (!m_timer.isActive() || m_timer.remainingTime() > first)) {
        m_delayMs = first;
        m_timer.start(first);
    }
}

void StartWatcher::unwatch(const QString &sandboxId)
{
    m_waiters.erase(sandboxId);
}

void StartWatcher::poll()
{
    std::erase_if(m_waiters, [](const auto &entry) { return !entry.second.context; });
    if (m_waiters.empty() || m_job)
        return;
    m_job = m_client->listSandboxes(m_labels);
    connect(m_job, &ListSandboxesJob::finished, this, &StartWatcher::onListed);
    m_job->start();
}

void StartWatcher::onListed(const SandboxListResult &result)
{
    m_job = nullptr;
    QStringList ids;
    for (const auto &[id, waiter] : m_waiters)
        ids.append(id);
    for (const QString &id : std::as_const(ids)) {
        const auto waiter = m_waiters.find(id);
        if (waiter == m_waiters.end())
            continue; // a callback before unwatched it
        if (!result.error.ok()) {
            hand(id, Outcome::PollAlone, {});
            continue;
        }
        const auto found = std::ranges::find_if(
                result.sandboxes, [&](const DaytonaSandboxInfo &s) { return s.id == id; });
        if (found == result.sandboxes.end()) {
            if (++waiter->second.misses >= maxMisses)
                hand(id, Outcome::PollAlone, {});
        } else if (found->isStarted()) {
            hand(id, Outcome::Started, *found);
        } else if (found->hasFailed() || found->isGone()) {
            hand(id, Outcome::Failed, *found);
        }
    }
    scheduleNext();
}

void StartWatcher::hand(const QString &sandboxId, Outcome outcome,
                        const DaytonaSandboxInfo &sandbox)
{
    const auto it = m_waiters.find(sandboxId);
    Waiter waiter = std::move(it->second);
    m_waiters.erase(it);
    if (waiter.context)
        waiter.callback(outcome, sandbox);
}

void StartWatcher::scheduleNext()
{
    if (m_waiters.empty() || m_job || m_timer.isActive())
        return;
    m_delayMs = WaitForSandboxJob::nextPollDelayMs(m_clock.elapsed(), m_delayMs);
    m_timer.start(m_delayMs);
}

} // namespace DreamFoundry
