#include "daytonabackend.h"

#include "artifactfetch.h"
#include "commandfollower.h"
#include "daytonadependencies.h"
#include "daytonalogging.h"
#include "quotagate.h"
#include "runlease.h"
#include "runner/sandboxlayout.h"
#include "startwait.h"
#include "startwatcher.h"
#include "warmpool.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace DreamFoundry {

namespace {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool uncertainOutcome(const DaytonaError &error)
{
    using Kind = DaytonaError::Kind;
    return error.kind == Kind::Timeout || error.kind == Kind::ConnectionLost
            || error.kind == Kind::ServerError || error.kind == Kind::BadResponse;
}

} // namespace

// --- DaytonaBackend -----------------------------------------------------------------------

DaytonaBackend::DaytonaBackend(const DaytonaConfig &config)
    : DaytonaBackend(config, managerPerOwner())
{}

DaytonaBackend::DaytonaBackend(const DaytonaConfig &config, NetworkProvider network)
    : m_config(config), m_network(std::move(network)), m_gate(std::make_shared<QuotaGate>())
{}

DaytonaBackend::~DaytonaBackend() = default;

Sandbox *DaytonaBackend::createSandbox(const SandboxJob &job, QObject *parent)
{
    auto *sandbox = new DaytonaSandbox(job, m_config, leaseFor(job.runId), watcherFor(job.runId),
                                       m_network, parent);
    sandbox->setQuota(m_gate, m_pool, m_pool ? m_pool->holdTopUps() : nullptr);
    return sandbox;
}

void DaytonaBackend::setWarmPool(WarmPool *pool)
{
    // A pool made with another key or server cannot be used: its sandboxes are not this
    // account's to run in.
    if (!pool || pool->config().apiKey != m_config.apiKey
        || pool->config().apiUrl != m_config.apiUrl)
        return;
    m_pool = pool;
    // A pool sandbox that started or went away is room a waiting candidate may take.
    QObject::connect(pool, &WarmPool::sandboxReady, m_gate.get(), &QuotaGate::wakeOne);
    QObject::connect(pool, &WarmPool::sandboxReleased, m_gate.get(), &QuotaGate::wakeOne);
}

std::shared_ptr<StartWatcher> DaytonaBackend::watcherFor(const QString &runId)
{
    std::erase_if(m_watchers, [](const auto &entry) { return entry.second.expired(); });
    if (auto watcher = m_watchers[runId].lock())
        return watcher;
    const DaytonaLabels labels{{QStringLiteral("app"), QStringLiteral("dreamfoundry")},
                               {QStringLiteral("run"), runId}};
    // Deleted later: the last sandbox of the run may let go of it inside one of its callbacks.
    auto watcher = std::shared_ptr<StartWatcher>(
            new StartWatcher(DaytonaClient::connectionFor(m_config), labels, m_network),
            [](StartWatcher *w) { w->deleteLater(); });
    m_watchers[runId] = watcher;
    return watcher;
}

std::shared_ptr<RunLease> DaytonaBackend::leaseFor(const QString &runId)
{
    // Expired entries of finished runs are dropped on the way.
    std::erase_if(m_leases, [](const auto &entry) { return entry.second.expired(); });
    if (auto lease = m_leases[runId].lock())
        return lease;
    auto lease = std::make_shared<RunLease>(runId);
    m_leases[runId] = lease;
    return lease;
}

DaytonaLabels DaytonaBackend::labelsFor(const QString &runId, const QString &candidateId)
{
    return {{QStringLiteral("app"), QStringLiteral("dreamfoundry")},
            {QStringLiteral("run"), runId},
            {QStringLiteral("candidate"), candidateId},
            {QStringLiteral("host"), hostLabel()}};
}

QString DaytonaBackend::hostLabel()
{
    QByteArray id = QSysInfo::machineUniqueId();
    if (id.isEmpty())
        id = QSysInfo::machineHostName().toUtf8();
    // Hashed: the label is visible to everyone in the organisation.
    return QString::fromLatin1(
            QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(12));
}

QString DaytonaBackend::sandboxName(const QString &candidateId, const QDateTime &when)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString candidate = candidateId;
    candidate.replace(unsafe, QStringLiteral("-"));
    return QStringLiteral("forge-%1-%2")
            .arg(candidate, when.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
}

