#include "daytonaclient.h"

#include "daytonaconfig.h"
#include "daytonalogging.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace DreamFoundry {

namespace {

// Query values are percent-encoded here rather than by QUrlQuery, which leaves `+` alone and
// many servers read a bare `+` as a space.
QUrl withPath(const QUrl &base, const QString &path,
              const QList<std::pair<QString, QString>> &query = {})
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    if (!query.isEmpty()) {
        QStringList items;
        for (const auto &[key, value] : query)
            items.append(key + QLatin1Char('=')
                         + QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    return url;
}

QString encodedSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> objectFrom(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<int> exitCodeFrom(const QJsonObject &object)
{
    // Older daemons called it `code` (docs/daytona.md, "Server quirks the client tolerates").
    for (const auto *key : {"exitCode", "code"}) {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (value.isDouble())
            return value.toInt();
    }
    return std::nullopt;
}

QByteArray quotedFileName(const QString &path)
{
    QByteArray name = QFileInfo(path).fileName().toUtf8();
    name.replace('"', "%22").replace('\r', "").replace('\n', "");
    return name;
}

QHttpPart textPart(const QByteArray &name, const QByteArray &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray(QByteArrayLiteral("form-data; name=\"") + name + '"'));
    part.setBody(value);
    return part;
}

// A file part; false when a local file cannot be opened.
bool addFilePart(QHttpMultiPart *multipart, const QByteArray &name, const UploadFile &file)
{
    QHttpPart part;
    // Go's FormFile only sees a part that carries a filename (docs/daytona.md, "Endpoints").
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray(QByteArrayLiteral("form-data; name=\"") + name + "\"; filename=\""
                              + quotedFileName(file.remotePath) + '"'));
    part.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/octet-stream"));
    if (file.localPath.isEmpty()) {
        part.setBody(file.content);
    } else {
        auto *device = new QFile(file.localPath, multipart);
        if (!device->open(QIODevice::ReadOnly))
            return false;
        part.setBodyDevice(device);
    }
    multipart->append(part);
    return true;
}

} // namespace

// --- CreateSandboxJob ---------------------------------------------------------------------

CreateSandboxJob::CreateSandboxJob(const DaytonaConnection &connection,
                                   QNetworkAccessManager *manager,
                                   const CreateSandboxRequest &request, QObject *parent)
    : DaytonaJob(connection, manager, Safety::UniqueName, parent), m_request(request)
{
    // The server waits up to 30 s for the sandbox to start before it answers (docs/daytona.md,
    // "Sandbox states").
    setTimeoutSeconds(qMax(connection.requestTimeoutSeconds, 90));
}

QNetworkReply *CreateSandboxJob::send(QNetworkAccessManager &manager)
{
    if (m_lookingUp)
        return manager.get(
                request(apiUrl(QStringLiteral("/sandbox/") + encodedSegment(m_request.name)), {}));
    return manager.post(request(apiUrl(QStringLiteral("/sandbox"))),
                        compactJson(m_request.toJson()));
}

void CreateSandboxJob::complete(const DaytonaError &error, int, const QByteArray &body)
{
    SandboxResult result;
    if (!error.ok()) {
        if (error.kind == DaytonaError::Kind::Conflict && attempts() > 1 && !m_lookingUp
            && !m_request.name.isEmpty()) {
            qCInfo(lcDaytona).noquote()
                    << "create answered 409 on a retry; looking up" << m_request.name;
            m_lookingUp = true;
            sendAgain();
            return;
        }
        result.error = error;
        Q_EMIT finished(result);
        return;
    }
    const auto object = objectFrom(body);
    const QString method = m_lookingUp ? QStringLiteral("GET") : QStringLiteral("POST");
    if (!object || object->value(QStringLiteral("id")).toString().isEmpty()) {
        result.error = DaytonaError::badResponse(method, apiUrl(QStringLiteral("/sandbox")),
                                                 QStringLiteral("no sandbox id in the answer"));
        Q_EMIT finished(result);
        return;
    }
    result.sandbox = DaytonaSandboxInfo::fromJson(*object);
    if (m_lookingUp) {
        for (auto it = m_request.labels.begin(); it != m_request.labels.end(); ++it) {
            if (result.sandbox.labels.value(it.key()) != it.value()) {
                result.error = DaytonaError::fromReply(
                        method, apiUrl(QStringLiteral("/sandbox")), QNetworkReply::NoError, {}, 409,
                        QByteArrayLiteral("{\"message\":\"a sandbox of that name belongs to "
                                          "someone else\"}"));
                result.sandbox = {};
                break;
            }
        }
    }
    Q_EMIT finished(result);
}

