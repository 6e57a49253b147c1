#include "localbackend.h"

#include "isolationprobe.h"
#include "leftovers.h"
#include "privatenetwork.h"
#include "processlimits.h"
#include "runnerlogging.h"
#include "sandboxcgroup.h"
#include "sandboxetc.h"
#include "sandboxlayout.h"
#include "seccompfilter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DreamFoundry {

Q_LOGGING_CATEGORY(lcRunner, "dreamfoundry.runner", QtInfoMsg)

namespace {

QString newSandboxId(const QString &candidateId)
{
    const quint32 random = QRandomGenerator::global()->generate();
    return QStringLiteral("local-%1-%2")
            .arg(candidateId)
            .arg(random & 0xffffff, 6, 16, QLatin1Char('0'));
}

// Hands a file or folder to the unprivileged user candidates run as (see processlimits.h).
bool handToCandidate(const QString &path)
{
    if (!candidatesRunAsNobody())
        return true;
    return ::chown(QFile::encodeName(path).constData(), nobodyUid(), nobodyGid()) == 0;
}

QString python3()
{
    const QString found = QStandardPaths::findExecutable(
            QStringLiteral("python3"),
            {QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return found.isEmpty() ? QStringLiteral("python3") : found;
}

constexpr qint64 mebibyte = 1024 * 1024;
// How long collecting an artifact may take once the script has ended.
constexpr int collectSeconds = 20;

// What is left of a sandbox once its process is gone, removed on the thread pool: a control
// group may take a moment to empty and a folder of a million files seconds to delete.
struct Leftovers
{
    QString folder;
    std::unique_ptr<OwnedFolder> owner;
    std::unique_ptr<SandboxCgroup> cgroup;

    bool remove()
    {
        const bool groupRemoved = !cgroup || cgroup->remove();
        owner.reset(); // its lock file is in the folder
        const bool folderRemoved = folder.isEmpty() || removeTree(folder);
        return groupRemoved && folderRemoved;
    }
};

// Leftovers are removed on a pool of their own: a control group that takes a moment to empty
// waits there, not in the global pool, where the next candidates' artifacts are read and
// hashed (sharing it made every candidate's collecting wait behind the removals).
// Its destructor, at exit, waits for the removals still under way.
QThreadPool &cleanupPool()
{
    static QThreadPool pool;
    static const bool sized = [] {
        pool.setMaxThreadCount(4); // removals mostly wait, on the kernel or the disk
        return true;
    }();
    Q_UNUSED(sized);
    return pool;
}

QString tooLargeMessage(qint64 size, qint64 bytesOnDisk, int limitMiB)
{
    // The size a copy would have: a sparse file of 4 KiB on disk may claim 3 GiB.
    const QString sparse = bytesOnDisk < size
            ? QCoreApplication::translate("DreamFoundry::LocalSandbox", " (a sparse file)")
            : QString();
    return QCoreApplication::translate("DreamFoundry::LocalSandbox",
                                       "The artifact is %1 MiB%2, over the artifact limit of %3 "
                                       "MiB; it was not collected.")
            .arg((size + mebibyte - 1) / mebibyte)
            .arg(sparse)
            .arg(limitMiB);
}

} // namespace

// The isolation probe starts when first asked (the window asks at once, to show the answer;
// a run asks with its first sandbox), so a command that never runs anything locally, such as
// a Daytona run or a re-score with a built-in scorer, starts no bwrap at all.
LocalBackend::LocalBackend()
    : m_probe(std::make_unique<IsolationProbe>()), m_etc(std::make_unique<SandboxEtc>())
{}

LocalBackend::~LocalBackend() = default;

int LocalBackend::defaultParallelism() const
{
    return qMax(1, QThread::idealThreadCount());
}

Sandbox *LocalBackend::createSandbox(const SandboxJob &job, QObject *parent)
{
    return new LocalSandbox(job, *m_probe, *m_etc, parent);
}

LocalSandbox::LocalSandbox(const SandboxJob &job, IsolationProbe &probe, SandboxEtc &etc,
                           QObject *parent)
    : Sandbox(parent), m_job(job), m_probe(probe), m_etc(etc)
{}

LocalSandbox::~LocalSandbox()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        killProcessGroup(m_pid);
        m_process->kill();
    }
    if (m_root || m_cgroup) {
        auto leftovers = std::make_shared<Leftovers>();
        leftovers->folder = m_root ? m_root->path() : QString();
        if (m_root)
            m_root->setAutoRemove(false);
        leftovers->owner = std::move(m_owner);
        leftovers->cgroup = std::move(m_cgroup);
        cleanupPool().start([leftovers] { leftovers->remove(); });
    }
}

