#include "daytonabackend.h"

#include "daytonalogging.h"
#include "runlease.h"
#include "runner/sandboxlayout.h"
#include "startwatcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSysInfo>
#include <QUuid>

namespace DreamFoundry {

namespace {

// After the command ended, how long its log stream may take to close by itself.
constexpr int streamGraceMs = 2'000;
// While the log streams, a slow status poll catches a stream that never closes.
constexpr int statusWhileStreamingMs = 5'000;
constexpr int statusAfterStreamMs = 300;
constexpr int statusWithoutStreamMs = 1'000;
// New output rings the bell; the marked log is fetched at most this often (more rarely for a
// big log, as every fetch carries the whole of it).
constexpr int snapshotIntervalMs = 250;
constexpr qint64 snapshotBytesPerExtraSecond = 4 * 1024 * 1024;

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

DaytonaBackend::DaytonaBackend(const DaytonaConfig &config) : m_config(config) {}

DaytonaBackend::~DaytonaBackend() = default;

Sandbox *DaytonaBackend::createSandbox(const SandboxJob &job, QObject *parent)
{
    return new DaytonaSandbox(job, m_config, leaseFor(job.runId), watcherFor(job.runId), parent);
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
            new StartWatcher(DaytonaClient::connectionFor(m_config), labels),
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

QString DaytonaBackend::runCommand(const QString &candidateId, const QString &extension)
{
    // $(...) drops trailing newlines: the x keeps them, ${o%x} takes it off again. A subshell
    // keeps cd and the variable out of the session's shell.
    return QStringLiteral("(cd %1 && o=\"$(cat %2 && printf x)\" && python3 %3 \"${o%x}\" %4)")
            .arg(shellQuote(QLatin1StringView(SandboxLayout::home)),
                 shellQuote(objectivePath(candidateId)),
                 shellQuote(SandboxLayout::scriptPath(candidateId)),
                 shellQuote(SandboxLayout::outputPath(candidateId, extension)));
}

// --- DaytonaSandbox -----------------------------------------------------------------------

DaytonaSandbox::DaytonaSandbox(const SandboxJob &job, const DaytonaConfig &config,
                               std::shared_ptr<RunLease> lease,
                               std::shared_ptr<StartWatcher> watcher, QObject *parent)
    : Sandbox(parent)
    , m_job(job)
    , m_config(config)
    , m_lease(std::move(lease))
    , m_watcher(std::move(watcher))
{
    m_phaseTimer.setSingleShot(true);
    m_statusTimer.setSingleShot(true);
    m_graceTimer.setSingleShot(true);
    connect(&m_phaseTimer, &QTimer::timeout, this, &DaytonaSandbox::onPhaseTimeout);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        if (m_streamDone && !m_streamComplete)
            catchUpLogs([this] { queryStatus(); }); // no stream: the log comes by polling
        else
            queryStatus();
    });
    m_snapshotTimer.setSingleShot(true);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &DaytonaSandbox::fetchSnapshot);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcDaytona) << "log stream of" << m_info.id << "did not close; reading the log";
        if (m_stream)
            m_stream->abort();
        m_streamDone = true;
        m_streamComplete = false;
        maybeConclude();
    });
}

DaytonaSandbox::~DaytonaSandbox()
{
    if (m_step != Step::Done && m_step != Step::Idle && !m_info.id.isEmpty()) {
        qCWarning(lcDaytona) << "sandbox" << m_info.id
                             << "abandoned; Daytona's auto-stop and auto-delete will remove it";
    }
}

void DaytonaSandbox::setNetworkManager(QNetworkAccessManager *manager)
{
    m_manager = manager;
}

void DaytonaSandbox::start()
{
    // A manager of its own: Qt opens at most 6 HTTP/1.1 connections per host and manager, and
    // this sandbox's log stream holds one for the whole run; with shared managers 20 candidates
    // would queue behind each other's streams and slow creates.
    if (!m_manager)
        m_manager = new QNetworkAccessManager(this);
    m_client = new DaytonaClient(DaytonaClient::connectionFor(m_config), m_manager, this);
    Q_EMIT phaseChanged(CandidateState::Preparing);
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
    if (std::exchange(m_watching, false))
        m_watcher->unwatch(m_info.id);
    if (m_sessionJob)
        m_sessionJob->abort();
    m_sessionJob = nullptr;
    if (!m_current)
        return;
    if (auto *job = qobject_cast<DaytonaJob *>(m_current))
        job->abort();
    else if (auto *wait = qobject_cast<WaitForSandboxJob *>(m_current))
        wait->abort();
    m_current = nullptr;
}

