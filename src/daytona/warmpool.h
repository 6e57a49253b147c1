#pragma once

#include "daytonaconfig.h"
#include "daytonatypes.h"
#include "networkprovider.h"

#include <QEventLoopLocker>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

#include <list>
#include <memory>
#include <optional>

namespace DreamFoundry {

class DaytonaClient;
class RunLease;

// A started, empty sandbox of the warm pool, with a session already made in it: a candidate
// that claims it goes straight to upload and run.
struct WarmSandbox
{
    DaytonaSandboxInfo info;
    QUrl toolbox;
    QString sessionId;
    // The pool's lease, which the sandbox's `run` label names: the claimer keeps it while it
    // uses the sandbox, so the reaper leaves it alone even if the pool is gone by then.
    std::shared_ptr<RunLease> lease;
};

// Sandboxes started ahead of a run so that Run does not wait for them (docs/daytona.md, "The
// warm pool"). The pool keeps `target` sandboxes warm: labelled app=dreamfoundry,
// run=pool-<uuid> and pool=<same>, created with the configured auto-stop and auto-delete so a
// crash cannot leak them, and leased like a run (RunLease) so the reaper leaves them alone
// while this process lives and removes them after it died. Top-ups back off after a failure
// (429 that outlasted the job's retries, quota, an error) and send one create at a time until
// one succeeds again; they pause while a run holds the pool (holdTopUps) so warm sandboxes never
// take room a queued candidate needs. A warm sandbox is kept alive by a light toolbox request
// every half auto-stop interval; one that fails it is dropped and replaced. A new pool first
// deletes the pool sandboxes of this machine's app instances that died (a SIGKILL, a crash).
class WarmPool final : public QObject
{
    Q_OBJECT
public:
    // Requests go out with `config`'s key and URL, kept for the pool's life: a pool outlives
    // a change of key only to be drained with the key that made it.
    WarmPool(const DaytonaConfig &config, NetworkProvider network, QObject *parent = nullptr);
    ~WarmPool() override;

    const DaytonaConfig &config() const { return m_config; }
    // The `run` and `pool` label of this pool's sandboxes.
    QString poolId() const { return m_poolId; }

    void setTarget(int count);
    int target() const { return m_target; }
    int warmCount() const;
    // Being created or started: they hold quota too.
    int pendingCount() const;
    int holderCount() const { return int(m_slots.size()); }
    // Why the last top-up failed, for the panel; empty after a success.
    QString problem() const { return m_problem; }

    // A warm sandbox, taken out of the pool; none when none is warm.
    std::optional<WarmSandbox> claim();

    // While any returned handle lives, the pool does not top up.
    std::shared_ptr<void> holdTopUps();

    // Deletes every sandbox (those still being created once they are), with this pool's key;
    // drained() follows once every delete answered or the delete timeout passed. Until then
    // the application does not quit (QEventLoopLocker), so closing the window leaves nothing.
    void drain();
    bool isDraining() const { return m_draining; }

    // The keep-alive interval (default: half the auto-stop interval); for tests.
    void setKeepAliveMs(int ms);

Q_SIGNALS:
    void changed();
    void sandboxReady();
    void sandboxReleased();
    void drained();

private:
    struct Slot
    {
        enum class Stage { Creating, Starting, Session, Warm, Deleting };
        Stage stage = Stage::Creating;
        QString name;
        DaytonaSandboxInfo info;
        QUrl toolbox;
        QString sessionId;
        QPointer<QObject> job;
        bool deleteWhenCreated = false;
    };
    using SlotPtr = std::shared_ptr<Slot>;

    void topUp();
    bool mayTopUp() const;
    void createOne();
    void onCreated(const SlotPtr &slot, const SandboxResult &result);
    void waitForStart(const SlotPtr &slot);
    void makeSession(const SlotPtr &slot);
    void failed(const SlotPtr &slot, const DaytonaError &error);
    void remove(const SlotPtr &slot);
    void forget(const SlotPtr &slot);
    void keepAlive();
    void reapDeadPools(QNetworkAccessManager *manager);
    void checkDrained();
    void finishDrain();

    DaytonaConfig m_config;
    QString m_poolId;
    DaytonaClient *m_client;
    std::shared_ptr<RunLease> m_lease;
    std::list<SlotPtr> m_slots;
    std::weak_ptr<void> m_hold;
    int m_target = 0;
    QString m_problem;
    int m_backoffMs = 0; // after a failed top-up; 0 when the last one worked
    QTimer m_backoffTimer;
    QTimer m_keepAliveTimer;
    QTimer m_drainTimer;
    bool m_draining = false;
    bool m_drained = false;
    std::unique_ptr<QEventLoopLocker> m_quitLock;
};

} // namespace DreamFoundry
