#include "localbackend.h"

#include "isolationprobe.h"
#include "privatenetwork.h"
#include "processlimits.h"
#include "runnerlogging.h"
#include "sandboxlayout.h"
#include "seccompfilter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

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

} // namespace

// The isolation probe starts when first asked (the window asks at once, to show the answer;
// a run asks with its first sandbox), so a command that never runs anything locally, such as
// a Daytona run or a re-score with a built-in scorer, starts no bwrap at all.
LocalBackend::LocalBackend() : m_probe(std::make_unique<IsolationProbe>()) {}

LocalBackend::~LocalBackend() = default;

int LocalBackend::defaultParallelism() const
{
    return qMax(1, QThread::idealThreadCount());
}

Sandbox *LocalBackend::createSandbox(const SandboxJob &job, QObject *parent)
{
    return new LocalSandbox(job, *m_probe, parent);
}

LocalSandbox::LocalSandbox(const SandboxJob &job, IsolationProbe &probe, QObject *parent)
    : Sandbox(parent), m_job(job), m_probe(probe)
{}

LocalSandbox::~LocalSandbox()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        killProcessGroup(m_pid);
        m_process->kill();
    }
}

void LocalSandbox::start()
{
    Q_EMIT phaseChanged(CandidateState::Preparing);
    m_probe.whenKnown(this, [this] { prepare(); });
}

void LocalSandbox::stop()
{
    if (m_finished || m_stopRequested)
        return;
    m_stopRequested = true;
    if (m_privateNetwork)
        m_privateNetwork->stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // The group holds everything the candidate started; killing bwrap ends its namespace.
        killProcessGroup(m_pid);
        m_process->kill();
        return; // onProcessFinished collects what is there and removes the sandbox
    }
    SandboxOutcome outcome;
    outcome.cleanup = removeSandbox();
    finish(outcome);
}

