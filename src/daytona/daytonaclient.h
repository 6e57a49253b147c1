#pragma once

#include "daytonajob.h"
#include "daytonatypes.h"
#include "partfile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace DreamFoundry {

struct DaytonaConfig;

// POST /sandbox. Retried like an idempotent call because the name is unique: when a retry
// meets 409 (the first attempt did reach the server), the sandbox of that name is looked up
// and taken over if its labels are ours, so a retry never makes a second sandbox.
class CreateSandboxJob final : public DaytonaJob
{
    Q_OBJECT
public:
    CreateSandboxJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                     const CreateSandboxRequest &request, QObject *parent);
Q_SIGNALS:
    void finished(const DreamFoundry::SandboxResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;

private:
    CreateSandboxRequest m_request;
    bool m_lookingUp = false;
};

// GET /sandbox/{idOrName}.
class GetSandboxJob final : public DaytonaJob
{
    Q_OBJECT
public:
    GetSandboxJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                  const QString &idOrName, QObject *parent);
Q_SIGNALS:
    void finished(const DreamFoundry::SandboxResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;

private:
    QString m_idOrName;
};

// GET /sandbox?labels=... page by page (cursor), accepting the older bare-array answer too.
class ListSandboxesJob final : public DaytonaJob
{
    Q_OBJECT
public:
    ListSandboxesJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                     const DaytonaLabels &labels, QObject *parent);
Q_SIGNALS:
    void finished(const DreamFoundry::SandboxListResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;

private:
    DaytonaLabels m_labels;
    QString m_cursor;
    int m_pages = 0;
    QList<DaytonaSandboxInfo> m_found;
};

// DELETE /sandbox/{id}. 404 means it is already gone (success); 409, and the 400 older servers
// gave for "state change in progress", are retried.
class DeleteSandboxJob final : public DaytonaJob
{
    Q_OBJECT
public:
    DeleteSandboxJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                     const QString &id, QObject *parent);
Q_SIGNALS:
    void finished(const DreamFoundry::DeleteSandboxResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;
    bool shouldRetry(const DaytonaError &error, int httpStatus) const override;
    bool isSuccess(int httpStatus) const override;

private:
    QString m_id;
};

// POST {toolbox}/files/bulk-upload, multipart (files[i].path then files[i].file), one request
// for all files; the legacy toolbox route has only /files/upload, one file per request.
// Content is streamed from disk when a file has a local path, so any size works.
class UploadFilesJob final : public DaytonaJob
{
    Q_OBJECT
public:
    UploadFilesJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                   const QUrl &toolbox, const QList<UploadFile> &files, bool oneByOne,
                   QObject *parent);
Q_SIGNALS:
    void finished(const DreamFoundry::DaytonaResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;

private:
    QUrl m_toolbox;
    QList<UploadFile> m_files;
    bool m_oneByOne;
    int m_next = 0;
};

// GET {toolbox}/files/download?path=..., streamed into a local file that appears only when the
// whole file arrived; it is committed (fsync and rename) on a worker thread, so a big file does
// not stall the window. A missing file is a NotFound error (Daytona sends 404 with no body).
// Aborted, the job leaves no file behind, even one whose commit was under way.
class DownloadFileJob final : public DaytonaJob
{
    Q_OBJECT
public:
    DownloadFileJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                    const QUrl &toolbox, const QString &remotePath, const QString &localPath,
                    QObject *parent);
    ~DownloadFileJob() override;

    // Caps the file at `bytes` (0: no cap): its size is asked first (GET {toolbox}/files/info)
    // and a larger file refused without a download; the stream stops at the cap all the same
    // (the file may grow, the toolbox may not answer the size).
    // `askSizeFirst` false: the size was checked where the file is (the run command moves an
    // artifact over the limit aside), so only the stream's cap applies.
    void setMaxBytes(qint64 bytes, bool askSizeFirst = true);