// --- GetSandboxJob ------------------------------------------------------------------------

GetSandboxJob::GetSandboxJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                             const QString &idOrName, QObject *parent)
    : DaytonaJob(connection, manager, Safety::Idempotent, parent), m_idOrName(idOrName)
{}

QNetworkReply *GetSandboxJob::send(QNetworkAccessManager &manager)
{
    return manager.get(
            request(apiUrl(QStringLiteral("/sandbox/") + encodedSegment(m_idOrName)), {}));
}

void GetSandboxJob::complete(const DaytonaError &error, int, const QByteArray &body)
{
    SandboxResult result;
    result.error = error;
    if (error.ok()) {
        const auto object = objectFrom(body);
        if (object && !object->value(QStringLiteral("id")).toString().isEmpty())
            result.sandbox = DaytonaSandboxInfo::fromJson(*object);
        else
            result.error = DaytonaError::badResponse(
                    QStringLiteral("GET"), apiUrl(QStringLiteral("/sandbox/") + m_idOrName),
                    QStringLiteral("not a sandbox object"));
    }
    Q_EMIT finished(result);
}

// --- ListSandboxesJob ---------------------------------------------------------------------

ListSandboxesJob::ListSandboxesJob(const DaytonaConnection &connection,
                                   QNetworkAccessManager *manager, const DaytonaLabels &labels,
                                   QObject *parent)
    : DaytonaJob(connection, manager, Safety::Idempotent, parent), m_labels(labels)
{}

QNetworkReply *ListSandboxesJob::send(QNetworkAccessManager &manager)
{
    QJsonObject labels;
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it)
        labels.insert(it.key(), it.value());
    QList<std::pair<QString, QString>> query{
            {QStringLiteral("labels"), QString::fromUtf8(compactJson(labels))},
            {QStringLiteral("limit"), QStringLiteral("100")}};
    if (!m_cursor.isEmpty())
        query.append({QStringLiteral("cursor"), m_cursor});
    return manager.get(request(withPath(apiUrl(QStringLiteral("/sandbox")), {}, query), {}));
}

