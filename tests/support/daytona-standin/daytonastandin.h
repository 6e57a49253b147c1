#pragma once

#include "httpconnection.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QTcpServer;

namespace DreamFoundry::Test {

class StandInSandbox;
class SandboxCommand;

// What the stand-in does besides answering correctly. Faults are counters: each matching
// request consumes one, so "the next N" is literal. Path patterns are regular expressions
// matched (unanchored) against the request path without its query, e.g. "^/api/sandbox$" or
// "/process/execute".
struct DaytonaStandInKnobs
{
    int latencyMs = 0; // added before every answer
    int startDelayMs = 0; // creating -> starting -> started
    int destroyDelayMs = 100; // destroying -> gone (404)
    int minuteMs = 60'000; // how long one "minute" of autoStop/autoDeleteInterval lasts
    int commandTimeoutCapMs = 10 * 60'000; // no process runs longer, whatever it asked for
    qint64 maxBodyBytes = qint64(2) * 1024 * 1024 * 1024; // larger bodies get 413
    bool legacyListShape = false; // GET /sandbox answers a bare array (servers before v0.180)
    // Like the real API for a snapshot: POST /sandbox answers only once the sandbox is started
    // (400 "Sandbox failed to start: <reason>" if it errors), or its current state after 30 s.
    bool createWaitsUntilStarted = false;

    // > 0: the organisation's CPU quota, one per sandbox, as the first paid tier counts it: a
    // create beyond it answers 400 "Total CPU limit exceeded. Maximum allowed: N." Sandboxes
    // count until they are destroying, stopped or failed.
    int cpuQuota = 0;
    // The next N creates answer 400 "No available runners" (the region is full for a moment).
    int noRunnerCreates = 0;

    // 429 with Retry-After-sandbox-create for the next N creates.
    int rateLimitedCreates = 0;
    int retryAfterSeconds = 1;
    // `serverErrorStatus` (502, 503, 504...) for the next N requests matching the pattern.
    int serverErrors = 0;
    int serverErrorStatus = 503;
    QString serverErrorPathPattern = QStringLiteral(".");
    // The next N matching requests get their connection closed without an answer.
    int droppedConnections = 0;
    QString dropPathPattern = QStringLiteral(".");
    // The next N matching requests are never answered (the connection stays open).
    int hungRequests = 0;
    QString hangPathPattern = QStringLiteral(".");
    // The next N created sandboxes end in `error` with this reason instead of `started`.
    int failingSandboxes = 0;
    QString sandboxErrorReason = QStringLiteral("Failed to pull the snapshot (stand-in fault)");
    // The next N deletes answer `deleteFailureStatus` (500 or 409) and leave the sandbox be.
    int failingDeletes = 0;
    int deleteFailureStatus = 500;
    // > 0: a followed session log ends cleanly after this long even while its command runs,
    // as a proxy may end a long response; clients must not take that for the command's end.
    int followCutoffMs = 0;
};

// What the stand-in saw: for asserting headers, counting round trips and ordering.
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QString query;
    HttpHeaders headers; // names in lower case
    qint64 bodySize = 0;
    QByteArray body; // kept for the security checks: where a secret travelled
    QDateTime receivedAt;

    QByteArray header(QByteArrayView lowerCaseName) const;
};

// A Daytona stand-in on 127.0.0.1: the main API (under /api) and the toolbox API (under
// /toolbox/<sandboxId>, and the legacy /api/toolbox/<sandboxId>/toolbox), as Daytona's OpenAPI
// specification describes them and checked as strictly (docs/daytona.md, "The stand-in").
// Each sandbox runs its commands in bwrap with a private /home/daytona. Fully asynchronous, so
// it can live inside a Qt Test's event loop; destroying it kills every process and removes
// every sandbox folder.
class DaytonaStandIn final : public QObject
{
    Q_OBJECT
public:
    explicit DaytonaStandIn(QObject *parent = nullptr);
    ~DaytonaStandIn() override;

    // Starts listening on 127.0.0.1; port 0 picks a free one.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:<port>/api
    QString toolboxProxyUrl() const; // http://127.0.0.1:<port>/toolbox

    static QString defaultApiKey();
    void setApiKey(const QString &key);
    QString apiKey() const { return m_apiKey; }

