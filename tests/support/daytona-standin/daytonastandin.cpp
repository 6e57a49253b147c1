#include "daytonastandin.h"

#include "multipart.h"
#include "standinsandbox.h"

#include "runner/sandboxlayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <QVersionNumber>

namespace DreamFoundry::Test {

namespace {

const QString organizationId = QStringLiteral("7f6e5d4c-0000-4000-8000-00000000da7a");
constexpr int maxWebSocketFrame = 1024; // what the daemon sends at most per frame

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// How session output reaches a client, which depends on its headers (docs/daytona.md, "The
// script and its output").
enum class LogFormat {
    Plain, // markers stripped: no version header, or an SDK older than 0.27.0
    Marked, // raw with markers: X-Daytona-Split-Output: true, or an SDK in between
    Split, // raw with markers, plus stdout and stderr demultiplexed: SDK 0.167.0 and later
};

LogFormat logFormat(const HttpRequest &request)
{
    const QByteArray version = request.header("x-daytona-sdk-version");
    if (!version.isEmpty()) {
        const QVersionNumber v = QVersionNumber::fromString(QString::fromLatin1(version));
        if (v >= QVersionNumber(0, 167, 0))
            return LogFormat::Split;
        if (v < QVersionNumber(0, 27, 0))
            return LogFormat::Plain;
        return LogFormat::Marked;
    }
    return request.header("x-daytona-split-output").toLower() == "true" ? LogFormat::Marked
                                                                        : LogFormat::Plain;
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("Malformed JSON body: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("The request body must be a JSON object");
        return std::nullopt;
    }
    return document.object();
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
}

bool isStringMap(const QJsonValue &value)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    return std::ranges::all_of(object, [](const QJsonValue &v) { return v.isString(); });
}

bool isTrue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key).toLower() == QStringLiteral("true");
}

// The toolbox daemon's error codes by status; any other status is INTERNAL_SERVER_ERROR.
constexpr std::pair<int, const char *> toolboxErrorCodes[] = {
        {400, "BAD_REQUEST"}, {401, "UNAUTHORIZED"},         {403, "FORBIDDEN"},
        {404, "NOT_FOUND"},   {408, "REQUEST_TIMEOUT"},      {409, "CONFLICT"},
        {410, "GONE"},        {422, "UNPROCESSABLE_ENTITY"},
};

// A session command as the toolbox shows it: its exit code only once it ended.
QJsonObject commandJson(const SandboxCommand *command)
{
    QJsonObject c{{QStringLiteral("id"), command->id()},
                  {QStringLiteral("command"), command->command()}};
    if (command->exitCode())
        c.insert(QStringLiteral("exitCode"), *command->exitCode());
    return c;
}

} // namespace

QByteArray RecordedRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

DaytonaStandIn::DaytonaStandIn(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_folder(std::make_unique<QTemporaryDir>(QDir::tempPath()
                                               + QStringLiteral("/daytona-standin-XXXXXX")))
    , m_apiKey(defaultApiKey())
{
    // Sandboxes run as another user, who must pass through this folder to reach theirs.
    if (m_folder->isValid())
        QFile::setPermissions(m_folder->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ExeGroup | QFile::ExeOther);
    connect(m_server, &QTcpServer::newConnection, this, &DaytonaStandIn::onNewConnection);
}

DaytonaStandIn::~DaytonaStandIn()
{
    m_server->close();
    // Sandboxes first: their processes die and their folders go before the connections do.
    qDeleteAll(std::exchange(m_sandboxes, {}));
}

QString DaytonaStandIn::defaultApiKey()
{
    // The shape of a real key (dtn_ + 64 hex digits), so clients that check it are happy.
    return QStringLiteral("dtn_") + QString(QStringLiteral("5a7d")).repeated(16);
}

QByteArray DaytonaStandIn::expectedAuthorization() const
{
    return QByteArray("Bearer ") + m_apiKey.toUtf8();
}

void DaytonaStandIn::setApiKey(const QString &key)
{
    m_apiKey = key;
}

bool DaytonaStandIn::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 DaytonaStandIn::port() const
{
    return m_server->serverPort();
}

QString DaytonaStandIn::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/api").arg(port());
}

QString DaytonaStandIn::toolboxProxyUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/toolbox").arg(port());
}

int DaytonaStandIn::sandboxCount() const
{
    return int(m_sandboxes.size());
}

int DaytonaStandIn::quotaHolderCount() const
{
    static const QStringList free{QStringLiteral("destroying"),   QStringLiteral("destroyed"),
                                  QStringLiteral("stopped"),      QStringLiteral("error"),
                                  QStringLiteral("build_failed"), QStringLiteral("archived")};
    return int(std::ranges::count_if(m_sandboxes, [](const StandInSandbox *sandbox) {
        return !free.contains(sandbox->state());
    }));
}

QStringList DaytonaStandIn::sandboxIds() const
{
    QStringList ids;
    for (const StandInSandbox *sandbox : m_sandboxes)
        ids.append(sandbox->id());
    return ids;
}

QString DaytonaStandIn::sandboxState(const QString &idOrName) const
{
    const StandInSandbox *sandbox = find(idOrName);
    return sandbox ? sandbox->state() : QString();
}

QJsonObject DaytonaStandIn::sandboxRecord(const QString &idOrName) const
{
    const StandInSandbox *sandbox = find(idOrName);
    return sandbox ? sandbox->record() : QJsonObject();
}

QString DaytonaStandIn::sandboxesFolder() const
{
    return m_folder->path();
}

QString DaytonaStandIn::sandboxHostHome(const QString &idOrName) const
{
    const StandInSandbox *sandbox = find(idOrName);
    return sandbox ? sandbox->hostHome() : QString();
}

int DaytonaStandIn::runningProcessCount() const
{
    int count = 0;
    for (const StandInSandbox *sandbox : m_sandboxes)
        count += sandbox->runningProcessCount();
    return count;
}

int DaytonaStandIn::openConnectionCount() const
{
    return int(
            std::ranges::count_if(m_connections, [](const Connection &c) { return !c.isNull(); }));
}

StandInSandbox *DaytonaStandIn::find(const QString &idOrName) const
{
    for (StandInSandbox *sandbox : m_sandboxes) {
        if (sandbox->id() == idOrName)
            return sandbox;
    }
    // A deleted sandbox gives its name back at once (the API renames it on soft delete).
    for (StandInSandbox *sandbox : m_sandboxes) {
        if (sandbox->name() == idOrName && sandbox->state() != QStringLiteral("destroying"))
            return sandbox;
    }
    return nullptr;
}

void DaytonaStandIn::onNewConnection()
{
    m_connections.removeAll(Connection());
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_knobs.maxBodyBytes, this);
        const Connection guarded(connection);
        m_connections.append(guarded);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, guarded](const HttpRequest &request) { onRequest(guarded, request); });
    }
}