Q_SIGNALS:
    void finished(const DreamFoundry::DownloadResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;
    bool streamsBody() const override { return m_step == Step::Download; }
    void bodyChunk(const QByteArray &chunk) override;
    void restarting() override;
    void abandoned() override;

private:
    // Whether the worker or the job keeps the file once both had their say.
    enum class CommitState { Pending, Abandoned, Committed };
    enum class Step { Info, Download };

    bool openTarget();
    DownloadResult writeFailure(const QString &why) const;
    DownloadResult overLimit(qint64 claimedSize) const;
    void onSizeAnswered(const DaytonaError &error, const QByteArray &body);
    void commitInBackground();
    void onCommitted(const QString &error);
    void abandonCommit();

    QUrl m_toolbox;
    QString m_remotePath;
    QString m_localPath;
    std::unique_ptr<PartFile> m_file;
    qint64 m_bytes = 0;
    qint64 m_maxBytes = 0;
    Step m_step = Step::Download;
    bool m_overLimit = false; // the stream went past m_maxBytes
    bool m_writeFailed = false;
    bool m_committing = false;
    std::shared_ptr<std::atomic<CommitState>> m_commitState;
};

// POST {toolbox}/process/session {"sessionId"}. A 409 on a retry means the first one worked.
class CreateSessionJob final : public DaytonaJob
{
    Q_OBJECT
public:
    CreateSessionJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                     const QUrl &toolbox, const QString &sessionId, QObject *parent);
Q_SIGNALS:
    void finished(const DreamFoundry::DaytonaResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;

private:
    QUrl m_toolbox;
    QString m_sessionId;
};

// POST {toolbox}/process/session/{sid}/exec. Never resent once it may have reached the server:
// that would run the script twice.
class SessionExecJob final : public DaytonaJob
{
    Q_OBJECT
public:
    SessionExecJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                   const QUrl &toolbox, const SessionExecRequest &request, QObject *parent);
Q_SIGNALS:
    void finished(const DreamFoundry::SessionExecResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;

private:
    QUrl m_toolbox;
    SessionExecRequest m_request;
};

// GET {toolbox}/process/session/{sid}/command/{cid}: the exit code once the command ended.
class CommandStatusJob final : public DaytonaJob
{
    Q_OBJECT
public:
    CommandStatusJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                     const QUrl &toolbox, const QString &sessionId, const QString &commandId,
                     QObject *parent);
Q_SIGNALS:
    void finished(const DreamFoundry::CommandStatusResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;

private:
    QUrl m_toolbox;
    QString m_sessionId;
    QString m_commandId;
};

// GET {toolbox}/process/session/{sid}/command/{cid}/logs: the log so far, or with follow the
// live log as chunked HTTP until the command ends (docs/daytona.md, "The script and its output"),
// chunk by chunk.
class CommandLogsJob final : public DaytonaJob
{
    Q_OBJECT
public:
    CommandLogsJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                   const QUrl &toolbox, const QString &sessionId, const QString &commandId,
                   bool follow, QObject *parent);
Q_SIGNALS:
    void chunkReceived(const QByteArray &chunk);
    void finished(const DreamFoundry::LogsResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;
    bool streamsBody() const override { return m_follow; }
    void bodyChunk(const QByteArray &chunk) override { Q_EMIT chunkReceived(chunk); }

private:
    QUrl m_toolbox;
    QString m_sessionId;
    QString m_commandId;
    bool m_follow;
};

// DELETE {toolbox}/process/session/{sid}: kills whatever runs in it. 404: already gone.
class DeleteSessionJob final : public DaytonaJob
{
    Q_OBJECT
public:
    DeleteSessionJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                     const QUrl &toolbox, const QString &sessionId, QObject *parent);
Q_SIGNALS:
    void finished(const DreamFoundry::DaytonaResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;
    bool isSuccess(int httpStatus) const override;

private:
    QUrl m_toolbox;
    QString m_sessionId;
};