void LocalSandbox::start()
{
    Q_EMIT phaseChanged(CandidateState::Preparing);
    m_probe.whenKnown(this, [this] { prepare(); });
}

void LocalSandbox::stop()
{
    if (m_finished || m_stopRequested || m_removing)
        return;
    m_stopRequested = true;
    if (m_privateNetwork)
        m_privateNetwork->stop();
    // m_pid is 0 until the process has started: kill(0) would signal the app's own group.
    if (m_disk && m_pid > 0 && m_process && m_process->state() == QProcess::Running) {
        // The disk's script ends bwrap and collects what is there; this is its deadline.
        ::kill(pid_t(m_pid), SIGTERM);
        QTimer::singleShot(std::chrono::seconds(collectSeconds + 5), this, [this] {
            if (m_process && m_process->state() != QProcess::NotRunning) {
                killProcessGroup(m_pid);
                m_process->kill();
            }
        });
        return;
    }
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // The group holds everything the candidate started; killing bwrap ends its namespace.
        killProcessGroup(m_pid);
        m_process->kill();
        return; // onProcessFinished collects what is there and removes the sandbox
    }
    removeThenFinish({});
}

void LocalSandbox::prepare()
{
    if (m_finished || m_stopRequested)
        return;
    m_isolated = m_probe.result() == IsolationProbe::Result::Available;
    if (!m_isolated) {
        Q_EMIT warning(
                tr("%1 runs WITHOUT isolation: %2.").arg(m_job.candidate.id, m_probe.reason()));
    } else if (!m_probe.scratchDisk()) {
        Q_EMIT warning(tr("%1: /home/daytona is a folder on the host's disk without a size "
                          "limit (no private disk could be made: util-linux unshare failed).")
                               .arg(m_job.candidate.id));
    }
    m_network = chooseNetwork();
    QString error;
    if (!createHome(&error) || !createEtc(&error)) {
        SandboxOutcome outcome;
        outcome.error = error;
        removeThenFinish(outcome);
        return;
    }
    m_sandboxId = newSandboxId(m_job.candidate.id);
    Q_EMIT sandboxCreated(m_sandboxId,
                          m_isolated ? QStringLiteral("bwrap") : QStringLiteral("none"));
    Q_EMIT networkChosen(sandboxNetworkName(m_network));
    launch();
}

SandboxNetwork LocalSandbox::chooseNetwork()
{
    if (!m_isolated)
        return SandboxNetwork::Host; // nothing can cut an unisolated script off
    if (!m_job.settings.network)
        return SandboxNetwork::Off;
    if (!PrivateNetwork::helperProgram().isEmpty())
        return SandboxNetwork::Private;
    Q_EMIT warning(tr("%1 uses the HOST network (its loopback services included): slirp4netns "
                      "is not installed.")
                           .arg(m_job.candidate.id));
    return SandboxNetwork::Host;
}

bool LocalSandbox::createHome(QString *error)
{
    m_root = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                             + QStringLiteral("/dreamfoundry-sandbox-XXXXXX"));
    const QString home = m_root->filePath(QStringLiteral("home"));
    const QString script = home + QLatin1Char('/') + SandboxLayout::scriptName(m_job.candidate.id);
    if (!m_root->isValid() || !QDir().mkdir(home)
        || !QDir().mkdir(m_root->filePath(QStringLiteral("disk")))
        || !QDir().mkdir(m_root->filePath(QStringLiteral("out")))) {
        *error = tr("Could not create the sandbox folder in the temporary folder: %1")
                         .arg(m_root->errorString());
        return false;
    }
    m_owner = std::make_unique<OwnedFolder>(m_root->path());
    if (!QFile::copy(m_job.candidate.scriptPath, script)) {
        *error = tr("Could not copy the script %1 into the sandbox.")
                         .arg(QFileInfo(m_job.candidate.scriptPath).fileName());
        return false;
    }
    // The candidate's user must pass through the root folder to reach its home, and own both.
    QFile::setPermissions(m_root->path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                  | QFile::ExeOther);
    if (!handToCandidate(home) || !handToCandidate(script)
        || !handToCandidate(m_root->filePath(QStringLiteral("out")))) {
        *error = tr("Could not hand the sandbox folder to the candidate's user.");
        return false;
    }
    return true;
}