void ListSandboxesJob::complete(const DaytonaError &error, int, const QByteArray &body)
{
    SandboxListResult result;
    if (!error.ok()) {
        result.error = error;
        Q_EMIT finished(result);
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray items;
    QString next;
    if (doc.isArray()) { // servers before v0.180 answer with a bare array
        items = doc.array();
    } else if (doc.isObject() && doc.object().value(QStringLiteral("items")).isArray()) {
        items = doc.object().value(QStringLiteral("items")).toArray();
        next = doc.object().value(QStringLiteral("nextCursor")).toString();
    } else {
        result.error = DaytonaError::badResponse(
                QStringLiteral("GET"), apiUrl(QStringLiteral("/sandbox")),
                QStringLiteral("the sandbox list is neither an array nor {items}"));
        Q_EMIT finished(result);
        return;
    }
    for (const QJsonValue &item : items) {
        const DaytonaSandboxInfo sandbox = DaytonaSandboxInfo::fromJson(item.toObject());
        if (!sandbox.id.isEmpty())
            m_found.append(sandbox);
    }
    // A server that keeps handing out cursors must not keep us paging forever.
    constexpr int maxPages = 100;
    if (!next.isEmpty() && next != m_cursor && ++m_pages < maxPages) {
        m_cursor = next;
        sendAgain();
        return;
    }
    result.sandboxes = m_found;
    Q_EMIT finished(result);
}

// --- DeleteSandboxJob ---------------------------------------------------------------------

DeleteSandboxJob::DeleteSandboxJob(const DaytonaConnection &connection,
                                   QNetworkAccessManager *manager, const QString &id,
                                   QObject *parent)
    : DaytonaJob(connection, manager, Safety::Idempotent, parent), m_id(id)
{}

QNetworkReply *DeleteSandboxJob::send(QNetworkAccessManager &manager)
{
    return manager.deleteResource(
            request(apiUrl(QStringLiteral("/sandbox/") + encodedSegment(m_id)), {}));
}

bool DeleteSandboxJob::isSuccess(int httpStatus) const
{
    return DaytonaJob::isSuccess(httpStatus) || httpStatus == 404;
}

bool DeleteSandboxJob::shouldRetry(const DaytonaError &error, int httpStatus) const
{
    // Another transition is in flight; it was 400 before Daytona's PR #4307 (docs/daytona.md,
    // "Server quirks the client tolerates").
    if (httpStatus == 409
        || (httpStatus == 400
            && error.serverMessage.contains(QStringLiteral("state change in progress"),
                                            Qt::CaseInsensitive)))
        return true;
    return DaytonaJob::shouldRetry(error, httpStatus);
}

void DeleteSandboxJob::complete(const DaytonaError &error, int httpStatus, const QByteArray &)
{
    DeleteSandboxResult result;
    result.error = error;
    result.wasAlreadyGone = error.ok() && httpStatus == 404;
    Q_EMIT finished(result);
}

// --- UploadFilesJob -----------------------------------------------------------------------

UploadFilesJob::UploadFilesJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                               const QUrl &toolbox, const QList<UploadFile> &files, bool oneByOne,
                               QObject *parent)
    // Uploading the same file again overwrites it: safe to retry.
    : DaytonaJob(connection, manager, Safety::Idempotent, parent)
    , m_toolbox(toolbox)
    , m_files(files)
    , m_oneByOne(oneByOne)
{}

QNetworkReply *UploadFilesJob::send(QNetworkAccessManager &manager)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    bool opened = true;
    QUrl url;
    if (m_oneByOne) {
        const UploadFile &file = m_files.at(m_next);
        opened = addFilePart(multipart, QByteArrayLiteral("file"), file);
        url = withPath(m_toolbox, QStringLiteral("/files/upload"),
                       {{QStringLiteral("path"), file.remotePath}});
    } else {
        for (qsizetype i = 0; i < m_files.size() && opened; ++i) {
            const QByteArray prefix = "files[" + QByteArray::number(i) + "].";
            multipart->append(textPart(prefix + "path", m_files[i].remotePath.toUtf8()));
            opened = addFilePart(multipart, prefix + "file", m_files[i]);
        }
        url = withPath(m_toolbox, QStringLiteral("/files/bulk-upload"));
    }
    if (!opened)
        qCWarning(lcDaytona) << "a file to upload could not be opened";
    QNetworkReply *reply = manager.post(request(url, {}), multipart);
    multipart->setParent(reply);
    return reply;
}

void UploadFilesJob::complete(const DaytonaError &error, int, const QByteArray &)
{
    if (error.ok() && m_oneByOne && ++m_next < m_files.size()) {
        sendAgain();
        return;
    }
    Q_EMIT finished(DaytonaResult{error});
}

// --- DownloadFileJob ----------------------------------------------------------------------

