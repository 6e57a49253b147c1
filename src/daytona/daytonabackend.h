#pragma once

#include "daytonaclient.h"
#include "daytonaconfig.h"
#include "networkprovider.h"
#include "runner/dependencies.h"
#include "runner/sandbox.h"

#include <QPointer>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace DreamFoundry {

class ArtifactFetch;
class CommandFollower;
class QuotaGate;
class RunLease;
class StartWatcher;
class WarmPool;
struct WarmSandbox;

// Sandboxes in Daytona, driven over its REST API (docs/architecture.md, "Backends", and
// docs/daytona.md). Sandboxes run remotely, so every candidate may start at once, up to the
// configured cap.
class DaytonaBackend final : public Backend
{
public:
    // Every sandbox, and the start watcher of every run, gets a network manager of its own.
    explicit DaytonaBackend(const DaytonaConfig &config);
    // Sandboxes and start watchers take their network manager from `network`.
    DaytonaBackend(const DaytonaConfig &config, NetworkProvider network);
    ~DaytonaBackend() override;

    QString name() const override { return QStringLiteral("daytona"); }
    int defaultParallelism() const override { return qMax(1, m_config.maxParallel); }
    Sandbox *createSandbox(const SandboxJob &job, QObject *parent) override;

    const DaytonaConfig &config() const { return m_config; }

    // Candidates claim warm sandboxes from `pool` first (docs/daytona.md, "The warm pool"); it
    // is used only when it was made with this backend's key and URL, and does not top up while
    // a candidate of this backend is under way.
    void setWarmPool(WarmPool *pool);
    QuotaGate &quotaGate() const { return *m_gate; }

    // The labels every sandbox of this app carries; the reaper looks for them.
    static DaytonaLabels labelsFor(const QString &runId, const QString &candidateId);
    // forge-<candidate>-<UTC timestamp to the millisecond>, as the original names them.
    static QString sandboxName(const QString &candidateId, const QDateTime &when);
    // The shell command that runs a candidate: the objective comes from a file, so it reaches
    // the script byte for byte whatever it holds (no quoting, no ARG_MAX of a shell line).
    // An artifact over `limitBytes` (0: none) is moved to overLimitPath() once the script
    // ended, so the download needs no size question first.
    static QString runCommand(const QString &candidateId, const QString &extension,
                              qint64 limitBytes = 0);
    // A folder candidate runs from its folder; installed packages are on its PYTHONPATH. With
    // `withEnvironment`, the command first sources environmentPath() and removes it: the
    // candidate's variables and secrets reach it through that uploaded file, never through
    // the sandbox's create body (whose env anyone in the organisation can list) or the
    // command's text (which the session keeps).
    static QString runCommand(const Candidate &candidate, const QString &extension,
                              qint64 limitBytes, bool withPackages, bool withEnvironment);
    static QString overLimitPath(const QString &artifactPath);
    static QString objectivePath(const QString &candidateId);
    static QString environmentPath(const QString &candidateId);
    // The same command with the script and the objective written by the command itself
    // (base64), for a warm sandbox whose session exists: the upload's round trip is saved.
    // Empty when they are larger than maxInlineBytes together, or the script cannot be read.
    static constexpr qint64 maxInlineBytes = 24 * 1024;
    static QString inlineRunCommand(const QString &candidateId, const QString &extension,
                                    qint64 limitBytes, const QString &scriptPath,
                                    const QByteArray &objective);
    // A short, stable id of this machine: runs are live only where their lock is.
    static QString hostLabel();

private:
    std::shared_ptr<RunLease> leaseFor(const QString &runId);
    std::shared_ptr<StartWatcher> watcherFor(const QString &runId);

    DaytonaConfig m_config;
    NetworkProvider m_network;
    std::shared_ptr<QuotaGate> m_gate;
    QPointer<WarmPool> m_pool;
    std::map<QString, std::weak_ptr<RunLease>> m_leases;
    std::map<QString, std::weak_ptr<StartWatcher>> m_watchers;
};