void DaytonaStandIn::onRequest(const Connection &connection, const HttpRequest &request)
{
    RecordedRequest record;
    record.method = request.method;
    record.path = request.path;
    record.query = request.query.toString(QUrl::FullyDecoded);
    record.headers = request.headers;
    record.bodySize = request.body.size();
    record.body = request.body;
    record.receivedAt = QDateTime::currentDateTimeUtc();
    m_requests.append(record);
    Q_EMIT requestReceived(record);

    if (m_knobs.latencyMs <= 0) {
        dispatch(connection, request);
        return;
    }
    QTimer::singleShot(m_knobs.latencyMs, connection.data(),
                       [this, connection, request] { dispatch(connection, request); });
}

bool DaytonaStandIn::takeFault(int &counter, const QString &pattern, const QString &path)
{
    if (counter <= 0 || !QRegularExpression(pattern).match(path).hasMatch())
        return false;
    --counter;
    return true;
}

void DaytonaStandIn::dispatch(const Connection &connection, const HttpRequest &request)
{
    if (!connection)
        return;
    const QString &path = request.path;
    if (takeFault(m_knobs.droppedConnections, m_knobs.dropPathPattern, path)) {
        connection->drop();
        return;
    }
    if (takeFault(m_knobs.hungRequests, m_knobs.hangPathPattern, path))
        return; // never answered; the connection stays open until the client gives up
    const bool toolboxPath = path.startsWith(QStringLiteral("/toolbox/"))
            || path.startsWith(QStringLiteral("/api/toolbox/"));
    if (takeFault(m_knobs.serverErrors, m_knobs.serverErrorPathPattern, path)) {
        const QString message = QString::fromLatin1(reasonPhrase(m_knobs.serverErrorStatus));
        if (toolboxPath)
            toolboxError(connection, request, m_knobs.serverErrorStatus, message);
        else
            apiError(connection, request, m_knobs.serverErrorStatus, message);
        return;
    }

    if (path.startsWith(QStringLiteral("/api/"))) {
        const QStringList segments = path.mid(5).split(QLatin1Char('/'));
        if (segments.size() >= 3 && segments[0] == QStringLiteral("toolbox")
            && segments[2] == QStringLiteral("toolbox")) {
            handleToolbox(connection, request, segments[1], segments.mid(3));
            return;
        }
        handleApi(connection, request, segments);
        return;
    }
    if (path.startsWith(QStringLiteral("/toolbox/"))) {
        const QStringList segments = path.mid(9).split(QLatin1Char('/'));
        handleToolbox(connection, request, segments[0], segments.mid(1));
        return;
    }
    apiError(connection, request, 404,
             QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(request.method), path));
}

// ---------------------------------------------------------------------------------------------
// Main API

void DaytonaStandIn::handleApi(const Connection &connection, const HttpRequest &request,
                               const QStringList &segments)
{
    enum class Route {
        None,
        Create,
        List,
        ListPaginated,
        Get,
        Delete,
        ProxyUrl,
        Labels,
        LastActivity,
        Config
    };
    const QByteArray &method = request.method;
    const qsizetype n = segments.size();
    Route route = Route::None;
    if (n == 1 && segments[0] == QStringLiteral("config") && method == "GET") {
        route = Route::Config;
    } else if (n >= 1 && segments[0] == QStringLiteral("sandbox")) {
        const bool idOk = n < 2 || !segments[1].isEmpty();
        if (n == 1 && method == "POST")
            route = Route::Create;
        else if (n == 1 && method == "GET")
            route = Route::List;
        else if (n == 2 && segments[1] == QStringLiteral("paginated") && method == "GET")
            route = Route::ListPaginated;
        else if (n == 2 && idOk && method == "GET")
            route = Route::Get;
        else if (n == 2 && idOk && method == "DELETE")
            route = Route::Delete;
        else if (n == 3 && idOk && segments[2] == QStringLiteral("toolbox-proxy-url")
                 && method == "GET")
            route = Route::ProxyUrl;
        else if (n == 3 && idOk && segments[2] == QStringLiteral("labels") && method == "PUT")
            route = Route::Labels;
        else if (n == 3 && idOk && segments[2] == QStringLiteral("last-activity")
                 && method == "POST")
            route = Route::LastActivity;
    }
    if (route == Route::None) {
        apiError(connection, request, 404,
                 QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(method), request.path));
        return;
    }
    const QByteArray authorization = request.header("authorization");
    if (authorization != expectedAuthorization()) {
        apiError(connection, request, 401,
                 authorization.isEmpty() ? QStringLiteral("No authentication token provided")
                                         : QStringLiteral("Invalid credentials"));
        return;
    }

    switch (route) {
    case Route::Config:
        sendJson(connection, 200,
                 QJsonObject{{QStringLiteral("version"), QStringLiteral("0.190.0")},
                             {QStringLiteral("proxyToolboxUrl"), toolboxProxyUrl()},
                             {QStringLiteral("defaultSnapshot"), QStringLiteral("daytona-small")},
                             {QStringLiteral("dashboardUrl"), baseUrl()}});
        return;
    case Route::Create:
        createSandbox(connection, request);
        return;
    case Route::List:
        listSandboxes(connection, request, false);
        return;
    case Route::ListPaginated:
        listSandboxes(connection, request, true);
        return;
    default:
        break;
    }
    StandInSandbox *sandbox = find(segments[1]);
    if (!sandbox) {
        apiError(connection, request, 404,
                 QStringLiteral("Sandbox with ID or name %1 not found").arg(segments[1]));
        return;
    }
    switch (route) {
    case Route::Get:
        sendJson(connection, 200, sandbox->record());
        return;
    case Route::Delete:
        deleteSandbox(connection, request, sandbox);
        return;
    case Route::ProxyUrl:
        sendJson(connection, 200, QJsonObject{{QStringLiteral("url"), toolboxProxyUrl()}});
        return;
    case Route::LastActivity:
        sandbox->touch();
        sendEmpty(connection, 201);
        return;
    case Route::Labels: {
        QString error;
        const auto body = parseObject(request.body, &error);
        if (!body) {
            apiError(connection, request, 400, error);
            return;
        }
        if (!isStringMap(body->value(QStringLiteral("labels")))) {
            apiError(connection, request, 400, QStringLiteral("labels must be an object"));
            return;
        }
        sandbox->setLabels(body->value(QStringLiteral("labels")).toObject());
        sendJson(connection, 200, sandbox->record());
        return;
    }
    default:
        return;
    }
}

