#include "localbackend.h"

#include "core/candidatefolder.h"
#include "core/filecopy.h"
#include "dependencies.h"
#include "dependencyinstaller.h"
#include "environmentdelivery.h"
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
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <mutex>

#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
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

// The artifact the disk's program wrote as the candidate's user (nobody, when the app runs as
// root), now in the run's folder, becomes the app's: the results can then link it instead of
// making a copy (ResultStore), one new file fewer per candidate. It is a plain file of the
// program's own making, which nothing of the candidate can reach any more.
void takeOver(const QString &artifact)
{
    if (!candidatesRunAsNobody())
        return; // already the app's
    const int fd = ::open(QFile::encodeName(artifact).constData(),
                          O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return;
    struct stat facts = {};
    if (::fstat(fd, &facts) == 0 && S_ISREG(facts.st_mode) && facts.st_nlink == 1)
        (void)!::fchown(fd, ::getuid(), ::getgid());
    ::close(fd);
}

QString tooLargeMessage(qint64 size, qint64 bytesOnDisk, int limitMiB)
{
    // The size a copy would have: a sparse file of 4 KiB on disk may claim 3 GiB.
    const char *text = bytesOnDisk < size
            ? QT_TRANSLATE_NOOP("DreamFoundry::LocalSandbox",
                                "The artifact is %1 MiB (a sparse file), over the artifact limit "
                                "of %2 MiB; it was not collected.")
            : QT_TRANSLATE_NOOP("DreamFoundry::LocalSandbox",
                                "The artifact is %1 MiB, over the artifact limit of %2 MiB; it was "
                                "not collected.");
    return QCoreApplication::translate("DreamFoundry::LocalSandbox", text)
            .arg((size + mebibyte - 1) / mebibyte)
            .arg(limitMiB);
}

// Sandboxes whose homes are ready launch one per pass of the event loop: homes finish together
// on the thread pool, and what a launch still does on the GUI thread (the control group, the
// seccomp descriptor, the private network's pipes, bwrap's arguments), fifty times in one pass,
// is a dropped frame. The process itself starts on the launcher thread (LaunchedProcess).
// One timer for all sandboxes: Qt fires a timer at most once per pass.
void launchInTurn(std::function<bool()> launch)
{
    static QList<std::function<bool()>> waiting;
    static QPointer<QTimer> timer;
    if (!timer) {
        timer = new QTimer(QCoreApplication::instance());
        timer->setInterval(0);
        QObject::connect(timer, &QTimer::timeout, timer, [] {
            while (!waiting.isEmpty()) {
                if (waiting.takeFirst()())
                    break; // one start per pass
            }
            if (waiting.isEmpty())
                timer->stop();
        });
    }
    waiting.append(std::move(launch));
    if (!timer->isActive())
        timer->start();
}

} // namespace

// The isolation probe starts when first asked (the window asks at once, to show the answer;
// a run asks with its first sandbox), so a command that never runs anything locally, such as
// a Daytona run or a re-score with a built-in scorer, starts no bwrap at all.
LocalBackend::LocalBackend()
    : m_probe(std::make_unique<IsolationProbe>()), m_etc(std::make_shared<SandboxEtc>())
{}

// The sandboxes' /etc goes on the cleanup pool, beside the run's working folder on the global
// one: the command line's exit waits for both at once rather than one after the other.
LocalBackend::~LocalBackend()
{
    cleanupPool().start([etc = std::move(m_etc)]() mutable { etc.reset(); });
}

int LocalBackend::defaultParallelism() const
{
    return qMax(1, QThread::idealThreadCount());
}

Sandbox *LocalBackend::createSandbox(const SandboxJob &job, QObject *parent)
{
    auto *sandbox = new LocalSandbox(job, *m_probe, *m_etc, parent);
    sandbox->useWarmFolders(&m_warmFolders);
    return sandbox;
}

void LocalBackend::warmUp(int count, bool network)
{
    m_probe->whenKnown(nullptr, [] {});
    m_warmFolders.topUp(count);
    prepareEtc(network);
    // Both answers are kept for the process: asked first here, off the GUI thread, the first
    // sandbox does not pay for them.
    static std::once_flag once;
    std::call_once(once, [] {
        sandboxFilePool().start([] {
            SandboxCgroup::available();
            if (const int fd = SeccompFilter::programDescriptor(); fd >= 0)
                ::close(fd);
        });
    });
}

