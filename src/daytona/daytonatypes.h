#pragma once

#include "daytonaerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QUrl>

#include <optional>

namespace DreamFoundry {

using DaytonaLabels = QMap<QString, QString>;

// The part of Daytona's Sandbox object this app uses. Unknown fields and states are tolerated
// (docs/daytona.md, "Server quirks the client tolerates").
struct DaytonaSandboxInfo
{
    QString id;
    QString name;
    QString state; // creating, starting, started, error, build_failed, destroying, ...
    QString errorReason;
    DaytonaLabels labels;
    QString toolboxProxyUrl;
    QDateTime createdAt;

    bool isStarted() const { return state == QStringLiteral("started"); }
    bool hasFailed() const
    {
        return state == QStringLiteral("error") || state == QStringLiteral("build_failed");
    }
    bool isGone() const
    {
        return state == QStringLiteral("destroyed") || state == QStringLiteral("destroying");
    }
    static DaytonaSandboxInfo fromJson(const QJsonObject &json);
};

// Where a sandbox's toolbox (processes, files) answers: its proxy URL plus its id, or the
// legacy route under the main API for servers that do not send toolboxProxyUrl
// (docs/daytona.md, "Hosts, headers and the toolbox URL").
QUrl toolboxBaseUrl(const QUrl &apiUrl, const DaytonaSandboxInfo &sandbox);

struct CreateSandboxRequest
{
    QString name;
    QString snapshot;
    QString target;
    DaytonaLabels labels;
    int autoStopMinutes = 15;
    int autoDeleteMinutes = 0;

    QJsonObject toJson() const;
};

struct SandboxResult
{
    DaytonaError error;
    DaytonaSandboxInfo sandbox;
};

struct SandboxListResult
{
    DaytonaError error;
    QList<DaytonaSandboxInfo> sandboxes;
};

struct DaytonaResult
{
    DaytonaError error;
};

struct DeleteSandboxResult
{
    DaytonaError error;
    bool wasAlreadyGone = false;
};

struct UploadFile
{
    QString remotePath;
    QByteArray content; // in memory: a script or an objective
    QString localPath; // or streamed from disk when set, for files of any size
};

struct SessionExecRequest
{
    QString sessionId;
    QString command;
    bool runAsync = true;
};

struct SessionExecResult
{
    DaytonaError error;
    QString commandId;
    std::optional<int> exitCode; // sync execution only
    QByteArray output;
};

struct CommandStatusResult
{
    DaytonaError error;
    std::optional<int> exitCode; // absent while the command runs
};

struct ExecuteRequest
{
    QString command;
    QString cwd;
    int timeoutSeconds = 0; // 0: no server-side limit
};

struct ExecuteResult
{
    DaytonaError error;
    std::optional<int> exitCode;
    QByteArray output;
};

struct DownloadResult
{
    DaytonaError error; // NotFound when the file does not exist
    qint64 bytes = 0;
    // Refused (error set): the file is larger than the job's cap. Its size, when the sandbox
    // said it before the download; else the cap, which the stream went past.
    bool overLimit = false;
    qint64 claimedSize = 0;
};

struct LogsResult
{
    DaytonaError error;
    QByteArray logs; // the whole log so far (snapshot) or empty (stream: see chunk signals)
};

} // namespace DreamFoundry