void DaytonaStandIn::createSandbox(const Connection &connection, const HttpRequest &request)
{
    // The throttler is a guard: it answers before the body is even validated.
    if (m_knobs.rateLimitedCreates > 0) {
        --m_knobs.rateLimitedCreates;
        const QByteArray seconds = QByteArray::number(m_knobs.retryAfterSeconds);
        apiError(connection, request, 429, QStringLiteral("ThrottlerException: Too Many Requests"),
                 {{"Retry-After-sandbox-create", seconds},
                  {"X-RateLimit-Limit-sandbox-create", "300"},
                  {"X-RateLimit-Remaining-sandbox-create", "0"},
                  {"X-RateLimit-Reset-sandbox-create", seconds}});
        return;
    }
    QString error;
    const auto parsed = request.body.trimmed().isEmpty() ? std::optional(QJsonObject())
                                                         : parseObject(request.body, &error);
    if (!parsed) {
        apiError(connection, request, 400, error);
        return;
    }
    const QJsonObject &body = *parsed;
    // class-validator style messages, joined as the API's exception filter does.
    QStringList problems;
    auto check = [&](const char *field, auto valid, const char *message) {
        const QJsonValue value = body.value(QLatin1StringView(field));
        if (!value.isUndefined() && !value.isNull() && !valid(value))
            problems << QLatin1StringView(field) + QLatin1Char(' ') + QLatin1StringView(message);
    };
    const auto isString = [](const QJsonValue &v) {
        return v.isString();
    };
    const auto isBool = [](const QJsonValue &v) {
        return v.isBool();
    };
    const auto isInt = [](const QJsonValue &v) {
        return isInteger(v);
    };
    const auto isNonNegative = [](const QJsonValue &v) {
        return isInteger(v) && v.toDouble() >= 0;
    };
    for (const char *field : {"name", "snapshot", "user", "target", "networkAllowList",
                              "domainAllowList", "linkedSandbox"})
        check(field, isString, "must be a string");
    for (const char *field : {"public", "networkBlockAll"})
        check(field, isBool, "must be a boolean value");
    for (const char *field : {"cpu", "gpu", "memory", "disk", "autoDeleteInterval"})
        check(field, isInt, "must be an integer number");
    for (const char *field : {"autoStopInterval", "autoArchiveInterval"})
        check(field, isNonNegative, "must not be less than 0");
    for (const char *field : {"env", "labels"})
        check(field, isStringMap, "must be an object of strings");
    check(
            "volumes", [](const QJsonValue &v) { return v.isArray(); }, "must be an array");
    check(
            "buildInfo",
            [](const QJsonValue &v) {
                return v.isObject()
                        && v.toObject().value(QStringLiteral("dockerfileContent")).isString();
            },
            "must be an object with dockerfileContent");
    if (body.contains(QStringLiteral("name")) && body.value(QStringLiteral("name")).isString()
        && body.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        problems << QStringLiteral("name should not be empty");
    if (!problems.isEmpty()) {
        apiError(connection, request, 400, problems.join(QStringLiteral(", ")));
        return;
    }
    const bool fromImage = body.value(QStringLiteral("buildInfo")).isObject();
    const bool resources = std::ranges::any_of(
            std::initializer_list<const char *>{"cpu", "gpu", "memory", "disk"},
            [&](const char *f) { return body.value(QLatin1StringView(f)).isDouble(); });
    if (fromImage && body.value(QStringLiteral("snapshot")).isString()) {
        apiError(connection, request, 400,
                 QStringLiteral("Cannot specify both snapshot and build info"));
        return;
    }
    if (resources && !fromImage) {
        apiError(connection, request, 400,
                 QStringLiteral("Cannot specify Sandbox resources when using a snapshot"));
        return;
    }
    const QString id = newId();
    const QString name = body.value(QStringLiteral("name")).toString(id);
    if (find(name)) {
        apiError(connection, request, 409,
                 QStringLiteral("Sandbox with name %1 already exists").arg(name));
        return;
    }
    if (m_knobs.noRunnerCreates > 0) {
        --m_knobs.noRunnerCreates;
        apiError(connection, request, 400, QStringLiteral("No available runners"));
        return;
    }
    if (m_knobs.cpuQuota > 0 && quotaHolderCount() >= m_knobs.cpuQuota) {
        apiError(connection, request, 400,
                 QStringLiteral("Total CPU limit exceeded. Maximum allowed: %1.")
                         .arg(m_knobs.cpuQuota));
        return;
    }

    const QString now = nowIso();
    auto value = [&](const char *field, const QJsonValue &fallback) {
        const QJsonValue v = body.value(QLatin1StringView(field));
        return v.isUndefined() || v.isNull() ? fallback : v;
    };
    QJsonObject record{
            {QStringLiteral("id"), id},
            {QStringLiteral("organizationId"), organizationId},
            {QStringLiteral("name"), name},
            {QStringLiteral("snapshot"),
             fromImage ? QJsonValue() : value("snapshot", QStringLiteral("daytona-small"))},
            {QStringLiteral("user"), value("user", QStringLiteral("daytona"))},
            {QStringLiteral("env"), value("env", QJsonObject())},
            {QStringLiteral("labels"), value("labels", QJsonObject())},
            {QStringLiteral("public"), value("public", false)},
            {QStringLiteral("networkBlockAll"), value("networkBlockAll", false)},
            {QStringLiteral("networkAllowList"), value("networkAllowList", QJsonValue())},
            {QStringLiteral("domainAllowList"), value("domainAllowList", QJsonValue())},
            {QStringLiteral("target"), value("target", QStringLiteral("us"))},
            {QStringLiteral("cpu"), value("cpu", 1)},
            {QStringLiteral("gpu"), value("gpu", 0)},
            {QStringLiteral("memory"), value("memory", 1)},
            {QStringLiteral("disk"), value("disk", 3)},
            {QStringLiteral("state"),
             fromImage ? QStringLiteral("pending_build") : QStringLiteral("creating")},
            {QStringLiteral("desiredState"), QStringLiteral("started")},
            {QStringLiteral("errorReason"), QJsonValue()},
            {QStringLiteral("recoverable"), QJsonValue()},
            {QStringLiteral("backupState"), QStringLiteral("None")},
            {QStringLiteral("backupCreatedAt"), QJsonValue()},
            {QStringLiteral("autoStopInterval"), value("autoStopInterval", 15)},
            {QStringLiteral("autoArchiveInterval"), value("autoArchiveInterval", 10080)},
            {QStringLiteral("autoDeleteInterval"), value("autoDeleteInterval", -1)},
            {QStringLiteral("volumes"), value("volumes", QJsonArray())},
            {QStringLiteral("buildInfo"), value("buildInfo", QJsonValue())},
            {QStringLiteral("createdAt"), now},
            {QStringLiteral("updatedAt"), now},
            {QStringLiteral("lastActivityAt"), now},
            {QStringLiteral("sandboxClass"), QStringLiteral("container")},
            {QStringLiteral("daemonVersion"), QStringLiteral("0.190.0")},
            {QStringLiteral("runnerId"), QStringLiteral("standin-runner")},
            {QStringLiteral("toolboxProxyUrl"), toolboxProxyUrl()},
    };
    if (!m_folder->isValid()) {
        apiError(connection, request, 500,
                 QStringLiteral("could not create the stand-in's folder: ")
                         + m_folder->errorString());
        return;
    }
    auto *sandbox = new StandInSandbox(record, this);
    if (!sandbox->prepare(m_folder->path(), &error)) {
        delete sandbox;
        apiError(connection, request, 500, error);
        return;
    }
    m_sandboxes.append(sandbox);
    m_peakQuotaHolders = std::max(m_peakQuotaHolders, quotaHolderCount());
    sandbox->armLifecycleTimers(m_knobs.minuteMs);
    connect(sandbox, &StandInSandbox::autoStopped, this,
            [this, sandbox] { Q_EMIT sandboxStateChanged(sandbox->id(), sandbox->state()); });
    connect(sandbox, &StandInSandbox::autoDeleteDue, this,
            [this, sandbox] { beginDestroy(sandbox); });
    Q_EMIT sandboxCreated(id);
    bool fail = false;
    if (m_knobs.failingSandboxes > 0) {
        --m_knobs.failingSandboxes;
        fail = true;
    }
    beginStart(sandbox, fail);
    const QString state = sandbox->state();
    if (!m_knobs.createWaitsUntilStarted || state == QStringLiteral("started")
        || state == QStringLiteral("pending_build")) {
        sendJson(connection, 200, sandbox->record());
        return;
    }
    auto answered = std::make_shared<bool>(false);
    const QPointer<StandInSandbox> guarded(sandbox);
    auto answer = [this, connection, request, guarded, answered] {
        if (*answered || !guarded)
            return;
        const QString current = guarded->state();
        if (current == QStringLiteral("error")) {
            *answered = true;
            apiError(connection, request, 400,
                     QStringLiteral("Sandbox failed to start: %1")
                             .arg(guarded->record()
                                          .value(QStringLiteral("errorReason"))
                                          .toString()));
        } else if (current != QStringLiteral("creating") && current != QStringLiteral("starting")) {
            *answered = true;
            sendJson(connection, 200, guarded->record());
        }
    };
    connect(this, &DaytonaStandIn::sandboxStateChanged, connection.data(),
            [answer, id](const QString &changed) {
                if (changed == id)
                    answer();
            });
    // The API stops waiting after 30 s and answers with whatever state the sandbox is in.
    QTimer::singleShot(30'000, connection.data(), [this, connection, guarded, answered] {
        if (*answered || !guarded)
            return;
        *answered = true;
        sendJson(connection, 200, guarded->record());
    });
}