DownloadFileJob::DownloadFileJob(const DaytonaConnection &connection,
                                 QNetworkAccessManager *manager, const QUrl &toolbox,
                                 const QString &remotePath, const QString &localPath,
                                 QObject *parent)
    : DaytonaJob(connection, manager, Safety::Idempotent, parent)
    , m_toolbox(toolbox)
    , m_remotePath(remotePath)
    , m_localPath(localPath)
{}

void DownloadFileJob::setMaxBytes(qint64 bytes, bool askSizeFirst)
{
    m_maxBytes = bytes;
    m_step = bytes > 0 && askSizeFirst ? Step::Info : Step::Download;
}

QNetworkReply *DownloadFileJob::send(QNetworkAccessManager &manager)
{
    if (m_step == Step::Info) {
        return manager.get(request(withPath(m_toolbox, QStringLiteral("/files/info"),
                                            {{QStringLiteral("path"), m_remotePath}}),
                                   {}));
    }
    return manager.get(request(withPath(m_toolbox, QStringLiteral("/files/download"),
                                        {{QStringLiteral("path"), m_remotePath}}),
                               {}));
}

bool DownloadFileJob::openTarget()
{
    if (m_file)
        return !m_writeFailed;
    m_file = std::make_unique<PartFile>(m_localPath);
    if (!m_file->open())
        m_writeFailed = true;
    return !m_writeFailed;
}

void DownloadFileJob::bodyChunk(const QByteArray &chunk)
{
    if (m_maxBytes > 0 && m_bytes + chunk.size() > m_maxBytes) {
        m_overLimit = true;
        giveUp(overLimit(m_maxBytes).error); // complete() removes what was written
        return;
    }
    if (!openTarget())
        return;
    if (m_file->write(chunk) != chunk.size())
        m_writeFailed = true;
    m_bytes += chunk.size();
}

void DownloadFileJob::restarting()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_bytes = 0;
    m_writeFailed = false;
}

DownloadFileJob::~DownloadFileJob()
{
    if (m_committing)
        abandonCommit(); // deleted with its client while the worker commits
}

DownloadResult DownloadFileJob::writeFailure(const QString &why) const
{
    DownloadResult result;
    result.error = DaytonaError::badResponse(
            QStringLiteral("GET"), m_toolbox,
            QStringLiteral("could not write %1: %2").arg(m_localPath, why));
    result.error.kind = DaytonaError::Kind::Other;
    result.error.message = tr("Could not write the downloaded file %1: %2").arg(m_localPath, why);
    result.bytes = m_bytes;
    return result;
}

DownloadResult DownloadFileJob::overLimit(qint64 claimedSize) const
{
    DownloadResult result;
    result.error = DaytonaError::badResponse(
            QStringLiteral("GET"), m_toolbox,
            QStringLiteral("%1 is larger than %2 bytes").arg(m_remotePath).arg(m_maxBytes));
    result.error.kind = DaytonaError::Kind::Other;
    result.error.message
            = tr("The file %1 is larger than %2 bytes.").arg(m_remotePath).arg(m_maxBytes);
    result.overLimit = true;
    result.claimedSize = claimedSize;
    return result;
}

// The answer to the size question: a file over the cap is refused then and there. Without an
// answer (no such file, an older toolbox) the download goes ahead; it says the rest.
void DownloadFileJob::onSizeAnswered(const DaytonaError &error, const QByteArray &body)
{
    m_step = Step::Download;
    const qint64 size = error.ok()
            ? QJsonDocument::fromJson(body).object().value(QStringLiteral("size")).toInteger(-1)
            : -1;
    if (size > m_maxBytes) {
        Q_EMIT finished(overLimit(size));
        return;
    }
    sendAgain();
}

void DownloadFileJob::complete(const DaytonaError &error, int, const QByteArray &body)
{
    if (m_step == Step::Info) {
        onSizeAnswered(error, body);
        return;
    }
    if (!error.ok()) {
        if (m_file)
            m_file->cancelWriting();
        m_file.reset();
        DownloadResult result = m_overLimit ? overLimit(m_maxBytes) : DownloadResult{};
        result.error = m_overLimit ? result.error : error;
        Q_EMIT finished(result);
        return;
    }
    if (!openTarget()) {
        const DownloadResult result = writeFailure(m_file->errorString());
        m_file.reset();
        Q_EMIT finished(result);
        return;
    }
    defer();
    commitInBackground();
}