    void setKnobs(const DaytonaStandInKnobs &knobs) { m_knobs = knobs; }
    DaytonaStandInKnobs knobs() const { return m_knobs; }
    DaytonaStandInKnobs &mutableKnobs() { return m_knobs; }

    // Inspection.
    int sandboxCount() const; // sandboxes not yet gone (destroying ones count)
    // Sandboxes holding quota now (see DaytonaStandInKnobs::cpuQuota), and the most there were
    // at once since the stand-in started.
    int quotaHolderCount() const;
    int peakQuotaHolderCount() const { return m_peakQuotaHolders; }
    QStringList sandboxIds() const;
    QString sandboxState(const QString &idOrName) const; // empty when gone or unknown
    QJsonObject sandboxRecord(const QString &idOrName) const;
    QString sandboxHostHome(const QString &idOrName) const; // where /home/daytona lives
    // This stand-in's own folder, holding its sandboxes' folders and removed with it, so that
    // stand-ins running side by side (tests under ctest -j) never see each other's.
    QString sandboxesFolder() const;
    int runningProcessCount() const;
    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int openConnectionCount() const;

Q_SIGNALS:
    void requestReceived(const DreamFoundry::Test::RecordedRequest &request);
    void sandboxCreated(const QString &id);
    void sandboxStateChanged(const QString &id, const QString &state);
    void sandboxRemoved(const QString &id);

private:
    using Connection = QPointer<HttpConnection>;

    void onNewConnection();
    void onRequest(const Connection &connection, const HttpRequest &request);
    void dispatch(const Connection &connection, const HttpRequest &request);
    bool takeFault(int &counter, const QString &pattern, const QString &path);

    // Main API.
    void handleApi(const Connection &connection, const HttpRequest &request,
                   const QStringList &segments);
    void createSandbox(const Connection &connection, const HttpRequest &request);
    void listSandboxes(const Connection &connection, const HttpRequest &request, bool paginated);
    void deleteSandbox(const Connection &connection, const HttpRequest &request,
                       StandInSandbox *sandbox);
    void beginStart(StandInSandbox *sandbox, bool fail);
    void beginDestroy(StandInSandbox *sandbox);
    void setState(StandInSandbox *sandbox, const QString &state, const QString &desired);

    // Toolbox API; `path` is what follows /toolbox/<id>.
    void handleToolbox(const Connection &connection, const HttpRequest &request,
                       const QString &sandboxId, const QStringList &segments);
    void execute(const Connection &connection, const HttpRequest &request, StandInSandbox *sandbox);
    void sessionExec(const Connection &connection, const HttpRequest &request,
                     StandInSandbox *sandbox, const QString &sessionId);
    void sessionLogs(const Connection &connection, const HttpRequest &request,
                     SandboxCommand *command);
    void uploadFiles(const Connection &connection, const HttpRequest &request,
                     StandInSandbox *sandbox, bool bulk);
    void fileInfo(const Connection &connection, const HttpRequest &request,
                  StandInSandbox *sandbox);
    void downloadFile(const Connection &connection, const HttpRequest &request,
                      StandInSandbox *sandbox);
    void bulkDownload(const Connection &connection, const HttpRequest &request,
                      StandInSandbox *sandbox);

    StandInSandbox *find(const QString &idOrName) const;
    QByteArray expectedAuthorization() const;

    // Error bodies: NestJS shape for the main API, Go daemon shape for the toolbox.
    void apiError(const Connection &connection, const HttpRequest &request, int status,
                  const QString &message, const HttpHeaders &extraHeaders = {});
    void toolboxError(const Connection &connection, const HttpRequest &request, int status,
                      const QString &message);
    static void sendJson(const Connection &connection, int status, const QJsonValue &json);
    static void sendEmpty(const Connection &connection, int status);

    QTcpServer *m_server;
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_apiKey;
    DaytonaStandInKnobs m_knobs;
    QList<StandInSandbox *> m_sandboxes;
    QList<RecordedRequest> m_requests;
    QList<Connection> m_connections;
    qint64 m_nextCursorSerial = 0;
    int m_peakQuotaHolders = 0;
};

} // namespace DreamFoundry::Test