void DaytonaStandIn::setState(StandInSandbox *sandbox, const QString &state, const QString &desired)
{
    sandbox->setState(state, desired);
    Q_EMIT sandboxStateChanged(sandbox->id(), state);
}

void DaytonaStandIn::beginStart(StandInSandbox *sandbox, bool fail)
{
    auto conclude = [this, sandbox, fail] {
        const QString state = sandbox->state();
        if (state != QStringLiteral("creating") && state != QStringLiteral("starting")
            && state != QStringLiteral("pending_build"))
            return; // deleted meanwhile
        if (fail) {
            sandbox->setErrorReason(m_knobs.sandboxErrorReason);
            setState(sandbox, QStringLiteral("error"), QStringLiteral("started"));
        } else {
            setState(sandbox, QStringLiteral("started"), QStringLiteral("started"));
        }
    };
    if (m_knobs.startDelayMs <= 0) {
        conclude();
        return;
    }
    QTimer::singleShot(m_knobs.startDelayMs / 2, sandbox, [this, sandbox] {
        const QString state = sandbox->state();
        if (state == QStringLiteral("creating") || state == QStringLiteral("pending_build"))
            setState(sandbox, QStringLiteral("starting"), QStringLiteral("started"));
    });
    QTimer::singleShot(m_knobs.startDelayMs, sandbox, conclude);
}

void DaytonaStandIn::deleteSandbox(const Connection &connection, const HttpRequest &request,
                                   StandInSandbox *sandbox)
{
    if (m_knobs.failingDeletes > 0) {
        --m_knobs.failingDeletes;
        if (m_knobs.deleteFailureStatus == 409)
            apiError(connection, request, 409, QStringLiteral("Sandbox state change in progress"));
        else
            apiError(connection, request, m_knobs.deleteFailureStatus,
                     QStringLiteral("An unexpected error occurred."));
        return;
    }
    if (sandbox->state() != QStringLiteral("destroying"))
        beginDestroy(sandbox);
    sendJson(connection, 200, sandbox->record());
}

void DaytonaStandIn::beginDestroy(StandInSandbox *sandbox)
{
    if (!m_sandboxes.contains(sandbox) || sandbox->state() == QStringLiteral("destroying"))
        return;
    sandbox->killProcesses();
    setState(sandbox, QStringLiteral("destroying"), QStringLiteral("destroyed"));
    QTimer::singleShot(qMax(0, m_knobs.destroyDelayMs), sandbox, [this, sandbox] {
        m_sandboxes.removeOne(sandbox);
        const QString id = sandbox->id();
        sandbox->deleteLater();
        Q_EMIT sandboxRemoved(id);
    });
}

