#pragma once

#include "launchedprocess.h"
#include "processlimits.h"
#include "sandbox.h"
#include "sandboxlayout.h"
#include "scratchdisk.h"
#include "warmfolders.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <memory>

class QSocketNotifier;

namespace DreamFoundry {

struct BwrapInvocation;
class DependencyInstaller;
class IsolationProbe;
class PrivateNetwork;
class OwnedFolder;
class SandboxCgroup;
class SandboxEtc;

// Sandboxes on the user's own machine, made by bubblewrap (docs/architecture.md, "Backends").
class LocalBackend final : public Backend
{
public:
    LocalBackend();
    ~LocalBackend() override;

    QString name() const override { return QStringLiteral("local"); }
    int defaultParallelism() const override;
    Sandbox *createSandbox(const SandboxJob &job, QObject *parent) override;
    bool preparesAhead() const override { return true; }

    IsolationProbe &isolation() { return *m_probe; }
    // Before Run: starts the isolation probe and makes ready in the background what the next
    // `count` sandboxes need that does not depend on their candidate (WarmFolders, and the
    // seccomp program and control group check, once per process).
    // `network`: whether the sandboxes will have one (the /etc prepared is the one they bind).
    void warmUp(int count, bool network);
    int warmFolderCount() const { return m_warmFolders.readyCount(); }

private:
    void prepareEtc(bool network);

    std::unique_ptr<IsolationProbe> m_probe;
    WarmFolders m_warmFolders;
    // The /etc its sandboxes share; shared with the warm-up task that prepares it.
    std::shared_ptr<SandboxEtc> m_etc;
    QSet<bool> m_etcPrepared; // by network on or off
};

// One candidate in a bwrap sandbox: a private home with the script in it, python3 running it,
// then the artifact moved out and the sandbox removed.
class LocalSandbox final : public Sandbox
{
    Q_OBJECT
public:
    LocalSandbox(const SandboxJob &job, IsolationProbe &probe, SandboxEtc &etc, QObject *parent);
    ~LocalSandbox() override;

    void start() override;
    // Makes the folder, the control group and the private disk, and starts the disk's program,
    // which waits there for go() (dreamfoundry-scratch-disk); without a private disk it stops
    // before the launch. An install of dependencies waits for the candidate's turn.
    void prepareAhead() override;
    void stop() override;
    // Where to take a ready folder from (LocalBackend::warmUp); none: each is made on start.
    void useWarmFolders(WarmFolders *folders) { m_warmFolders = folders; }

private:
    // The sandbox's folder with the script and /etc in it, made on the thread pool.
    struct HomeFolder
    {
        WarmFolders::Folder folder;
        QString error;
        bool folderRefused = false; // a folder candidate over its cap: the candidate's doing
        QStringList skippedLinks; // of a folder candidate, not followed
    };

    void prepare();
    static HomeFolder makeHome(WarmFolders::Folder folder, const SandboxJob &job);
    static bool createHome(QTemporaryDir &root, const SandboxJob &job, HomeFolder *made);
    static bool copyCandidate(const QString &home, const SandboxJob &job, HomeFolder *made);
    bool createEtc(QString *error);
    void onHomeReady(HomeFolder home);
    void prepareDependencies();
    void onDependenciesInstalled(bool ok, const QString &reason);
    QString venvPath() const;
    SandboxNetwork chooseNetwork();
    void launch();
    // Whether the process can start before the candidate's turn and wait for go().
    bool waitsForGo() const;
    // Keeps `step` for start() while standing by; false (run it now) otherwise.
    bool heldUntilTurn(std::function<void()> step);
    // The candidate's turn has come and its process is launched: it runs now.
    void go();
    bool makeGoChannel(ProcessLimits *limits, QString *error);
    void sendGoWhenReady();
    void closeGoChannel();
    void beginNetworkHandshake();
    // The disk's program makes the network namespace; slirp4netns attaches before the turn.
    bool attachesNetwork() const;
    void onGoChannelReadable();
    void attachNetwork();
    ProcessLimits joinLimits();
    bool configureBwrap(ProcessLimits limits, LaunchedProcess::Spec *spec, QString *error);
    bool preparePrivateNetwork(QString *error);
    void configureUnisolated(const ProcessLimits &limits, LaunchedProcess::Spec *spec);
    // Closes the app's copies of the descriptors it made for the sandbox (seccomp, environment,
    // go) that nobody took over.
    void closeOwnDescriptors();
    // The app's copies of what bwrap is handed, for the launcher to close once bwrap has its.
    QList<int> handOverDescriptors();
    bool passEnvironment(BwrapInvocation *bwrap, ProcessLimits *limits, QString *error);
    QStringList commandInside(const QString &home) const;
    void onProcessStarted(qint64 pid);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessFailedToStart(const QString &errorString);
    void collectAndFinish(std::optional<int> exitCode);
    void collectArtifact(SandboxOutcome *outcome);
    void collectFromScratchDisk(SandboxOutcome *outcome);
    void setUpScratchDisk(BwrapInvocation *bwrap);
    QString limitReached() const;
    void removeThenFinish(SandboxOutcome outcome);
    void finish(SandboxOutcome outcome);

    SandboxJob m_job;
    IsolationProbe &m_probe;
    WarmFolders *m_warmFolders = nullptr;
    SandboxEtc &m_etc;
    QString m_etcDir; // the prepared /etc this sandbox binds
    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<OwnedFolder> m_owner; // so a later start's sweep leaves m_root alone
    std::unique_ptr<SandboxCgroup> m_cgroup; // null: per-process limits only
    std::optional<ScratchDisk> m_disk; // unset: /home/daytona is the host folder m_root/home
    QString m_sandboxId;
    bool m_isolated = true;
    bool m_stopRequested = false;
    bool m_finished = false;
    bool m_removing = false;
    bool m_standingBy = false; // prepared ahead; its turn has not come (start())
    std::function<void()> m_heldStep; // what start() goes on with, when standing by held it
    int m_goFd = -1; // the app's end of the disk program's stdin: a byte says go
    int m_goChildFd = -1; // the other end, until the launcher has handed it over
    bool m_handshakeBegun = false; // of the private network
    QSocketNotifier *m_goNotifier = nullptr; // "n" from the disk's program (attachesNetwork())
    bool m_networkNamespaceMade = false;
    bool m_networkUp = false; // slirp4netns is attached (attachesNetwork())
    QByteArray m_stderrStart; // the first bytes the process wrote to stderr
    SandboxNetwork m_network = SandboxNetwork::Off;
    PrivateNetwork *m_privateNetwork = nullptr;
    QString m_networkError; // why the sandbox was stopped while its network was set up
    int m_seccompFd = -1; // the app's copy, until the launcher takes it (handOverDescriptors)
    int m_environmentFd = -1; // likewise: the candidate's variables (EnvironmentDelivery)
    LaunchedProcess *m_process = nullptr;
    qint64 m_pid = 0;
    DependencyInstaller *m_installer = nullptr; // while the candidate's packages install
    QString m_venv; // the candidate's environment in the dependency cache; empty: none
};

} // namespace DreamFoundry