QString DaytonaBackend::objectivePath(const QString &candidateId)
{
    return QLatin1StringView(SandboxLayout::home) + QStringLiteral("/.dreamfoundry/") + candidateId
            + QStringLiteral(".objective");
}

QString DaytonaBackend::environmentPath(const QString &candidateId)
{
    return QLatin1StringView(SandboxLayout::home) + QStringLiteral("/.dreamfoundry/") + candidateId
            + QStringLiteral(".env");
}

QString DaytonaBackend::inlineRunCommand(const QString &candidateId, const QString &extension,
                                         qint64 limitBytes, const QString &scriptPath,
                                         const QByteArray &objective)
{
    const QFileInfo info(scriptPath);
    if (info.size() + objective.size() > maxInlineBytes)
        return {};
    QFile script(scriptPath);
    if (!script.open(QIODevice::ReadOnly))
        return {}; // the upload says why
    const QByteArray content = script.readAll();
    if (content.size() + objective.size() > maxInlineBytes)
        return {};
    // Base64 holds no quote, so it reaches base64 -d byte for byte inside single quotes.
    const auto write = [](const QByteArray &bytes, const QString &path) {
        return QStringLiteral("printf %s '%1' | base64 -d > %2 && ")
                .arg(QString::fromLatin1(bytes.toBase64()), shellQuote(path));
    };
    const QString objectiveFile = objectivePath(candidateId);
    return QStringLiteral("mkdir -p %1 && ").arg(shellQuote(QFileInfo(objectiveFile).path()))
            + write(content, SandboxLayout::scriptPath(candidateId))
            + write(objective, objectiveFile) + runCommand(candidateId, extension, limitBytes);
}

QString DaytonaBackend::runCommand(const QString &candidateId, const QString &extension,
                                   qint64 limitBytes)
{
    return runCommand(Candidate{candidateId, {}}, extension, limitBytes, false, false);
}

QString DaytonaBackend::runCommand(const Candidate &candidate, const QString &extension,
                                   qint64 limitBytes, bool withPackages, bool withEnvironment)
{
    const QString output = shellQuote(SandboxLayout::outputPath(candidate.id, extension));
    const QString packages = withPackages ? QStringLiteral("PYTHONPATH=")
                    + shellQuote(DaytonaDependencies::packagesPath(candidate.id)) + QLatin1Char(' ')
                                          : QString();
    QString python = QStringLiteral("%1python3 %2 \"${o%x}\" %3")
                             .arg(packages, shellQuote(DaytonaDependencies::scriptPath(candidate)),
                                  output);
    if (limitBytes > 0) {
        // The script's exit code stays the command's; stat reads a size without reading the
        // file (a sparse one may claim gigabytes).
        python = QStringLiteral("{ %1; e=$?; [ \"$(stat -c %s %2 2>/dev/null || echo 0)\" -le %3 ] "
                                "|| mv -f %2 %4; exit $e; }")
                         .arg(python, output, QString::number(limitBytes),
                              shellQuote(overLimitPath(
                                      SandboxLayout::outputPath(candidate.id, extension))));
    }
    // The exports are sourced, then the file goes before the candidate starts.
    const QString environment = withEnvironment
            ? QStringLiteral(". %1 && rm -f %1 && ").arg(shellQuote(environmentPath(candidate.id)))
            : QString();
    // $(...) drops trailing newlines: the x keeps them, ${o%x} takes it off again. A subshell
    // keeps cd and the variable out of the session's shell.
    return QStringLiteral("(cd %1 && %4o=\"$(cat %2 && printf x)\" && %3)")
            .arg(shellQuote(DaytonaDependencies::workingDirectory(candidate)),
                 shellQuote(objectivePath(candidate.id)), python, environment);
}

QString DaytonaBackend::overLimitPath(const QString &artifactPath)
{
    return artifactPath + QStringLiteral(".over-limit");
}

// --- DaytonaSandbox -----------------------------------------------------------------------

