// DaytonaClient's jobs against a scripted network manager: headers, retries and backoff,
// error sentences, multipart uploads, downloads, listing, polling and the log demuxer.
#include "daytona/daytonaclient.h"
#include "daytona/daytonaconfig.h"
#include "daytona/logdemuxer.h"
#include "test_daytona_fakenetwork.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUrlQuery>

#include <source_location>

using namespace DreamFoundry;
using Test::FakeNetwork;
using Test::FakeReply;
using Test::SeenRequest;

namespace {

const QString apiKey = QStringLiteral("dtn_0123456789abcdef-secret-key");

QByteArray sandboxJson(const QString &id, const QString &state, const QString &reason = {},
                       const QJsonObject &labels = {})
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), QString(QStringLiteral("forge-") + id));
    o.insert(QStringLiteral("state"), state);
    o.insert(QStringLiteral("labels"), labels);
    o.insert(QStringLiteral("toolboxProxyUrl"), QStringLiteral("https://proxy.example/toolbox"));
    if (!reason.isEmpty())
        o.insert(QStringLiteral("errorReason"), reason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

DaytonaConnection testConnection()
{
    DaytonaConnection c;
    c.apiUrl = QUrl(QStringLiteral("https://daytona.example/api"));
    c.apiKey = apiKey;
    c.retry.baseDelayMs = 5;
    c.retry.maxDelayMs = 20;
    return c;
}

// Starts a job and waits for its one finished signal; returns its argument. A job that does not
// finish in time fails the calling test (at the caller's line), which goes on with an empty
// result.
template<typename Job, typename Result>
Result runJob(Job *job, void (Job::*signal)(const Result &), int timeoutMs = 10'000,
              const std::source_location &where = std::source_location::current())
{
    QSignalSpy spy(job, signal);
    job->start();
    if (spy.isEmpty() && !spy.wait(timeoutMs) && spy.isEmpty()) {
        QTest::qFail(
                qPrintable(QStringLiteral("the job did not finish within %1 ms").arg(timeoutMs)),
                where.file_name(), int(where.line()));
        return Result{};
    }
    return spy.first().first().template value<Result>();
}

} // namespace

Q_DECLARE_METATYPE(DreamFoundry::SandboxResult)
Q_DECLARE_METATYPE(DreamFoundry::SandboxListResult)
Q_DECLARE_METATYPE(DreamFoundry::DeleteSandboxResult)
Q_DECLARE_METATYPE(DreamFoundry::DaytonaResult)
Q_DECLARE_METATYPE(DreamFoundry::DownloadResult)
Q_DECLARE_METATYPE(DreamFoundry::SessionExecResult)
Q_DECLARE_METATYPE(DreamFoundry::CommandStatusResult)