// The /etc of the network the sandboxes will have (private, or the host's without slirp4netns,
// or none), for the user candidates run as, once per backend, on the pool.
void LocalBackend::prepareEtc(bool network)
{
    if (m_etcPrepared.contains(network))
        return;
    m_etcPrepared.insert(network);
    const bool nobody = candidatesRunAsNobody();
    const unsigned uid = nobody ? nobodyUid() : ::getuid();
    const unsigned gid = nobody ? nobodyGid() : ::getgid();
    const SandboxNetwork kind = !network                ? SandboxNetwork::Off
            : PrivateNetwork::helperProgram().isEmpty() ? SandboxNetwork::Host
                                                        : SandboxNetwork::Private;
    sandboxFilePool().start([etc = m_etc, uid, gid, kind] {
        QString error; // said by the sandbox that asks again
        etc->folder(kind, uid, gid, &error);
    });
}

LocalSandbox::LocalSandbox(const SandboxJob &job, IsolationProbe &probe, SandboxEtc &etc,
                           QObject *parent)
    : Sandbox(parent), m_job(job), m_probe(probe), m_etc(etc)
{}

LocalSandbox::~LocalSandbox()
{
    // m_process kills what still runs as it goes; the group goes now, before the removals.
    if (m_process && m_process->isActive())
        killProcessGroup(m_pid);
    closeOwnDescriptors();
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
    if (m_stopRequested || m_finished || m_removing)
        return; // stopped, or failed, while prepared ahead: finished() is on its way
    qCDebug(lcRunner) << m_job.candidate.id << "turn, prepared ahead:" << m_standingBy;
    Q_EMIT phaseChanged(CandidateState::Preparing);
    if (!std::exchange(m_standingBy, false)) {
        m_probe.whenKnown(this, [this] { prepare(); });
        return;
    }
    // Prepared ahead: on from where it waits; one still preparing goes on by itself.
    if (m_heldStep)
        std::exchange(m_heldStep, {})();
    else if (m_process)
        go();
}

void LocalSandbox::prepareAhead()
{
    m_standingBy = true;
    m_probe.whenKnown(this, [this] { prepare(); });
}

bool LocalSandbox::heldUntilTurn(std::function<void()> step)
{
    if (!m_standingBy)
        return false;
    m_heldStep = std::move(step);
    return true;
}

// The disk's program waits for its go; anything else starts running as soon as it starts.
bool LocalSandbox::waitsForGo() const
{
    return m_isolated && m_probe.scratchDisk();
}

void LocalSandbox::go()
{
    qCDebug(lcRunner) << m_job.candidate.id << "go";
    Q_EMIT phaseChanged(CandidateState::Running);
    sendGoWhenReady();
    beginNetworkHandshake();
}

// The byte that starts bwrap, once the turn has come and, when the disk's program made the
// network namespace, slirp4netns is attached to it.
void LocalSandbox::sendGoWhenReady()
{
    if (m_standingBy || m_goFd < 0 || (attachesNetwork() && !m_networkUp))
        return;
    // A program already gone has said so through finished(): nothing to do here then.
    const char byte = 'g';
    [[maybe_unused]] const auto sent = ::send(m_goFd, &byte, 1, MSG_NOSIGNAL);
    closeGoChannel();
}

void LocalSandbox::closeGoChannel()
{
    delete std::exchange(m_goNotifier, nullptr); // before its descriptor goes
    if (m_goFd >= 0)
        ::close(std::exchange(m_goFd, -1));
}

bool LocalSandbox::attachesNetwork() const
{
    return m_disk && m_disk->privateNetwork;
}

// "n" from the disk's program: the sandbox's network namespace is there to attach to.
void LocalSandbox::onGoChannelReadable()
{
    char byte = 0;
    const ssize_t got = ::recv(m_goFd, &byte, 1, MSG_DONTWAIT);
    if (got < 0 && errno == EAGAIN)
        return;
    m_goNotifier->setEnabled(false); // said once; an end is seen through finished()
    if (got == 1 && byte == 'n') {
        m_networkNamespaceMade = true;
        attachNetwork();
    }
}