// Closing and renaming a big file may wait on a busy disk: the commit runs on a worker, and
// whichever of the worker and abandonCommit() comes second removes a committed file of an
// abandoned download.
void DownloadFileJob::commitInBackground()
{
    m_committing = true;
    m_commitState = std::make_shared<std::atomic<CommitState>>(CommitState::Pending);
    std::shared_ptr<PartFile> file(m_file.release());
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher] { onCommitted(watcher->result()); });
    watcher->setFuture(QtConcurrent::run([file, state = m_commitState, path = m_localPath] {
        if (state->load() == CommitState::Abandoned) {
            file->cancelWriting();
            return QString();
        }
        if (!file->commit())
            return file->errorString();
        CommitState pending = CommitState::Pending;
        if (!state->compare_exchange_strong(pending, CommitState::Committed))
            QFile::remove(path);
        return QString();
    }));
}

void DownloadFileJob::onCommitted(const QString &error)
{
    if (!std::exchange(m_committing, false))
        return; // abandoned
    DownloadResult result = error.isEmpty() ? DownloadResult{} : writeFailure(error);
    result.bytes = m_bytes;
    Q_EMIT finished(result);
    deferredDone();
}

void DownloadFileJob::abandoned()
{
    if (std::exchange(m_committing, false))
        abandonCommit();
}

void DownloadFileJob::abandonCommit()
{
    CommitState pending = CommitState::Pending;
    if (!m_commitState->compare_exchange_strong(pending, CommitState::Abandoned))
        QFile::remove(m_localPath); // the worker committed it already
}

// --- Sessions -----------------------------------------------------------------------------

CreateSessionJob::CreateSessionJob(const DaytonaConnection &connection,
                                   QNetworkAccessManager *manager, const QUrl &toolbox,
                                   const QString &sessionId, QObject *parent)
    : DaytonaJob(connection, manager, Safety::Idempotent, parent)
    , m_toolbox(toolbox)
    , m_sessionId(sessionId)
{}

QNetworkReply *CreateSessionJob::send(QNetworkAccessManager &manager)
{
    return manager.post(request(withPath(m_toolbox, QStringLiteral("/process/session"))),
                        compactJson({{QStringLiteral("sessionId"), m_sessionId}}));
}

void CreateSessionJob::complete(const DaytonaError &error, int, const QByteArray &)
{
    // The session ids are fresh UUIDs: a 409 after a retry is our own first attempt.
    if (error.kind == DaytonaError::Kind::Conflict && attempts() > 1) {
        Q_EMIT finished(DaytonaResult{});
        return;
    }
    Q_EMIT finished(DaytonaResult{error});
}

SessionExecJob::SessionExecJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                               const QUrl &toolbox, const SessionExecRequest &request,
                               QObject *parent)
    : DaytonaJob(connection, manager, Safety::Once, parent), m_toolbox(toolbox), m_request(request)
{}

QNetworkReply *SessionExecJob::send(QNetworkAccessManager &manager)
{
    const QUrl url
            = withPath(m_toolbox,
                       QStringLiteral("/process/session/") + encodedSegment(m_request.sessionId)
                               + QStringLiteral("/exec"));
    return manager.post(request(url),
                        compactJson({{QStringLiteral("command"), m_request.command},
                                     {QStringLiteral("runAsync"), m_request.runAsync}}));
}