// One candidate in a Daytona sandbox, in the original's five steps: create (labelled, named,
// auto-stop and auto-delete, then a StartWait until started), upload the script and the
// objective, run it in a session (a CommandFollower follows it), download the artifact (an
// ArtifactFetch), delete the sandbox. A warm sandbox claimed from the pool skips the create
// and the session; one found gone at its first request is replaced by a create. A create that
// meets the quota waits in the run's QuotaGate (docs/daytona.md, "Scaling within the quota").
// Each phase has its own time limit; a failure anywhere
// still deletes the sandbox, and a failed delete is recorded, not fatal. Requests that do not
// depend on each other travel together: the session is made while the files upload, and when
// the log stream closes with the command, its exit code, its whole log and its artifact are
// asked for at once.
class DaytonaSandbox final : public Sandbox
{
    Q_OBJECT
public:
    // `watcher` (optional) waits for the run's sandboxes to start all at once; `network` gives
    // the manager all of this sandbox's requests use.
    DaytonaSandbox(const SandboxJob &job, const DaytonaConfig &config,
                   std::shared_ptr<RunLease> lease, std::shared_ptr<StartWatcher> watcher,
                   NetworkProvider network, QObject *parent);
    // The run's quota gate, and the warm pool to claim from (null: none) with the handle that
    // holds its top-ups while this candidate is under way.
    void setQuota(std::shared_ptr<QuotaGate> gate, WarmPool *pool, std::shared_ptr<void> hold);
    ~DaytonaSandbox() override;

    void start() override;
    void stop() override;

private:
    enum class Step {
        Idle,
        Creating,
        WaitingForQuota,
        WaitingForStart,
        Uploading,
        Installing, // the candidate's packages, with the sandbox's pip
        Starting, // session and exec
        Running,
        Collecting,
        Deleting,
        Done
    };

    // 1. Create, and wait until started (a create whose answer was lost is swept by name).
    void create();
    void onCreated(const SandboxResult &result);
    bool claimWarm();
    void replaceLostWarm(const DaytonaError &error);
    void onQuota(const DaytonaError &error);
    void sayWaiting(const DaytonaError &error, QueueWait::Reason reason);
    void resumeAfterQuota();
    void holdQuota();
    void releaseQuota();
    void sweepByName();
    void waitForStart();
    // 2. Upload the script and the objective; the session is made beside them.
    void upload();
    void uploadPartDone(const DaytonaError &error, bool &done);
    void install();
    // 3. Run: start the command, follow it; a stop reads the log, then kills the session.
    void exec();
    void follow(const QString &commandId);
    std::optional<int> commandExitCode() const;
    void stopCommand();
    void deleteSessionThenCollect();
    // 4. Download the artifact.
    void collect();
    void onDownloaded(const DownloadResult &result);
    qint64 artifactLimitBytes() const;
    // 5. Delete the sandbox.
    void removeSandbox();

    // Cleanup, and what bounds every step.
    void finish();
    void fail(const DaytonaError &error);
    void enter(Step step, int timeoutSeconds);
    void onPhaseTimeout();
    void abortCurrent();
    void abortAll();

    SandboxJob m_job;
    DaytonaConfig m_config;
    std::shared_ptr<RunLease> m_lease;
    std::shared_ptr<StartWatcher> m_watcher; // kept alive for the run's other sandboxes too
    NetworkProvider m_network;
    DaytonaClient *m_client = nullptr;
    Step m_step = Step::Idle;
    QTimer m_phaseTimer;
    QPointer<QObject> m_current; // the job of the current step, to abort on timeout or stop
    QPointer<CreateSessionJob> m_sessionJob; // beside the upload
    bool m_uploaded = false;
    bool m_sessionReady = false;
    CommandFollower *m_follower = nullptr; // once the command started
    ArtifactFetch *m_artifact = nullptr; // likewise
    QString m_name;
    bool m_renamed = false;
    std::shared_ptr<QuotaGate> m_gate;
    QPointer<WarmPool> m_pool;
    std::shared_ptr<void> m_poolHold;
    std::shared_ptr<RunLease> m_poolLease; // of a claimed sandbox, labelled with the pool's run
    bool m_fromPool = false; // the sandbox was claimed warm and has not answered yet
    QString m_inlineCommand; // the run command carrying the files, for a warm sandbox
    bool m_holdsQuota = false;
    bool m_saidWaiting = false;
    bool m_saidNoRunner = false;
    int m_quotaRetries = 0;
    QTimer m_retryTimer;
    DaytonaSandboxInfo m_info; // known once created
    QUrl m_toolbox;
    QString m_sessionId;
    bool m_stopRequested = false;
    Requirements m_requirements; // read when the sandbox starts; empty: nothing to install
    SandboxOutcome m_outcome;
};

} // namespace DreamFoundry
