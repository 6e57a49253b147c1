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
class RunLease;
class StartWatcher;

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

    // The labels every sandbox of this app carries; the reaper looks for them.
    static DaytonaLabels labelsFor(const QString &runId, const QString &candidateId);
    // forge-<candidate>-<UTC timestamp to the millisecond>, as the original names them.
    static QString sandboxName(const QString &candidateId, const QDateTime &when);
    // The shell command that runs a candidate: the objective comes from a file, so it reaches
    // the script byte for byte whatever it holds (no quoting, no ARG_MAX of a shell line).
    static QString runCommand(const QString &candidateId, const QString &extension);
    // A folder candidate runs from its folder; installed packages are on its PYTHONPATH. With
    // `withEnvironment`, the command first sources environmentPath() and removes it: the
    // candidate's variables and secrets reach it through that uploaded file, never through
    // the sandbox's create body (whose env anyone in the organisation can list) or the
    // command's text (which the session keeps).
    static QString runCommand(const Candidate &candidate, const QString &extension,
                              bool withPackages, bool withEnvironment = false);
    static QString objectivePath(const QString &candidateId);
    static QString environmentPath(const QString &candidateId);
    // A short, stable id of this machine: runs are live only where their lock is.
    static QString hostLabel();

private:
    std::shared_ptr<RunLease> leaseFor(const QString &runId);
    std::shared_ptr<StartWatcher> watcherFor(const QString &runId);

    DaytonaConfig m_config;
    NetworkProvider m_network;
    std::map<QString, std::weak_ptr<RunLease>> m_leases;
    std::map<QString, std::weak_ptr<StartWatcher>> m_watchers;
};

// One candidate in a Daytona sandbox, in the original's five steps: create (labelled, named,
// auto-stop and auto-delete, then a StartWait until started), upload the script and the
// objective, run it in a session (a CommandFollower follows it), download the artifact (an
// ArtifactFetch), delete the sandbox. Each phase has its own time limit; a failure anywhere
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
    ~DaytonaSandbox() override;

    void start() override;
    void stop() override;

private:
    enum class Step {
        Idle,
        Creating,
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
    int m_createAttempts = 0;
    DaytonaSandboxInfo m_info; // known once created
    QUrl m_toolbox;
    QString m_sessionId;
    bool m_stopRequested = false;
    Requirements m_requirements; // read when the sandbox starts; empty: nothing to install
    SandboxOutcome m_outcome;
};

} // namespace DreamFoundry