void LocalSandbox::attachNetwork()
{
    if (m_networkNamespaceMade && m_pid > 0 && m_privateNetwork && !m_handshakeBegun) {
        m_handshakeBegun = true;
        m_privateNetwork->attachTo(m_pid);
    }
}

void LocalSandbox::stop()
{
    if (m_finished || m_stopRequested || m_removing)
        return;
    m_stopRequested = true;
    m_heldStep = {};
    closeGoChannel(); // a disk program waiting for its go ends without running anything
    if (m_installer) {
        m_installer->stop(); // onDependenciesInstalled removes the sandbox
        return;
    }
    if (m_privateNetwork)
        m_privateNetwork->stop();
    if (m_disk && m_process && m_process->state() == LaunchedProcess::State::Running) {
        // The disk's script ends bwrap and collects what is there; this is its deadline.
        m_process->terminate();
        QTimer::singleShot(std::chrono::seconds(collectSeconds + 5), this, [this] {
            if (m_process && m_process->isActive())
                m_process->kill();
        });
        return;
    }
    if (m_process && m_process->isActive()) {
        // The group holds everything the candidate started; killing bwrap ends its namespace.
        // Also while it starts: the launcher kills it as soon as it has.
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
        Q_EMIT warning(
                tr("%1: /home/daytona is a folder on the host's disk without a size "
                   "limit (no private disk could be made: dreamfoundry-scratch-disk is missing or "
                   "failed).")
                        .arg(m_job.candidate.id));
    }
    m_network = chooseNetwork();
    // The folder and the script are files on the host's disk, made on the thread pool: a
    // busy disk must not freeze the window while fifty sandboxes start. The task owns what it
    // makes until it hands it over, so a sandbox destroyed meanwhile leaks nothing.
    // Shared pointers: Qt 6.4's QtConcurrent::run copies its arguments and results.
    using Prepared = std::shared_ptr<HomeFolder>;
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onHomeReady(std::move(*watcher->result()));
    });
    auto warm = std::make_shared<WarmFolders::Folder>(m_warmFolders ? m_warmFolders->take()
                                                                    : WarmFolders::Folder());
    watcher->setFuture(QtConcurrent::run(&sandboxFilePool(), [warm, job = m_job] {
        return std::make_shared<HomeFolder>(makeHome(std::move(*warm), job));
    }));
}

// One made before Run when there is one (LocalBackend::warmUp), else one made now; then the
// candidate's script or folder in it. Any thread.
LocalSandbox::HomeFolder LocalSandbox::makeHome(WarmFolders::Folder folder, const SandboxJob &job)
{
    HomeFolder home;
    if (!folder)
        folder = WarmFolders::make(&home.error);
    if (folder && createHome(*folder.root, job, &home))
        home.error.clear();
    else if (home.error.isEmpty())
        home.error = tr("Could not create the sandbox folder in the temporary folder.");
    home.folder = std::move(folder);
    return home;
}

void LocalSandbox::onHomeReady(HomeFolder home)
{
    m_root = std::move(home.folder.root); // removed with the sandbox, whatever happens next
    m_owner = std::move(home.folder.owner);
    if (m_removing || m_finished) { // stopped meanwhile: removeThenFinish has run
        auto leftovers = std::make_shared<Leftovers>();
        if (m_root) {
            leftovers->folder = m_root->path();
            m_root->setAutoRemove(false);
            m_root.reset();
        }
        leftovers->owner = std::move(m_owner);
        cleanupPool().start([leftovers] { leftovers->remove(); });
        return;
    }
    if (home.error.isEmpty() && !home.folderRefused)
        createEtc(&home.error); // prepared once per backend (SandboxEtc): cheap after the first
    if (!home.error.isEmpty() || m_stopRequested) {
        SandboxOutcome outcome;
        // A folder over its cap is the candidate's doing (failed), not the backend's (error).
        (home.folderRefused ? outcome.installError : outcome.error) = home.error;
        removeThenFinish(outcome);
        return;
    }
    m_sandboxId = newSandboxId(m_job.candidate.id);
    Q_EMIT sandboxCreated(m_sandboxId,
                          m_isolated ? QStringLiteral("bwrap") : QStringLiteral("none"));
    Q_EMIT networkChosen(sandboxNetworkName(m_network));
    if (!home.skippedLinks.isEmpty()) {
        Q_EMIT warning(
                tr("%1: symbolic links were left out of the copy (not followed): %2")
                        .arg(m_job.candidate.id, home.skippedLinks.join(QStringLiteral(", "))));
    }
    // Its turn comes in a later pass; a sandbox stopped or gone meanwhile gives it up.
    launchInTurn([self = QPointer<LocalSandbox>(this)] {
        if (!self || self->m_finished || self->m_removing)
            return false;
        self->prepareDependencies();
        return true;
    });
}