class TestDaytonaClient final : public QObject
{
    Q_OBJECT

private:
    FakeNetwork *m_net = nullptr;
    DaytonaClient *m_client = nullptr;

private Q_SLOTS:
    // --api-url, then the environment, then .env; DAYTONA_BASE_URL, the original app's name,
    // counts as DAYTONA_API_URL wherever that is read.
    void apiUrlPrecedence_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QByteArray>("dotEnv");
        QTest::addColumn<QString>("expected");
        const QString def = QString::fromLatin1(DaytonaConfig::defaultApiUrl);
        QTest::newRow("default") << QString() << QStringList() << QByteArray() << def;
        QTest::newRow(".env") << QString() << QStringList()
                              << QByteArray("DAYTONA_API_URL=https://dotenv.example/api\n")
                              << QStringLiteral("https://dotenv.example/api");
        QTest::newRow(".env alias")
                << QString() << QStringList()
                << QByteArray("export DAYTONA_BASE_URL='https://base.example/api/'\n")
                << QStringLiteral("https://base.example/api");
        QTest::newRow("environment over .env")
                << QString()
                << QStringList{QStringLiteral("DAYTONA_BASE_URL=https://env.example/api")}
                << QByteArray("DAYTONA_API_URL=https://dotenv.example/api\n")
                << QStringLiteral("https://env.example/api");
        QTest::newRow("API_URL over its alias")
                << QString()
                << QStringList{QStringLiteral("DAYTONA_BASE_URL=https://base.example/api"),
                               QStringLiteral("DAYTONA_API_URL=https://api.example/api")}
                << QByteArray() << QStringLiteral("https://api.example/api");
        QTest::newRow("--api-url over all")
                << QStringLiteral("https://flag.example/api")
                << QStringList{QStringLiteral("DAYTONA_API_URL=https://env.example/api")}
                << QByteArray("DAYTONA_API_URL=https://dotenv.example/api\n")
                << QStringLiteral("https://flag.example/api");
    }

    void apiUrlPrecedence()
    {
        QFETCH(QString, override);
        QFETCH(QStringList, environment);
        QFETCH(QByteArray, dotEnv);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        if (!dotEnv.isEmpty()) {
            QFile file(dir.filePath(QStringLiteral(".env")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(dotEnv);
        }
        QProcessEnvironment env;
        for (const QString &pair : std::as_const(environment))
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        const DaytonaConfig config = DaytonaConfig::load(env, dir.path(), override);
        QCOMPARE(config.apiUrl.toString(), expected);
    }

    void init()
    {
        m_net = new FakeNetwork(this);
        m_client = new DaytonaClient(testConnection(), m_net, this);
    }
    void cleanup()
    {
        delete m_client;
        delete m_net;
    }

    void everyRequestCarriesTheKeyAndSource()
    {
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200, sandboxJson(QStringLiteral("sb1"), QStringLiteral("started")));
        };
        const SandboxResult result
                = runJob(m_client->getSandbox(QStringLiteral("sb1")), &GetSandboxJob::finished);
        QVERIFY2(result.error.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.sandbox.id, QStringLiteral("sb1"));
        QVERIFY(result.sandbox.isStarted());
        QCOMPARE(m_net->seen.size(), 1);
        const QNetworkRequest &r = m_net->seen[0].request;
        QCOMPARE(r.url().toString(), QStringLiteral("https://daytona.example/api/sandbox/sb1"));
        QCOMPARE(r.rawHeader("Authorization"), "Bearer " + apiKey.toUtf8());
        QCOMPARE(r.rawHeader("X-Daytona-Source"), QByteArray("dreamfoundry-desktop"));
        QCOMPARE(r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
        QCOMPARE(r.maximumRedirectsAllowed(), 5);
    }

    void toolboxUrlPrefersTheProxyAndFallsBackToLegacy()
    {
        DaytonaSandboxInfo s;
        s.id = QStringLiteral("abc");
        s.toolboxProxyUrl = QStringLiteral("https://proxy.app.daytona.io/toolbox/");
        QCOMPARE(m_client->toolboxUrl(s).toString(),
                 QStringLiteral("https://proxy.app.daytona.io/toolbox/abc"));
        s.toolboxProxyUrl.clear();
        QCOMPARE(m_client->toolboxUrl(s).toString(),
                 QStringLiteral("https://daytona.example/api/toolbox/abc/toolbox"));
    }

    void createSendsLabelsNameAndIntervals()
    {
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200, sandboxJson(QStringLiteral("sb2"), QStringLiteral("starting")));
        };
        CreateSandboxRequest request;
        request.name = QStringLiteral("forge-alpha-20260101-000000-000");
        request.labels = {{QStringLiteral("app"), QStringLiteral("dreamfoundry")},
                          {QStringLiteral("run"), QStringLiteral("r1")}};
        request.autoStopMinutes = 15;
        request.autoDeleteMinutes = 0;
        const SandboxResult result
                = runJob(m_client->createSandbox(request), &CreateSandboxJob::finished);
        QVERIFY(result.error.ok());
        QCOMPARE(result.sandbox.state, QStringLiteral("starting"));
        const QJsonObject body = QJsonDocument::fromJson(m_net->seen[0].body).object();
        QCOMPARE(m_net->seen[0].method(), QStringLiteral("POST"));
        QCOMPARE(m_net->seen[0].path(), QStringLiteral("/api/sandbox"));
        QCOMPARE(body.value(QStringLiteral("name")).toString(), request.name);
        QCOMPARE(body.value(QStringLiteral("autoStopInterval")).toInt(), 15);
        QCOMPARE(body.value(QStringLiteral("autoDeleteInterval")).toInt(-1), 0);
        QCOMPARE(body.value(QStringLiteral("labels"))
                         .toObject()
                         .value(QStringLiteral("app"))
                         .toString(),
                 QStringLiteral("dreamfoundry"));
        QVERIFY(!body.contains(QStringLiteral("snapshot"))); // the server's default
    }

    void rateLimitHonoursRetryAfterName()
    {
        int calls = 0;
        m_net->handler = [&calls](FakeReply *r, const SeenRequest &) {
            if (calls++ == 0)
                r->respond(429, R"({"statusCode":429,"message":"ThrottlerException"})",
                           {{"Retry-After-sandbox-create", "1"}});
            else
                r->respond(200, sandboxJson(QStringLiteral("sb3"), QStringLiteral("started")));
        };
        QElapsedTimer clock;
        clock.start();
        CreateSandboxRequest request;
        request.name = QStringLiteral("n");
        const SandboxResult result
                = runJob(m_client->createSandbox(request), &CreateSandboxJob::finished);
        QVERIFY(result.error.ok());
        QCOMPARE(m_net->seen.size(), 2);
        QVERIFY2(clock.elapsed() >= 1'000, qPrintable(QString::number(clock.elapsed())));
    }

    void retryDelay_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::newRow("first backoff") << 0 << QByteArray() << QByteArray() << 250 << 500;
        QTest::newRow("third backoff") << 2 << QByteArray() << QByteArray() << 1000 << 2000;
        QTest::newRow("capped backoff") << 10 << QByteArray() << QByteArray() << 4000 << 8000;
        QTest::newRow("retry-after-sandbox-create")
                << 0 << QByteArray("Retry-After-sandbox-create") << QByteArray("3") << 3000 << 3250;
        QTest::newRow("plain retry-after")
                << 0 << QByteArray("Retry-After") << QByteArray("2") << 2000 << 2250;
        QTest::newRow("retry-after capped") << 0 << QByteArray("retry-after-authenticated")
                                            << QByteArray("3600") << 60000 << 60000;
    }

    void retryDelay()
    {
        QFETCH(int, retry);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, min);
        QFETCH(int, max);
        QList<QNetworkReply::RawHeaderPair> headers;
        if (!header.isEmpty())
            headers.append({header, value});
        for (const double jitter : {0.0, 0.5, 0.999}) {
            const int delay = retryDelayMs(RetryPolicy{}, retry, headers, jitter);
            QVERIFY2(delay >= min && delay <= max, qPrintable(QString::number(delay)));
        }
    }

    void transientFailuresOfIdempotentCallsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::newRow("502") << 502 << 0;
        QTest::newRow("503") << 503 << 0;
        QTest::newRow("504") << 504 << 0;
        QTest::newRow("connection refused") << 0 << int(QNetworkReply::ConnectionRefusedError);
        QTest::newRow("connection reset") << 0 << int(QNetworkReply::RemoteHostClosedError);
    }

    void transientFailuresOfIdempotentCallsAreRetried()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        int calls = 0;
        m_net->handler = [&](FakeReply *r, const SeenRequest &) {
            if (calls++ < 2) {
                if (status)
                    r->respond(status, "upstream trouble");
                else
                    r->failWith(QNetworkReply::NetworkError(networkError));
            } else {
                r->respond(200, sandboxJson(QStringLiteral("x"), QStringLiteral("started")));
            }
        };
        const SandboxResult result
                = runJob(m_client->getSandbox(QStringLiteral("x")), &GetSandboxJob::finished);
        QVERIFY2(result.error.ok(), qPrintable(result.error.detail));
        QCOMPARE(m_net->seen.size(), 3);
    }

    void retriesAreCapped()
    {
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(503, "busy");
        };
        const SandboxResult result
                = runJob(m_client->getSandbox(QStringLiteral("x")), &GetSandboxJob::finished);
        QCOMPARE(result.error.kind, DaytonaError::Kind::ServerError);
        QCOMPARE(m_net->seen.size(), RetryPolicy{}.maxRetries + 1);
    }

    void runningACommandIsNeverResentAfterItMayHaveArrived()
    {
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(503, "busy");
        };
        const QUrl toolbox(QStringLiteral("https://proxy.example/toolbox/sb"));
        const SessionExecResult busy
                = runJob(m_client->execInSession(
                                 toolbox, {QStringLiteral("s"), QStringLiteral("true"), true}),
                         &SessionExecJob::finished);
        QCOMPARE(busy.error.kind, DaytonaError::Kind::ServerError);
        QCOMPARE(m_net->seen.size(), 1);

        m_net->seen.clear();
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->failWith(QNetworkReply::RemoteHostClosedError);
        };
        const SessionExecResult reset
                = runJob(m_client->execInSession(
                                 toolbox, {QStringLiteral("s"), QStringLiteral("true"), true}),
                         &SessionExecJob::finished);
        QCOMPARE(reset.error.kind, DaytonaError::Kind::ConnectionLost);
        QCOMPARE(m_net->seen.size(), 1);

        // Refused: it never reached the server, so sending it again is safe.
        m_net->seen.clear();
        int calls = 0;
        m_net->handler = [&calls](FakeReply *r, const SeenRequest &) {
            if (calls++ == 0)
                r->failWith(QNetworkReply::ConnectionRefusedError);
            else
                r->respond(202, R"({"cmdId":"c1"})");
        };
        const SessionExecResult refused
                = runJob(m_client->execInSession(
                                 toolbox, {QStringLiteral("s"), QStringLiteral("true"), true}),
                         &SessionExecJob::finished);
        QVERIFY(refused.error.ok());
        QCOMPARE(refused.commandId, QStringLiteral("c1"));
        QCOMPARE(m_net->seen.size(), 2);
    }

    void createMeetingItsOwnNameOnARetryTakesTheSandboxOver()
    {
        const QJsonObject labels{{QStringLiteral("app"), QStringLiteral("dreamfoundry")},
                                 {QStringLiteral("run"), QStringLiteral("r1")}};
        int calls = 0;
        m_net->handler = [&](FakeReply *r, const SeenRequest &s) {
            ++calls;
            if (s.method() == QStringLiteral("POST") && calls == 1)
                r->failWith(QNetworkReply::RemoteHostClosedError); // it did arrive, though
            else if (s.method() == QStringLiteral("POST"))
                r->respond(409,
                           R"({"statusCode":409,"message":"Sandbox with name n already exists"})");
            else
                r->respond(
                        200,
                        sandboxJson(QStringLiteral("sb9"), QStringLiteral("started"), {}, labels));
        };
        CreateSandboxRequest request;
        request.name = QStringLiteral("n");
        request.labels = {{QStringLiteral("app"), QStringLiteral("dreamfoundry")},
                          {QStringLiteral("run"), QStringLiteral("r1")}};
        const SandboxResult result
                = runJob(m_client->createSandbox(request), &CreateSandboxJob::finished);
        QVERIFY2(result.error.ok(), qPrintable(result.error.detail));
        QCOMPARE(result.sandbox.id, QStringLiteral("sb9"));
        QCOMPARE(m_net->seen.size(), 3);
        QCOMPARE(m_net->seen[2].method(), QStringLiteral("GET"));
        QCOMPARE(m_net->seen[2].path(), QStringLiteral("/api/sandbox/n"));
    }

    void createConflictOnFirstAttemptIsAnError()
    {
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(409, R"({"statusCode":409,"message":"Sandbox with name n already exists"})");
        };
        CreateSandboxRequest request;
        request.name = QStringLiteral("n");
        const SandboxResult result
                = runJob(m_client->createSandbox(request), &CreateSandboxJob::finished);
        QCOMPARE(result.error.kind, DaytonaError::Kind::Conflict);
        QVERIFY(result.error.message.contains(QStringLiteral("already exists")));
        QCOMPARE(m_net->seen.size(), 1);
    }

    void deleteRetriesConflictsAndTakesNotFoundAsGone()
    {
        int calls = 0;
        m_net->handler = [&calls](FakeReply *r, const SeenRequest &) {
            if (calls++ < 2)
                r->respond(409,
                           R"({"statusCode":409,"message":"Sandbox state change in progress"})");
            else
                r->respond(404,
                           R"({"statusCode":404,"message":"Sandbox with ID or name x not found"})");
        };
        const DeleteSandboxResult result
                = runJob(m_client->deleteSandbox(QStringLiteral("x")), &DeleteSandboxJob::finished);
        QVERIFY(result.error.ok());
        QVERIFY(result.wasAlreadyGone);
        QCOMPARE(m_net->seen.size(), 3);
        QCOMPARE(m_net->seen[0].method(), QStringLiteral("DELETE"));
    }

    void errorsBecomeSentences_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        using K = DaytonaError::Kind;
        QTest::newRow("401") << 401 << 0 << QByteArray(R"({"message":"Unauthorized"})")
                             << int(K::BadKey) << QStringLiteral("API key");
        QTest::newRow("403") << 403 << 0
                             << QByteArray(R"({"message":"Region eu is not available"})")
                             << int(K::Forbidden) << QStringLiteral("Region eu is not available");
        QTest::newRow("400 quota")
                << 400 << 0
                << QByteArray(R"({"message":"Total CPU limit exceeded. Maximum allowed: 10."})")
                << int(K::Quota) << QStringLiteral("quota");
        QTest::newRow("400 validation")
                << 400 << 0 << QByteArray(R"({"message":["name must be a string","x"]})")
                << int(K::BadRequest) << QStringLiteral("name must be a string, x");
        QTest::newRow("404 empty body")
                << 404 << 0 << QByteArray() << int(K::NotFound) << QStringLiteral("404");
        QTest::newRow("500") << 500 << 0
                             << QByteArray(R"({"message":"An unexpected error occurred."})")
                             << int(K::ServerError) << QStringLiteral("unexpected error");
        QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray()
                                 << int(K::Unreachable) << QStringLiteral("Cannot reach");
        QTest::newRow("unknown host") << 0 << int(QNetworkReply::HostNotFoundError) << QByteArray()
                                      << int(K::Unreachable) << QStringLiteral("API URL");
        QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << QByteArray()
                             << int(K::Tls) << QStringLiteral("secure connection");
    }

    void errorsBecomeSentences()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, says);
        m_net->handler = [&](FakeReply *r, const SeenRequest &) {
            if (status)
                r->respond(status, body);
            else
                r->failWith(QNetworkReply::NetworkError(networkError));
        };
        // DELETE would take 404 as success, and refused is retried: ask with a GET, no retries.
        DaytonaConnection c = testConnection();
        c.retry.maxRetries = 0;
        DaytonaClient client(c, m_net);
        const SandboxResult result
                = runJob(client.getSandbox(QStringLiteral("sb")), &GetSandboxJob::finished);
        QCOMPARE(int(result.error.kind), kind);
        QVERIFY2(result.error.message.contains(says), qPrintable(result.error.message));
        QVERIFY(!result.error.detail.isEmpty());
        QVERIFY(!result.error.message.contains(apiKey));
        QVERIFY(!result.error.detail.contains(apiKey));
    }

    void aHungRequestTimesOut()
    {
        m_net->handler = [](FakeReply *, const SeenRequest &) {
        }; // never answers
        DaytonaConnection c = testConnection();
        c.retry.maxRetries = 1;
        c.requestTimeoutSeconds = 1;
        DaytonaClient client(c, m_net);
        QElapsedTimer clock;
        clock.start();
        const SandboxResult result
                = runJob(client.getSandbox(QStringLiteral("sb")), &GetSandboxJob::finished);
        QCOMPARE(result.error.kind, DaytonaError::Kind::Timeout);
        QVERIFY(result.error.message.contains(QStringLiteral("1 second")));
        QCOMPARE(m_net->seen.size(), 2); // a GET is retried once after a timeout
        // Neither attempt gave up early (how much later they did is no functional matter).
        QVERIFY2(clock.elapsed() >= 1'900, qPrintable(QString::number(clock.elapsed())));
    }

    void abortEndsTheJobWithoutFinished()
    {
        m_net->handler = [](FakeReply *, const SeenRequest &) {
        };
        GetSandboxJob *job = m_client->getSandbox(QStringLiteral("sb"));
        QPointer<GetSandboxJob> guard(job);
        QSignalSpy spy(job, &GetSandboxJob::finished);
        job->start();
        job->abort();
        QTRY_VERIFY(!guard);
        QCOMPARE(spy.size(), 0);
    }

    void abortWhileTheDownloadIsWrittenLeavesNoFile_data()
    {
        QTest::addColumn<bool>("afterTheCommit");
        // The worker may not have started, be committing, or be done when abort() comes; the
        // first two race, the last is made sure of.
        QTest::newRow("while committing") << false;
        QTest::newRow("committed, not yet reported") << true;
    }

    void abortWhileTheDownloadIsWrittenLeavesNoFile()
    {
        QFETCH(bool, afterTheCommit);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("big.md"));
        QPointer<DownloadFileJob> job
                = m_client->downloadFile(QUrl(QStringLiteral("https://proxy.example/toolbox/sb")),
                                         QStringLiteral("/big"), target);
        QSignalSpy finished(job.data(), &DownloadFileJob::finished);
        bool aborted = false;
        m_net->handler = [&](FakeReply *r, const SeenRequest &) {
            // Queued: it runs once the job took the whole body and handed the commit on.
            connect(
                    r, &QNetworkReply::finished, this,
                    [&] {
                        if (afterTheCommit)
                            QThreadPool::globalInstance()->waitForDone();
                        job->abort();
                        aborted = true;
                    },
                    Qt::QueuedConnection);
            r->respond(200, QByteArray(4 * 1024 * 1024, 'x'));
        };
        job->start();
        QTRY_VERIFY(aborted);
        QThreadPool::globalInstance()->waitForDone();
        QTRY_VERIFY(!job);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void listAcceptsBothShapesAndPages()
    {
        // Current servers: {items, nextCursor}, two pages.
        m_net->handler = [](FakeReply *r, const SeenRequest &s) {
            const QUrlQuery query(s.request.url());
            if (query.queryItemValue(QStringLiteral("cursor")).isEmpty())
                r->respond(200,
                           "{\"items\":["
                                   + sandboxJson(QStringLiteral("a"), QStringLiteral("started"))
                                   + "],\"nextCursor\":\"c2\"}");
            else
                r->respond(200,
                           "{\"items\":["
                                   + sandboxJson(QStringLiteral("b"), QStringLiteral("stopped"))
                                   + "],\"nextCursor\":null}");
        };
        const DaytonaLabels labels{{QStringLiteral("app"), QStringLiteral("dreamfoundry")},
                                   {QStringLiteral("run"), QStringLiteral("a+b c")}};
        SandboxListResult result
                = runJob(m_client->listSandboxes(labels), &ListSandboxesJob::finished);
        QVERIFY(result.error.ok());
        QCOMPARE(result.sandboxes.size(), 2);
        QCOMPARE(result.sandboxes[1].id, QStringLiteral("b"));
        const QUrl first = m_net->seen[0].request.url();
        QVERIFY2(first.query(QUrl::FullyEncoded).contains(QStringLiteral("%2B")),
                 qPrintable(first.query(QUrl::FullyEncoded))); // `+` must not turn into a space
        const QJsonObject sent
                = QJsonDocument::fromJson(
                          QUrlQuery(first)
                                  .queryItemValue(QStringLiteral("labels"), QUrl::FullyDecoded)
                                  .toUtf8())
                          .object();
        QCOMPARE(sent.value(QStringLiteral("run")).toString(), QStringLiteral("a+b c"));

        // Servers before v0.180: a bare array.
        m_net->seen.clear();
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200,
                       "[" + sandboxJson(QStringLiteral("old"), QStringLiteral("started")) + "]");
        };
        result = runJob(m_client->listSandboxes(labels), &ListSandboxesJob::finished);
        QVERIFY(result.error.ok());
        QCOMPARE(result.sandboxes.size(), 1);
        QCOMPARE(result.sandboxes[0].id, QStringLiteral("old"));
    }

    void uploadIsMultipartWithPathBeforeFile()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.py"));
        QByteArray content(3 * 1024 * 1024, 'p');
        content += "\nEND";
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200, R"({"files":[]})");
        };
        const QUrl toolbox(QStringLiteral("https://proxy.example/toolbox/sb"));
        const QByteArray objective = "it's \"$(rm -rf /)\" `x`\n";
        const DaytonaResult result = runJob(
                m_client->uploadFiles(toolbox,
                                      {{QStringLiteral("/home/daytona/big.py"), {}, big},
                                       {QStringLiteral("/home/daytona/.o"), objective, {}}}),
                &UploadFilesJob::finished);
        QVERIFY2(result.error.ok(), qPrintable(result.error.detail));
        QCOMPARE(m_net->seen.size(), 1);
        const SeenRequest &s = m_net->seen[0];
        QCOMPARE(s.request.url().toString(),
                 QStringLiteral("https://proxy.example/toolbox/sb/files/bulk-upload"));
        QVERIFY(s.request.header(QNetworkRequest::ContentTypeHeader)
                        .toString()
                        .startsWith(QStringLiteral("multipart/form-data; boundary=")));
        const QByteArray &body = s.body;
        const qsizetype path0 = body.indexOf("name=\"files[0].path\"");
        const qsizetype file0 = body.indexOf("name=\"files[0].file\"; filename=\"big.py\"");
        const qsizetype path1 = body.indexOf("name=\"files[1].path\"");
        QVERIFY(path0 >= 0 && file0 > path0 && path1 > file0);
        QVERIFY(body.contains(content));
        QVERIFY(body.contains(objective));
        QVERIFY(body.contains("/home/daytona/.o"));
    }

    void uploadOneByOneForTheLegacyRoute()
    {
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200, {});
        };
        const QUrl toolbox(QStringLiteral("https://daytona.example/api/toolbox/sb/toolbox"));
        const DaytonaResult result = runJob(
                m_client->uploadFiles(toolbox,
                                      {{QStringLiteral("/home/daytona/a.py"), "print(1)", {}},
                                       {QStringLiteral("/home/daytona/b"), "x", {}}},
                                      true),
                &UploadFilesJob::finished);
        QVERIFY(result.error.ok());
        QCOMPARE(m_net->seen.size(), 2);
        QCOMPARE(m_net->seen[0].path(), QStringLiteral("/api/toolbox/sb/toolbox/files/upload"));
        QCOMPARE(QUrlQuery(m_net->seen[1].request.url())
                         .queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded),
                 QStringLiteral("/home/daytona/b"));
        QVERIFY(m_net->seen[0].body.contains("name=\"file\"; filename=\"a.py\""));
    }

    void downloadWritesTheFileAndReportsMissingOnes()
    {
        QTemporaryDir dir;
        const QUrl toolbox(QStringLiteral("https://proxy.example/toolbox/sb"));
        const QString target = dir.filePath(QStringLiteral("out.md"));
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200, "# hello\n");
        };
        DownloadResult result
                = runJob(m_client->downloadFile(
                                 toolbox, QStringLiteral("/home/daytona/a_output.md"), target),
                         &DownloadFileJob::finished);
        QVERIFY(result.error.ok());
        QCOMPARE(result.bytes, 8);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("# hello\n"));
        QCOMPARE(QUrlQuery(m_net->seen[0].request.url())
                         .queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded),
                 QStringLiteral("/home/daytona/a_output.md"));

        const QString missing = dir.filePath(QStringLiteral("missing.md"));
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(404, {});
        };
        result = runJob(m_client->downloadFile(toolbox, QStringLiteral("/nope"), missing),
                        &DownloadFileJob::finished);
        QVERIFY(result.error.isNotFound());
        QVERIFY(!QFile::exists(missing));

        // An empty artifact is still an artifact.
        const QString empty = dir.filePath(QStringLiteral("empty.md"));
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200, {});
        };
        result = runJob(m_client->downloadFile(toolbox, QStringLiteral("/e"), empty),
                        &DownloadFileJob::finished);
        QVERIFY(result.error.ok());
        QVERIFY(QFile::exists(empty));

        // A second download of the same file replaces the first whole, and no part of either
        // is left beside it.
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200, "# again\n");
        };
        result = runJob(m_client->downloadFile(toolbox, QStringLiteral("/home/daytona/a_output.md"),
                                               target),
                        &DownloadFileJob::finished);
        QVERIFY(result.error.ok());
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("# again\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("empty.md"), QStringLiteral("out.md")}));
    }

    void commandStatusHasNoExitCodeWhileRunning()
    {
        const QUrl toolbox(QStringLiteral("https://proxy.example/toolbox/sb"));
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200, R"({"id":"c","command":"x"})");
        };
        CommandStatusResult result
                = runJob(m_client->commandStatus(toolbox, QStringLiteral("s"), QStringLiteral("c")),
                         &CommandStatusJob::finished);
        QVERIFY(result.error.ok());
        QVERIFY(!result.exitCode);
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200, R"({"id":"c","command":"x","exitCode":3})");
        };
        result = runJob(m_client->commandStatus(toolbox, QStringLiteral("s"), QStringLiteral("c")),
                        &CommandStatusJob::finished);
        QCOMPARE(result.exitCode, std::optional(3));
        QCOMPARE(m_net->seen.last().path(),
                 QStringLiteral("/toolbox/sb/process/session/s/command/c"));
    }

    void waitingFollowsTheStatesAndReportsTheReason()
    {
        QStringList states{QStringLiteral("creating"), QStringLiteral("starting"),
                           QStringLiteral("started")};
        m_net->handler = [&states](FakeReply *r, const SeenRequest &) {
            r->respond(200,
                       sandboxJson(QStringLiteral("w"),
                                   states.size() > 1 ? states.takeFirst() : states.first()));
        };
        SandboxResult result = runJob(m_client->waitUntilStarted(QStringLiteral("w"), 10),
                                      &WaitForSandboxJob::finished);
        QVERIFY(result.error.ok());
        QCOMPARE(m_net->seen.size(), 3);

        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200,
                       sandboxJson(QStringLiteral("w"), QStringLiteral("error"),
                                   QStringLiteral("Failed to pull the snapshot")));
        };
        result = runJob(m_client->waitUntilStarted(QStringLiteral("w"), 10),
                        &WaitForSandboxJob::finished);
        QVERIFY(!result.error.ok());
        QVERIFY2(result.error.message.contains(QStringLiteral("Failed to pull the snapshot")),
                 qPrintable(result.error.message));
    }

    void pollingBacksOffLikeTheSdk()
    {
        QCOMPARE(WaitForSandboxJob::nextPollDelayMs(0, 0), 100);
        QCOMPARE(WaitForSandboxJob::nextPollDelayMs(4'000, 100), 100);
        QCOMPARE(WaitForSandboxJob::nextPollDelayMs(6'000, 100), 110);
        QCOMPARE(WaitForSandboxJob::nextPollDelayMs(60'000, 950), 1'000);
        QCOMPARE(WaitForSandboxJob::nextPollDelayMs(60'000, 1'000), 1'000);
    }

    void demuxerFollowsMarkersAcrossChunks()
    {
        LogDemuxer d;
        QByteArray out;
        QByteArray err;
        const auto take = [&](const QList<LogDemuxer::Chunk> &chunks) {
            for (const auto &c : chunks)
                (c.stream == OutputStream::Stdout ? out : err) += c.bytes;
        };
        take(d.feed("\x01\x01\x01hello\n\x02"));
        take(d.feed("\x02"));
        take(d.feed("\x02oops\n\x01\x01"));
        take(d.feed("\x01more\n"));
        take(d.flush());
        QCOMPARE(out, QByteArray("hello\nmore\n"));
        QCOMPARE(err, QByteArray("oops\n"));
        QCOMPARE(d.rawBytesSeen(), qint64(25));

        LogDemuxer plain;
        const auto chunks = plain.feed("no markers at all\n");
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(chunks[0].stream, OutputStream::Stdout);
    }

    void theKeyNeverReachesTheLog()
    {
        static QStringList messages;
        messages.clear();
        const QtMessageHandler previous
                = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                            const QString &message) { messages.append(message); });
        QLoggingCategory::setFilterRules(QStringLiteral("dreamfoundry.daytona*=true"));
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(401, R"({"message":"bad"})");
        };
        runJob(m_client->getSandbox(QStringLiteral("sb")), &GetSandboxJob::finished);
        m_net->handler = [](FakeReply *r, const SeenRequest &) {
            r->respond(200, sandboxJson(QStringLiteral("sb"), QStringLiteral("started")));
        };
        runJob(m_client->getSandbox(QStringLiteral("sb")), &GetSandboxJob::finished);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        QVERIFY(!messages.isEmpty());
        for (const QString &m : std::as_const(messages))
            QVERIFY2(!m.contains(apiKey), qPrintable(m));
    }
};

QTEST_GUILESS_MAIN(TestDaytonaClient)
#include "test_daytona_client.moc"
