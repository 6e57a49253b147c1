// The Daytona stand-in, driven over real HTTP by QNetworkAccessManager: strictness (401, 404,
// 400), the sandbox lifecycle, the toolbox with real bwrap sandboxes, and every fault knob.

#include "daytonastandin.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace DreamFoundry::Test;

namespace {

constexpr int replyTimeoutMs = 20'000;

} // namespace

class TestDaytonaStandIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rejectsMissingOrWrongKey_data();
    void rejectsMissingOrWrongKey();
    void unknownPathsAre404();
    void invalidBodiesAre400_data();
    void invalidBodiesAre400();
    void fullFlow();
    void sessionLogFormatsFollowHeaders();
    void legacyToolboxRoutesAndListShapes();
    void sandboxIsPrivateAndPersistent();
    void executeTimeoutAnswers408AndKills();
    void deleteKillsRunningCommands();
    void deletingASessionKillsItsCommands();
    void autoStopThenAutoDelete();
    void createCanWaitUntilStarted();

    void latencyDelaysEveryAnswer();
    void rateLimitedCreates();
    void serverErrorsOnMatchingPath();
    void droppedConnection();
    void hungRequest();
    void sandboxEndingInError();
    void failingDeletes_data();
    void failingDeletes();

private:
    QNetworkReply *send(const QByteArray &method, const QString &url, const QByteArray &body = {},
                        const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                        bool authorized = true);
    // Sends and waits for the answer (QSignalSpy::wait, no sleeps).
    QNetworkReply *call(const QByteArray &method, const QString &url, const QByteArray &body = {},
                        const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                        bool authorized = true);
    static int status(QNetworkReply *reply);
    static QJsonObject json(QNetworkReply *reply);
    QString createStarted(const QJsonObject &body = {});
    QString sandboxStateOverHttp(const QString &id);
    QString toolbox(const QString &id) const;

    std::unique_ptr<DaytonaStandIn> m_standIn;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_folder; // the stand-in's own; other tests' stand-ins may run beside it
};