// A cached environment is one stat away; otherwise the Installing phase builds it first.
void LocalSandbox::prepareDependencies()
{
    const Requirements requirements = Requirements::of(m_job.candidate);
    if (!requirements.error.isEmpty()) {
        SandboxOutcome outcome;
        outcome.installError = requirements.error;
        removeThenFinish(outcome);
        return;
    }
    if (requirements.isEmpty()) {
        launch();
        return;
    }
    const DependencyCache cache;
    const QString key = DependencyCache::key(
            requirements, DependencyCache::pythonVersion(python3()), m_job.settings.indexUrl);
    m_venv = cache.pathFor(key);
    if (cache.has(key)) {
        launch();
        return;
    }
    if (heldUntilTurn([this] { prepareDependencies(); }))
        return; // an install takes the machine's time: it waits for the candidate's turn
    Q_EMIT phaseChanged(CandidateState::Installing);
    DependencyInstaller::Spec spec{requirements,
                                   key,
                                   cache.root(),
                                   m_job.settings.indexUrl,
                                   python3(),
                                   m_isolated,
                                   m_probe.bwrapProgram(),
                                   m_job.settings.memoryLimitMiB,
                                   qint64(m_job.settings.diskLimitMiB) * mebibyte};
    m_installer = new DependencyInstaller(std::move(spec), this);
    connect(m_installer, &DependencyInstaller::outputReceived, this, &Sandbox::outputReceived);
    connect(m_installer, &DependencyInstaller::finished, this,
            &LocalSandbox::onDependenciesInstalled);
    m_installer->start();
}

void LocalSandbox::onDependenciesInstalled(bool ok, const QString &reason)
{
    m_installer->deleteLater();
    m_installer = nullptr;
    if (ok && !m_stopRequested) {
        launch();
        return;
    }
    SandboxOutcome outcome;
    if (!m_stopRequested)
        outcome.installError = reason;
    removeThenFinish(outcome);
}