void SessionExecJob::complete(const DaytonaError &error, int, const QByteArray &body)
{
    SessionExecResult result;
    result.error = error;
    if (error.ok()) {
        const auto object = objectFrom(body);
        result.commandId = object ? object->value(QStringLiteral("cmdId")).toString() : QString();
        if (result.commandId.isEmpty()) {
            result.error = DaytonaError::badResponse(QStringLiteral("POST"), m_toolbox,
                                                     QStringLiteral("no cmdId in the exec answer"));
        } else {
            result.exitCode = exitCodeFrom(*object);
            result.output = object->value(QStringLiteral("output")).toString().toUtf8();
        }
    }
    Q_EMIT finished(result);
}

CommandStatusJob::CommandStatusJob(const DaytonaConnection &connection,
                                   QNetworkAccessManager *manager, const QUrl &toolbox,
                                   const QString &sessionId, const QString &commandId,
                                   QObject *parent)
    : DaytonaJob(connection, manager, Safety::Idempotent, parent)
    , m_toolbox(toolbox)
    , m_sessionId(sessionId)
    , m_commandId(commandId)
{}

QNetworkReply *CommandStatusJob::send(QNetworkAccessManager &manager)
{
    return manager.get(request(
            withPath(m_toolbox,
                     QStringLiteral("/process/session/%1/command/%2")
                             .arg(encodedSegment(m_sessionId), encodedSegment(m_commandId))),
            {}));
}

void CommandStatusJob::complete(const DaytonaError &error, int, const QByteArray &body)
{
    CommandStatusResult result;
    result.error = error;
    if (error.ok()) {
        if (const auto object = objectFrom(body))
            result.exitCode = exitCodeFrom(*object);
        else
            result.error = DaytonaError::badResponse(QStringLiteral("GET"), m_toolbox,
                                                     QStringLiteral("command status is not JSON"));
    }
    Q_EMIT finished(result);
}

CommandLogsJob::CommandLogsJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                               const QUrl &toolbox, const QString &sessionId,
                               const QString &commandId, bool follow, QObject *parent)
    : DaytonaJob(connection, manager, Safety::Idempotent, parent)
    , m_toolbox(toolbox)
    , m_sessionId(sessionId)
    , m_commandId(commandId)
    , m_follow(follow)
{
    // A script may stay silent for minutes; the run's own timeout bounds a stream.
    if (follow)
        setTimeoutSeconds(0);
}

QNetworkReply *CommandLogsJob::send(QNetworkAccessManager &manager)
{
    const QString path = QStringLiteral("/process/session/%1/command/%2/logs")
                                 .arg(encodedSegment(m_sessionId), encodedSegment(m_commandId));
    QNetworkRequest r
            = request(m_follow ? withPath(m_toolbox, path,
                                          {{QStringLiteral("follow"), QStringLiteral("true")}})
                               : withPath(m_toolbox, path),
                      {});
    // Where the server honours it, stdout and stderr come marked (docs/daytona.md, "The script and
    // its output").
    r.setRawHeader("X-Daytona-Split-Output", "true");
    return manager.get(r);
}

void CommandLogsJob::complete(const DaytonaError &error, int, const QByteArray &body)
{
    LogsResult result;
    result.error = error;
    if (error.ok() && !m_follow)
        result.logs = body;
    Q_EMIT finished(result);
}

DeleteSessionJob::DeleteSessionJob(const DaytonaConnection &connection,
                                   QNetworkAccessManager *manager, const QUrl &toolbox,
                                   const QString &sessionId, QObject *parent)
    : DaytonaJob(connection, manager, Safety::Idempotent, parent)
    , m_toolbox(toolbox)
    , m_sessionId(sessionId)
{}

QNetworkReply *DeleteSessionJob::send(QNetworkAccessManager &manager)
{
    return manager.deleteResource(request(
            withPath(m_toolbox, QStringLiteral("/process/session/") + encodedSegment(m_sessionId)),
            {}));
}

bool DeleteSessionJob::isSuccess(int httpStatus) const
{
    return DaytonaJob::isSuccess(httpStatus) || httpStatus == 404;
}