void DaytonaStandIn::listSandboxes(const Connection &connection, const HttpRequest &request,
                                   bool paginated)
{
    const QUrlQuery &query = request.query;
    QMap<QString, QString> wanted;
    if (query.hasQueryItem(QStringLiteral("labels"))) {
        const QJsonDocument labels = QJsonDocument::fromJson(
                query.queryItemValue(QStringLiteral("labels"), QUrl::FullyDecoded).toUtf8());
        if (!labels.isObject() || !isStringMap(labels.object())) {
            apiError(connection, request, 400,
                     QStringLiteral("labels must be a JSON object of strings"));
            return;
        }
        const QJsonObject object = labels.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            wanted.insert(it.key(), it.value().toString());
    }
    int limit = 100;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 200) {
            apiError(connection, request, 400,
                     QStringLiteral("limit must not be less than 1, limit must not be greater "
                                    "than 200"));
            return;
        }
    }
    const QStringList states = query.allQueryItemValues(QStringLiteral("states"));
    const QString namePrefix = query.queryItemValue(QStringLiteral("name")).toLower();
    const QString idPrefix = query.queryItemValue(QStringLiteral("id")).toLower();

    QList<StandInSandbox *> matching;
    // Newest first, as the API's default order (last activity, descending) mostly gives.
    for (auto it = m_sandboxes.crbegin(); it != m_sandboxes.crend(); ++it) {
        StandInSandbox *sandbox = *it;
        const QMap<QString, QString> labels = sandbox->labels();
        const bool labelsMatch = std::ranges::all_of(wanted.keys(), [&](const QString &key) {
            return labels.contains(key) && labels.value(key) == wanted.value(key);
        });
        if (!labelsMatch || (!states.isEmpty() && !states.contains(sandbox->state()))
            || !sandbox->name().toLower().startsWith(namePrefix)
            || !sandbox->id().toLower().startsWith(idPrefix))
            continue;
        matching.append(sandbox);
    }

    if (m_knobs.legacyListShape && !paginated) {
        QJsonArray items;
        for (const StandInSandbox *sandbox : matching)
            items.append(sandbox->record());
        sendJson(connection, 200, items);
        return;
    }
    if (paginated) {
        bool ok = true;
        const int page = query.hasQueryItem(QStringLiteral("page"))
                ? query.queryItemValue(QStringLiteral("page")).toInt(&ok)
                : 1;
        if (!ok || page < 1) {
            apiError(connection, request, 400, QStringLiteral("page must not be less than 1"));
            return;
        }
        QJsonArray items;
        for (const StandInSandbox *sandbox : matching.mid(qsizetype(page - 1) * limit, limit))
            items.append(sandbox->record());
        const qsizetype total = matching.size();
        sendJson(connection, 200,
                 QJsonObject{{QStringLiteral("items"), items},
                             {QStringLiteral("total"), qint64(total)},
                             {QStringLiteral("page"), page},
                             {QStringLiteral("totalPages"), qint64((total + limit - 1) / limit)}});
        return;
    }
    // The cursor is opaque to clients; here it is the offset into the filtered list.
    qsizetype offset = 0;
    if (query.hasQueryItem(QStringLiteral("cursor"))) {
        bool ok = false;
        offset = QByteArray::fromBase64(query.queryItemValue(QStringLiteral("cursor")).toLatin1())
                         .toLongLong(&ok);
        if (!ok || offset < 0) {
            apiError(connection, request, 400, QStringLiteral("Invalid cursor"));
            return;
        }
    }
    QJsonArray items;
    for (const StandInSandbox *sandbox : matching.mid(offset, limit))
        items.append(sandbox->listItem());
    const qsizetype next = offset + limit;
    const QJsonValue nextCursor = next < matching.size()
            ? QJsonValue(QString::fromLatin1(QByteArray::number(next).toBase64()))
            : QJsonValue();
    sendJson(connection, 200,
             QJsonObject{{QStringLiteral("items"), items},
                         {QStringLiteral("nextCursor"), nextCursor}});
}

// ---------------------------------------------------------------------------------------------
// Toolbox API

void DaytonaStandIn::handleToolbox(const Connection &connection, const HttpRequest &request,
                                   const QString &sandboxId, const QStringList &segments)
{
    // The proxy checks the key before it even looks for the sandbox.
    if (request.header("authorization") != expectedAuthorization()) {
        toolboxError(connection, request, 401,
                     QStringLiteral("unauthorized: authentication failed: Bearer token is "
                                    "invalid"));
        return;
    }
    StandInSandbox *sandbox = nullptr;
    for (StandInSandbox *s : std::as_const(m_sandboxes)) {
        if (s->id() == sandboxId)
            sandbox = s;
    }
    if (!sandbox || sandbox->state() == QStringLiteral("destroying")) {
        toolboxError(connection, request, 404,
                     QStringLiteral("sandbox %1 not found").arg(sandboxId));
        return;
    }
    if (sandbox->state() != QStringLiteral("started")) {
        toolboxError(connection, request, 400,
                     QStringLiteral("bad request: no IP address found. Is the Sandbox started?"));
        return;
    }
    sandbox->touch();

    const QByteArray &method = request.method;
    const qsizetype n = segments.size();
    auto is = [&](qsizetype i, const char *text) {
        return i < n && segments[i] == QLatin1StringView(text);
    };
    if (n == 1 && (is(0, "user-home-dir") || is(0, "work-dir")) && method == "GET") {
        sendJson(connection, 200,
                 QJsonObject{{QStringLiteral("dir"), QLatin1StringView(SandboxLayout::home)}});
        return;
    }
    if (n == 1 && is(0, "version") && method == "GET") {
        sendJson(connection, 200,
                 QJsonObject{{QStringLiteral("version"), QStringLiteral("0.190.0")}});
        return;
    }
    if (n == 2 && is(0, "process") && is(1, "execute") && method == "POST") {
        execute(connection, request, sandbox);
        return;
    }
    if (n == 2 && is(0, "process") && is(1, "session")) {
        if (method == "GET") {
            QJsonArray sessions;
            for (const QString &sessionId : sandbox->sessionIds()) {
                QJsonArray commands;
                for (const SandboxCommand *command : sandbox->sessionCommands(sessionId))
                    commands.append(commandJson(command));
                sessions.append(QJsonObject{{QStringLiteral("sessionId"), sessionId},
                                            {QStringLiteral("commands"), commands}});
            }
            sendJson(connection, 200, sessions);
            return;
        }
        if (method == "POST") {
            QString error;
            const auto body = parseObject(request.body, &error);
            const QString sessionId
                    = body ? body->value(QStringLiteral("sessionId")).toString() : QString();
            if (!body || sessionId.trimmed().isEmpty() || sessionId.contains(QLatin1Char('/'))) {
                toolboxError(connection, request, 400,
                             body ? QStringLiteral("invalid request body: sessionId is required")
                                  : error);
                return;
            }
            if (sessionId == QStringLiteral("entrypoint")) {
                toolboxError(connection, request, 400,
                             QStringLiteral("session ID 'entrypoint' is reserved"));
                return;
            }
            if (sandbox->hasSession(sessionId)) {
                toolboxError(connection, request, 409,
                             QStringLiteral("session %1 already exists").arg(sessionId));
                return;
            }
            sandbox->addSession(sessionId);
            sendEmpty(connection, 201);
            return;
        }
    }
    if (n >= 3 && is(0, "process") && is(1, "session")) {
        const QString sessionId = segments[2];
        const bool known = sandbox->hasSession(sessionId);
        auto sessionMissing = [&] {
            toolboxError(connection, request, 404,
                         QStringLiteral("session %1 not found").arg(sessionId));
        };
        if (n == 3 && (method == "GET" || method == "DELETE")) {
            if (!known) {
                sessionMissing();
                return;
            }
            if (method == "DELETE") {
                // It "kills everything in that session" (docs/daytona.md, "Stopping and
                // cleaning up"): the answer waits until those processes are gone, so whoever
                // looks after it finds none running.
                QList<SandboxCommand *> running = sandbox->sessionCommands(sessionId);
                running.removeIf([](const SandboxCommand *c) { return !c->isRunning(); });
                sandbox->removeSession(sessionId);
                auto remaining = std::make_shared<qsizetype>(running.size());
                auto ended = [connection, remaining] {
                    if (--*remaining == 0)
                        sendEmpty(connection, 204);
                };
                if (running.isEmpty()) {
                    sendEmpty(connection, 204);
                    return;
                }
                for (SandboxCommand *command : std::as_const(running)) {
                    // Finished, or gone with its sandbox: whichever comes first counts.
                    auto once = std::make_shared<bool>(false);
                    auto endOnce = [ended, once] {
                        if (!std::exchange(*once, true))
                            ended();
                    };
                    connect(command, &SandboxCommand::finished, connection.data(), endOnce);
                    connect(command, &QObject::destroyed, connection.data(), endOnce);
                }
                return;
            }
            QJsonArray commands;
            for (const SandboxCommand *command : sandbox->sessionCommands(sessionId))
                commands.append(commandJson(command));
            sendJson(connection, 200,
                     QJsonObject{{QStringLiteral("sessionId"), sessionId},
                                 {QStringLiteral("commands"), commands}});
            return;
        }
        if (n == 4 && is(3, "exec") && method == "POST") {
            if (!known) {
                sessionMissing();
                return;
            }
            sessionExec(connection, request, sandbox, sessionId);
            return;
        }
        if ((n == 5 || (n == 6 && is(5, "logs"))) && is(3, "command") && method == "GET") {
            if (!known) {
                sessionMissing();
                return;
            }
            SandboxCommand *command = sandbox->sessionCommand(sessionId, segments[4]);
            if (!command) {
                toolboxError(connection, request, 404,
                             QStringLiteral("command %1 not found").arg(segments[4]));
                return;
            }
            if (n == 6) {
                sessionLogs(connection, request, command);
                return;
            }
            sendJson(connection, 200, commandJson(command));
            return;
        }
    }
    if (n == 2 && is(0, "files")) {
        if (is(1, "upload") && method == "POST") {
            uploadFiles(connection, request, sandbox, false);
            return;
        }
        if (is(1, "bulk-upload") && method == "POST") {
            uploadFiles(connection, request, sandbox, true);
            return;
        }
        if (is(1, "download") && method == "GET") {
            downloadFile(connection, request, sandbox);
            return;
        }
        if (is(1, "info") && method == "GET") {
            fileInfo(connection, request, sandbox);
            return;
        }
        if (is(1, "bulk-download") && method == "POST") {
            bulkDownload(connection, request, sandbox);
            return;
        }
    }
    toolboxError(connection, request, 404, QStringLiteral("not found"));
}

