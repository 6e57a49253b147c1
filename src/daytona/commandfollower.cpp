#include "commandfollower.h"

#include "daytonalogging.h"

namespace DreamFoundry {

CommandFollower::CommandFollower(DaytonaClient *client, const FollowedCommand &command,
                                 QObject *parent)
    : QObject(parent), m_client(client), m_command(command)
{
    m_statusTimer.setSingleShot(true);
    m_graceTimer.setSingleShot(true);
    m_snapshotTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, &CommandFollower::onStatusTimer);
    connect(&m_graceTimer, &QTimer::timeout, this, &CommandFollower::onGraceTimeout);
    connect(&m_snapshotTimer, &QTimer::timeout, this, &CommandFollower::fetchSnapshot);
}

CommandFollower::~CommandFollower()
{
    // The jobs belong to the client, which outlives this: an open stream would stay open.
    for (DaytonaJob *job : {static_cast<DaytonaJob *>(m_stream.data()),
                            static_cast<DaytonaJob *>(m_snapshotJob.data()),
                            static_cast<DaytonaJob *>(m_statusJob.data())}) {
        if (job)
            job->abort();
    }
}

void CommandFollower::start()
{
    openLogStream();
    m_statusTimer.start(m_intervals.statusWhileStreamingMs);
}

void CommandFollower::stop()
{
    if (m_done || m_stopping)
        return;
    m_stopping = true;
    m_statusTimer.stop();
    m_graceTimer.stop();
    if (m_statusJob)
        m_statusJob->abort();
    m_statusJob = nullptr;
    catchUpLogs([this] { Q_EMIT logRead(); });
}

void CommandFollower::abort()
{
    if (!m_done)
        finishFollowing();
}

// Aborted jobs answer no more, so nothing starts again from here.
void CommandFollower::finishFollowing()
{
    m_done = true;
    m_statusTimer.stop();
    m_graceTimer.stop();
    m_snapshotTimer.stop();
    if (m_stream)
        m_stream->abort();
    if (m_snapshotJob)
        m_snapshotJob->abort();
    if (m_statusJob)
        m_statusJob->abort();
    m_streamDone = true;
    emitDemuxed(m_demuxer.flush());
}

void CommandFollower::emitDemuxed(const QList<LogDemuxer::Chunk> &chunks)
{
    for (const LogDemuxer::Chunk &chunk : chunks)
        Q_EMIT outputReceived(chunk.stream, chunk.bytes);
}

void CommandFollower::openLogStream()
{
    m_stream = m_client->commandLogs(m_command.toolbox, m_command.sessionId, m_command.commandId,
                                     true);
    connect(m_stream, &CommandLogsJob::chunkReceived, this, &CommandFollower::onLogChunk);
    connect(m_stream, &CommandLogsJob::finished, this, &CommandFollower::onLogStreamFinished);
    m_stream->start();
}

// The stream's bytes are unmarked: they only say that the marked log grew.
void CommandFollower::onLogChunk()
{
    if (m_snapshotJob || m_snapshotTimer.isActive()) {
        m_snapshotWanted = true;
        return;
    }
    m_snapshotTimer.start(
            m_intervals.snapshotMs
            + int(1000 * (m_demuxer.rawBytesSeen() / m_intervals.snapshotBytesPerExtraSecond)));
}

void CommandFollower::onLogStreamFinished(const LogsResult &result)
{
    m_stream = nullptr;
    m_streamDone = true;
    m_streamComplete = result.error.ok();
    if (!m_streamComplete)
        qCInfo(lcDaytona) << "log stream of" << m_command.sandboxId
                          << "broke; polling the log instead";
    if (m_stopping || m_done)
        return;
    if (m_exitCode) {
        maybeConclude();
        return;
    }
    m_statusTimer.stop();
    if (!m_streamComplete) {
        m_statusTimer.start(m_intervals.statusWithoutStreamMs);
        return;
    }
    // The stream closes when the command ends: its exit code, its whole log and whatever else
    // the owner wants then are asked for together, one round trip instead of three.
    fetchSnapshot();
    m_endHinted = true;
    Q_EMIT mayHaveEnded();
    queryStatus();
}

void CommandFollower::onStatusTimer()
{
    if (m_streamDone && !m_streamComplete)
        catchUpLogs([this] { queryStatus(); }); // no stream: the log comes by polling
    else
        queryStatus();
}

void CommandFollower::onGraceTimeout()
{
    qCInfo(lcDaytona) << "log stream of" << m_command.sandboxId << "did not close; reading the log";
    if (m_stream)
        m_stream->abort();
    m_streamDone = true;
    m_streamComplete = false;
    maybeConclude();
}

void CommandFollower::queryStatus()
{
    if (m_stopping || m_done || m_statusJob)
        return;
    m_statusJob
            = m_client->commandStatus(m_command.toolbox, m_command.sessionId, m_command.commandId);
    connect(m_statusJob, &CommandStatusJob::finished, this, &CommandFollower::onStatus);
    m_statusJob->start();
}

void CommandFollower::onStatus(const CommandStatusResult &result)
{
    m_statusJob = nullptr;
    if (m_stopping || m_done)
        return;
    if (!result.error.ok()) {
        finishFollowing();
        Q_EMIT failed(result.error);
        return;
    }
    if (result.exitCode) {
        m_exitCode = result.exitCode;
        maybeConclude();
        return;
    }
    // Still running though its stream closed: the log read then is not the whole log.
    if (std::exchange(m_endHinted, false))
        Q_EMIT stillRunning();
    m_snapshotFinal = false;
    m_logComplete = false;
    m_statusTimer.start(!m_streamDone ? m_intervals.statusWhileStreamingMs
                                      : (m_streamComplete ? m_intervals.statusAfterStreamMs
                                                          : m_intervals.statusWithoutStreamMs));
}

void CommandFollower::maybeConclude()
{
    if (!m_streamDone) {
        if (!m_graceTimer.isActive())
            m_graceTimer.start(m_intervals.streamGraceMs);
        return;
    }
    m_statusTimer.stop();
    m_graceTimer.stop();
    catchUpLogs([this] {
        finishFollowing();
        Q_EMIT ended(*m_exitCode);
    });
}

void CommandFollower::catchUpLogs(const std::function<void()> &then)
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

void CommandFollower::fetchSnapshot()
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
    m_snapshotJob = m_client->commandLogs(m_command.toolbox, m_command.sessionId,
                                          m_command.commandId, false);
    connect(m_snapshotJob, &CommandLogsJob::finished, this,
            [this, waiting](const LogsResult &result) { onSnapshot(result, waiting); });
    m_snapshotJob->start();
}

void CommandFollower::onSnapshot(const LogsResult &result,
                                 const QList<std::function<void()>> &waiting)
{
    m_snapshotJob = nullptr;
    if (m_done)
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
    for (const auto &next : std::as_const(then)) {
        if (m_done)
            return; // ended: what else waited (a stop's read) has nothing left to wait for
        next();
    }
    if (m_done)
        return;
    if (!m_afterSnapshot.isEmpty())
        fetchSnapshot();
    else if (m_snapshotWanted && !m_snapshotTimer.isActive())
        m_snapshotTimer.start(m_intervals.snapshotMs);
}

} // namespace DreamFoundry