void DeleteSessionJob::complete(const DaytonaError &error, int, const QByteArray &)
{
    Q_EMIT finished(DaytonaResult{error});
}

ExecuteJob::ExecuteJob(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                       const QUrl &toolbox, const ExecuteRequest &request, QObject *parent)
    : DaytonaJob(connection, manager, Safety::Once, parent), m_toolbox(toolbox), m_request(request)
{
    // The answer comes when the command ends: wait longer than the command may run
    // (docs/daytona.md, "Endpoints").
    if (request.timeoutSeconds > 0)
        setTimeoutSeconds(request.timeoutSeconds + 5);
    else
        setTimeoutSeconds(0);
}

QNetworkReply *ExecuteJob::send(QNetworkAccessManager &manager)
{
    QJsonObject body{{QStringLiteral("command"), m_request.command}};
    if (!m_request.cwd.isEmpty())
        body.insert(QStringLiteral("cwd"), m_request.cwd);
    if (m_request.timeoutSeconds > 0)
        body.insert(QStringLiteral("timeout"), m_request.timeoutSeconds);
    return manager.post(request(withPath(m_toolbox, QStringLiteral("/process/execute"))),
                        compactJson(body));
}

void ExecuteJob::complete(const DaytonaError &error, int, const QByteArray &body)
{
    ExecuteResult result;
    result.error = error;
    if (error.ok()) {
        const auto object = objectFrom(body);
        if (!object) {
            result.error = DaytonaError::badResponse(QStringLiteral("POST"), m_toolbox,
                                                     QStringLiteral("execute answer is not JSON"));
        } else {
            result.exitCode = exitCodeFrom(*object);
            result.output = object->value(QStringLiteral("result")).toString().toUtf8();
        }
    }
    Q_EMIT finished(result);
}

// --- WaitForSandboxJob --------------------------------------------------------------------

WaitForSandboxJob::WaitForSandboxJob(const DaytonaConnection &connection,
                                     QNetworkAccessManager *manager, const QString &id,
                                     int timeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_manager(manager)
    , m_id(id)
    , m_timeoutSeconds(timeoutSeconds)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &WaitForSandboxJob::poll);
}