void DaytonaStandIn::execute(const Connection &connection, const HttpRequest &request,
                             StandInSandbox *sandbox)
{
    QString error;
    const auto body = parseObject(request.body, &error);
    if (!body) {
        toolboxError(connection, request, 400, error);
        return;
    }
    const QJsonValue command = body->value(QStringLiteral("command"));
    const QJsonValue cwd = body->value(QStringLiteral("cwd"));
    const QJsonValue timeout = body->value(QStringLiteral("timeout"));
    const QJsonValue envs = body->value(QStringLiteral("envs"));
    if (!command.isString() || command.toString().trimmed().isEmpty()) {
        toolboxError(connection, request, 400,
                     QStringLiteral("invalid request body: command is required"));
        return;
    }
    if ((!cwd.isUndefined() && !cwd.isNull() && !cwd.isString())
        || (!timeout.isUndefined() && !timeout.isNull()
            && (!isInteger(timeout) || timeout.toDouble() < 0 || timeout.toDouble() > 4294967295.0))
        || (!envs.isUndefined() && !envs.isNull() && !isStringMap(envs))) {
        toolboxError(connection, request, 400,
                     QStringLiteral("invalid request body: cwd must be a string, timeout an "
                                    "unsigned integer (seconds), envs an object of strings"));
        return;
    }
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QMap<QString, QString> environment;
    const QJsonObject envObject = envs.toObject();
    for (auto it = envObject.begin(); it != envObject.end(); ++it) {
        if (!envName.match(it.key()).hasMatch()) {
            toolboxError(connection, request, 400,
                         QStringLiteral("invalid environment variable name: %1").arg(it.key()));
            return;
        }
        environment.insert(it.key(), it.value().toString());
    }
    const qint64 asked = qint64(timeout.toDouble()) * 1000;
    const bool limited = asked > 0 && asked < m_knobs.commandTimeoutCapMs;
    SandboxCommand *process = sandbox->run(command.toString(), environment, cwd.toString(),
                                           SandboxCommand::Output::Merged,
                                           limited ? int(asked) : m_knobs.commandTimeoutCapMs);
    // The daemon runs the command in the request's context: a client that hangs up kills it.
    connect(connection.data(), &QObject::destroyed, process, &SandboxCommand::kill);
    connect(process, &SandboxCommand::finished, connection.data(), [=, this] {
        if (process->timedOut()) {
            toolboxError(connection, request, 408,
                         QStringLiteral("request timeout: command execution timeout"));
            return;
        }
        sendJson(connection, 200,
                 QJsonObject{{QStringLiteral("exitCode"), *process->exitCode()},
                             {QStringLiteral("result"), QString::fromUtf8(process->merged())}});
    });
}

void DaytonaStandIn::sessionExec(const Connection &connection, const HttpRequest &request,
                                 StandInSandbox *sandbox, const QString &sessionId)
{
    QString error;
    const auto body = parseObject(request.body, &error);
    if (!body) {
        toolboxError(connection, request, 400, error);
        return;
    }
    const QJsonValue command = body->value(QStringLiteral("command"));
    if (!command.isString() || command.toString().trimmed().isEmpty()) {
        toolboxError(connection, request, 400,
                     QStringLiteral("invalid request body: command is required"));
        return;
    }
    for (const char *flag : {"runAsync", "async", "suppressInputEcho"}) {
        const QJsonValue v = body->value(QLatin1StringView(flag));
        if (!v.isUndefined() && !v.isNull() && !v.isBool()) {
            toolboxError(connection, request, 400,
                         QStringLiteral("invalid request body: %1 must be a boolean")
                                 .arg(QLatin1StringView(flag)));
            return;
        }
    }
    const bool async = body->value(QStringLiteral("runAsync")).toBool()
            || body->value(QStringLiteral("async")).toBool();
    SandboxCommand *process
            = sandbox->run(command.toString(), {}, {}, SandboxCommand::Output::Separate,
                           m_knobs.commandTimeoutCapMs);
    sandbox->addSessionCommand(sessionId, process);
    if (async) {
        sendJson(connection, 202, QJsonObject{{QStringLiteral("cmdId"), process->id()}});
        return;
    }
    const LogFormat format = logFormat(request);
    connect(process, &SandboxCommand::finished, connection.data(), [=] {
        QJsonObject answer{{QStringLiteral("cmdId"), process->id()},
                           {QStringLiteral("exitCode"), *process->exitCode()}};
        answer.insert(
                QStringLiteral("output"),
                QString::fromUtf8(format == LogFormat::Plain ? process->plain() : process->raw()));
        if (format == LogFormat::Split) {
            answer.insert(QStringLiteral("stdout"), QString::fromUtf8(process->stdoutText()));
            answer.insert(QStringLiteral("stderr"), QString::fromUtf8(process->stderrText()));
        }
        sendJson(connection, 200, answer);
    });
}

