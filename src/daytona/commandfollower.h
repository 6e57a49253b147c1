#pragma once

#include "daytonaclient.h"
#include "logdemuxer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace DreamFoundry {

// A command started in a session of a sandbox (SessionExecJob with runAsync).
struct FollowedCommand
{
    QString sandboxId; // for the log only
    QUrl toolbox;
    QString sessionId;
    QString commandId;
};

// Follows a running command until it ends: its output as it comes, stdout and stderr apart,
// and its exit code. Over plain HTTP the log stream (follow=true) comes without stdout/stderr
// markers (docs/daytona.md, "The script and its output"), so it only rings the bell: the output
// itself comes from the marked log, fetched (a snapshot) at most every `snapshotMs`. The stream
// also closes when the command ends; a status query then confirms it and gives the exit code. A
// slow status poll catches a stream that never closes, the grace timer one that stays open after
// the command ended, and a stream that breaks is replaced by polling the log and the status.
class CommandFollower final : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        int streamGraceMs = 2'000; // after the command ended, for its stream to close by itself
        int statusWhileStreamingMs = 5'000;
        int statusAfterStreamMs = 300; // the stream closed, yet the command was still running
        int statusWithoutStreamMs = 1'000; // the stream broke
        int snapshotMs = 250;
        // A big log is fetched more rarely, as every snapshot carries the whole of it.
        qint64 snapshotBytesPerExtraSecond = 4 * 1024 * 1024;
    };

    // `client` makes the requests; it must outlive the follower.
    CommandFollower(DaytonaClient *client, const FollowedCommand &command, QObject *parent);
    ~CommandFollower() override;

    void setIntervals(const Intervals &intervals) { m_intervals = intervals; }

    void start();
    // The command is about to be killed: no more status queries; what it printed until now is
    // read, then logRead() is emitted. The follower goes on (output may still come) until abort().
    void stop();
    // Ends every request and timer; the output the demuxer held back is emitted. Nothing is
    // emitted afterwards.
    void abort();

    // Known once a status said the command ended (possibly before ended(), while the log is
    // still being read).
    std::optional<int> exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void outputReceived(DreamFoundry::OutputStream stream, const QByteArray &chunk);
    // The stream closed normally, which it does when the command ends: what the command left
    // behind may be fetched now, before its status confirms the end.
    void mayHaveEnded();
    // A status said the command still runs after mayHaveEnded(): what was fetched is not final.
    void stillRunning();
    // The command ended and all its output was emitted. The follower is done.
    void ended(int exitCode);
    // A status query failed for good. The follower is done.
    void failed(const DreamFoundry::DaytonaError &error);
    // After stop(): the output until then was emitted.
    void logRead();

private:
    void openLogStream();
    void onLogChunk();
    void onLogStreamFinished(const LogsResult &result);
    void onStatusTimer();
    void onGraceTimeout();
    void queryStatus();
    void onStatus(const CommandStatusResult &result);
    void maybeConclude();
    void catchUpLogs(const std::function<void()> &then);
    void fetchSnapshot();
    void onSnapshot(const LogsResult &result, const QList<std::function<void()>> &waiting);
    void emitDemuxed(const QList<LogDemuxer::Chunk> &chunks);
    void finishFollowing();

    DaytonaClient *m_client;
    FollowedCommand m_command;
    Intervals m_intervals;
    LogDemuxer m_demuxer;
    QPointer<CommandLogsJob> m_stream;
    QPointer<CommandLogsJob> m_snapshotJob;
    QPointer<CommandStatusJob> m_statusJob;
    QTimer m_statusTimer;
    QTimer m_graceTimer;
    QTimer m_snapshotTimer;
    QList<std::function<void()>> m_afterSnapshot; // run once the log is read
    std::optional<int> m_exitCode;
    bool m_streamDone = false;
    bool m_streamComplete = false; // it ended normally, so it carried the whole log
    bool m_snapshotWanted = false; // output came while a snapshot was in flight or scheduled
    bool m_snapshotFinal = false; // the one in flight was asked for after the command ended
    bool m_logComplete = false; // the whole log has been read
    bool m_endHinted = false; // mayHaveEnded() was emitted
    bool m_stopping = false;
    bool m_done = false;
};

} // namespace DreamFoundry