DaytonaSandbox::DaytonaSandbox(const SandboxJob &job, const DaytonaConfig &config,
                               std::shared_ptr<RunLease> lease,
                               std::shared_ptr<StartWatcher> watcher, NetworkProvider network,
                               QObject *parent)
    : Sandbox(parent)
    , m_job(job)
    , m_config(config)
    , m_lease(std::move(lease))
    , m_watcher(std::move(watcher))
    , m_network(std::move(network))
{
    m_phaseTimer.setSingleShot(true);
    connect(&m_phaseTimer, &QTimer::timeout, this, &DaytonaSandbox::onPhaseTimeout);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DaytonaSandbox::resumeAfterQuota);
}

void DaytonaSandbox::setQuota(std::shared_ptr<QuotaGate> gate, WarmPool *pool,
                              std::shared_ptr<void> hold)
{
    m_gate = std::move(gate);
    m_pool = pool;
    m_poolHold = std::move(hold);
}

DaytonaSandbox::~DaytonaSandbox()
{
    if (m_step != Step::Done && m_step != Step::Idle && !m_info.id.isEmpty()) {
        qCWarning(lcDaytona) << "sandbox" << m_info.id
                             << "abandoned; Daytona's auto-stop and auto-delete will remove it";
    }
}

void DaytonaSandbox::start()
{
    m_client = new DaytonaClient(DaytonaClient::connectionFor(m_config), m_network(this), this);
    Q_EMIT phaseChanged(CandidateState::Preparing);
    // Refused before a sandbox is made: a folder over its cap, a list pip cannot be given.
    const DaytonaDependencies::Uploads uploads = DaytonaDependencies::candidateFiles(
            m_job.candidate, qint64(m_job.settings.folderLimitMiB) * 1024 * 1024);
    m_requirements = Requirements::of(m_job.candidate);
    if (!uploads.error.isEmpty() || !m_requirements.error.isEmpty()) {
        m_outcome.installError = uploads.error.isEmpty() ? m_requirements.error : uploads.error;
        // Ends after start() returned, as every other way does.
        QMetaObject::invokeMethod(this, &DaytonaSandbox::finish, Qt::QueuedConnection);
        return;
    }
    if (!uploads.skippedLinks.isEmpty()) {
        Q_EMIT warning(
                tr("%1: symbolic links were left out of the upload (not followed): %2")
                        .arg(m_job.candidate.id, uploads.skippedLinks.join(QStringLiteral(", "))));
    }
    create();
}

void DaytonaSandbox::enter(Step step, int timeoutSeconds)
{
    m_step = step;
    if (timeoutSeconds > 0)
        m_phaseTimer.start(std::chrono::seconds(timeoutSeconds));
    else if (timeoutSeconds == 0)
        m_phaseTimer.stop();
    // < 0: the phase goes on under the timer already running
}

void DaytonaSandbox::abortCurrent()
{
    if (m_sessionJob)
        m_sessionJob->abort();
    m_sessionJob = nullptr;
    if (!m_current)
        return;
    if (auto *job = qobject_cast<DaytonaJob *>(m_current))
        job->abort();
    else if (auto *wait = qobject_cast<StartWait *>(m_current))
        wait->abort();
    m_current = nullptr;
}

void DaytonaSandbox::create()
{
    if (claimWarm())
        return;
    enter(Step::Creating, m_config.timeouts.create);
    m_name = DaytonaBackend::sandboxName(m_job.candidate.id, QDateTime::currentDateTimeUtc());
    CreateSandboxRequest request;
    request.name = m_name;
    request.snapshot = m_config.snapshot;
    request.target = m_config.target;
    request.labels = DaytonaBackend::labelsFor(m_job.runId, m_job.candidate.id);
    request.autoStopMinutes = m_config.autoStopMinutes;
    request.autoDeleteMinutes = m_config.autoDeleteMinutes;
    auto *job = m_client->createSandbox(request);
    connect(job, &CreateSandboxJob::finished, this, &DaytonaSandbox::onCreated);
    m_current = job;
    job->start();
}