void DaytonaStandIn::sessionLogs(const Connection &connection, const HttpRequest &request,
                                 SandboxCommand *command)
{
    const LogFormat format = logFormat(request);
    if (!isTrue(request.query, QStringLiteral("follow"))) {
        if (format == LogFormat::Split) {
            sendJson(connection, 200,
                     QJsonObject{
                             {QStringLiteral("output"), QString::fromUtf8(command->raw())},
                             {QStringLiteral("stdout"), QString::fromUtf8(command->stdoutText())},
                             {QStringLiteral("stderr"), QString::fromUtf8(command->stderrText())}});
            return;
        }
        connection->respond({200,
                             {{"Content-Type", "text/plain; charset=utf-8"}},
                             format == LogFormat::Plain ? command->plain() : command->raw()});
        return;
    }

    const bool webSocket = request.header("upgrade").toLower() == "websocket";
    // Over plain HTTP the runner bridges the daemon's WebSocket without the client's headers,
    // so that stream is always marker-free (docs/daytona.md, "The script and its output").
    const bool marked = webSocket && format != LogFormat::Plain;
    const QPointer<SandboxCommand> source(command);
    auto offset = std::make_shared<qsizetype>(0);
    auto ended = std::make_shared<bool>(false);
    auto pump = [connection, source, offset, marked, webSocket, ended] {
        if (!connection || !source || *ended)
            return;
        const QByteArray &log = marked ? source->raw() : source->plain();
        while (*offset < log.size()) {
            const QByteArray piece = log.mid(*offset, maxWebSocketFrame);
            *offset += piece.size();
            if (webSocket)
                connection->sendWebSocketBinary(piece);
            else
                connection->writeStreamChunk(piece);
        }
    };
    auto close = [connection, webSocket, ended] {
        if (!connection || std::exchange(*ended, true))
            return;
        if (webSocket)
            connection->closeWebSocket(1000);
        else
            connection->endStream();
    };
    if (webSocket) {
        if (request.header("sec-websocket-key").isEmpty()) {
            toolboxError(connection, request, 400, QStringLiteral("bad websocket handshake"));
            return;
        }
        connection->acceptWebSocket(request);
    } else {
        connection->beginStream(200, {{"Content-Type", "application/octet-stream"}});
    }
    pump();
    if (!command->isRunning()) {
        close();
        return;
    }
    if (m_knobs.followCutoffMs > 0)
        QTimer::singleShot(m_knobs.followCutoffMs, connection.data(), close);
    connect(command, &SandboxCommand::outputAppended, connection.data(), pump);
    connect(command, &SandboxCommand::finished, connection.data(), [pump, close] {
        pump();
        close();
    });
    // A sandbox deleted under the stream ends it too.
    connect(command, &QObject::destroyed, connection.data(), close);
}

void DaytonaStandIn::uploadFiles(const Connection &connection, const HttpRequest &request,
                                 StandInSandbox *sandbox, bool bulk)
{
    const auto parts = parseMultipart(request.header("content-type"), request.body);
    if (!parts) {
        // Go's multipart reader gives up without a body.
        sendEmpty(connection, 400);
        return;
    }
    struct Upload
    {
        QString path;
        const QByteArray *data = nullptr;
    };
    QList<Upload> uploads;
    if (bulk) {
        static const QRegularExpression partName(
                QStringLiteral("^files\\[(\\d+)\\]\\.(path|file)$"));
        QMap<int, Upload> byIndex;
        for (const MultipartPart &part : *parts) {
            const QRegularExpressionMatch match = partName.match(part.name);
            if (!match.hasMatch())
                continue;
            Upload &upload = byIndex[match.captured(1).toInt()];
            if (match.captured(2) == QStringLiteral("path")) {
                upload.path = QString::fromUtf8(part.data);
            } else if (part.fileName) {
                upload.data = &part.data;
            }
        }
        QStringList errors;
        for (auto it = byIndex.cbegin(); it != byIndex.cend(); ++it) {
            if (it->path.isEmpty() || !it->data)
                errors << QStringLiteral("files[%1]: needs a path part and a file part with a "
                                         "filename")
                                  .arg(it.key());
            else
                uploads.append(*it);
        }
        if (uploads.isEmpty() && errors.isEmpty())
            errors << QStringLiteral("no files in the request");
        if (!errors.isEmpty()) {
            sendJson(connection, 400,
                     QJsonObject{{QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                                 {QStringLiteral("files"), QJsonArray()}});
            return;
        }
    } else {
        const QString path
                = request.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
        const auto file = std::ranges::find_if(*parts, [](const MultipartPart &p) {
            return p.name == QStringLiteral("file") && p.fileName.has_value();
        });
        if (path.isEmpty() || file == parts->end()) {
            sendEmpty(connection, 400);
            return;
        }
        uploads.append({path, &file->data});
    }

    QStringList errors;
    QJsonArray written;
    for (const Upload &upload : std::as_const(uploads)) {
        const QString target = sandbox->hostPath(upload.path);
        if (target.isEmpty()) {
            errors << QStringLiteral("%1: permission denied").arg(upload.path);
            continue;
        }
        // Parent folders are created, and handed to the sandbox's user like the file.
        QStringList created;
        for (QDir dir = QFileInfo(target).dir(); !dir.exists();
             dir.setPath(QFileInfo(dir.path()).path()))
            created.prepend(dir.path());
        QFile file(target);
        if (!QDir().mkpath(QFileInfo(target).path()) || QFileInfo(target).isDir()
            || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(*upload.data) != upload.data->size()) {
            errors << QStringLiteral("%1: could not write the file").arg(upload.path);
            continue;
        }
        file.close();
        for (const QString &dir : std::as_const(created))
            sandbox->handToSandbox(dir);
        sandbox->handToSandbox(target);
        written.append(QJsonObject{{QStringLiteral("path"), upload.path},
                                   {QStringLiteral("bytes"), qint64(upload.data->size())}});
    }
    if (!bulk) {
        sendEmpty(connection, errors.isEmpty() ? 200 : 403);
        return;
    }
    if (!errors.isEmpty()) {
        sendJson(connection, 400,
                 QJsonObject{{QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                             {QStringLiteral("files"), written}});
        return;
    }
    sendJson(connection, 200, QJsonObject{{QStringLiteral("files"), written}});
}

// FileInfo as the daemon answers it (fs/types.go); a missing file is a 404 with a message.
void DaytonaStandIn::fileInfo(const Connection &connection, const HttpRequest &request,
                              StandInSandbox *sandbox)
{
    const QString path = request.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    const QString source = sandbox->hostPath(path);
    const QFileInfo info(source);
    if (path.isEmpty() || source.isEmpty() || !info.exists()) {
        toolboxError(connection, request, 404, QStringLiteral("file not found"));
        return;
    }
    const QString modified = info.lastModified().toUTC().toString(Qt::ISODate);
    sendJson(connection, 200,
             QJsonObject{{QStringLiteral("name"), info.fileName()},
                         {QStringLiteral("size"), info.size()},
                         {QStringLiteral("mode"), QStringLiteral("-rw-r--r--")},
                         {QStringLiteral("modTime"), modified},
                         {QStringLiteral("modifiedAt"), modified},
                         {QStringLiteral("isDir"), info.isDir()},
                         {QStringLiteral("owner"), QStringLiteral("daytona")},
                         {QStringLiteral("group"), QStringLiteral("daytona")},
                         {QStringLiteral("permissions"), QStringLiteral("0644")}});
}

void DaytonaStandIn::downloadFile(const Connection &connection, const HttpRequest &request,
                                  StandInSandbox *sandbox)
{
    const QString path = request.query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded);
    if (path.isEmpty()) {
        sendEmpty(connection, 400);
        return;
    }
    // The daemon aborts these with a status only: an empty body (docs/daytona.md, "Errors").
    const QString source = sandbox->hostPath(path);
    const QFileInfo info(source);
    if (source.isEmpty() || !info.exists()) {
        sendEmpty(connection, 404);
        return;
    }
    if (info.isDir()) {
        sendEmpty(connection, 400);
        return;
    }
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        sendEmpty(connection, 403);
        return;
    }
    connection->respond(
            {200,
             {{"Content-Type", "application/octet-stream"},
              {"Content-Disposition", "attachment; filename=\"" + info.fileName().toUtf8() + '"'}},
             file.readAll()});
}

