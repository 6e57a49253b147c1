// StartWatcher and StartWait against a scripted network: one list request per poll for all of
// a run's sandboxes, every way a sandbox is handed back, and a sandbox then polled alone.
#include "daytona/startwait.h"
#include "daytona/startwatcher.h"
#include "test_daytona_fakenetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTest>
#include <QUrlQuery>

#include <map>
#include <memory>
#include <optional>

using namespace DreamFoundry;
using Test::FakeNetwork;
using Test::FakeReply;
using Test::SeenRequest;
using Outcome = StartWatcher::Outcome;

namespace {

DaytonaConnection testConnection()
{
    DaytonaConnection c;
    c.apiUrl = QUrl(QStringLiteral("https://daytona.example/api"));
    c.apiKey = QStringLiteral("dtn_test");
    c.retry.maxRetries = 0; // a failed list is the watcher's to handle
    return c;
}

const DaytonaLabels runLabels{{QStringLiteral("app"), QStringLiteral("dreamfoundry")},
                              {QStringLiteral("run"), QStringLiteral("r1")}};

QJsonObject sandbox(const QString &id, const QString &state, const QString &reason = {})
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("state"), state}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("errorReason"), reason);
    return o;
}

struct Handed
{
    Outcome outcome;
    DaytonaSandboxInfo sandbox;
};

// The sandboxes the list shows (by id: their state); `listFails` answers 500 instead.
class Api final
{
public:
    Api()
    {
        net.handler = [this](FakeReply *reply, const SeenRequest &request) {
            if (request.path() != QStringLiteral("/api/sandbox")) {
                answerOne(reply, request.path().section(QLatin1Char('/'), -1));
                return;
            }
            ++lists;
            lastQuery = QUrlQuery(request.request.url());
            if (listFails) {
                reply->respond(500, R"({"message":"list broke"})");
                return;
            }
            QJsonArray items;
            for (const auto &[id, item] : shown)
                items.append(item);
            reply->respond(200,
                           QJsonDocument(QJsonObject{{QStringLiteral("items"), items}})
                                   .toJson(QJsonDocument::Compact));
        };
    }

    NetworkProvider provider()
    {
        return [this](QObject *) {
            return &net;
        };
    }

    FakeNetwork net;
    std::map<QString, QJsonObject> shown;
    std::map<QString, QJsonObject> polledAlone; // what GET /sandbox/{id} says
    bool listFails = false;
    int lists = 0;
    int gets = 0;
    QUrlQuery lastQuery;

private:
    void answerOne(FakeReply *reply, const QString &id)
    {
        ++gets;
        const auto found = polledAlone.find(id);
        if (found == polledAlone.end())
            reply->respond(404, R"({"message":"not found"})");
        else
            reply->respond(200, QJsonDocument(found->second).toJson(QJsonDocument::Compact));
    }
};

// What a StartWait said.
struct WaitEnd
{
    std::optional<DaytonaSandboxInfo> started;
    std::optional<DaytonaError> failed;
};

void follow(StartWait *wait, WaitEnd &end)
{
    QObject::connect(wait, &StartWait::started, wait,
                     [&end](const DaytonaSandboxInfo &sandbox) { end.started = sandbox; });
    QObject::connect(wait, &StartWait::failed, wait,
                     [&end](const DaytonaError &error) { end.failed = error; });
}

} // namespace

class TestStartWatcher final : public QObject
{
    Q_OBJECT

private:
    // Watches `id` for the test; what the watcher hands back lands in m_handed.
    void watch(StartWatcher &watcher, const QString &id, QObject *context = nullptr)
    {
        watcher.watch(id, context ? context : this,
                      [this, id](Outcome outcome, const DaytonaSandboxInfo &info) {
                          m_handed.insert_or_assign(id, Handed{outcome, info});
                      });
    }

    std::map<QString, Handed> m_handed;

private Q_SLOTS:
    void init() { m_handed.clear(); }