void TestDaytonaStandIn::init()
{
    m_standIn = std::make_unique<DaytonaStandIn>();
    QVERIFY(m_standIn->listen());
    m_folder = m_standIn->sandboxesFolder();
    QVERIFY(QFileInfo(m_folder).isDir());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestDaytonaStandIn::cleanup()
{
    m_nam.reset();
    m_standIn.reset();
    // Destroying the stand-in removes every sandbox's folder, and its own.
    QVERIFY2(!QFileInfo::exists(m_folder), qPrintable(m_folder));
}

QNetworkReply *TestDaytonaStandIn::send(const QByteArray &method, const QString &url,
                                        const QByteArray &body,
                                        const QList<std::pair<QByteArray, QByteArray>> &headers,
                                        bool authorized)
{
    QNetworkRequest request{QUrl(url)};
    if (authorized)
        request.setRawHeader("Authorization", "Bearer " + m_standIn->apiKey().toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    reply->setParent(this);
    return reply;
}

QNetworkReply *TestDaytonaStandIn::call(const QByteArray &method, const QString &url,
                                        const QByteArray &body,
                                        const QList<std::pair<QByteArray, QByteArray>> &headers,
                                        bool authorized)
{
    QNetworkReply *reply = send(method, url, body, headers, authorized);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(replyTimeoutMs);
    }
    return reply;
}

int TestDaytonaStandIn::status(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject TestDaytonaStandIn::json(QNetworkReply *reply)
{
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QString TestDaytonaStandIn::toolbox(const QString &id) const
{
    return m_standIn->toolboxProxyUrl() + QLatin1Char('/') + id;
}

QString TestDaytonaStandIn::sandboxStateOverHttp(const QString &id)
{
    QNetworkReply *reply = call("GET", m_standIn->baseUrl() + QStringLiteral("/sandbox/") + id);
    if (status(reply) == 404)
        return QStringLiteral("404");
    return json(reply).value(QStringLiteral("state")).toString();
}

QString TestDaytonaStandIn::createStarted(const QJsonObject &body)
{
    QNetworkReply *reply = call("POST", m_standIn->baseUrl() + QStringLiteral("/sandbox"),
                                QJsonDocument(body).toJson());
    const QString id = json(reply).value(QStringLiteral("id")).toString();
    if (status(reply) != 200 || id.isEmpty())
        return {};
    QElapsedTimer timer;
    timer.start();
    while (sandboxStateOverHttp(id) != QStringLiteral("started") && timer.elapsed() < 10'000) {
        QSignalSpy changed(m_standIn.get(), &DaytonaStandIn::sandboxStateChanged);
        changed.wait(500);
    }
    return id;
}

void TestDaytonaStandIn::rejectsMissingOrWrongKey_data()
{
    QTest::addColumn<bool>("sendKey");
    QTest::addColumn<QString>("path");
    QTest::newRow("no key, main API") << false << QStringLiteral("/api/sandbox");
    QTest::newRow("wrong key, main API") << true << QStringLiteral("/api/sandbox");
    QTest::newRow("no key, toolbox") << false << QStringLiteral("/toolbox/x/process/session");
    QTest::newRow("wrong key, toolbox") << true << QStringLiteral("/toolbox/x/process/session");
}

void TestDaytonaStandIn::rejectsMissingOrWrongKey()
{
    QFETCH(bool, sendKey);
    QFETCH(QString, path);
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_standIn->port()) + path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (sendKey)
        headers.append(
                std::pair<QByteArray, QByteArray>("Authorization", "Bearer dtn_not-the-key"));
    QNetworkReply *reply = call("GET", url, {}, headers, false);
    QCOMPARE(status(reply), 401);
    const QJsonObject body = json(reply);
    QCOMPARE(body.value(QStringLiteral("statusCode")).toInt(), 401);
    QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
}

void TestDaytonaStandIn::unknownPathsAre404()
{
    const QString root = QStringLiteral("http://127.0.0.1:%1").arg(m_standIn->port());
    for (const QString &path : {QStringLiteral("/api/nothing"), QStringLiteral("/elsewhere"),
                                QStringLiteral("/api/sandbox/x/y/z")}) {
        QNetworkReply *reply = call("GET", root + path);
        QCOMPARE(status(reply), 404);
        const QJsonObject body = json(reply);
        QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("Not Found"));
        QCOMPARE(body.value(QStringLiteral("path")).toString(), path);
    }
    QCOMPARE(status(call("GET", m_standIn->baseUrl() + QStringLiteral("/sandbox/missing"))), 404);
    const QString id = createStarted();
    QVERIFY(!id.isEmpty());
    QNetworkReply *reply = call("GET", toolbox(id) + QStringLiteral("/no/such/route"));
    QCOMPARE(status(reply), 404);
    QCOMPARE(json(reply).value(QStringLiteral("code")).toString(), QStringLiteral("NOT_FOUND"));
}

void TestDaytonaStandIn::invalidBodiesAre400_data()
{
    QTest::addColumn<QString>("where"); // "api" or "toolbox"
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed JSON") << "api"
                                    << "/sandbox" << QByteArray("{\"name\": ");
    QTest::newRow("not an object") << "api"
                                   << "/sandbox" << QByteArray("[1,2]");
    QTest::newRow("negative autoStop") << "api"
                                       << "/sandbox" << QByteArray("{\"autoStopInterval\":-1}");
    QTest::newRow("labels not strings") << "api"
                                        << "/sandbox" << QByteArray("{\"labels\":{\"a\":1}}");
    QTest::newRow("resources with snapshot") << "api"
                                             << "/sandbox" << QByteArray("{\"cpu\":2}");
    QTest::newRow("execute without command") << "toolbox"
                                             << "/process/execute" << QByteArray("{}");
    QTest::newRow("execute bad env name")
            << "toolbox"
            << "/process/execute" << QByteArray("{\"command\":\"true\",\"envs\":{\"1A\":\"x\"}}");
    QTest::newRow("session without id") << "toolbox"
                                        << "/process/session" << QByteArray("{}");
    QTest::newRow("bulk download no paths")
            << "toolbox"
            << "/files/bulk-download" << QByteArray("{\"paths\":[]}");
}

void TestDaytonaStandIn::invalidBodiesAre400()
{
    QFETCH(QString, where);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QString base = m_standIn->baseUrl();
    if (where == QStringLiteral("toolbox")) {
        const QString id = createStarted();
        QVERIFY(!id.isEmpty());
        base = toolbox(id);
    }
    QNetworkReply *reply = call("POST", base + path, body);
    QCOMPARE(status(reply), 400);
    const QJsonObject error = json(reply);
    QCOMPARE(error.value(QStringLiteral("statusCode")).toInt(), 400);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
}

void TestDaytonaStandIn::fullFlow()
{
    DaytonaStandInKnobs knobs;
    knobs.startDelayMs = 300;
    m_standIn->setKnobs(knobs);
    const QString api = m_standIn->baseUrl();

    // Create: answers at once, still creating.
    const QJsonObject create{{QStringLiteral("name"), QStringLiteral("forge-a-1")},
                             {QStringLiteral("labels"),
                              QJsonObject{{QStringLiteral("app"), QStringLiteral("dreamfoundry")},
                                          {QStringLiteral("run"), QStringLiteral("r1")}}},
                             {QStringLiteral("autoStopInterval"), 30},
                             {QStringLiteral("autoDeleteInterval"), 60},
                             {QStringLiteral("env"),
                              QJsonObject{{QStringLiteral("GREETING"), QStringLiteral("hi")}}}};
    QNetworkReply *reply
            = call("POST", api + QStringLiteral("/sandbox"), QJsonDocument(create).toJson(),
                   {{"X-Daytona-Source", "dreamfoundry-desktop"}});
    QCOMPARE(status(reply), 200);
    const QJsonObject sandbox = json(reply);
    const QString id = sandbox.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(sandbox.value(QStringLiteral("state")).toString(), QStringLiteral("creating"));
    QCOMPARE(sandbox.value(QStringLiteral("name")).toString(), QStringLiteral("forge-a-1"));
    QCOMPARE(sandbox.value(QStringLiteral("autoDeleteInterval")).toInt(), 60);
    QCOMPARE(sandbox.value(QStringLiteral("toolboxProxyUrl")).toString(),
             m_standIn->toolboxProxyUrl());
    QCOMPARE(m_standIn->requests().last().header("x-daytona-source"),
             QByteArray("dreamfoundry-desktop"));
    QCOMPARE(status(call("POST", api + QStringLiteral("/sandbox"), QJsonDocument(create).toJson())),
             409);

    // Poll until started.
    QTRY_COMPARE_WITH_TIMEOUT(sandboxStateOverHttp(id), QStringLiteral("started"), 5000);
    QCOMPARE(sandboxStateOverHttp(QStringLiteral("forge-a-1")), QStringLiteral("started"));

    // Upload a script (bulk-upload, as the SDK does).
    const QByteArray script = "import sys\nprint('args', sys.argv[1])\nopen(sys.argv[2], "
                              "'w').write('artifact ' + sys.argv[1])\n";
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart pathPart;
    pathPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"files[0].path\""));
    pathPart.setBody("/home/daytona/cand.py");
    QHttpPart filePart;
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"files[0].file\"; filename=\"cand.py\""));
    filePart.setBody(script);
    multipart->append(pathPart);
    multipart->append(filePart);
    QNetworkRequest uploadRequest(QUrl(toolbox(id) + QStringLiteral("/files/bulk-upload")));
    uploadRequest.setRawHeader("Authorization", "Bearer " + m_standIn->apiKey().toUtf8());
    reply = m_nam->post(uploadRequest, multipart);
    multipart->setParent(reply);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), replyTimeoutMs);
    QCOMPARE(status(reply), 200);
    QVERIFY(m_standIn->sandboxHostHome(id).startsWith(m_folder + QLatin1Char('/')));
    QFile uploaded(m_standIn->sandboxHostHome(id) + QStringLiteral("/cand.py"));
    QVERIFY(uploaded.open(QIODevice::ReadOnly));
    QCOMPARE(uploaded.readAll(), script);

    // Execute (sync).
    reply = call(
            "POST", toolbox(id) + QStringLiteral("/process/execute"),
            R"({"command":"python3 cand.py \"$GREETING there\" out.md && echo $PWD","timeout":30})");
    QCOMPARE(status(reply), 200);
    QJsonObject executed = json(reply);
    QCOMPARE(executed.value(QStringLiteral("exitCode")).toInt(), 0);
    QCOMPARE(executed.value(QStringLiteral("result")).toString(),
             QStringLiteral("args hi there\n/home/daytona\n"));

    // Session, command in the background, streamed logs, status.
    QCOMPARE(status(call("POST", toolbox(id) + QStringLiteral("/process/session"),
                         R"({"sessionId":"s1"})")),
             201);
    QCOMPARE(status(call("POST", toolbox(id) + QStringLiteral("/process/session"),
                         R"({"sessionId":"s1"})")),
             409);
    reply = call(
            "POST", toolbox(id) + QStringLiteral("/process/session/s1/exec"),
            R"({"command":"echo out1; echo err1 >&2; sleep 0.3; python3 cand.py late out2.md","runAsync":true})");
    QCOMPARE(status(reply), 202);
    const QString cmdId = json(reply).value(QStringLiteral("cmdId")).toString();
    QVERIFY(!cmdId.isEmpty());
    const QString command = toolbox(id) + QStringLiteral("/process/session/s1/command/") + cmdId;
    reply = send("GET", command + QStringLiteral("/logs?follow=true"));
    QByteArray streamed;
    connect(reply, &QNetworkReply::readyRead, this, [&] { streamed += reply->readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), replyTimeoutMs);
    streamed += reply->readAll();
    QCOMPARE(status(reply), 200);
    // The plain-HTTP stream is combined and marker-free.
    QVERIFY2(streamed.contains("out1\n") && streamed.contains("err1\n")
                     && streamed.endsWith("args late\n"),
             streamed.constData());
    QVERIFY(!streamed.contains('\x01'));
    reply = call("GET", command);
    QCOMPARE(status(reply), 200);
    QJsonObject commandStatus = json(reply);
    QCOMPARE(commandStatus.value(QStringLiteral("id")).toString(), cmdId);
    QCOMPARE(commandStatus.value(QStringLiteral("exitCode")).toInt(-1), 0);

    // Download the artifacts; a missing file is a 404 with an empty body.
    reply = call("GET", toolbox(id) + QStringLiteral("/files/download?path=/home/daytona/out2.md"));
    QCOMPARE(status(reply), 200);
    QCOMPARE(reply->readAll(), QByteArray("artifact late"));
    reply = call("GET", toolbox(id) + QStringLiteral("/files/download?path=out.md"));
    QCOMPARE(reply->readAll(), QByteArray("artifact hi there"));
    reply = call("GET", toolbox(id) + QStringLiteral("/files/download?path=/home/daytona/none.md"));
    QCOMPARE(status(reply), 404);
    QVERIFY(reply->readAll().isEmpty());
    reply = call("POST", toolbox(id) + QStringLiteral("/files/bulk-download"),
                 R"({"paths":["/home/daytona/out2.md","/home/daytona/none.md"]})");
    QCOMPARE(status(reply), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .contains(QStringLiteral("DAYTONA-FILE-BOUNDARY")));
    const QByteArray parts = reply->readAll();
    QVERIFY(parts.contains("artifact late") && parts.contains("FILE_NOT_FOUND")
            && parts.endsWith("--DAYTONA-FILE-BOUNDARY--\r\n"));

    // List by labels.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("labels"),
                       QString::fromUtf8(QUrl::toPercentEncoding(
                               QStringLiteral(R"({"app":"dreamfoundry"})"))));
    reply = call("GET", api + QStringLiteral("/sandbox?") + query.toString(QUrl::FullyEncoded));
    QCOMPARE(status(reply), 200);
    QJsonObject page = json(reply);
    QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(page.value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
             id);
    QVERIFY(page.value(QStringLiteral("items"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("env"))
                    .isUndefined());
    QVERIFY(page.contains(QStringLiteral("nextCursor"))
            && page.value(QStringLiteral("nextCursor")).isNull());
    reply = call("GET",
                 api + QStringLiteral("/sandbox?labels=")
                         + QString::fromUtf8(
                                 QUrl::toPercentEncoding(QStringLiteral(R"({"app":"other"})"))));
    QCOMPARE(json(reply).value(QStringLiteral("items")).toArray().size(), 0);

    // Delete: destroying, then 404, nothing left behind.
    reply = call("DELETE", api + QStringLiteral("/sandbox/") + id);
    QCOMPARE(status(reply), 200);
    QCOMPARE(json(reply).value(QStringLiteral("state")).toString(), QStringLiteral("destroying"));
    QTRY_COMPARE_WITH_TIMEOUT(sandboxStateOverHttp(id), QStringLiteral("404"), 5000);
    QCOMPARE(m_standIn->sandboxCount(), 0);
    QCOMPARE(m_standIn->runningProcessCount(), 0);
    // The folder goes with the sandbox object, which is deleted later.
    QTRY_VERIFY(QDir(m_folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestDaytonaStandIn::sessionLogFormatsFollowHeaders()
{
    const QString id = createStarted();
    QVERIFY(!id.isEmpty());
    QCOMPARE(status(call("POST", toolbox(id) + QStringLiteral("/process/session"),
                         R"({"sessionId":"f"})")),
             201);
    QNetworkReply *reply = call("POST", toolbox(id) + QStringLiteral("/process/session/f/exec"),
                                R"({"command":"echo o; echo e >&2","runAsync":false})",
                                {{"X-Daytona-SDK-Version", "0.218.0"}});
    QCOMPARE(status(reply), 200);
    const QJsonObject sync = json(reply);
    QCOMPARE(sync.value(QStringLiteral("stdout")).toString(), QStringLiteral("o\n"));
    QCOMPARE(sync.value(QStringLiteral("stderr")).toString(), QStringLiteral("e\n"));
    QCOMPARE(sync.value(QStringLiteral("output")).toString(),
             QStringLiteral("\x01\x01\x01o\n\x02\x02\x02"
                            "e\n"));
    const QString logs = toolbox(id) + QStringLiteral("/process/session/f/command/")
            + sync.value(QStringLiteral("cmdId")).toString() + QStringLiteral("/logs");

    // A: no headers: text, markers stripped.
    reply = call("GET", logs);
    QCOMPARE(reply->readAll(), QByteArray("o\ne\n"));
    // B: split header: text with markers.
    reply = call("GET", logs, {}, {{"X-Daytona-Split-Output", "true"}});
    QCOMPARE(reply->readAll(),
             QByteArray("\x01\x01\x01o\n\x02\x02\x02"
                        "e\n"));
    // C: a current SDK: JSON with the streams apart.
    reply = call("GET", logs, {}, {{"X-Daytona-SDK-Version", "0.190.0"}});
    const QJsonObject c = json(reply);
    QCOMPARE(c.value(QStringLiteral("stdout")).toString(), QStringLiteral("o\n"));
    QCOMPARE(c.value(QStringLiteral("stderr")).toString(), QStringLiteral("e\n"));
    // Old SDK: like A.
    reply = call("GET", logs, {}, {{"X-Daytona-SDK-Version", "0.20.0"}});
    QCOMPARE(reply->readAll(), QByteArray("o\ne\n"));
}

void TestDaytonaStandIn::legacyToolboxRoutesAndListShapes()
{
    const QString id = createStarted(
            {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}});
    QVERIFY(!id.isEmpty());
    const QString legacy
            = m_standIn->baseUrl() + QStringLiteral("/toolbox/") + id + QStringLiteral("/toolbox");
    QNetworkReply *reply = call("POST", legacy + QStringLiteral("/process/execute"),
                                R"({"command":"echo legacy"})");
    QCOMPARE(status(reply), 200);
    QCOMPARE(json(reply).value(QStringLiteral("result")).toString(), QStringLiteral("legacy\n"));
    reply = call("GET",
                 m_standIn->baseUrl() + QStringLiteral("/sandbox/") + id
                         + QStringLiteral("/toolbox-proxy-url"));
    QCOMPARE(json(reply).value(QStringLiteral("url")).toString(), m_standIn->toolboxProxyUrl());

    m_standIn->mutableKnobs().legacyListShape = true;
    reply = call("GET", m_standIn->baseUrl() + QStringLiteral("/sandbox"));
    const QJsonDocument array = QJsonDocument::fromJson(reply->readAll());
    QVERIFY(array.isArray());
    QCOMPARE(array.array().size(), 1);
    reply = call("GET",
                 m_standIn->baseUrl() + QStringLiteral("/sandbox/paginated?page=1&limit=10"));
    const QJsonObject paginated = json(reply);
    QCOMPARE(paginated.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(paginated.value(QStringLiteral("totalPages")).toInt(), 1);
}

void TestDaytonaStandIn::sandboxIsPrivateAndPersistent()
{
    const QString id = createStarted();
    QVERIFY(!id.isEmpty());
    const QString execute = toolbox(id) + QStringLiteral("/process/execute");
    QNetworkReply *reply = call(
            "POST", execute,
            R"({"command":"echo $HOME; pwd; ls /home; echo kept > /tmp/t; echo x > /home/daytona/h"})");
    QCOMPARE(json(reply).value(QStringLiteral("result")).toString(),
             QStringLiteral("/home/daytona\n/home/daytona\ndaytona\n"));
    reply = call("POST", execute, R"({"command":"cat /tmp/t /home/daytona/h","cwd":"/tmp"})");
    QCOMPARE(json(reply).value(QStringLiteral("result")).toString(), QStringLiteral("kept\nx\n"));
    // The host's temporary folder (where every sandbox's folders live) is out of sight.
    reply = call("POST", execute, R"({"command":"ls /tmp"})");
    QCOMPARE(json(reply).value(QStringLiteral("result")).toString(), QStringLiteral("t\n"));
    // Paths outside the sandbox's folders cannot be read through the file API.
    reply = call("GET", toolbox(id) + QStringLiteral("/files/download?path=/etc/passwd"));
    QCOMPARE(status(reply), 404);
    reply = call("GET", toolbox(id) + QStringLiteral("/files/download?path=../../../etc/passwd"));
    QCOMPARE(status(reply), 404);
}

void TestDaytonaStandIn::executeTimeoutAnswers408AndKills()
{
    const QString id = createStarted();
    QVERIFY(!id.isEmpty());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = call("POST", toolbox(id) + QStringLiteral("/process/execute"),
                                R"({"command":"sleep 30 & sleep 30","timeout":1})");
    QCOMPARE(status(reply), 408);
    QCOMPARE(json(reply).value(QStringLiteral("code")).toString(),
             QStringLiteral("REQUEST_TIMEOUT"));
    QVERIFY(timer.elapsed() < 10'000);
    QTRY_COMPARE(m_standIn->runningProcessCount(), 0);
}

void TestDaytonaStandIn::deleteKillsRunningCommands()
{
    const QString id = createStarted();
    QVERIFY(!id.isEmpty());
    QCOMPARE(status(call("POST", toolbox(id) + QStringLiteral("/process/session"),
                         R"({"sessionId":"k"})")),
             201);
    QCOMPARE(status(call("POST", toolbox(id) + QStringLiteral("/process/session/k/exec"),
                         R"({"command":"sleep 60","runAsync":true})")),
             202);
    QCOMPARE(m_standIn->runningProcessCount(), 1);
    QCOMPARE(status(call("DELETE", m_standIn->baseUrl() + QStringLiteral("/sandbox/") + id)), 200);
    QTRY_COMPARE(m_standIn->sandboxCount(), 0);
    QCOMPARE(m_standIn->runningProcessCount(), 0);
}

void TestDaytonaStandIn::deletingASessionKillsItsCommands()
{
    const QString id = createStarted();
    QVERIFY(!id.isEmpty());
    const QString session = toolbox(id) + QStringLiteral("/process/session");
    QCOMPARE(status(call("POST", session, R"({"sessionId":"s"})")), 201);
    QCOMPARE(status(call("POST", session + QStringLiteral("/s/exec"),
                         R"({"command":"sleep 60 & sleep 60","runAsync":true})")),
             202);
    QCOMPARE(m_standIn->runningProcessCount(), 1);
    // The answer comes once they are dead, not merely signalled.
    QCOMPARE(status(call("DELETE", session + QStringLiteral("/s"))), 204);
    QCOMPARE(m_standIn->runningProcessCount(), 0);
    QCOMPARE(m_standIn->sandboxState(id), QStringLiteral("started"));
    QCOMPARE(status(call("GET", session + QStringLiteral("/s"))), 404);
    QCOMPARE(status(call("DELETE", session + QStringLiteral("/s"))), 404);
}

void TestDaytonaStandIn::autoStopThenAutoDelete()
{
    m_standIn->mutableKnobs().minuteMs = 100;
    const QString id = createStarted(
            {{QStringLiteral("autoStopInterval"), 1}, {QStringLiteral("autoDeleteInterval"), 0}});
    QVERIFY(!id.isEmpty());
    QSignalSpy removed(m_standIn.get(), &DaytonaStandIn::sandboxRemoved);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 5000);
    QCOMPARE(removed.first().first().toString(), id);
    QCOMPARE(sandboxStateOverHttp(id), QStringLiteral("404"));
}

void TestDaytonaStandIn::createCanWaitUntilStarted()
{
    m_standIn->mutableKnobs().createWaitsUntilStarted = true;
    m_standIn->mutableKnobs().startDelayMs = 300;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = call("POST", m_standIn->baseUrl() + QStringLiteral("/sandbox"), "{}");
    QCOMPARE(status(reply), 200);
    QCOMPARE(json(reply).value(QStringLiteral("state")).toString(), QStringLiteral("started"));
    QVERIFY(timer.elapsed() >= 300);

    m_standIn->mutableKnobs().failingSandboxes = 1;
    m_standIn->mutableKnobs().sandboxErrorReason = QStringLiteral("disk full");
    reply = call("POST", m_standIn->baseUrl() + QStringLiteral("/sandbox"), "{}");
    QCOMPARE(status(reply), 400);
    QCOMPARE(json(reply).value(QStringLiteral("message")).toString(),
             QStringLiteral("Sandbox failed to start: disk full"));
}

void TestDaytonaStandIn::latencyDelaysEveryAnswer()
{
    m_standIn->mutableKnobs().latencyMs = 200;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(status(call("GET", m_standIn->baseUrl() + QStringLiteral("/sandbox"))), 200);
    QVERIFY(timer.elapsed() >= 200);
}

void TestDaytonaStandIn::rateLimitedCreates()
{
    m_standIn->mutableKnobs().rateLimitedCreates = 2;
    m_standIn->mutableKnobs().retryAfterSeconds = 3;
    for (int i = 0; i < 2; ++i) {
        QNetworkReply *reply
                = call("POST", m_standIn->baseUrl() + QStringLiteral("/sandbox"), "{}");
        QCOMPARE(status(reply), 429);
        QCOMPARE(reply->rawHeader("Retry-After-sandbox-create"), QByteArray("3"));
        QVERIFY(!reply->hasRawHeader("Retry-After"));
    }
    QCOMPARE(m_standIn->sandboxCount(), 0);
    QVERIFY(!createStarted().isEmpty());
}

void TestDaytonaStandIn::serverErrorsOnMatchingPath()
{
    m_standIn->mutableKnobs().serverErrors = 2;
    m_standIn->mutableKnobs().serverErrorStatus = 502;
    m_standIn->mutableKnobs().serverErrorPathPattern = QStringLiteral("^/api/sandbox$");
    QCOMPARE(status(call("GET", m_standIn->baseUrl() + QStringLiteral("/config"))), 200);
    QCOMPARE(status(call("GET", m_standIn->baseUrl() + QStringLiteral("/sandbox"))), 502);
    QCOMPARE(status(call("GET", m_standIn->baseUrl() + QStringLiteral("/sandbox"))), 502);
    QCOMPARE(status(call("GET", m_standIn->baseUrl() + QStringLiteral("/sandbox"))), 200);
}

void TestDaytonaStandIn::droppedConnection()
{
    // QNetworkAccessManager silently resends a request (even a POST) when the connection
    // closes before any answer, so the fault is armed for more drops than it will retry.
    m_standIn->mutableKnobs().droppedConnections = 10;
    m_standIn->mutableKnobs().dropPathPattern = QStringLiteral("^/api/sandbox$");
    QNetworkReply *reply = call("POST", m_standIn->baseUrl() + QStringLiteral("/sandbox"), "{}");
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(status(reply), 0);
    qInfo() << "QNetworkAccessManager sent the dropped POST" << m_standIn->requests().size()
            << "times";
    QCOMPARE(m_standIn->requests().size(), 10 - m_standIn->knobs().droppedConnections);
    QCOMPARE(m_standIn->sandboxCount(), 0);
    m_standIn->mutableKnobs().droppedConnections = 0;
    QCOMPARE(status(call("GET", m_standIn->baseUrl() + QStringLiteral("/sandbox"))), 200);
}

void TestDaytonaStandIn::hungRequest()
{
    m_standIn->mutableKnobs().hungRequests = 1;
    m_standIn->mutableKnobs().hangPathPattern = QStringLiteral("/sandbox$");
    QNetworkRequest request{QUrl(m_standIn->baseUrl() + QStringLiteral("/sandbox"))};
    request.setRawHeader("Authorization", "Bearer " + m_standIn->apiKey().toUtf8());
    request.setTransferTimeout(500);
    QNetworkReply *reply = m_nam->get(request);
    reply->setParent(this);
    QSignalSpy received(m_standIn.get(), &DaytonaStandIn::requestReceived);
    QTRY_COMPARE(received.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // the client gave up
    QCOMPARE(status(call("GET", m_standIn->baseUrl() + QStringLiteral("/sandbox"))), 200);
}

void TestDaytonaStandIn::sandboxEndingInError()
{
    m_standIn->mutableKnobs().startDelayMs = 100;
    m_standIn->mutableKnobs().failingSandboxes = 1;
    m_standIn->mutableKnobs().sandboxErrorReason = QStringLiteral("no runner");
    QNetworkReply *reply = call("POST", m_standIn->baseUrl() + QStringLiteral("/sandbox"), "{}");
    const QString id = json(reply).value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(sandboxStateOverHttp(id), QStringLiteral("error"), 5000);
    reply = call("GET", m_standIn->baseUrl() + QStringLiteral("/sandbox/") + id);
    QCOMPARE(json(reply).value(QStringLiteral("errorReason")).toString(),
             QStringLiteral("no runner"));
    // Toolbox calls on it fail; it can still be deleted.
    QCOMPARE(status(call("POST", toolbox(id) + QStringLiteral("/process/execute"),
                         R"({"command":"true"})")),
             400);
    QCOMPARE(status(call("DELETE", m_standIn->baseUrl() + QStringLiteral("/sandbox/") + id)), 200);
    QTRY_COMPARE(m_standIn->sandboxCount(), 0);
}

void TestDaytonaStandIn::failingDeletes_data()
{
    QTest::addColumn<int>("failure");
    QTest::newRow("500") << 500;
    QTest::newRow("409 state change in progress") << 409;
}

void TestDaytonaStandIn::failingDeletes()
{
    QFETCH(int, failure);
    const QString id = createStarted();
    QVERIFY(!id.isEmpty());
    m_standIn->mutableKnobs().failingDeletes = 2;
    m_standIn->mutableKnobs().deleteFailureStatus = failure;
    const QString url = m_standIn->baseUrl() + QStringLiteral("/sandbox/") + id;
    for (int i = 0; i < 2; ++i) {
        QNetworkReply *reply = call("DELETE", url);
        QCOMPARE(status(reply), failure);
        QCOMPARE(json(reply).value(QStringLiteral("statusCode")).toInt(), failure);
        QCOMPARE(m_standIn->sandboxState(id), QStringLiteral("started"));
    }
    QCOMPARE(status(call("DELETE", url)), 200);
    QTRY_COMPARE(m_standIn->sandboxCount(), 0);
}

QTEST_GUILESS_MAIN(TestDaytonaStandIn)
#include "test_daytona_standin.moc"