int WaitForSandboxJob::nextPollDelayMs(qint64 elapsedMs, int previousDelayMs)
{
    if (previousDelayMs <= 0 || elapsedMs <= 5'000)
        return 100;
    return qMin(1'000, int(previousDelayMs * 1.1 + 0.5));
}

void WaitForSandboxJob::start()
{
    m_clock.start();
    m_delayMs = nextPollDelayMs(0, 0);
    m_pollTimer.start(m_delayMs);
}

void WaitForSandboxJob::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    if (m_job)
        m_job->abort();
    deleteLater();
}

void WaitForSandboxJob::poll()
{
    if (m_done)
        return;
    m_job = new GetSandboxJob(m_connection, m_manager, m_id, this);
    connect(m_job, &GetSandboxJob::finished, this, &WaitForSandboxJob::onPolled);
    m_job->start();
}

void WaitForSandboxJob::onPolled(const SandboxResult &result)
{
    if (m_done)
        return;
    if (!result.error.ok()) {
        SandboxResult failed = result;
        if (result.error.isNotFound())
            failed.error = DaytonaError::sandboxFailed(m_id, QStringLiteral("destroyed"),
                                                       tr("it disappeared while starting"));
        finish(failed);
        return;
    }
    if (result.sandbox.isStarted()) {
        finish(result);
        return;
    }
    if (result.sandbox.hasFailed() || result.sandbox.isGone()) {
        SandboxResult failed = result;
        failed.error = DaytonaError::sandboxFailed(m_id, result.sandbox.state,
                                                   result.sandbox.errorReason);
        finish(failed);
        return;
    }
    if (m_timeoutSeconds > 0 && m_clock.elapsed() >= qint64(m_timeoutSeconds) * 1000) {
        SandboxResult failed = result;
        failed.error
                = DaytonaError::phaseTimeout(tr("starting sandbox %1").arg(m_id), m_timeoutSeconds);
        finish(failed);
        return;
    }
    m_delayMs = nextPollDelayMs(m_clock.elapsed(), m_delayMs);
    m_pollTimer.start(m_delayMs);
}

void WaitForSandboxJob::finish(const SandboxResult &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

// --- DaytonaClient ------------------------------------------------------------------------

DaytonaClient::DaytonaClient(const DaytonaConnection &connection, QNetworkAccessManager *manager,
                             QObject *parent)
    : QObject(parent), m_connection(connection), m_manager(manager)
{}

DaytonaConnection DaytonaClient::connectionFor(const DaytonaConfig &config)
{
    DaytonaConnection connection;
    connection.apiUrl = config.apiUrl;
    connection.apiKey = config.apiKey;
    return connection;
}

QUrl DaytonaClient::toolboxUrl(const DaytonaSandboxInfo &sandbox) const
{
    return toolboxBaseUrl(m_connection.apiUrl, sandbox);
}

CreateSandboxJob *DaytonaClient::createSandbox(const CreateSandboxRequest &request)
{
    return new CreateSandboxJob(m_connection, m_manager, request, this);
}

GetSandboxJob *DaytonaClient::getSandbox(const QString &idOrName)
{
    return new GetSandboxJob(m_connection, m_manager, idOrName, this);
}

WaitForSandboxJob *DaytonaClient::waitUntilStarted(const QString &id, int timeoutSeconds)
{
    return new WaitForSandboxJob(m_connection, m_manager, id, timeoutSeconds, this);
}

ListSandboxesJob *DaytonaClient::listSandboxes(const DaytonaLabels &labels)
{
    return new ListSandboxesJob(m_connection, m_manager, labels, this);
}

DeleteSandboxJob *DaytonaClient::deleteSandbox(const QString &id)
{
    return new DeleteSandboxJob(m_connection, m_manager, id, this);
}

UploadFilesJob *DaytonaClient::uploadFiles(const QUrl &toolbox, const QList<UploadFile> &files,
                                           bool oneByOne)
{
    return new UploadFilesJob(m_connection, m_manager, toolbox, files, oneByOne, this);
}

DownloadFileJob *DaytonaClient::downloadFile(const QUrl &toolbox, const QString &remotePath,
                                             const QString &localPath)
{
    return new DownloadFileJob(m_connection, m_manager, toolbox, remotePath, localPath, this);
}

CreateSessionJob *DaytonaClient::createSession(const QUrl &toolbox, const QString &sessionId)
{
    return new CreateSessionJob(m_connection, m_manager, toolbox, sessionId, this);
}

SessionExecJob *DaytonaClient::execInSession(const QUrl &toolbox, const SessionExecRequest &request)
{
    return new SessionExecJob(m_connection, m_manager, toolbox, request, this);
}

CommandStatusJob *DaytonaClient::commandStatus(const QUrl &toolbox, const QString &sessionId,
                                               const QString &commandId)
{
    return new CommandStatusJob(m_connection, m_manager, toolbox, sessionId, commandId, this);
}

CommandLogsJob *DaytonaClient::commandLogs(const QUrl &toolbox, const QString &sessionId,
                                           const QString &commandId, bool follow)
{
    return new CommandLogsJob(m_connection, m_manager, toolbox, sessionId, commandId, follow, this);
}

DeleteSessionJob *DaytonaClient::deleteSession(const QUrl &toolbox, const QString &sessionId)
{
    return new DeleteSessionJob(m_connection, m_manager, toolbox, sessionId, this);
}

ExecuteJob *DaytonaClient::execute(const QUrl &toolbox, const ExecuteRequest &request)
{
    return new ExecuteJob(m_connection, m_manager, toolbox, request, this);
}

} // namespace DreamFoundry