void DaytonaSandbox::onCreated(const SandboxResult &result)
{
    m_current = nullptr;
    if (!result.error.ok()) {
        if (result.error.kind == DaytonaError::Kind::Quota && !m_stopRequested) {
            onQuota(result.error);
            return;
        }
        // Our name met another sandbox's (same candidate, same millisecond): a new name.
        if (result.error.kind == DaytonaError::Kind::Conflict && !m_renamed && !m_stopRequested) {
            m_renamed = true;
            create();
            return;
        }
        m_outcome.error = result.error.message;
        // The create may have reached Daytona though its answer did not reach us.
        if (uncertainOutcome(result.error))
            sweepByName();
        else
            finish();
        return;
    }
    m_info = result.sandbox;
    m_toolbox = m_client->toolboxUrl(m_info);
    holdQuota();
    Q_EMIT sandboxCreated(m_info.id, QStringLiteral("daytona"));
    if (m_stopRequested) {
        removeSandbox();
    } else if (m_info.hasFailed()) {
        fail(DaytonaError::sandboxFailed(m_info.id, m_info.state, m_info.errorReason));
    } else if (m_info.isStarted()) {
        upload();
    } else {
        waitForStart();
    }
}

// A warm sandbox from the pool: no create, no session, straight to the upload.
bool DaytonaSandbox::claimWarm()
{
    if (!m_pool || m_stopRequested)
        return false;
    const std::optional<WarmSandbox> warm = m_pool->claim();
    if (!warm)
        return false;
    m_info = warm->info;
    m_toolbox = warm->toolbox;
    m_sessionId = warm->sessionId;
    m_poolLease = warm->lease;
    m_fromPool = true;
    holdQuota();
    Q_EMIT sandboxCreated(m_info.id, QStringLiteral("daytona"));
    upload();
    return true;
}

// The claimed sandbox did not answer its first request: it stopped or was deleted behind the
// app's back. It is deleted (gone already, or stopped and due for auto-delete) and replaced,
// and the candidate goes on as if it had never had it.
void DaytonaSandbox::replaceLostWarm(const DaytonaError &error)
{
    qCInfo(lcDaytona).noquote() << "warm sandbox" << m_info.id << "lost, replaced:" << error.detail;
    abortCurrent();
    m_client->deleteSandbox(m_info.id)->start();
    releaseQuota();
    m_info = {};
    m_toolbox.clear();
    m_sessionId.clear();
    m_inlineCommand.clear();
    m_fromPool = false;
    create();
}