// The sandbox's /etc: the allow-list and its own passwd, group and resolv.conf, prepared once
// for every sandbox of the backend with the same network and user (SandboxEtc).
bool LocalSandbox::createEtc(QString *error)
{
    if (!m_isolated)
        return true; // the script sees the host's /etc anyway
    const bool nobody = candidatesRunAsNobody();
    m_etcDir = m_etc.folder(m_network, nobody ? nobodyUid() : ::getuid(),
                            nobody ? nobodyGid() : ::getgid(), error);
    return !m_etcDir.isEmpty();
}

QStringList LocalSandbox::commandInside(const QString &home) const
{
    const QString id = m_job.candidate.id;
    const QString script = home + QLatin1Char('/') + SandboxLayout::scriptName(id);
    if (!m_job.readOnlyInputDir.isEmpty()) {
        // Unisolated there is no bind: the script reads the folder where it is.
        return {python3(), script,
                m_isolated ? SandboxLayout::inputPath() : m_job.readOnlyInputDir};
    }
    const QString ext = m_job.settings.artifactExtension;
    return {python3(), script, m_job.settings.objective,
            home + QLatin1Char('/') + SandboxLayout::outputName(id, ext)};
}

// The descriptors bwrap gets, in order: they are 3, 4, ... in bwrap (ChildSetup::keepOnly).
namespace {
constexpr int seccompFdInBwrap = 3;
constexpr int infoFdInBwrap = 4;
constexpr int readyFdInBwrap = 5;
constexpr int goFdInBwrap = 6;
} // namespace

void LocalSandbox::launch()
{
    m_process = new QProcess(this);
    m_process->setStandardInputFile(QProcess::nullDevice());
    const ProcessLimits limits = joinLimits();
    QString error;
    const bool configured
            = m_isolated ? configureBwrap(limits, &error) : configureUnisolated(limits);
    if (!configured) {
        closeSeccompDescriptor();
        SandboxOutcome outcome;
        outcome.error = error;
        removeThenFinish(outcome);
        return;
    }
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        Q_EMIT outputReceived(OutputStream::Stdout, m_process->readAllStandardOutput());
    });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        Q_EMIT outputReceived(OutputStream::Stderr, m_process->readAllStandardError());
    });
    connect(m_process, &QProcess::finished, this, &LocalSandbox::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, &LocalSandbox::onProcessError);
    connect(m_process, &QProcess::started, this, [this] { m_pid = m_process->processId(); });
    Q_EMIT phaseChanged(CandidateState::Running);
    m_process->start();
    // QProcess forks in start(): the child has its copies of what it was handed.
    closeSeccompDescriptor();
    if (m_privateNetwork)
        m_privateNetwork->sandboxStarted();
}

// The sandbox's control group when one can be made, and the limits each process gets anyway.
ProcessLimits LocalSandbox::joinLimits()
{
    const RunSettings &settings = m_job.settings;
    if (SandboxCgroup::available()) {
        m_cgroup = SandboxCgroup::create(
                m_sandboxId, {settings.memoryLimitMiB * mebibyte, settings.processLimit});
    }
    Q_EMIT limitsApplied(SandboxCgroup::kind(m_cgroup != nullptr));
    // Each process keeps its own memory cap too: the group's is for all of them together.
    ProcessLimits limits{settings.memoryLimitMiB};
    if (m_cgroup)
        limits.cgroupProcsFiles = m_cgroup->procsFiles();
    return limits;
}