// POST {toolbox}/process/execute: a short command, its combined output when it ends.
class ExecuteJob final : public DaytonaJob
{
    Q_OBJECT
public:
    ExecuteJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
               const QUrl &toolbox, const ExecuteRequest &request, QObject *parent);
Q_SIGNALS:
    void finished(const DreamFoundry::ExecuteResult &result);

protected:
    QNetworkReply *send(QNetworkAccessManager &manager) override;
    void complete(const DaytonaError &error, int httpStatus, const QByteArray &body) override;

private:
    QUrl m_toolbox;
    ExecuteRequest m_request;
};

// Polls GET /sandbox/{id} until it is started, as the SDK does (docs/daytona.md, "Sandbox states"):
// every 100 ms, then after 5 s each wait 1.1 times longer, up to 1 s. Fails on error/build_failed
// with the reason, when the sandbox disappears, and after `timeoutSeconds`.
class WaitForSandboxJob final : public QObject
{
    Q_OBJECT
public:
    WaitForSandboxJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                      const QString &id, int timeoutSeconds, QObject *parent);

    void start();
    void abort();

    // The SDK's schedule: the wait after `elapsedMs` of polling, given the previous wait.
    static int nextPollDelayMs(qint64 elapsedMs, int previousDelayMs);

Q_SIGNALS:
    void finished(const DreamFoundry::SandboxResult &result);

private:
    void poll();
    void onPolled(const SandboxResult &result);
    void finish(const SandboxResult &result);

    DaytonaConnection m_connection;
    QPointer<QNetworkAccessManager> m_manager;
    QString m_id;
    int m_timeoutSeconds;
    QElapsedTimer m_clock;
    QTimer m_pollTimer;
    QPointer<GetSandboxJob> m_job;
    int m_delayMs = 0;
    bool m_done = false;
};

// Makes the jobs for one Daytona account: every job it makes shares its connection settings
// and network manager, and is its child until it deletes itself. Nothing starts until start().
class DaytonaClient final : public QObject
{
    Q_OBJECT
public:
    DaytonaClient(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                  QObject *parent = nullptr);

    static DaytonaConnection connectionFor(const DaytonaConfig &config);

    const DaytonaConnection &connection() const { return m_connection; }
    QNetworkAccessManager *manager() const { return m_manager; }
    // Where a sandbox's toolbox answers; legacy route when it has no toolboxProxyUrl.
    QUrl toolboxUrl(const DaytonaSandboxInfo &sandbox) const;
    static bool isLegacyToolbox(const DaytonaSandboxInfo &sandbox)
    {
        return sandbox.toolboxProxyUrl.isEmpty();
    }

    CreateSandboxJob *createSandbox(const CreateSandboxRequest &request);
    GetSandboxJob *getSandbox(const QString &idOrName);
    WaitForSandboxJob *waitUntilStarted(const QString &id, int timeoutSeconds);
    ListSandboxesJob *listSandboxes(const DaytonaLabels &labels);
    DeleteSandboxJob *deleteSandbox(const QString &id);
    UploadFilesJob *uploadFiles(const QUrl &toolbox, const QList<UploadFile> &files,
                                bool oneByOne = false);
    DownloadFileJob *downloadFile(const QUrl &toolbox, const QString &remotePath,
                                  const QString &localPath);
    CreateSessionJob *createSession(const QUrl &toolbox, const QString &sessionId);
    SessionExecJob *execInSession(const QUrl &toolbox, const SessionExecRequest &request);
    CommandStatusJob *commandStatus(const QUrl &toolbox, const QString &sessionId,
                                    const QString &commandId);
    CommandLogsJob *commandLogs(const QUrl &toolbox, const QString &sessionId,
                                const QString &commandId, bool follow);
    DeleteSessionJob *deleteSession(const QUrl &toolbox, const QString &sessionId);
    ExecuteJob *execute(const QUrl &toolbox, const ExecuteRequest &request);

private:
    DaytonaConnection m_connection;
    QPointer<QNetworkAccessManager> m_manager;
};

} // namespace DreamFoundry