void DaytonaStandIn::bulkDownload(const Connection &connection, const HttpRequest &request,
                                  StandInSandbox *sandbox)
{
    QString error;
    const auto body = parseObject(request.body, &error);
    const QJsonValue paths = body ? body->value(QStringLiteral("paths")) : QJsonValue();
    const bool valid = paths.isArray() && !paths.toArray().isEmpty()
            && std::ranges::all_of(paths.toArray(), [](const QJsonValue &p) {
                           return p.isString() && !p.toString().isEmpty();
                       });
    if (!valid) {
        toolboxError(connection, request, 400,
                     body ? QStringLiteral("invalid request body: paths must be a non-empty "
                                           "array of strings")
                          : error);
        return;
    }
    static const QByteArray boundary = "DAYTONA-FILE-BOUNDARY";
    QByteArray out;
    for (const QJsonValue &value : paths.toArray()) {
        const QString path = value.toString();
        const QByteArray quoted = path.toUtf8().replace('"', "\\\"");
        const QString source = sandbox->hostPath(path);
        const QFileInfo info(source);
        QFile file(source);
        QByteArray code;
        int status = 0;
        QString message;
        if (source.isEmpty() || !info.exists()) {
            status = 404;
            code = "FILE_NOT_FOUND";
            message = QStringLiteral("file not found: %1").arg(path);
        } else if (info.isDir()) {
            status = 400;
            code = "INVALID_FILE_PATH";
            message = QStringLiteral("path is a directory: %1").arg(path);
        } else if (!file.open(QIODevice::ReadOnly)) {
            status = 403;
            code = "FILE_ACCESS_DENIED";
            message = QStringLiteral("permission denied: %1").arg(path);
        }
        out += "--" + boundary + "\r\n";
        if (status != 0) {
            const QByteArray json
                    = QJsonDocument(QJsonObject{
                                            {QStringLiteral("statusCode"), status},
                                            {QStringLiteral("message"), message},
                                            {QStringLiteral("code"), QString::fromLatin1(code)},
                                            {QStringLiteral("timestamp"), nowIso()},
                                            {QStringLiteral("path"), path},
                                            {QStringLiteral("method"), QStringLiteral("POST")},
                                    })
                              .toJson(QJsonDocument::Compact);
            out += "Content-Disposition: form-data; name=\"error\"; filename=\"" + quoted
                    + "\"\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(json.size()) + "\r\n\r\n" + json + "\r\n";
            continue;
        }
        const QByteArray data = file.readAll();
        out += "Content-Disposition: form-data; name=\"file\"; filename=\"" + quoted
                + "\"\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                + QByteArray::number(data.size()) + "\r\n\r\n" + data + "\r\n";
    }
    out += "--" + boundary + "--\r\n";
    connection->respond(
            {200, {{"Content-Type", "multipart/form-data; boundary=" + boundary}}, out});
}

// ---------------------------------------------------------------------------------------------
// Answers

void DaytonaStandIn::sendJson(const Connection &connection, int status, const QJsonValue &json)
{
    if (!connection)
        return;
    const QByteArray body = json.isArray()
            ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    connection->respond({status, {{"Content-Type", "application/json; charset=utf-8"}}, body});
}

void DaytonaStandIn::sendEmpty(const Connection &connection, int status)
{
    if (connection)
        connection->respond({status, {}, {}});
}

void DaytonaStandIn::apiError(const Connection &connection, const HttpRequest &request, int status,
                              const QString &message, const HttpHeaders &extraHeaders)
{
    if (!connection)
        return;
    const QJsonObject body{{QStringLiteral("path"), request.path},
                           {QStringLiteral("timestamp"), nowIso()},
                           {QStringLiteral("statusCode"), status},
                           {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))},
                           {QStringLiteral("message"), message}};
    HttpHeaders headers{{"Content-Type", "application/json; charset=utf-8"}};
    headers.append(extraHeaders);
    connection->respond({status, headers, QJsonDocument(body).toJson(QJsonDocument::Compact)});
}

void DaytonaStandIn::toolboxError(const Connection &connection, const HttpRequest &request,
                                  int status, const QString &message)
{
    QString code = QStringLiteral("INTERNAL_SERVER_ERROR");
    for (const auto &[known, name] : toolboxErrorCodes) {
        if (known == status)
            code = QLatin1StringView(name);
    }
    if (status == 400 && message.startsWith(QStringLiteral("invalid request body")))
        code = QStringLiteral("INVALID_REQUEST_BODY");
    sendJson(connection, status,
             QJsonObject{{QStringLiteral("statusCode"), status},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("timestamp"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {QStringLiteral("path"), request.path},
                         {QStringLiteral("method"), QString::fromLatin1(request.method)}});
}

} // namespace DreamFoundry::Test
