// The warm pool and the quota gate (issue 14, items 1 and 5), through the real client, backend
// and orchestrator, against the Daytona stand-in over real HTTP: warm runs skip the create and
// the session, a pool sandbox lost behind the app's back is replaced, 429 while topping up backs
// off, a key change drains the pool with the old key, two app instances claim only their own
// pool, the reaper spares a live pool and removes a dead one, and 20 candidates fit in a quota
// of 3.
#include "core/candidate.h"
#include "daytona/daytonabackend.h"
#include "daytona/quotagate.h"
#include "daytona/reaper.h"
#include "daytona/warmpool.h"
#include "daytona/warmpoolkeeper.h"
#include "daytonastandin.h"
#include "runner/orchestrator.h"
#include "testcandidates.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;
using Test::CandidateScripts;
using Test::DaytonaStandIn;
using Test::RecordedRequest;

Q_DECLARE_METATYPE(DreamFoundry::ReapReport)

namespace {

bool isCreate(const RecordedRequest &r)
{
    return r.method == "POST" && r.path == QStringLiteral("/api/sandbox");
}

} // namespace

class TestDaytonaPool final : public QObject
{
    Q_OBJECT

private:
    RunRecord run(const QStringList &scripts, WarmPool *pool = nullptr, QStringList *warnings = {},
                  QString objective = {}, const std::function<void()> &beforeStart = {})
    {
        RunSettings settings;
        settings.objective = objective.isEmpty() ? QStringLiteral("test objective") : objective;
        settings.backend = BackendChoice::Daytona;
        m_backend = std::make_unique<DaytonaBackend>(m_config);
        m_backend->setWarmPool(pool);
        m_orchestrator = std::make_unique<Orchestrator>(*m_backend);
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
        if (warnings) {
            connect(m_orchestrator.get(), &Orchestrator::warning, this,
                    [warnings](int, const QString &message) { warnings->append(message); });
        }
        if (beforeStart)
            beforeStart();
        const CandidateList list = candidatesFromScripts(scripts);
        const QString error = m_orchestrator->start(list.candidates, settings);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        if (finished.isEmpty() && !finished.wait(120'000) && finished.isEmpty())
            QTest::qFail("the run did not finish in time", __FILE__, __LINE__);
        return m_orchestrator->record();
    }

    QStringList trivialScripts(int count)
    {
        QStringList scripts;
        for (int i = 0; i < count; ++i) {
            scripts << m_scripts.write(QStringLiteral("c%1.py").arg(i, 2, 10, QLatin1Char('0')),
                                       QStringLiteral("print('done')\n"
                                                      "open(output_path,'w').write('x')\n"));
        }
        return scripts;
    }

    std::unique_ptr<WarmPool> warmPool(int count)
    {
        auto pool = std::make_unique<WarmPool>(m_config, managerPerOwner());
        pool->setTarget(count);
        return pool;
    }

    void drain(WarmPool &pool)
    {
        QSignalSpy drained(&pool, &WarmPool::drained);
        pool.drain();
        QVERIFY(!drained.isEmpty() || drained.wait(20'000));
    }

    // A sandbox made by someone else (another tool of the organisation) holding quota.
    QString createForeignSandbox()
    {
        QNetworkAccessManager manager;
        DaytonaClient client(DaytonaClient::connectionFor(m_config), &manager);
        CreateSandboxRequest request;
        request.name = QStringLiteral("someone-else");
        auto *job = client.createSandbox(request);
        QSignalSpy done(job, &CreateSandboxJob::finished);
        job->start();
        if (!done.wait(10'000))
            return {};
        return done.at(0).at(0).value<SandboxResult>().sandbox.id;
    }

    QTemporaryDir m_runtimeDir;
    std::unique_ptr<DaytonaStandIn> m_standIn;
    DaytonaConfig m_config;
    std::unique_ptr<DaytonaBackend> m_backend;
    std::unique_ptr<Orchestrator> m_orchestrator;
    CandidateScripts m_scripts;
    bool m_sawRequeue = false;
    QStringList m_quotaNotes; // what waiting candidates' rows carried, in order

private Q_SLOTS:
    void initTestCase()
    {
        QFile::setPermissions(m_runtimeDir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
    }

    void init()
    {
        m_standIn = std::make_unique<DaytonaStandIn>();
        QVERIFY(m_standIn->listen());
        m_standIn->mutableKnobs().startDelayMs = 300;
        m_config = {};
        m_config.apiKey = m_standIn->apiKey();
        m_config.keySource = DaytonaConfig::KeySource::Environment;
        m_config.apiUrl = QUrl(m_standIn->baseUrl());
        m_config.timeouts.create = 20;
        m_config.timeouts.upload = 20;
        m_config.timeouts.download = 20;
        m_config.timeouts.remove = 20;
    }

    void cleanup()
    {
        m_orchestrator.reset();
        m_backend.reset();
        m_standIn.reset();
    }

    // Warm: no create, no session; the pool is labelled, auto-stopped and auto-deleted, tops
    // up once the run let go of it, and leaves nothing once drained.
    void warmRunSkipsCreateAndSession()
    {
        const auto pool = warmPool(3);
        QTRY_COMPARE_WITH_TIMEOUT(pool->warmCount(), 3, 20'000);
        for (const QString &id : m_standIn->sandboxIds()) {
            const QJsonObject record = m_standIn->sandboxRecord(id);
            const QJsonObject labels = record.value(QStringLiteral("labels")).toObject();
            QCOMPARE(labels.value(QStringLiteral("pool")).toString(), pool->poolId());
            QCOMPARE(labels.value(QStringLiteral("run")).toString(), pool->poolId());
            QCOMPARE(record.value(QStringLiteral("autoDeleteInterval")).toInt(-1), 0);
            QVERIFY(record.value(QStringLiteral("autoStopInterval")).toInt() > 0);
        }
        const QStringList warmIds = m_standIn->sandboxIds();
        m_standIn->clearRequests();
        // Held until the requests are counted: the top-up after the run is not the run's.
        auto hold = pool->holdTopUps();
        const RunRecord record = run(trivialScripts(3), pool.get());
        const QList<RecordedRequest> requests = m_standIn->requests();
        hold.reset();
        for (const CandidateResult &r : record.candidates) {
            QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage));
            QVERIFY(warmIds.contains(r.sandboxId));
        }
        QVERIFY(std::ranges::none_of(requests, [](const RecordedRequest &r) {
            return isCreate(r) || r.path.endsWith(QStringLiteral("/process/session"));
        }));
        // Issue 14's goal: at most 6 requests per candidate with the pool warm.
        const double perCandidate = double(requests.size()) / 3;
        qInfo("requests per warm candidate: %.2f", perCandidate);
        QVERIFY2(perCandidate <= 6, qPrintable(QString::number(perCandidate)));
        // Topped up after the run, then drained to nothing.
        QTRY_COMPARE_WITH_TIMEOUT(pool->warmCount(), 3, 20'000);
        drain(*pool);
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 0, 10'000);
    }

    // A warm sandbox gets small files inside the run command (base64), large ones by upload:
    // either way the objective reaches the script byte for byte.
    void warmObjectiveReachesTheScriptByteForByte_data() { Test::addHostileObjectiveRows(); }

    void warmObjectiveReachesTheScriptByteForByte()
    {
        QFETCH(QString, objective);
        const auto pool = warmPool(1);
        QTRY_COMPARE_WITH_TIMEOUT(pool->warmCount(), 1, 20'000);
        const QString warmId = m_standIn->sandboxIds().value(0);
        const QString script = m_scripts.write(
                QStringLiteral("echo.py"),
                QStringLiteral("open(output_path, 'wb').write(os.fsencode(objective))\n"));
        const CandidateResult r = run({script}, pool.get(), nullptr, objective).candidates.at(0);
        QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage));
        QCOMPARE(r.sandboxId, warmId);
        QFile artifact(r.artifactFile);
        QVERIFY(artifact.open(QIODevice::ReadOnly));
        QCOMPARE(artifact.readAll(), objective.toUtf8());
        drain(*pool);
    }

    // Deleted behind the app's back: the candidate that claims it gets a new sandbox.
    void lostWarmSandboxIsReplaced()
    {
        const auto pool = warmPool(1);
        QTRY_COMPARE_WITH_TIMEOUT(pool->warmCount(), 1, 20'000);
        const QString lost = m_standIn->sandboxIds().value(0);
        {
            QNetworkAccessManager manager;
            DaytonaClient client(DaytonaClient::connectionFor(m_config), &manager);
            auto *job = client.deleteSandbox(lost);
            QSignalSpy done(job, &DeleteSandboxJob::finished);
            job->start();
            QVERIFY(done.wait(10'000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxState(lost), QString(), 10'000);
        const RunRecord record = run(trivialScripts(1), pool.get());
        const CandidateResult &r = record.candidates.at(0);
        QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage));
        QVERIFY(!r.sandboxId.isEmpty());
        QVERIFY(r.sandboxId != lost);
        drain(*pool);
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 0, 10'000);
    }

    // 429 that outlasts the job's own retries: the pool waits a second, probes with one create,
    // and fills up once that worked; it never sends creates in a tight loop.
    void rateLimitedTopUpBacksOff()
    {
        m_standIn->mutableKnobs().retryAfterSeconds = 0;
        m_standIn->mutableKnobs().rateLimitedCreates = 10; // both creates' five attempts each
        const auto pool = warmPool(2);
        QTRY_COMPARE_WITH_TIMEOUT(pool->warmCount(), 2, 20'000);
        QList<QDateTime> creates;
        for (const RecordedRequest &r : m_standIn->requests()) {
            if (isCreate(r))
                creates << r.receivedAt;
        }
        QCOMPARE(creates.size(), 12);
        const qint64 pause = creates.at(10).toMSecsSinceEpoch() - creates.at(9).toMSecsSinceEpoch();
        QVERIFY2(pause >= 900, qPrintable(QString::number(pause)));
        drain(*pool);
    }

    // The key is removed while sandboxes are warm: the pool is deleted with the old key.
    void keyRemovedDrainsPoolWithOldKey()
    {
        WarmPoolKeeper keeper(managerPerOwner());
        keeper.setDemand(true, m_config, 2);
        QVERIFY(keeper.pool());
        QTRY_COMPARE_WITH_TIMEOUT(keeper.pool()->warmCount(), 2, 20'000);
        DaytonaConfig noKey = m_config;
        noKey.apiKey.clear();
        m_standIn->clearRequests();
        keeper.setDemand(true, noKey, 2);
        QVERIFY(!keeper.pool());
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 0, 10'000);
        int deletes = 0;
        for (const RecordedRequest &r : m_standIn->requests()) {
            if (r.method != "DELETE")
                continue;
            ++deletes;
            QCOMPARE(r.header("authorization"), "Bearer " + m_config.apiKey.toUtf8());
        }
        QCOMPARE(deletes, 2);
        QTRY_COMPARE_WITH_TIMEOUT(keeper.drainingCount(), 0, 10'000);
    }

    // The window closes: every pool sandbox is deleted, then allDrained.
    void shutDownLeavesNothing()
    {
        WarmPoolKeeper keeper(managerPerOwner());
        keeper.setCap(2);
        keeper.setDemand(true, m_config, 5);
        QTRY_COMPARE_WITH_TIMEOUT(keeper.pool()->warmCount(), 2, 20'000);
        QSignalSpy drained(&keeper, &WarmPoolKeeper::allDrained);
        keeper.shutDown();
        QVERIFY(drained.wait(20'000));
        // Every delete answered; the stand-in takes its destroy delay to forget them.
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 0, 5'000);
    }

    // Two app instances (two pools, two leases): each claims only its own sandboxes; the reaper
    // spares both while they live and removes a dead one's (a SIGKILLed instance's lease is
    // released by the kernel, as destroying the pool without a drain releases it here).
    void twoInstancesClaimOnlyTheirOwnPool()
    {
        auto first = warmPool(2);
        auto second = warmPool(2);
        QTRY_COMPARE_WITH_TIMEOUT(first->warmCount(), 2, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(second->warmCount(), 2, 20'000);
        // As during a run: no top-up replaces what was claimed.
        const auto firstHold = first->holdTopUps();
        const auto secondHold = second->holdTopUps();
        for (WarmPool *pool : {first.get(), second.get()}) {
            const std::optional<WarmSandbox> claimed = pool->claim();
            QVERIFY(claimed);
            const QJsonObject labels = m_standIn->sandboxRecord(claimed->info.id)
                                               .value(QStringLiteral("labels"))
                                               .toObject();
            QCOMPARE(labels.value(QStringLiteral("pool")).toString(), pool->poolId());
        }
        QVERIFY(first->poolId() != second->poolId());

        QNetworkAccessManager manager;
        const auto reap = [&] {
            Reaper reaper(DaytonaClient::connectionFor(m_config), &manager);
            QSignalSpy done(&reaper, &Reaper::finished);
            reaper.reap();
            if (!done.wait(20'000))
                return ReapReport{};
            return done.at(0).at(0).value<ReapReport>();
        };
        QTRY_VERIFY_WITH_TIMEOUT(m_standIn->sandboxCount() >= 4, 10'000);
        QCOMPARE(reap().deletedCount(), 0);
        const QString secondId = second->poolId();
        const QString deadPool = first->poolId();
        first.reset(); // no drain: as if killed
        const ReapReport report = reap();
        for (const ReapEntry &entry : report.entries) {
            const QString pool = entry.sandbox.labels.value(QStringLiteral("pool"));
            QCOMPARE(entry.deleted, pool == deadPool);
        }
        QCOMPARE(report.deletedCount(), 2); // one claimed, one still warm

        // The next start's pass: a new pool deletes a dead pool's sandboxes by itself.
        second.reset(); // killed too
        QVERIFY(m_standIn->sandboxCount() >= 2);
        const auto restarted = warmPool(0);
        QTRY_VERIFY_WITH_TIMEOUT(
                std::ranges::none_of(m_standIn->sandboxIds(),
                                     [&](const QString &id) {
                                         return m_standIn->sandboxRecord(id)
                                                        .value(QStringLiteral("labels"))
                                                        .toObject()
                                                        .value(QStringLiteral("pool"))
                                                        .toString()
                                                 == secondId;
                                     }),
                10'000);
    }

    // Issue 14's quota test: 20 candidates against a quota of 3 all succeed, never more than
    // 3 alive, and they say they wait for quota.
    void twentyCandidatesFitAQuotaOfThree()
    {
        m_standIn->mutableKnobs().cpuQuota = 3;
        m_standIn->mutableKnobs().startDelayMs = 100;
        QStringList warnings;
        const RunRecord record = run(trivialScripts(20), nullptr, &warnings, {}, [this] {
            // Waiting candidates show as queued again, in the table and on the command line.
            connect(m_orchestrator.get(), &Orchestrator::candidateStateChanged, this,
                    [this](int row, CandidateState state) {
                        m_sawRequeue = m_sawRequeue || state == CandidateState::Queued;
                        // The row says why it is queued again: the sandbox said so.
                        if (const auto &note = m_orchestrator->result(row).queueWait) {
                            QCOMPARE(note->reason, QueueWait::Reason::Quota);
                            m_quotaNotes.append(note->serverMessage);
                        }
                    });
        });
        QVERIFY(m_sawRequeue);
        QVERIFY(!m_quotaNotes.isEmpty());
        QVERIFY2(m_quotaNotes.first().contains(QStringLiteral("Maximum allowed: 3")),
                 qPrintable(m_quotaNotes.first()));
        // Leaving the queue ends the wait: no finished candidate still says it waits.
        for (const CandidateResult &r : record.candidates)
            QVERIFY2(!r.queueWait, qPrintable(r.candidateId));
        for (const CandidateResult &r : record.candidates)
            QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage));
        QVERIFY2(m_standIn->peakQuotaHolderCount() <= 3,
                 qPrintable(QString::number(m_standIn->peakQuotaHolderCount())));
        QVERIFY(std::ranges::any_of(warnings, [](const QString &w) {
            return w.startsWith(QStringLiteral("Waiting for quota"));
        }));
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 0, 10'000);
    }

    // The quota is held by someone else, none of the run's sandboxes: after its short retries
    // the candidate ends in error, with a message that ends in one full stop.
    void quotaHeldElsewhereIsAnError()
    {
        m_standIn->mutableKnobs().cpuQuota = 1;
        QVERIFY(!createForeignSandbox().isEmpty());
        const CandidateResult r = run(trivialScripts(1)).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Error);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("Maximum allowed: 1")),
                 qPrintable(r.errorMessage));
        QVERIFY2(!r.errorMessage.contains(QStringLiteral("..")), qPrintable(r.errorMessage));
    }

    // "No available runners" is retried with backoff, not an error, and the wait is named
    // for what it is: a runner, not the account's quota.
    void noAvailableRunnersIsRetried()
    {
        m_standIn->mutableKnobs().noRunnerCreates = 2;
        QStringList warnings;
        QList<QueueWait::Reason> reasons;
        const RunRecord record = run(trivialScripts(1), nullptr, &warnings, {}, [&] {
            connect(m_orchestrator.get(), &Orchestrator::candidateStateChanged, this,
                    [&](int row, CandidateState) {
                        if (const auto &wait = m_orchestrator->result(row).queueWait)
                            reasons.append(wait->reason);
                    });
        });
        const CandidateResult r = record.candidates.at(0);
        QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage));
        QVERIFY(!reasons.isEmpty());
        QVERIFY(std::ranges::all_of(reasons, [](QueueWait::Reason reason) {
            return reason == QueueWait::Reason::NoRunner;
        }));
        QCOMPARE(warnings.filter(QStringLiteral("Waiting for a runner")).size(), 1);
        QVERIFY2(warnings.filter(QStringLiteral("quota")).isEmpty(),
                 qPrintable(warnings.join(u'\n')));
    }

    // A waiting candidate takes a pool sandbox that comes free rather than a create.
    void quotaWaitersWakeOnRelease()
    {
        QuotaGate gate;
        QObject a;
        QObject b;
        int woken = 0;
        gate.hold();
        gate.wait(&a, [&] { woken += 1; });
        gate.wait(&b, [&] { woken += 10; });
        QCOMPARE(gate.waiting(), 2);
        gate.release();
        QTRY_COMPARE(woken, 1);
        gate.cancel(&b);
        gate.wakeOne();
        QTest::qWait(20);
        QCOMPARE(woken, 1);
    }
};

QTEST_GUILESS_MAIN(TestDaytonaPool)
#include "test_daytona_pool.moc"