bool LocalSandbox::configureBwrap(ProcessLimits limits, QString *error)
{
    const RunSettings &settings = m_job.settings;
    BwrapInvocation bwrap;
    bwrap.hostHome = m_root->filePath(QStringLiteral("home"));
    bwrap.preparedEtcDir = m_etcDir;
    bwrap.readOnlyInputDir = m_job.readOnlyInputDir;
    bwrap.readOnlyFolders = settings.readOnlyFolders;
    bwrap.hiddenPaths = foldersHiddenFromSandboxes();
    bwrap.tmpBytes = qint64(settings.diskLimitMiB) * mebibyte;
    bwrap.network = m_network;
    const QStringList inside = commandInside(QLatin1StringView(SandboxLayout::home));
    // The group's pids.max counts the whole sandbox; prlimit is the fallback.
    bwrap.command = m_cgroup ? inside : processCapCommand(settings.processLimit, inside);
    m_seccompFd = SeccompFilter::programDescriptor();
    if (m_seccompFd < 0) {
        *error = tr("Could not make the sandbox's seccomp filter.");
        return false;
    }
    limits.passedDescriptors = {m_seccompFd};
    bwrap.seccompFd = seccompFdInBwrap;
    if (m_network == SandboxNetwork::Private) {
        if (!preparePrivateNetwork(error))
            return false;
        limits.passedDescriptors << m_privateNetwork->infoWriteFd()
                                 << m_privateNetwork->readyWriteFd()
                                 << m_privateNetwork->goReadFd();
        bwrap.infoFd = infoFdInBwrap;
        bwrap.command = afterNetworkIsUp(readyFdInBwrap, goFdInBwrap, bwrap.command);
    }
    QStringList program;
    if (m_probe.scratchDisk()) {
        setUpScratchDisk(&bwrap);
        // unshare and the disk's shell hand the descriptors on to bwrap at the same numbers.
        program = m_disk->wrap(m_probe.bwrapProgram(), bwrap.arguments());
    } else {
        program = QStringList{m_probe.bwrapProgram()} + bwrap.arguments();
    }
    m_process->setProgram(program.first());
    m_process->setArguments(program.mid(1));
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    m_process->setProcessEnvironment(env);
    applyProcessLimits(*m_process, limits);
    return true;
}

void LocalSandbox::closeSeccompDescriptor()
{
    if (m_seccompFd >= 0)
        ::close(m_seccompFd);
    m_seccompFd = -1;
}

bool LocalSandbox::preparePrivateNetwork(QString *error)
{
    m_privateNetwork = new PrivateNetwork(this);
    if (!m_privateNetwork->prepare(error))
        return false;
    connect(m_privateNetwork, &PrivateNetwork::failed, this, [this](const QString &reason) {
        m_networkError = tr("The sandbox's private network could not be set up: %1.").arg(reason);
        stop();
    });
    return true;
}

bool LocalSandbox::configureUnisolated(const ProcessLimits &limits)
{
    const QString hostHome = m_root->filePath(QStringLiteral("home"));
    const QStringList command = commandInside(hostHome);
    m_process->setProgram(command.first());
    m_process->setArguments(command.mid(1));
    m_process->setWorkingDirectory(hostHome);
    QProcessEnvironment env;
    for (const QString &variable : SandboxLayout::environment(hostHome))
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    m_process->setProcessEnvironment(env);
    applyProcessLimits(*m_process, limits);
    return true;
}

void LocalSandbox::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    collectAndFinish(status == QProcess::NormalExit && !m_stopRequested ? std::optional(exitCode)
                                                                        : std::nullopt);
}

void LocalSandbox::onProcessError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and kills arrive through finished()
    SandboxOutcome outcome;
    outcome.error
            = tr("Could not start %1: %2").arg(m_process->program(), m_process->errorString());
    removeThenFinish(outcome);
}

void LocalSandbox::collectAndFinish(std::optional<int> exitCode)
{
    Q_EMIT phaseChanged(CandidateState::Collecting);
    killProcessGroup(m_pid); // unisolated: whatever the script left running in the background
    if (m_privateNetwork)
        m_privateNetwork->stop();
    SandboxOutcome outcome;
    outcome.exitCode = exitCode;
    outcome.limitReached = limitReached();
    if (m_disk)
        collectFromScratchDisk(&outcome);
    else
        collectArtifact(&outcome);
    // Said last: without its network the candidate never ran, whatever else went wrong.
    if (!m_networkError.isEmpty())
        outcome.error = m_networkError;
    removeThenFinish(outcome);
}

void LocalSandbox::setUpScratchDisk(BwrapInvocation *bwrap)
{
    const RunSettings &settings = m_job.settings;
    ScratchDisk disk;
    disk.root = m_root->path();
    disk.unshareProgram = m_probe.unshareProgram();
    disk.bytes = qint64(settings.diskLimitMiB) * mebibyte;
    disk.files = qint64(settings.diskLimitMiB) * ScratchDisk::filesPerMiB;
    disk.stagedScript = m_root->filePath(QStringLiteral("home/"))
            + SandboxLayout::scriptName(m_job.candidate.id);
    disk.artifactName = SandboxLayout::outputName(m_job.candidate.id, settings.artifactExtension);
    disk.artifactLimitBytes = qint64(settings.artifactLimitMiB) * mebibyte;
    disk.collectSeconds = collectSeconds;
    bwrap->hostHome = disk.homeInside();
    bwrap->hostTmp = disk.tmpInside();
    // bwrap runs as root of the disk's namespace: the candidate keeps the user it had.
    bwrap->uid = candidatesRunAsNobody() ? nobodyUid() : unsigned(::getuid());
    bwrap->gid = candidatesRunAsNobody() ? nobodyGid() : unsigned(::getgid());
    m_disk = disk;
}