void LocalSandbox::prepare()
{
    if (m_finished || m_stopRequested)
        return;
    m_isolated = m_probe.result() == IsolationProbe::Result::Available;
    if (!m_isolated) {
        Q_EMIT warning(
                tr("%1 runs WITHOUT isolation: %2.").arg(m_job.candidate.id, m_probe.reason()));
    }
    m_network = chooseNetwork();
    QString error;
    if (!createHome(&error) || !createEtc(&error)) {
        SandboxOutcome outcome;
        outcome.error = error;
        outcome.cleanup = removeSandbox();
        finish(outcome);
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
    if (!m_root->isValid() || !QDir().mkdir(home)) {
        *error = tr("Could not create the sandbox folder in the temporary folder: %1")
                         .arg(m_root->errorString());
        return false;
    }
    if (!QFile::copy(m_job.candidate.scriptPath, script)) {
        *error = tr("Could not copy the script %1 into the sandbox.")
                         .arg(QFileInfo(m_job.candidate.scriptPath).fileName());
        return false;
    }
    // The candidate's user must pass through the root folder to reach its home, and own both.
    QFile::setPermissions(m_root->path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                  | QFile::ExeOther);
    if (!handToCandidate(home) || !handToCandidate(script)) {
        *error = tr("Could not hand the sandbox folder to the candidate's user.");
        return false;
    }
    return true;
}

// The sandbox's own passwd, group and resolv.conf (writeGeneratedEtc), readable by bwrap.
bool LocalSandbox::createEtc(QString *error)
{
    const QString etc = m_root->filePath(QStringLiteral("etc"));
    const bool nobody = candidatesRunAsNobody();
    if (!QDir().mkdir(etc)
        || !writeGeneratedEtc(etc, m_network, nobody ? nobodyUid() : ::getuid(),
                              nobody ? nobodyGid() : ::getgid())) {
        *error = tr("Could not write the sandbox's /etc files.");
        return false;
    }
    QFile::setPermissions(etc,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                  | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    return true;
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
    QString error;
    const bool configured = m_isolated ? configureBwrap(&error) : configureUnisolated();
    if (!configured) {
        closeSeccompDescriptor();
        SandboxOutcome outcome;
        outcome.error = error;
        outcome.cleanup = removeSandbox();
        finish(outcome);
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

bool LocalSandbox::configureBwrap(QString *error)
{
    BwrapInvocation bwrap;
    bwrap.hostHome = m_root->filePath(QStringLiteral("home"));
    bwrap.generatedEtcDir = m_root->filePath(QStringLiteral("etc"));
    bwrap.readOnlyInputDir = m_job.readOnlyInputDir;
    bwrap.readOnlyFolders = m_job.settings.readOnlyFolders;
    bwrap.hiddenPaths = foldersHiddenFromSandboxes();
    bwrap.network = m_network;
    QStringList inside = processCapCommand(m_job.settings.processLimit,
                                           commandInside(QLatin1StringView(SandboxLayout::home)));
    m_seccompFd = SeccompFilter::programDescriptor();
    if (m_seccompFd < 0) {
        *error = tr("Could not make the sandbox's seccomp filter.");
        return false;
    }
    QList<int> passed{m_seccompFd};
    bwrap.seccompFd = seccompFdInBwrap;
    if (m_network == SandboxNetwork::Private) {
        if (!preparePrivateNetwork(error))
            return false;
        passed << m_privateNetwork->infoWriteFd() << m_privateNetwork->readyWriteFd()
               << m_privateNetwork->goReadFd();
        bwrap.infoFd = infoFdInBwrap;
        inside = afterNetworkIsUp(readyFdInBwrap, goFdInBwrap, inside);
    }
    bwrap.command = inside;
    m_process->setProgram(m_probe.bwrapProgram());
    m_process->setArguments(bwrap.arguments());
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    m_process->setProcessEnvironment(env);
    applyProcessLimits(*m_process, {m_job.settings.memoryLimitMiB, passed});
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

bool LocalSandbox::configureUnisolated()
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
    applyProcessLimits(*m_process, {m_job.settings.memoryLimitMiB});
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
    outcome.cleanup = removeSandbox();
    finish(outcome);
}

void LocalSandbox::collectAndFinish(std::optional<int> exitCode)
{
    Q_EMIT phaseChanged(CandidateState::Collecting);
    killProcessGroup(m_pid); // unisolated: whatever the script left running in the background
    if (m_privateNetwork)
        m_privateNetwork->stop();
    SandboxOutcome outcome;
    outcome.exitCode = exitCode;
    outcome.error = m_networkError;
    const QString name
            = SandboxLayout::outputName(m_job.candidate.id, m_job.settings.artifactExtension);
    const QFileInfo produced(m_root->filePath(QStringLiteral("home/") + name));
    if (produced.isSymLink() || (produced.exists() && !produced.isFile())) {
        // Following a link out of the sandbox would read the user's files with the app's rights.
        outcome.error = tr("The artifact is a link or a folder, not a file; it was not collected.");
    } else if (produced.exists()) {
        const QString target = m_job.collectDir + QLatin1Char('/') + name;
        QFile::remove(target);
        if (QFile::rename(produced.filePath(), target))
            outcome.artifactFile = target;
        else
            outcome.error = tr("Could not collect the artifact into %1.").arg(m_job.collectDir);
    }
    outcome.cleanup = removeSandbox();
    finish(outcome);
}

QString LocalSandbox::removeSandbox()
{
    if (!m_root)
        return QStringLiteral("ok");
    const bool removed = m_root->remove();
    m_root.reset();
    if (removed)
        return QStringLiteral("ok");
    qCWarning(lcRunner) << "could not remove the folder of sandbox" << m_sandboxId;
    return tr("Could not remove the folder of sandbox %1.").arg(m_sandboxId);
}

void LocalSandbox::finish(SandboxOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(outcome);
}

} // namespace DreamFoundry
