#include "warmpool.h"

#include "daytonabackend.h"
#include "daytonaclient.h"
#include "daytonalogging.h"
#include "reaper.h"
#include "runlease.h"
#include "startwait.h"

#include <QUuid>

#include <algorithm>
#include <utility>

namespace DreamFoundry {

namespace {

constexpr int firstBackoffMs = 1'000;
constexpr int maxBackoffMs = 60'000;

QString shortUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
}

} // namespace

WarmPool::WarmPool(const DaytonaConfig &config, NetworkProvider network, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_poolId(QStringLiteral("pool-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_client(nullptr)
    , m_lease(std::make_shared<RunLease>(m_poolId))
{
    QNetworkAccessManager *manager = network(this);
    m_client = new DaytonaClient(DaytonaClient::connectionFor(config), manager, this);
    reapDeadPools(manager);
    m_backoffTimer.setSingleShot(true);
    connect(&m_backoffTimer, &QTimer::timeout, this, &WarmPool::topUp);
    // Toolbox traffic resets the auto-stop clock: half its interval keeps a warm sandbox up.
    m_keepAliveTimer.setInterval(std::chrono::seconds(qMax(1, m_config.autoStopMinutes) * 30));
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &WarmPool::keepAlive);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &WarmPool::finishDrain);
}

WarmPool::~WarmPool()
{
    if (!m_slots.empty()) {
        qCWarning(lcDaytona)
                << "warm pool" << m_poolId << "left" << m_slots.size()
                << "sandboxes; their auto-stop, auto-delete and the reaper remove them";
    }
}

void WarmPool::reapDeadPools(QNetworkAccessManager *manager)
{
    if (!m_config.isConfigured())
        return;
    auto *reaper = new Reaper(DaytonaClient::connectionFor(m_config), manager, this);
    reaper->setOnlyPools(true);
    connect(reaper, &Reaper::finished, reaper, [reaper](const ReapReport &report) {
        if (report.deletedCount() > 0)
            qCInfo(lcDaytona) << "deleted" << report.deletedCount()
                              << "sandboxes of warm pools whose app is gone";
        reaper->deleteLater();
    });
    reaper->reap();
}

void WarmPool::setKeepAliveMs(int ms)
{
    m_keepAliveTimer.setInterval(ms);
}

int WarmPool::warmCount() const
{
    return int(std::ranges::count_if(
            m_slots, [](const SlotPtr &s) { return s->stage == Slot::Stage::Warm; }));
}

int WarmPool::pendingCount() const
{
    return int(std::ranges::count_if(m_slots, [](const SlotPtr &s) {
        return s->stage != Slot::Stage::Warm && s->stage != Slot::Stage::Deleting;
    }));
}

void WarmPool::setTarget(int count)
{
    if (m_draining)
        return;
    m_target = qMax(0, count);
    // Too many: the warm ones beyond the target go first; those still starting finish first.
    int excess = warmCount() + pendingCount() - m_target;
    for (auto it = m_slots.begin(); it != m_slots.end() && excess > 0;) {
        const SlotPtr slot = *it++;
        if (slot->stage == Slot::Stage::Warm) {
            remove(slot);
            --excess;
        }
    }
    topUp();
    Q_EMIT changed();
}

std::optional<WarmSandbox> WarmPool::claim()
{
    if (m_draining)
        return std::nullopt;
    const auto it = std::ranges::find_if(
            m_slots, [](const SlotPtr &s) { return s->stage == Slot::Stage::Warm; });
    if (it == m_slots.end())
        return std::nullopt;
    const SlotPtr slot = *it;
    m_slots.erase(it);
    if (auto *job = qobject_cast<DaytonaJob *>(slot->job))
        job->abort(); // a keep-alive: the claimer takes over
    if (m_slots.empty())
        m_keepAliveTimer.stop();
    // The claimer deletes it; its leftover is the claimer's run's to reap.
    Q_EMIT changed();
    QTimer::singleShot(0, this, &WarmPool::topUp);
    return WarmSandbox{slot->info, slot->toolbox, slot->sessionId, m_lease};
}

std::shared_ptr<void> WarmPool::holdTopUps()
{
    if (!m_hold.expired())
        return m_hold.lock();
    // Not null, so that holders may test it; never dereferenced.
    const QPointer<WarmPool> self(this);
    std::shared_ptr<void> hold(static_cast<void *>(this), [self](void *) {
        if (self)
            QTimer::singleShot(0, self, &WarmPool::topUp);
    });
    m_hold = hold;
    return hold;
}

bool WarmPool::mayTopUp() const
{
    return !m_draining && m_hold.expired() && !m_backoffTimer.isActive() && m_config.isConfigured();
}

void WarmPool::topUp()
{
    if (!mayTopUp())
        return;
    const int missing = m_target - warmCount() - pendingCount();
    // After a failure one create probes the way; the rest follow once it worked.
    const int creates = m_backoffMs == 0 ? missing : pendingCount() > 0 ? 0 : qMin(1, missing);
    for (int i = 0; i < creates; ++i)
        createOne();
}

void WarmPool::createOne()
{
    auto slot = std::make_shared<Slot>();
    slot->name = QStringLiteral("forge-pool-") + shortUuid();
    CreateSandboxRequest request;
    request.name = slot->name;
    request.snapshot = m_config.snapshot;
    request.target = m_config.target;
    request.labels = {{QStringLiteral("app"), QStringLiteral("dreamfoundry")},
                      {QStringLiteral("run"), m_poolId},
                      {QStringLiteral("pool"), m_poolId},
                      {QStringLiteral("host"), DaytonaBackend::hostLabel()}};
    request.autoStopMinutes = m_config.autoStopMinutes;
    request.autoDeleteMinutes = m_config.autoDeleteMinutes;
    auto *job = m_client->createSandbox(request);
    connect(job, &CreateSandboxJob::finished, this,
            [this, slot](const SandboxResult &result) { onCreated(slot, result); });
    slot->job = job;
    m_slots.push_back(slot);
    job->start();
    Q_EMIT changed();
}

void WarmPool::onCreated(const SlotPtr &slot, const SandboxResult &result)
{
    slot->job = nullptr;
    if (!result.error.ok()) {
        failed(slot, result.error);
        return;
    }
    slot->info = result.sandbox;
    slot->toolbox = m_client->toolboxUrl(slot->info);
    if (slot->deleteWhenCreated || m_draining)
        remove(slot);
    else if (slot->info.hasFailed())
        failed(slot,
               DaytonaError::sandboxFailed(slot->info.id, slot->info.state,
                                           slot->info.errorReason));
    else if (slot->info.isStarted())
        makeSession(slot);
    else
        waitForStart(slot);
}

void WarmPool::waitForStart(const SlotPtr &slot)
{
    slot->stage = Slot::Stage::Starting;
    auto *wait = new StartWait(m_client, nullptr, slot->info.id, this);
    connect(wait, &StartWait::started, this, [this, slot](const DaytonaSandboxInfo &sandbox) {
        slot->job = nullptr;
        slot->info.state = sandbox.state;
        makeSession(slot);
    });
    connect(wait, &StartWait::failed, this, [this, slot](const DaytonaError &error) {
        slot->job = nullptr;
        failed(slot, error);
    });
    slot->job = wait;
    wait->start();
}

// The session is made ahead too: one request fewer once a candidate claims the sandbox.
void WarmPool::makeSession(const SlotPtr &slot)
{
    slot->stage = Slot::Stage::Session;
    slot->sessionId
            = QStringLiteral("dreamfoundry-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *job = m_client->createSession(slot->toolbox, slot->sessionId);
    connect(job, &CreateSessionJob::finished, this, [this, slot](const DaytonaResult &result) {
        slot->job = nullptr;
        if (!result.error.ok()) {
            failed(slot, result.error);
            return;
        }
        slot->stage = Slot::Stage::Warm;
        m_backoffMs = 0;
        m_problem.clear();
        if (warmCount() + pendingCount() > m_target) {
            remove(slot); // the target went down while it started
            return;
        }
        if (!m_keepAliveTimer.isActive())
            m_keepAliveTimer.start();
        Q_EMIT changed();
        Q_EMIT sandboxReady();
        topUp(); // a probe worked: the rest follow
    });
    slot->job = job;
    job->start();
}

// A top-up that failed: what was made is deleted, and the next try waits 1, 2, 4 ... 60 s.
void WarmPool::failed(const SlotPtr &slot, const DaytonaError &error)
{
    qCWarning(lcDaytona).noquote() << "warm pool:" << error.detail;
    m_problem = error.message;
    m_backoffMs = m_backoffMs == 0 ? firstBackoffMs : qMin(maxBackoffMs, m_backoffMs * 2);
    if (!m_draining)
        m_backoffTimer.start(m_backoffMs);
    if (slot->info.id.isEmpty())
        forget(slot);
    else
        remove(slot);
}

void WarmPool::remove(const SlotPtr &slot)
{
    if (slot->stage == Slot::Stage::Deleting)
        return;
    if (slot->info.id.isEmpty()) {
        slot->deleteWhenCreated = true; // the create is on its way: deleted once it answers
        return;
    }
    if (auto *job = qobject_cast<DaytonaJob *>(slot->job))
        job->abort();
    else if (auto *wait = qobject_cast<StartWait *>(slot->job))
        wait->abort();
    slot->stage = Slot::Stage::Deleting;
    auto *job = m_client->deleteSandbox(slot->info.id);
    connect(job, &DeleteSandboxJob::finished, this, [this, slot](const DeleteSandboxResult &r) {
        if (!r.error.ok())
            qCWarning(lcDaytona).noquote() << "warm pool: delete failed:" << r.error.detail;
        forget(slot);
    });
    slot->job = job;
    job->start();
    Q_EMIT changed();
}

void WarmPool::forget(const SlotPtr &slot)
{
    m_slots.remove(slot);
    Q_EMIT changed();
    Q_EMIT sandboxReleased();
    checkDrained();
    QTimer::singleShot(0, this, &WarmPool::topUp);
}

// A light toolbox request per warm sandbox: it keeps the sandbox from auto-stopping and finds
// the ones that went away behind the app's back, which are replaced.
void WarmPool::keepAlive()
{
    for (const SlotPtr &slot : std::list<SlotPtr>(m_slots)) {
        if (slot->stage != Slot::Stage::Warm || slot->job)
            continue;
        auto *job = m_client->execute(slot->toolbox, {QStringLiteral("true"), {}, 10});
        connect(job, &ExecuteJob::finished, this, [this, slot](const ExecuteResult &result) {
            slot->job = nullptr;
            if (result.error.ok() || slot->stage != Slot::Stage::Warm)
                return;
            qCWarning(lcDaytona).noquote() << "warm pool: sandbox lost:" << result.error.detail;
            if (result.error.isNotFound())
                forget(slot);
            else
                remove(slot);
        });
        slot->job = job;
        job->start();
    }
}

void WarmPool::drain()
{
    if (m_draining)
        return;
    m_draining = true;
    m_target = 0;
    m_backoffTimer.stop();
    m_keepAliveTimer.stop();
    m_quitLock = std::make_unique<QEventLoopLocker>();
    m_drainTimer.start(std::chrono::seconds(m_config.timeouts.remove));
    for (const SlotPtr &slot : std::list<SlotPtr>(m_slots))
        remove(slot);
    checkDrained();
}

void WarmPool::checkDrained()
{
    if (m_draining && m_slots.empty())
        finishDrain();
}

void WarmPool::finishDrain()
{
    if (m_drained)
        return;
    m_drained = true;
    m_drainTimer.stop();
    Q_EMIT drained();
    m_quitLock.reset(); // may quit the application: last
}

} // namespace DreamFoundry