void LocalSandbox::collectFromScratchDisk(SandboxOutcome *outcome)
{
    using Artifact = ScratchDisk::Report::Artifact;
    const ScratchDisk::Report report = m_disk->report();
    const int cap = m_job.settings.artifactLimitMiB;
    if (report.full && outcome->limitReached.isEmpty()) {
        outcome->limitReached = tr("Disk limit reached (%1 MiB or %2 files in /home/daytona and "
                                   "/tmp together).")
                                        .arg(m_job.settings.diskLimitMiB)
                                        .arg(m_disk->files);
    }
    switch (report.artifact) {
    case Artifact::Unknown:
    case Artifact::None:
        return;
    case Artifact::NotAFile:
        outcome->error
                = tr("The artifact is a link or a folder, not a file; it was not collected.");
        return;
    case Artifact::TooLarge:
        outcome->error = tooLargeMessage(report.size, report.bytesOnDisk, cap);
        return;
    case Artifact::TooSlow:
        outcome->error = tr("Collecting the artifact took longer than %n second(s); it was not "
                            "collected.",
                            nullptr, collectSeconds);
        return;
    case Artifact::Collected:
        break;
    }
    const QString target = m_job.collectDir + QLatin1Char('/') + m_disk->artifactName;
    QFile::remove(target);
    if (QFile::rename(m_disk->collectedArtifact(), target))
        outcome->artifactFile = target;
    else
        outcome->error = tr("Could not collect the artifact into %1.").arg(m_job.collectDir);
}

void LocalSandbox::collectArtifact(SandboxOutcome *outcome)
{
    const QString name
            = SandboxLayout::outputName(m_job.candidate.id, m_job.settings.artifactExtension);
    const QString path = m_root->filePath(QStringLiteral("home/") + name);
    struct stat facts = {};
    if (::lstat(QFile::encodeName(path).constData(), &facts) != 0)
        return; // none written
    if (!S_ISREG(facts.st_mode)) {
        // Following a link out of the sandbox would read the user's files with the app's rights.
        outcome->error
                = tr("The artifact is a link or a folder, not a file; it was not collected.");
        return;
    }
    const qint64 cap = qint64(m_job.settings.artifactLimitMiB) * mebibyte;
    if (qint64(facts.st_size) > cap) {
        outcome->error = tooLargeMessage(qint64(facts.st_size), qint64(facts.st_blocks) * 512,
                                         m_job.settings.artifactLimitMiB);
        return;
    }
    const QString target = m_job.collectDir + QLatin1Char('/') + name;
    QFile::remove(target);
    if (QFile::rename(path, target))
        outcome->artifactFile = target;
    else
        outcome->error = tr("Could not collect the artifact into %1.").arg(m_job.collectDir);
}

// Read before the group goes: which of the sandbox's limits the kernel enforced.
QString LocalSandbox::limitReached() const
{
    if (!m_cgroup)
        return {};
    if (m_cgroup->memoryLimitHit())
        return tr("Memory limit reached (%1 MiB for the whole sandbox).")
                .arg(m_job.settings.memoryLimitMiB);
    if (m_cgroup->processLimitHit())
        return tr("Process limit reached (%1 processes for the whole sandbox).")
                .arg(m_job.settings.processLimit);
    return {};
}

void LocalSandbox::removeThenFinish(SandboxOutcome outcome)
{
    m_removing = true;
    auto leftovers = std::make_shared<Leftovers>();
    if (m_root) {
        leftovers->folder = m_root->path();
        m_root->setAutoRemove(false);
        m_root.reset();
    }
    leftovers->owner = std::move(m_owner);
    leftovers->cgroup = std::move(m_cgroup);
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, outcome]() mutable {
        watcher->deleteLater();
        if (!watcher->result()) {
            qCWarning(lcRunner) << "could not remove sandbox" << m_sandboxId;
            outcome.cleanup = tr("Could not remove the folder of sandbox %1.").arg(m_sandboxId);
        }
        finish(outcome);
    });
    watcher->setFuture(
            QtConcurrent::run(&cleanupPool(), [leftovers] { return leftovers->remove(); }));
}

void LocalSandbox::finish(SandboxOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(outcome);
}

} // namespace DreamFoundry