    void startedSandboxesAreHandedOnFromOneList()
    {
        Api api;
        StartWatcher watcher(testConnection(), runLabels, api.provider());
        for (const char *id : {"a", "b", "c"}) {
            api.shown[QLatin1String(id)] = sandbox(QLatin1String(id), QStringLiteral("starting"));
            watch(watcher, QLatin1String(id));
        }
        QTRY_COMPARE(api.lists, 1);
        QVERIFY(m_handed.empty());
        for (auto &[id, item] : api.shown)
            item = sandbox(id, QStringLiteral("started"));
        QTRY_COMPARE(m_handed.size(), size_t(3));
        for (const auto &[id, handed] : m_handed) {
            QCOMPARE(handed.outcome, Outcome::Started);
            QCOMPARE(handed.sandbox.id, id);
        }
        QCOMPARE(api.lists, 2); // one request per poll for all three
        const QJsonObject labels
                = QJsonDocument::fromJson(
                          api.lastQuery.queryItemValue(QStringLiteral("labels"), QUrl::FullyDecoded)
                                  .toUtf8())
                          .object();
        QCOMPARE(labels.value(QStringLiteral("run")).toString(), QStringLiteral("r1"));
    }

    void failedSandboxIsHandedBackWithItsReason()
    {
        Api api;
        StartWatcher watcher(testConnection(), runLabels, api.provider());
        api.shown[QStringLiteral("a")] = sandbox(QStringLiteral("a"), QStringLiteral("error"),
                                                 QStringLiteral("no capacity"));
        api.shown[QStringLiteral("b")] = sandbox(QStringLiteral("b"), QStringLiteral("starting"));
        watch(watcher, QStringLiteral("a"));
        watch(watcher, QStringLiteral("b"));
        QTRY_COMPARE(m_handed.size(), size_t(1));
        QCOMPARE(m_handed.at(QStringLiteral("a")).outcome, Outcome::Failed);
        QCOMPARE(m_handed.at(QStringLiteral("a")).sandbox.errorReason,
                 QStringLiteral("no capacity"));
        QVERIFY(!m_handed.contains(QStringLiteral("b"))); // still starting: still watched
    }

    void sandboxTheListKeepsMissingIsPolledAlone()
    {
        Api api; // the list is eventually consistent: a new sandbox may be missing for a while
        StartWatcher watcher(testConnection(), runLabels, api.provider());
        watch(watcher, QStringLiteral("a"));
        QTRY_COMPARE(m_handed.size(), size_t(1));
        QCOMPARE(m_handed.at(QStringLiteral("a")).outcome, Outcome::PollAlone);
        QCOMPARE(api.lists, StartWatcher::maxMisses);
    }

    void failedListHandsEverySandboxBack()
    {
        Api api;
        api.listFails = true;
        StartWatcher watcher(testConnection(), runLabels, api.provider());
        watch(watcher, QStringLiteral("a"));
        watch(watcher, QStringLiteral("b"));
        QTRY_COMPARE(m_handed.size(), size_t(2));
        QCOMPARE(m_handed.at(QStringLiteral("a")).outcome, Outcome::PollAlone);
        QCOMPARE(m_handed.at(QStringLiteral("b")).outcome, Outcome::PollAlone);
        QCOMPARE(api.lists, 1);
    }

    void unwatchedOrGoneWaitersHearNothing()
    {
        Api api;
        StartWatcher watcher(testConnection(), runLabels, api.provider());
        for (const char *id : {"a", "b", "c"})
            api.shown[QLatin1String(id)] = sandbox(QLatin1String(id), QStringLiteral("started"));
        auto context = std::make_unique<QObject>();
        watch(watcher, QStringLiteral("a"));
        watch(watcher, QStringLiteral("b"), context.get());
        watch(watcher, QStringLiteral("c"));
        watcher.unwatch(QStringLiteral("c"));
        context.reset();
        QTRY_COMPARE(m_handed.size(), size_t(1));
        QCOMPARE(m_handed.at(QStringLiteral("a")).outcome, Outcome::Started);
        QCOMPARE(api.lists, 1);
    }