// "Total CPU limit exceeded" while some of the run's (or the pool's) sandboxes hold room: the
// candidate waits until one goes away. "No available runners", or the quota with nothing of
// ours holding it (room freed elsewhere may show late), is tried again after 1, 2, 4 ... s.
void DaytonaSandbox::onQuota(const DaytonaError &error)
{
    const bool noRunners = error.serverMessage.contains(QLatin1StringView("no available runners"),
                                                        Qt::CaseInsensitive);
    const auto reason = noRunners ? QueueWait::Reason::NoRunner : QueueWait::Reason::Quota;
    const bool othersHold
            = m_gate && (m_gate->holders() > 0 || (m_pool && m_pool->holderCount() > 0));
    if (!noRunners && othersHold) {
        enter(Step::WaitingForQuota, 0);
        sayWaiting(error, reason);
        m_gate->wait(this, [this] { resumeAfterQuota(); });
        return;
    }
    const int maxRetries = noRunners ? 6 : 2;
    if (m_quotaRetries < maxRetries) {
        sayWaiting(error, reason);
        enter(Step::WaitingForQuota, 0);
        m_retryTimer.start(1'000 << m_quotaRetries++);
        return;
    }
    m_outcome.error = error.message;
    finish();
}

// Back in the queue as far as the table and the command line see: the candidate waits for
// room, not for its sandbox to start. The warning is said once per wait and reason.
void DaytonaSandbox::sayWaiting(const DaytonaError &error, QueueWait::Reason reason)
{
    Q_EMIT waitingInQueue({reason, error.serverMessage});
    Q_EMIT phaseChanged(CandidateState::Queued);
    if (reason == QueueWait::Reason::NoRunner) {
        if (!std::exchange(m_saidNoRunner, true))
            Q_EMIT warning(tr("Waiting for a runner (Daytona said: %1); the candidate is tried "
                              "again in a few seconds.")
                                   .arg(error.serverMessage));
        return;
    }
    if (std::exchange(m_saidWaiting, true))
        return;
    Q_EMIT warning(tr("Waiting for quota (Daytona said: %1); the candidate starts when one "
                      "of the run's sandboxes is deleted.")
                           .arg(error.serverMessage));
}

void DaytonaSandbox::resumeAfterQuota()
{
    Q_EMIT phaseChanged(CandidateState::Preparing);
    create();
}

void DaytonaSandbox::holdQuota()
{
    if (m_gate && !std::exchange(m_holdsQuota, true))
        m_gate->hold();
}

void DaytonaSandbox::releaseQuota()
{
    if (m_gate && std::exchange(m_holdsQuota, false))
        m_gate->release();
}

void DaytonaSandbox::sweepByName()
{
    enter(Step::Deleting, m_config.timeouts.remove);
    auto *job = m_client->getSandbox(m_name);
    connect(job, &GetSandboxJob::finished, this, [this](const SandboxResult &result) {
        m_current = nullptr;
        const DaytonaLabels ours = DaytonaBackend::labelsFor(m_job.runId, m_job.candidate.id);
        if (result.error.ok()
            && result.sandbox.labels.value(QStringLiteral("run"))
                    == ours.value(QStringLiteral("run"))
            && result.sandbox.labels.value(QStringLiteral("candidate")) == m_job.candidate.id) {
            m_info = result.sandbox;
            holdQuota();
            Q_EMIT sandboxCreated(m_info.id, QStringLiteral("daytona"));
            removeSandbox();
            return;
        }
        if (!result.error.ok() && !result.error.isNotFound()) {
            m_outcome.cleanup = tr("Could not check whether sandbox %1 was created: %2 Daytona's "
                                   "auto-delete or `dreamfoundry sandboxes reap` will remove it.")
                                        .arg(m_name, result.error.message);
        }
        finish();
    });
    m_current = job;
    job->start();
}

void DaytonaSandbox::waitForStart()
{
    enter(Step::WaitingForStart, -1); // still under the create timeout
    auto *wait = new StartWait(m_client, m_watcher.get(), m_info.id, this);
    connect(wait, &StartWait::started, this, [this](const DaytonaSandboxInfo &sandbox) {
        m_current = nullptr;
        m_info.state = sandbox.state;
        upload();
    });
    connect(wait, &StartWait::failed, this, [this](const DaytonaError &error) {
        m_current = nullptr;
        fail(error);
    });
    m_current = wait;
    wait->start();
}

void DaytonaSandbox::upload()
{
    enter(Step::Uploading, m_config.timeouts.upload);
    // The session needs no files: it is made while they travel, a round trip saved (a warm
    // sandbox has one already).
    m_uploaded = false;
    m_sessionReady = m_fromPool;
    // A folder, requirements or variables travel as files; a lone small script need not.
    const bool loneScript = m_job.candidate.folder.isEmpty() && m_requirements.isEmpty()
            && m_job.environment.isEmpty();
    if (m_fromPool) {
        // A warm sandbox's session exists: small files travel inside the command itself.
        if (loneScript)
            m_inlineCommand = DaytonaBackend::inlineRunCommand(
                    m_job.candidate.id, m_job.settings.artifactExtension, artifactLimitBytes(),
                    m_job.candidate.scriptPath, m_job.settings.objective.toUtf8());
        if (!m_inlineCommand.isEmpty()) {
            exec();
            return;
        }
    } else {
        m_sessionId = QStringLiteral("dreamfoundry-")
                + QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto *session = m_client->createSession(m_toolbox, m_sessionId);
        connect(session, &CreateSessionJob::finished, this, [this](const DaytonaResult &result) {
            m_sessionJob = nullptr;
            uploadPartDone(result.error, m_sessionReady);
        });
        m_sessionJob = session;
        session->start();
    }

    const QString id = m_job.candidate.id;
    QList<UploadFile> files
            = DaytonaDependencies::candidateFiles(
                      m_job.candidate, qint64(m_job.settings.folderLimitMiB) * 1024 * 1024)
                      .files;
    files.append({DaytonaBackend::objectivePath(id), m_job.settings.objective.toUtf8(), {}});
    if (!m_requirements.isEmpty()) {
        files.append({DaytonaDependencies::requirementsPath(id),
                      m_requirements.requirements.join(QLatin1Char('\n')).toUtf8() + '\n',
                      {}});
    }
    if (!m_job.environment.isEmpty())
        files.append({DaytonaBackend::environmentPath(id), m_job.environment.shellExports(), {}});
    auto *job = m_client->uploadFiles(m_toolbox, files, DaytonaClient::isLegacyToolbox(m_info));
    connect(job, &UploadFilesJob::finished, this, [this](const DaytonaResult &result) {
        m_current = nullptr;
        uploadPartDone(result.error, m_uploaded);
    });
    m_current = job;
    job->start();
}

// The session and the upload travel side by side: `done` is the flag of the one that answered,
// and the command starts once both are done.
void DaytonaSandbox::uploadPartDone(const DaytonaError &error, bool &done)
{
    if (!error.ok() && m_fromPool && !m_stopRequested) {
        replaceLostWarm(error);
        return;
    }
    m_fromPool = false; // it answered: alive
    if (!error.ok()) {
        fail(error);
        return;
    }
    done = true;
    if (m_sessionReady && m_uploaded)
        m_requirements.isEmpty() ? exec() : install();
}

// The toolbox's execute runs pip to its end and answers with its output; the phase has the
// run's install timeout (the run session's clock stops it first, this timer is the backstop).
void DaytonaSandbox::install()
{
    enter(Step::Installing, m_job.settings.installTimeoutSeconds + 10);
    Q_EMIT phaseChanged(CandidateState::Installing);
    ExecuteRequest request;
    request.command = DaytonaDependencies::installCommand(m_job.candidate.id, m_requirements,
                                                          m_job.settings.indexUrl);
    request.cwd = QLatin1StringView(SandboxLayout::home);
    request.timeoutSeconds = m_job.settings.installTimeoutSeconds;
    auto *job = m_client->execute(m_toolbox, request);
    connect(job, &ExecuteJob::finished, this, [this](const ExecuteResult &result) {
        m_current = nullptr;
        if (!result.error.ok()) {
            fail(result.error);
            return;
        }
        if (!result.output.isEmpty())
            Q_EMIT outputReceived(OutputStream::Stderr, result.output);
        if (result.exitCode != 0) {
            m_outcome.installError = installFailure(m_requirements, result.output);
            removeSandbox();
            return;
        }
        enter(Step::Starting, m_config.timeouts.upload); // the script's start, timed afresh
        exec();
    });
    m_current = job;
    job->start();
}

void DaytonaSandbox::exec()
{
    enter(Step::Starting, -1); // still under the upload timeout
    SessionExecRequest request;
    request.sessionId = m_sessionId;
    request.command = !m_inlineCommand.isEmpty()
            ? m_inlineCommand
            : DaytonaBackend::runCommand(m_job.candidate, m_job.settings.artifactExtension,
                                         artifactLimitBytes(), !m_requirements.isEmpty(),
                                         !m_job.environment.isEmpty());
    request.runAsync = true;
    auto *job = m_client->execInSession(m_toolbox, request);
    connect(job, &SessionExecJob::finished, this, [this](const SessionExecResult &result) {
        m_current = nullptr;
        if (!result.error.ok() && m_fromPool && !m_stopRequested) {
            replaceLostWarm(result.error); // its first request: the warm sandbox is gone
            return;
        }
        m_fromPool = false;
        m_inlineCommand.clear();
        if (!result.error.ok()) {
            fail(result.error);
            return;
        }
        // The run's own timeout (the run session's) bounds this phase.
        enter(Step::Running, 0);
        Q_EMIT phaseChanged(CandidateState::Running);
        follow(result.commandId);
    });
    m_current = job;
    job->start();
}

void DaytonaSandbox::follow(const QString &commandId)
{
    const QString artifact = m_job.collectDir + QLatin1Char('/')
            + SandboxLayout::outputName(m_job.candidate.id, m_job.settings.artifactExtension);
    m_artifact = new ArtifactFetch(
            m_client, m_toolbox,
            SandboxLayout::outputPath(m_job.candidate.id, m_job.settings.artifactExtension),
            artifact, this);
    m_artifact->setMaxBytes(artifactLimitBytes());
    m_artifact->setCheckedBySandbox(true); // until the command is found not to have ended
    connect(m_artifact, &ArtifactFetch::fetched, this, &DaytonaSandbox::onDownloaded);
    m_follower
            = new CommandFollower(m_client, {m_info.id, m_toolbox, m_sessionId, commandId}, this);
    connect(m_follower, &CommandFollower::outputReceived, this, &Sandbox::outputReceived);
    connect(m_follower, &CommandFollower::mayHaveEnded, m_artifact, &ArtifactFetch::prefetch);
    connect(m_follower, &CommandFollower::stillRunning, m_artifact, &ArtifactFetch::discard);
    connect(m_follower, &CommandFollower::ended, this, &DaytonaSandbox::collect);
    connect(m_follower, &CommandFollower::failed, this, &DaytonaSandbox::fail);
    connect(m_follower, &CommandFollower::logRead, this, &DaytonaSandbox::deleteSessionThenCollect);
    m_follower->start();
}

std::optional<int> DaytonaSandbox::commandExitCode() const
{
    return m_follower ? m_follower->exitCode() : std::nullopt;
}

void DaytonaSandbox::stop()
{
    if (m_stopRequested || m_step == Step::Done)
        return;
    m_stopRequested = true;
    switch (m_step) {
    case Step::Idle:
        finish();
        return;
    case Step::Creating:
        return; // onCreated deletes what was made; the create timeout bounds the wait
    case Step::WaitingForQuota:
        finish(); // nothing made yet
        return;
    case Step::WaitingForStart:
    case Step::Uploading:
    case Step::Installing:
    case Step::Starting:
        abortCurrent();
        removeSandbox();
        return;
    case Step::Running:
        stopCommand();
        return;
    case Step::Collecting:
    case Step::Deleting:
    case Step::Done:
        return; // finishing anyway
    }
}

void DaytonaSandbox::stopCommand()
{
    abortCurrent();
    enter(Step::Running, m_config.timeouts.remove);
    // What the command printed until now is kept: read the log, then delete the session, which
    // kills the command's process group (docs/daytona.md, "Stopping and cleaning up").
    m_follower->stop(); // logRead() comes next
}

void DaytonaSandbox::deleteSessionThenCollect()
{
    auto *job = m_client->deleteSession(m_toolbox, m_sessionId);
    connect(job, &DeleteSessionJob::finished, this, [this](const DaytonaResult &result) {
        m_current = nullptr;
        if (!result.error.ok())
            qCWarning(lcDaytona).noquote() << "could not stop the command:" << result.error.detail;
        collect();
    });
    m_current = job;
    job->start();
}

// Every job and timer of the running steps, when the run moves on to collecting, deleting or
// its end. Aborted jobs answer no more, so nothing starts again from here.
void DaytonaSandbox::abortAll()
{
    abortCurrent();
    if (m_follower)
        m_follower->abort(); // emits the output it held back
}

void DaytonaSandbox::collect()
{
    abortAll();
    enter(Step::Collecting, m_config.timeouts.download);
    Q_EMIT phaseChanged(CandidateState::Collecting);
    // The artifact fetched as the stream closed is the final one only if the command is known
    // to have ended (a stop or a failure may come first).
    // Nor did the command's own size check run then: the size is asked first.
    if (!commandExitCode()) {
        m_artifact->discard();
        m_artifact->setCheckedBySandbox(false);
    }
    m_artifact->fetch(); // onDownloaded() follows
}

qint64 DaytonaSandbox::artifactLimitBytes() const
{
    return qint64(m_job.settings.artifactLimitMiB) * 1024 * 1024;
}

void DaytonaSandbox::onDownloaded(const DownloadResult &result)
{
    if (result.error.ok()) {
        m_outcome.artifactFile = m_artifact->localPath();
    } else if (result.overLimit && m_outcome.error.isEmpty()) {
        const qint64 mebibyte = 1024 * 1024;
        const int limit = m_job.settings.artifactLimitMiB;
        m_outcome.error = result.claimedSize > qint64(limit) * mebibyte
                ? tr("The artifact is %1 MiB, over the artifact limit of %2 MiB; it was not "
                     "collected.")
                          .arg((result.claimedSize + mebibyte - 1) / mebibyte)
                          .arg(limit)
                : tr("The artifact grew past the artifact limit of %1 MiB while it was "
                     "downloaded; it was not collected.")
                          .arg(limit);
    } else if (!result.error.isNotFound() && m_outcome.error.isEmpty()) {
        m_outcome.error = tr("Could not download the artifact: %1").arg(result.error.message);
    }
    removeSandbox();
}

void DaytonaSandbox::removeSandbox()
{
    abortAll();
    if (m_info.id.isEmpty()) {
        finish();
        return;
    }
    enter(Step::Deleting, m_config.timeouts.remove);
    auto *job = m_client->deleteSandbox(m_info.id);
    connect(job, &DeleteSandboxJob::finished, this, [this](const DeleteSandboxResult &result) {
        m_current = nullptr;
        releaseQuota();
        if (!result.error.ok()) {
            m_outcome.cleanup = tr("Could not delete Daytona sandbox %1: %2 Its auto-delete or "
                                   "`dreamfoundry sandboxes reap` will remove it.")
                                        .arg(m_info.id, result.error.message);
        }
        finish();
    });
    m_current = job;
    job->start();
}

void DaytonaSandbox::fail(const DaytonaError &error)
{
    if (m_outcome.error.isEmpty())
        m_outcome.error = error.message;
    qCWarning(lcDaytona).noquote() << m_job.candidate.id << error.detail;
    if (m_follower && m_step == Step::Running)
        collect(); // the script ran: what it wrote may still be there
    else
        removeSandbox();
}

void DaytonaSandbox::onPhaseTimeout()
{
    const auto timedOut = [this](const QString &phase, int seconds) {
        if (m_outcome.error.isEmpty())
            m_outcome.error = DaytonaError::phaseTimeout(phase, seconds).message;
    };
    switch (m_step) {
    case Step::Creating:
        abortCurrent();
        timedOut(tr("creating the sandbox"), m_config.timeouts.create);
        sweepByName();
        return;
    case Step::WaitingForStart:
        abortCurrent();
        timedOut(tr("starting the sandbox"), m_config.timeouts.create);
        removeSandbox();
        return;
    case Step::Uploading:
    case Step::Starting:
        abortCurrent();
        timedOut(tr("uploading and starting the script"), m_config.timeouts.upload);
        removeSandbox();
        return;
    case Step::Installing:
        abortCurrent();
        timedOut(tr("installing the dependencies"), m_job.settings.installTimeoutSeconds);
        removeSandbox();
        return;
    case Step::Running: // stopping the command took too long
        collect();
        return;
    case Step::Collecting:
        m_artifact->discard();
        timedOut(tr("downloading the artifact"), m_config.timeouts.download);
        removeSandbox();
        return;
    case Step::Deleting:
        abortCurrent();
        m_outcome.cleanup = tr("Deleting sandbox %1 took longer than %n second(s); its "
                               "auto-delete or `dreamfoundry sandboxes reap` will remove it.",
                               nullptr, m_config.timeouts.remove)
                                    .arg(m_info.id.isEmpty() ? m_name : m_info.id);
        finish();
        return;
    case Step::WaitingForQuota: // no timer runs while waiting
    case Step::Idle:
    case Step::Done:
        return;
    }
}

void DaytonaSandbox::finish()
{
    if (m_step == Step::Done)
        return;
    m_step = Step::Done;
    m_phaseTimer.stop();
    m_retryTimer.stop();
    if (m_gate)
        m_gate->cancel(this);
    releaseQuota();
    // Let go of the pool's top-ups after this turn of the event loop, once the orchestrator
    // started the next candidate, which takes its own hold.
    if (m_poolHold)
        QTimer::singleShot(0, QCoreApplication::instance(), [hold = std::move(m_poolHold)] {});
    abortAll();
    if (m_artifact)
        m_artifact->discard(); // a prefetch no one took: not this run's artifact
    m_outcome.exitCode = m_stopRequested ? std::nullopt : commandExitCode();
    Q_EMIT finished(m_outcome);
}

} // namespace DreamFoundry
