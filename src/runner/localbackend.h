#pragma once

#include "processlimits.h"
#include "sandbox.h"
#include "sandboxlayout.h"
#include "scratchdisk.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace DreamFoundry {

struct BwrapInvocation;
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

    IsolationProbe &isolation() { return *m_probe; }

private:
    std::unique_ptr<IsolationProbe> m_probe;
    std::unique_ptr<SandboxEtc> m_etc; // the /etc its sandboxes share
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
    void stop() override;

private:
    void prepare();
    bool createHome(QString *error);
    bool createEtc(QString *error);
    SandboxNetwork chooseNetwork();
    void launch();
    ProcessLimits joinLimits();
    bool configureBwrap(ProcessLimits limits, QString *error);
    bool preparePrivateNetwork(QString *error);
    bool configureUnisolated(const ProcessLimits &limits);
    void closeSeccompDescriptor();
    QStringList commandInside(const QString &home) const;
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onProcessError(QProcess::ProcessError error);
    void collectAndFinish(std::optional<int> exitCode);
    void collectArtifact(SandboxOutcome *outcome);
    void collectFromScratchDisk(SandboxOutcome *outcome);
    void setUpScratchDisk(BwrapInvocation *bwrap);
    QString limitReached() const;
    void removeThenFinish(SandboxOutcome outcome);
    void finish(SandboxOutcome outcome);

    SandboxJob m_job;
    IsolationProbe &m_probe;
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
    SandboxNetwork m_network = SandboxNetwork::Off;
    PrivateNetwork *m_privateNetwork = nullptr;
    QString m_networkError; // why the sandbox was stopped while its network was set up
    int m_seccompFd = -1; // the app's copy, closed once bwrap has its own
    QProcess *m_process = nullptr;
    qint64 m_pid = 0;
};

} // namespace DreamFoundry