    void startWaitGoesThroughTheWatcher()
    {
        Api api;
        StartWatcher watcher(testConnection(), runLabels, api.provider());
        DaytonaClient client(testConnection(), &api.net);
        api.shown[QStringLiteral("a")] = sandbox(QStringLiteral("a"), QStringLiteral("started"));
        WaitEnd end;
        QPointer<StartWait> wait = new StartWait(&client, &watcher, QStringLiteral("a"), this);
        follow(wait, end);
        wait->start();
        QTRY_VERIFY(end.started);
        QCOMPARE(end.started->id, QStringLiteral("a"));
        QVERIFY(!end.failed);
        QCOMPARE(api.gets, 0);
        QTRY_VERIFY(!wait); // it deletes itself
    }

    void startWaitPollsAloneWhatTheWatcherHandsBack()
    {
        Api api;
        api.listFails = true;
        StartWatcher watcher(testConnection(), runLabels, api.provider());
        DaytonaClient client(testConnection(), &api.net);
        api.polledAlone[QStringLiteral("a")]
                = sandbox(QStringLiteral("a"), QStringLiteral("started"));
        WaitEnd end;
        auto *wait = new StartWait(&client, &watcher, QStringLiteral("a"), this);
        follow(wait, end);
        wait->start();
        QTRY_VERIFY(end.started);
        QCOMPARE(api.lists, 1);
        QCOMPARE(api.gets, 1);
    }

    void startWaitWithoutWatcherPollsAloneAndReportsFailure()
    {
        Api api;
        DaytonaClient client(testConnection(), &api.net);
        api.polledAlone[QStringLiteral("a")] = sandbox(
                QStringLiteral("a"), QStringLiteral("build_failed"), QStringLiteral("bad image"));
        WaitEnd end;
        auto *wait = new StartWait(&client, nullptr, QStringLiteral("a"), this);
        follow(wait, end);
        wait->start();
        QTRY_VERIFY(end.failed);
        QVERIFY(end.failed->message.contains(QStringLiteral("bad image")));
        QVERIFY(!end.started);
        QCOMPARE(api.lists, 0);
    }

    void startWatcherFailureBecomesTheWaitsError()
    {
        Api api;
        StartWatcher watcher(testConnection(), runLabels, api.provider());
        DaytonaClient client(testConnection(), &api.net);
        api.shown[QStringLiteral("a")] = sandbox(QStringLiteral("a"), QStringLiteral("error"),
                                                 QStringLiteral("no capacity"));
        WaitEnd end;
        auto *wait = new StartWait(&client, &watcher, QStringLiteral("a"), this);
        follow(wait, end);
        wait->start();
        QTRY_VERIFY(end.failed);
        QVERIFY(end.failed->message.contains(QStringLiteral("no capacity")));
    }

    void abortedStartWaitSaysNothing()
    {
        Api api;
        StartWatcher watcher(testConnection(), runLabels, api.provider());
        DaytonaClient client(testConnection(), &api.net);
        api.shown[QStringLiteral("a")] = sandbox(QStringLiteral("a"), QStringLiteral("started"));
        api.shown[QStringLiteral("b")] = sandbox(QStringLiteral("b"), QStringLiteral("started"));
        WaitEnd aborted;
        auto *wait = new StartWait(&client, &watcher, QStringLiteral("a"), this);
        follow(wait, aborted);
        wait->start();
        watch(watcher, QStringLiteral("b")); // for a list to come
        wait->abort();
        QTRY_VERIFY(m_handed.contains(QStringLiteral("b")));
        QVERIFY(!aborted.started && !aborted.failed);
    }
};

QTEST_GUILESS_MAIN(TestStartWatcher)
#include "test_start_watcher.moc"