void DaytonaSandbox::emitDemuxed(const QList<LogDemuxer::Chunk> &chunks)
{
    for (const LogDemuxer::Chunk &chunk : chunks)
        Q_EMIT outputReceived(chunk.stream, chunk.bytes);
}

void DaytonaSandbox::create()
{
    enter(Step::Creating, m_config.timeouts.create);
    ++m_createAttempts;
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
        // Our name met another sandbox's (same candidate, same millisecond): a new name.
        if (result.error.kind == DaytonaError::Kind::Conflict && m_createAttempts == 1
            && !m_stopRequested) {
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
    if (m_watcher && !m_pollingAlone) {
        m_watching = true;
        m_watcher->watch(m_info.id, this,
                         [this](StartWatcher::Outcome outcome, const DaytonaSandboxInfo &sandbox) {
                             m_watching = false;
                             switch (outcome) {
                             case StartWatcher::Outcome::Started:
                                 m_info.state = sandbox.state;
                                 upload();
                                 return;
                             case StartWatcher::Outcome::Failed:
                                 fail(DaytonaError::sandboxFailed(m_info.id, sandbox.state,
                                                                  sandbox.errorReason));
                                 return;
                             case StartWatcher::Outcome::PollAlone:
                                 m_pollingAlone = true;
                                 waitForStart();
                                 return;
                             }
                         });
        return;
    }
    auto *job = m_client->waitUntilStarted(m_info.id, 0);
    connect(job, &WaitForSandboxJob::finished, this, [this](const SandboxResult &result) {
        m_current = nullptr;
        if (!result.error.ok()) {
            fail(result.error);
            return;
        }
        m_info.state = result.sandbox.state;
        upload();
    });
    m_current = job;
    job->start();
}

void DaytonaSandbox::upload()
{
    enter(Step::Uploading, m_config.timeouts.upload);
    // The session needs no files: it is made while they travel, a round trip saved.
    m_uploaded = m_sessionReady = false;
    m_sessionId
            = QStringLiteral("dreamfoundry-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *session = m_client->createSession(m_toolbox, m_sessionId);
    connect(session, &CreateSessionJob::finished, this, [this](const DaytonaResult &result) {
        m_sessionJob = nullptr;
        uploadPartDone(result.error, m_sessionReady);
    });
    m_sessionJob = session;

    const QString id = m_job.candidate.id;
    QList<UploadFile> files;
    files.append({SandboxLayout::scriptPath(id), {}, m_job.candidate.scriptPath});
    files.append({DaytonaBackend::objectivePath(id), m_job.settings.objective.toUtf8(), {}});
    auto *job = m_client->uploadFiles(m_toolbox, files, DaytonaClient::isLegacyToolbox(m_info));
    connect(job, &UploadFilesJob::finished, this, [this](const DaytonaResult &result) {
        m_current = nullptr;
        uploadPartDone(result.error, m_uploaded);
    });
    m_current = job;
    session->start();
    job->start();
}

// The session and the upload travel side by side: `done` is the flag of the one that answered,
// and the command starts once both are done.
void DaytonaSandbox::uploadPartDone(const DaytonaError &error, bool &done)
{
    if (!error.ok()) {
        fail(error);
        return;
    }
    done = true;
    if (m_sessionReady && m_uploaded)
        exec();
}

void DaytonaSandbox::exec()
{
    enter(Step::Starting, -1); // still under the upload timeout
    SessionExecRequest request;
    request.sessionId = m_sessionId;
    request.command
            = DaytonaBackend::runCommand(m_job.candidate.id, m_job.settings.artifactExtension);
    request.runAsync = true;
    auto *job = m_client->execInSession(m_toolbox, request);
    connect(job, &SessionExecJob::finished, this, [this](const SessionExecResult &result) {
        m_current = nullptr;
        if (!result.error.ok()) {
            fail(result.error);
            return;
        }
        m_commandId = result.commandId;
        m_commandStarted = true;
        // The run's own timeout (the run session's) bounds this phase.
        enter(Step::Running, 0);
        Q_EMIT phaseChanged(CandidateState::Running);
        openLogStream();
        m_statusTimer.start(statusWhileStreamingMs);
    });
    m_current = job;
    job->start();
}

void DaytonaSandbox::openLogStream()
{
    m_stream = m_client->commandLogs(m_toolbox, m_sessionId, m_commandId, true);
    connect(m_stream, &CommandLogsJob::chunkReceived, this, &DaytonaSandbox::onLogChunk);
    connect(m_stream, &CommandLogsJob::finished, this, &DaytonaSandbox::onLogStreamFinished);
    m_stream->start();
}

// Over plain HTTP the follow stream comes without stdout/stderr markers (API.md §8.2), so it
// only says that there is new output; the output itself comes from the marked log, fetched
// right after, which keeps stdout and stderr apart. The stream also says when the command ends.
void DaytonaSandbox::onLogChunk(const QByteArray &)
{
    if (m_snapshotJob || m_snapshotTimer.isActive()) {
        m_snapshotWanted = true;
        return;
    }
    m_snapshotTimer.start(snapshotIntervalMs
                          + int(1000 * (m_demuxer.rawBytesSeen() / snapshotBytesPerExtraSecond)));
}

void DaytonaSandbox::onLogStreamFinished(const LogsResult &result)
{
    m_stream = nullptr;
    m_streamDone = true;
    m_streamComplete = result.error.ok();
    if (!m_streamComplete)
        qCInfo(lcDaytona) << "log stream of" << m_info.id << "broke; polling the log instead";
    if (m_step != Step::Running || m_stopRequested)
        return;
    if (m_exitCode) {
        maybeConclude();
        return;
    }
    m_statusTimer.stop();
    if (!m_streamComplete) {
        m_statusTimer.start(statusWithoutStreamMs);
        return;
    }
    // The stream closes when the command ends: its exit code, its whole log and its artifact
    // are asked for together, one round trip instead of three.
    fetchSnapshot();
    prefetchArtifact();
    queryStatus();
}

void DaytonaSandbox::queryStatus()
{
    if (m_step != Step::Running || m_stopRequested || m_current)
        return;
    auto *job = m_client->commandStatus(m_toolbox, m_sessionId, m_commandId);
    connect(job, &CommandStatusJob::finished, this, &DaytonaSandbox::onStatus);
    m_current = job;
    job->start();
}

void DaytonaSandbox::onStatus(const CommandStatusResult &result)
{
    m_current = nullptr;
    if (m_step != Step::Running || m_stopRequested)
        return;
    if (!result.error.ok()) {
        fail(result.error);
        return;
    }
    if (result.exitCode) {
        m_exitCode = result.exitCode;
        maybeConclude();
        return;
    }
    // Still running though its stream closed: neither the log nor the artifact fetched then
    // is the final one.
    discardPrefetch();
    m_snapshotFinal = false;
    m_logComplete = false;
    m_statusTimer.start(!m_streamDone
                                ? statusWhileStreamingMs
                                : (m_streamComplete ? statusAfterStreamMs : statusWithoutStreamMs));
}

void DaytonaSandbox::maybeConclude()
{
    if (!m_streamDone) {
        if (!m_graceTimer.isActive())
            m_graceTimer.start(streamGraceMs);
        return;
    }
    m_statusTimer.stop();
    m_graceTimer.stop();
    catchUpLogs([this] { collect(); });
}

void DaytonaSandbox::catchUpLogs(const std::function<void()> &then)
{
    if (m_logComplete) {
        then();
        return;
    }
    m_afterSnapshot.append(then);
    if (m_snapshotJob && m_snapshotFinal)
        return; // it brings the whole log
    fetchSnapshot();
}

void DaytonaSandbox::fetchSnapshot()
{
    if (m_snapshotJob) {
        m_snapshotWanted = true; // output may have come after that request left
        return;
    }
    m_snapshotTimer.stop();
    m_snapshotWanted = false;
    // Asked for after the stream closed with the command, the log cannot grow any more.
    m_snapshotFinal = m_streamDone && m_streamComplete;
    const QList<std::function<void()>> waiting = std::exchange(m_afterSnapshot, {});
    m_snapshotJob = m_client->commandLogs(m_toolbox, m_sessionId, m_commandId, false);
    connect(m_snapshotJob, &CommandLogsJob::finished, this,
            [this, waiting](const LogsResult &result) {
                m_snapshotJob = nullptr;
                if (m_step != Step::Running)
                    return;
                if (result.error.ok() && result.logs.size() > m_demuxer.rawBytesSeen())
                    emitDemuxed(m_demuxer.feed(result.logs.mid(m_demuxer.rawBytesSeen())));
                QList<std::function<void()>> then = waiting;
                // Still final unless the command turned out to be running (onStatus).
                if (m_snapshotFinal && result.error.ok()) {
                    m_logComplete = true;
                    m_snapshotWanted = false;
                    then.append(std::exchange(m_afterSnapshot, {}));
                }
                for (const auto &next : std::as_const(then))
                    next();
                if (m_step != Step::Running)
                    return;
                if (!m_afterSnapshot.isEmpty())
                    fetchSnapshot();
                else if (m_snapshotWanted && !m_snapshotTimer.isActive())
                    m_snapshotTimer.start(snapshotIntervalMs);
            });
    m_snapshotJob->start();
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
    case Step::WaitingForStart:
    case Step::Uploading:
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
    m_statusTimer.stop();
    m_graceTimer.stop();
    abortCurrent();
    enter(Step::Running, m_config.timeouts.remove);
    // What the command printed until now is kept: read the log, then delete the session, which
    // kills the command's process group (API.md §8.4).
    catchUpLogs([this] { deleteSessionThenCollect(); });
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
    m_statusTimer.stop();
    m_graceTimer.stop();
    if (m_stream)
        m_stream->abort();
    if (m_snapshotJob)
        m_snapshotJob->abort();
    m_snapshotTimer.stop();
}

void DaytonaSandbox::collect()
{
    abortAll();
    m_streamDone = true;
    emitDemuxed(m_demuxer.flush());
    enter(Step::Collecting, m_config.timeouts.download);
    Q_EMIT phaseChanged(CandidateState::Collecting);
    // The artifact fetched as the stream closed is the final one only if the command is known
    // to have ended (a stop or a failure may come first).
    if (!m_exitCode)
        discardPrefetch();
    if (m_prefetched) {
        onDownloaded(*std::exchange(m_prefetched, std::nullopt));
        return;
    }
    if (m_prefetch) {
        m_current = m_prefetch.data(); // its answer comes to onDownloaded
        return;
    }
    auto *job = downloadArtifact();
    connect(job, &DownloadFileJob::finished, this, [this](const DownloadResult &result) {
        m_current = nullptr;
        onDownloaded(result);
    });
    m_current = job;
    job->start();
}

QString DaytonaSandbox::artifactTarget() const
{
    return m_job.collectDir + QLatin1Char('/')
            + SandboxLayout::outputName(m_job.candidate.id, m_job.settings.artifactExtension);
}

// The artifact's download, into artifactTarget(); not started yet.
DownloadFileJob *DaytonaSandbox::downloadArtifact()
{
    return m_client->downloadFile(
            m_toolbox,
            SandboxLayout::outputPath(m_job.candidate.id, m_job.settings.artifactExtension),
            artifactTarget());
}

void DaytonaSandbox::onDownloaded(const DownloadResult &result)
{
    if (result.error.ok()) {
        m_outcome.artifactFile = artifactTarget();
    } else if (!result.error.isNotFound() && m_outcome.error.isEmpty()) {
        m_outcome.error = tr("Could not download the artifact: %1").arg(result.error.message);
    }
    removeSandbox();
}

void DaytonaSandbox::prefetchArtifact()
{
    if (m_prefetch || m_prefetched)
        return;
    m_prefetch = downloadArtifact();
    connect(m_prefetch, &DownloadFileJob::finished, this, [this](const DownloadResult &result) {
        m_prefetch = nullptr;
        if (m_step == Step::Collecting) {
            m_current = nullptr;
            onDownloaded(result);
        } else {
            m_prefetched = result;
        }
    });
    m_prefetch->start();
}

void DaytonaSandbox::discardPrefetch()
{
    if (m_prefetch)
        m_prefetch->abort();
    m_prefetch = nullptr;
    if (m_prefetched && m_prefetched->error.ok())
        QFile::remove(artifactTarget());
    m_prefetched.reset();
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
    if (m_commandStarted && m_step == Step::Running)
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
    case Step::Running: // stopping the command took too long
        collect();
        return;
    case Step::Collecting:
        abortCurrent();
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
    abortAll();
    discardPrefetch();
    m_outcome.exitCode = m_stopRequested ? std::nullopt : m_exitCode;
    Q_EMIT finished(m_outcome);
}

} // namespace DreamFoundry