// Where the candidate's environment is for the command that runs it: bound at the path it was
// built at in a sandbox, where it is on the host when unisolated.
QString LocalSandbox::venvPath() const
{
    return m_isolated ? DependencyInstaller::venvInside() : m_venv;
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

bool LocalSandbox::createHome(QTemporaryDir &root, const SandboxJob &job, HomeFolder *made)
{
    const QString home = root.filePath(QStringLiteral("home"));
    if (!copyCandidate(home, job, made))
        return false;
    // The candidate's user must pass through the root folder to reach its home, and own both.
    QFile::setPermissions(root.path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                  | QFile::ExeOther);
    if (!handToCandidate(home) || !handToCandidate(root.filePath(QStringLiteral("out")))) {
        made->error = tr("Could not hand the sandbox folder to the candidate's user.");
        return false;
    }
    return true;
}

// The script as home/<id>.py, or a folder candidate's files as home/<id>/, handed to the
// candidate's user (a folder over its cap is refused here, before anything runs). Any thread.
bool LocalSandbox::copyCandidate(const QString &home, const SandboxJob &job, HomeFolder *made)
{
    const Candidate &candidate = job.candidate;
    if (candidate.folder.isEmpty()) {
        const QString script = home + QLatin1Char('/') + SandboxLayout::scriptName(candidate.id);
        if (copyToNewFile(candidate.scriptPath, script) && handToCandidate(script))
            return true;
        made->error = tr("Could not copy the script %1 into the sandbox.")
                              .arg(QFileInfo(candidate.scriptPath).fileName());
        return false;
    }
    const CandidateFolder::Scan scan = CandidateFolder::scan(
            candidate.folder, qint64(job.settings.folderLimitMiB) * mebibyte);
    if (!scan.error.isEmpty()) {
        made->error = scan.error;
        made->folderRefused = true;
        return false;
    }
    const QString target = home + QLatin1Char('/') + candidate.id;
    if (!CandidateFolder::copy(candidate.folder, scan, target, &made->error))
        return false;
    made->skippedLinks = scan.skippedLinks; // told on the GUI thread (onHomeReady)
    if (candidatesRunAsNobody()) {
        QDirIterator it(target, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        bool handed = handToCandidate(target);
        while (it.hasNext())
            handed = handToCandidate(it.next()) && handed;
        if (!handed) {
            made->error = tr("Could not hand the sandbox folder to the candidate's user.");
            return false;
        }
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
    const QString script = home + QLatin1Char('/')
            + (m_job.candidate.folder.isEmpty() ? SandboxLayout::scriptName(id)
                                                : id + QLatin1Char('/')
                               + CandidateFolder::entryOf(m_job.candidate.folder,
                                                          m_job.candidate.scriptPath));
    const QString python
            = m_venv.isEmpty() ? python3() : venvPath() + QStringLiteral("/bin/python");
    if (!m_job.readOnlyInputDir.isEmpty()) {
        // Unisolated there is no bind: the script reads the folder where it is.
        return {python, script, m_isolated ? SandboxLayout::inputPath() : m_job.readOnlyInputDir};
    }
    const QString ext = m_job.settings.artifactExtension;
    return {python, script, m_job.settings.objective,
            home + QLatin1Char('/') + SandboxLayout::outputName(id, ext)};
}

// The descriptors bwrap gets, in order: they are 3, 4, ... in bwrap (ChildSetup::keepOnly).
namespace {
constexpr int seccompFdInBwrap = 3;
constexpr int infoFdInBwrap = 4;
constexpr int readyFdInBwrap = 5;
constexpr int goFdInBwrap = 6;
} // namespace

// The process starts on the launcher thread (LaunchedProcess): fifty sandboxes starting at once
// must not hold the window's thread while each child execs.
void LocalSandbox::launch()
{
    if (!waitsForGo() && heldUntilTurn([this] { launch(); }))
        return;
    const ProcessLimits limits = joinLimits();
    LaunchedProcess::Spec spec;
    QString error;
    if (m_isolated && !configureBwrap(limits, &spec, &error)) {
        closeOwnDescriptors();
        SandboxOutcome outcome;
        outcome.error = error;
        removeThenFinish(outcome);
        return;
    }
    if (!m_isolated)
        configureUnisolated(limits, &spec);
    spec.closeAfterStart = handOverDescriptors();
    spec.leadsGroup = true; // applyProcessLimits: setsid()
    m_process = new LaunchedProcess(this);
    connect(m_process, &LaunchedProcess::outputReceived, this, &Sandbox::outputReceived);
    connect(m_process, &LaunchedProcess::outputReceived, this,
            [this](OutputStream stream, const QByteArray &chunk) {
                if (stream == OutputStream::Stderr)
                    m_stderrStart.append(chunk.left(16 - m_stderrStart.size()));
            });
    connect(m_process, &LaunchedProcess::started, this, &LocalSandbox::onProcessStarted);
    connect(m_process, &LaunchedProcess::finished, this, &LocalSandbox::onProcessFinished);
    connect(m_process, &LaunchedProcess::failedToStart, this,
            &LocalSandbox::onProcessFailedToStart);
    if (attachesNetwork()) {
        m_goNotifier = new QSocketNotifier(m_goFd, QSocketNotifier::Read, this);
        connect(m_goNotifier, &QSocketNotifier::activated, this,
                &LocalSandbox::onGoChannelReadable);
    }
    m_process->start(std::move(spec));
    if (!m_standingBy)
        go();
}

QList<int> LocalSandbox::handOverDescriptors()
{
    QList<int> fds;
    for (int *fd : {&m_seccompFd, &m_environmentFd, &m_goChildFd}) {
        if (*fd >= 0)
            fds.append(std::exchange(*fd, -1));
    }
    if (m_privateNetwork)
        fds.append(m_privateNetwork->takeSandboxEnds());
    return fds;
}

void LocalSandbox::onProcessStarted(qint64 pid)
{
    qCDebug(lcRunner) << m_job.candidate.id << "process started";
    m_pid = pid;
    attachNetwork();
    beginNetworkHandshake();
}

// Once the launcher has closed the app's copies of the sandbox's ends, and the candidate's
// turn has come (its bwrap starts at go()), the network's handshake can begin.
void LocalSandbox::beginNetworkHandshake()
{
    if (m_privateNetwork && !attachesNetwork() && m_pid > 0 && !m_standingBy && !m_handshakeBegun) {
        m_handshakeBegun = true;
        m_privateNetwork->sandboxStarted();
    }
}

// A socket rather than a pipe: a byte sent to a program already gone must not raise SIGPIPE.
bool LocalSandbox::makeGoChannel(ProcessLimits *limits, QString *error)
{
    // Above stderr: an app started with stdin closed would get 0 here, which QProcess replaces
    // with /dev/null in the child before the child setup makes it stdin.
    const auto aboveStderr = [](int &end) {
        if (end > STDERR_FILENO)
            return true;
        const int moved = ::fcntl(end, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
        ::close(std::exchange(end, moved));
        return moved >= 0;
    };
    int ends[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0 || !aboveStderr(ends[0])
        || !aboveStderr(ends[1])) {
        *error = tr("Could not make the sandbox's start signal: %1")
                         .arg(QString::fromLocal8Bit(::strerror(errno)));
        for (const int end : ends) {
            if (end >= 0)
                ::close(end);
        }
        return false;
    }
    m_goFd = ends[0];
    m_goChildFd = ends[1];
    limits->standardInput = m_goChildFd;
    return true;
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

bool LocalSandbox::configureBwrap(ProcessLimits limits, LaunchedProcess::Spec *spec, QString *error)
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
    // Read-only: a candidate can never write into the cache.
    if (!m_venv.isEmpty())
        bwrap.binds.append({m_venv, DependencyInstaller::venvInside(), false});
    if (!m_job.candidate.folder.isEmpty()) {
        bwrap.workingDirectory
                = QLatin1StringView(SandboxLayout::home) + QLatin1Char('/') + m_job.candidate.id;
    }
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
        if (m_probe.scratchDisk()) {
            // The disk's program makes the namespace while the candidate waits, and slirp4netns
            // attaches to it then: at the turn the network is up already.
            bwrap.networkNamespaceGiven = true;
        } else {
            limits.passedDescriptors << m_privateNetwork->infoWriteFd()
                                     << m_privateNetwork->readyWriteFd()
                                     << m_privateNetwork->goReadFd();
            bwrap.infoFd = infoFdInBwrap;
            bwrap.command = afterNetworkIsUp(readyFdInBwrap, goFdInBwrap, bwrap.command);
        }
    }
    if (!passEnvironment(&bwrap, &limits, error))
        return false;
    QStringList program;
    if (m_probe.scratchDisk()) {
        if (!makeGoChannel(&limits, error))
            return false;
        setUpScratchDisk(&bwrap);
        // The disk's program hands the descriptors on to bwrap at the same numbers.
        program = m_disk->wrap(m_probe.bwrapProgram(), bwrap.arguments());
    } else {
        program = QStringList{m_probe.bwrapProgram()} + bwrap.arguments();
    }
    spec->program = program.first();
    spec->arguments = program.mid(1);
    spec->environment.insert(QStringLiteral("PATH"),
                             QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    spec->childSetup = childSetupWithLimits(limits);
    return true;
}

void LocalSandbox::closeOwnDescriptors()
{
    closeGoChannel();
    for (int *fd : {&m_seccompFd, &m_environmentFd, &m_goChildFd}) {
        if (*fd >= 0)
            ::close(std::exchange(*fd, -1));
    }
}

// The candidate's variables reach bwrap through a descriptor, the next one handed on.
bool LocalSandbox::passEnvironment(BwrapInvocation *bwrap, ProcessLimits *limits, QString *error)
{
    if (m_job.environment.isEmpty())
        return true;
    m_environmentFd = EnvironmentDelivery::bwrapArgumentsDescriptor(m_job.environment);
    if (m_environmentFd < 0) {
        *error = tr("Could not hand the candidate its environment variables.");
        return false;
    }
    bwrap->environmentFd = seccompFdInBwrap + int(limits->passedDescriptors.size());
    limits->passedDescriptors << m_environmentFd;
    return true;
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
    connect(m_privateNetwork, &PrivateNetwork::ready, this, [this] {
        m_networkUp = true;
        sendGoWhenReady();
    });
    return true;
}

void LocalSandbox::configureUnisolated(const ProcessLimits &limits, LaunchedProcess::Spec *spec)
{
    const QString hostHome = m_root->filePath(QStringLiteral("home"));
    const QStringList command = commandInside(hostHome);
    spec->program = command.first();
    spec->arguments = command.mid(1);
    spec->workingDirectory = m_job.candidate.folder.isEmpty()
            ? hostHome
            : hostHome + QLatin1Char('/') + m_job.candidate.id;
    for (const QString &variable : SandboxLayout::environment(hostHome)) {
        spec->environment.insert(variable.section(QLatin1Char('='), 0, 0),
                                 variable.section(QLatin1Char('='), 1));
    }
    EnvironmentDelivery::insertInto(spec->environment, m_job.environment);
    spec->childSetup = childSetupWithLimits(limits);
}

void LocalSandbox::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    // bwrap says "bwrap: ..." and exits with 1 when it cannot make the sandbox; the disk's
    // program exits with 125 before it writes any status. The kept probe answer said they
    // could: it is not trusted again. (A script printing "bwrap: " and exiting with 1 costs
    // the next start one probe, nothing more.)
    if (m_isolated && status == QProcess::NormalExit
        && ((exitCode == 1 && m_stderrStart.startsWith("bwrap: "))
            || (m_disk && exitCode == ScratchDisk::cannotMakeDisk
                && m_disk->report().artifact == ScratchDisk::Report::Artifact::Unknown)))
        m_probe.forget();
    collectAndFinish(status == QProcess::NormalExit && !m_stopRequested ? std::optional(exitCode)
                                                                        : std::nullopt);
}

void LocalSandbox::onProcessFailedToStart(const QString &errorString)
{
    SandboxOutcome outcome;
    outcome.error = tr("Could not start %1: %2").arg(m_process->program(), errorString);
    removeThenFinish(outcome);
}

void LocalSandbox::collectAndFinish(std::optional<int> exitCode)
{
    qCDebug(lcRunner) << m_job.candidate.id << "ended";
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
    // Its process and namespaces are gone and the artifact is out: the next sandbox need not
    // wait for the folder and control group to be removed.
    qCDebug(lcRunner) << m_job.candidate.id << "released";
    Q_EMIT released();
    removeThenFinish(outcome);
}

void LocalSandbox::setUpScratchDisk(BwrapInvocation *bwrap)
{
    const RunSettings &settings = m_job.settings;
    ScratchDisk disk;
    disk.root = m_root->path();
    disk.program = m_probe.scratchDiskProgram();
    disk.privateNetwork = bwrap->networkNamespaceGiven;
    disk.bytes = qint64(settings.diskLimitMiB) * mebibyte;
    disk.files = qint64(settings.diskLimitMiB) * ScratchDisk::filesPerMiB;
    // A folder candidate's copy is staged whole (the disk's script copies it recursively).
    disk.stagedScript = m_root->filePath(QStringLiteral("home/"))
            + (m_job.candidate.folder.isEmpty() ? SandboxLayout::scriptName(m_job.candidate.id)
                                                : m_job.candidate.id);
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
    if (QFile::rename(m_disk->collectedArtifact(), target)) {
        outcome->artifactFile = target;
        takeOver(target);
    } else {
        outcome->error = tr("Could not collect the artifact into %1.").arg(m_job.collectDir);
    }
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
