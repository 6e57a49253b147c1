// Candidates in Daytona sandboxes, through the real client and backend, against the Daytona
// stand-in over real HTTP: the samples end to end, the hostile objectives byte for byte, a
// fault matrix, cancel and timeout mid-run, 20 candidates at once, and the reaper.
#include "core/candidate.h"
#include "core/samples.h"
#include "daytona/daytonabackend.h"
#include "daytona/reaper.h"
#include "daytona/runlease.h"
#include "daytonastandin.h"
#include "runner/orchestrator.h"
#include "testcandidates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace DreamFoundry;
using Test::CandidateScripts;
using Test::DaytonaStandIn;
using Test::DaytonaStandInKnobs;
using Test::RecordedRequest;

Q_DECLARE_METATYPE(DreamFoundry::ReapReport)
Q_DECLARE_METATYPE(DreamFoundry::Test::DaytonaStandInKnobs)

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList sampleScripts()
{
    const QDir dir(QStringLiteral(SAMPLES_SOURCE_DIR));
    QStringList scripts;
    for (const QString &name : dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name))
        scripts.append(dir.filePath(name));
    return scripts;
}

} // namespace

class TestDaytonaRuns final : public QObject
{
    Q_OBJECT

private:
    RunRecord run(const QStringList &scripts, RunSettings settings = {}, int timeoutMs = 90'000,
                  const std::function<void(Orchestrator &)> &whileRunning = {})
    {
        if (settings.objective.isEmpty())
            settings.objective = QStringLiteral("test objective");
        settings.backend = BackendChoice::Daytona;
        m_backend = std::make_unique<DaytonaBackend>(m_config);
        m_orchestrator = std::make_unique<Orchestrator>(*m_backend);
        m_orchestrator->setSecretValues(m_secretValues);
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
        const CandidateList list = candidatesFromScripts(scripts);
        if (!list.error.isEmpty())
            qFatal("%s", qPrintable(list.error));
        const QString error = m_orchestrator->start(list.candidates, settings);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        if (whileRunning)
            whileRunning(*m_orchestrator);
        // A run that hangs fails the test; the checks that follow then see where it stood.
        if (finished.isEmpty() && !finished.wait(timeoutMs) && finished.isEmpty())
            QTest::qFail("the run did not finish in time", __FILE__, __LINE__);
        return m_orchestrator->record();
    }

    void expectNoSandboxLeft() { QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 0, 10'000); }

    QTemporaryDir m_runtimeDir;
    std::unique_ptr<DaytonaStandIn> m_standIn;
    DaytonaConfig m_config;
    std::unique_ptr<DaytonaBackend> m_backend;
    std::unique_ptr<Orchestrator> m_orchestrator;
    CandidateScripts m_scripts;
    SecretValues m_secretValues; // what run() passes for the settings' secrets

private Q_SLOTS:
    void initTestCase()
    {
        // Run leases go into a runtime folder of our own.
        QFile::setPermissions(m_runtimeDir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
    }

    void init()
    {
        m_standIn = std::make_unique<DaytonaStandIn>();
        QVERIFY(m_standIn->listen());
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
        m_secretValues.clear();
        m_orchestrator.reset();
        m_backend.reset();
        m_standIn.reset();
    }

    void samplesRunEndToEnd()
    {
        const QStringList scripts = sampleScripts();
        QCOMPARE(scripts.size(), 5);
        RunSettings settings;
        settings.objective = QStringLiteral("Generate weekly AI events for Discord");
        const RunRecord record = run(scripts, settings);
        QCOMPARE(record.backend, QStringLiteral("daytona"));
        QCOMPARE(record.candidates.size(), 5);
        QStringList sandboxIds;
        for (const CandidateResult &r : record.candidates) {
            const bool crashes = r.candidateId == QStringLiteral("delta");
            QCOMPARE(r.state, crashes ? CandidateState::Failed : CandidateState::Succeeded);
            QVERIFY(!r.sandboxId.isEmpty());
            QCOMPARE(r.isolation, QStringLiteral("daytona"));
            QCOMPARE(r.backend, QStringLiteral("daytona"));
            QCOMPARE(r.cleanup, QStringLiteral("ok"));
            sandboxIds.append(r.sandboxId);
            if (crashes) {
                QVERIFY2(r.errorOutput.contains(QStringLiteral("Traceback")),
                         qPrintable(r.errorOutput));
                QVERIFY(!r.hasArtifact());
            } else {
                QVERIFY(r.artifactContent);
                QVERIFY(r.artifactContent->startsWith(QStringLiteral("# ")));
                QVERIFY2(!r.output.isEmpty(), qPrintable(r.candidateId));
            }
        }
        sandboxIds.removeDuplicates();
        QCOMPARE(sandboxIds.size(), 5);
        expectNoSandboxLeft();
    }

    void sandboxesAreLabelledNamedAndAutoDeleted()
    {
        const QString script = m_scripts.write(
                QStringLiteral("slow.py"),
                QStringLiteral("time.sleep(1.5)\nopen(output_path,'w').write('x')\n"));
        QJsonObject record;
        const RunRecord result = run({script}, {}, 60'000, [&](Orchestrator &o) {
            QTRY_VERIFY_WITH_TIMEOUT(o.state(0) == CandidateState::Running, 20'000);
            record = m_standIn->sandboxRecord(o.result(0).sandboxId);
        });
        QCOMPARE(result.candidates[0].state, CandidateState::Succeeded);
        const QJsonObject labels = record.value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("app")).toString(), QStringLiteral("dreamfoundry"));
        QCOMPARE(labels.value(QStringLiteral("run")).toString(), result.runId);
        QCOMPARE(labels.value(QStringLiteral("candidate")).toString(), QStringLiteral("slow"));
        QVERIFY2(record.value(QStringLiteral("name"))
                         .toString()
                         .startsWith(QStringLiteral("forge-slow-")),
                 qPrintable(record.value(QStringLiteral("name")).toString()));
        QCOMPARE(record.value(QStringLiteral("autoDeleteInterval")).toInt(-1), 0);
        QVERIFY(record.value(QStringLiteral("autoStopInterval")).toInt() > 0);
        // Every request named its source and none carried the key anywhere but Authorization.
        for (const auto &request : m_standIn->requests()) {
            QCOMPARE(request.header("x-daytona-source"), QByteArray("dreamfoundry-desktop"));
            QVERIFY(!request.query.contains(m_config.apiKey));
        }
    }

    void objectiveReachesTheScriptByteForByte_data() { Test::addHostileObjectiveRows(); }

    void objectiveReachesTheScriptByteForByte()
    {
        QFETCH(QString, objective);
        const QString script = m_scripts.write(
                QStringLiteral("echo.py"),
                QStringLiteral("open(output_path, 'wb').write(os.fsencode(objective))\n"));
        RunSettings settings;
        settings.objective = objective;
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage));
        QCOMPARE(readFile(r.artifactFile), objective.toUtf8());
        expectNoSandboxLeft();
    }

    // A secret reaches the candidate byte for byte through one uploaded file, which is gone
    // before the candidate starts; no other request (the create body's env and labels, the
    // command, any URL) carries it, and what the candidate prints of it is redacted.
    void secretsTravelOnlyInTheUploadedEnvironmentFile()
    {
        const QByteArray marker
                = "sk-daytona-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        const QByteArray value
                = marker + "\nit's \"q\" $(touch /tmp/pwned) \xc3\xa9\xf0\x9f\x94\x91\n";
        const QString script = m_scripts.write(
                QStringLiteral("agent.py"),
                QStringLiteral(
                        "k = os.environb[b'TOKEN']\n"
                        "print('token', k.decode(), flush=True)\n"
                        "gone = not os.path.exists('/home/daytona/.dreamfoundry/agent.env')\n"
                        "open(output_path, 'w').write(k.hex() + ' ' + os.environ['MODE'] +\n"
                        "    ' ' + str(gone))\n"));
        RunSettings settings;
        settings.environment = {{QStringLiteral("MODE"), "plain", false}};
        settings.secrets = {{QStringLiteral("TOKEN"), {}}};
        m_secretValues = {{QStringLiteral("TOKEN"), value}};
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage + r.output));
        QCOMPARE(readFile(r.artifactFile), value.toHex() + " plain True");
        QVERIFY2(r.output.contains(QStringLiteral("token [secret TOKEN]")), qPrintable(r.output));
        QVERIFY(!r.output.contains(QString::fromLatin1(marker)));
        QStringList carriers;
        for (const RecordedRequest &request : m_standIn->requests()) {
            if (request.body.contains(marker) || request.path.contains(QString::fromLatin1(marker))
                || request.query.contains(QString::fromLatin1(marker)))
                carriers.append(QString::fromLatin1(request.method) + QLatin1Char(' ')
                                + request.path);
        }
        QCOMPARE(carriers.size(), 1);
        QVERIFY2(carriers.first().endsWith(QStringLiteral("/files/bulk-upload")),
                 qPrintable(carriers.first()));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));
        expectNoSandboxLeft();
    }

    // The cap holds on Daytona too: the size is asked first, nothing is downloaded.
    void oversizedArtifactIsRefused_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2 MiB") << QStringLiteral("f.write(b'x' * (2 * 2**20))")
                               << QStringLiteral("is 2 MiB");
        QTest::newRow("sparse 3 GiB") << QStringLiteral("f.seek(3 * 2**30); f.write(b'x')")
                                      << QStringLiteral("is 3073 MiB");
    }

    void oversizedArtifactIsRefused()
    {
        QFETCH(QString, writer);
        QFETCH(QString, expected);
        const QString script = m_scripts.write(
                QStringLiteral("big.py"),
                QStringLiteral("f = open(output_path, 'wb')\n%1\nf.close()\n").arg(writer));
        RunSettings settings;
        settings.artifactLimitMiB = 1;
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY(!r.hasArtifact());
        QVERIFY2(r.errorMessage.contains(expected)
                         && r.errorMessage.contains(QStringLiteral("artifact limit of 1 MiB")),
                 qPrintable(r.errorMessage));
        expectNoSandboxLeft();
    }

    void stdoutAndStderrArriveApart()
    {
        const QString script
                = m_scripts.write(QStringLiteral("talk.py"),
                                  QStringLiteral("print('to out', flush=True)\nprint('to err', "
                                                 "file=sys.stderr, flush=True)\n"
                                                 "open(output_path,'w').write('x')\n"));
        QByteArray liveOut;
        const CandidateResult r = run({script}, {}, 60'000, [&](Orchestrator &o) {
                                      connect(&o, &Orchestrator::outputReceived, this,
                                              [&](int, OutputStream s, const QByteArray &c) {
                                                  if (s == OutputStream::Stdout)
                                                      liveOut += c;
                                              });
                                  }).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Succeeded);
        QCOMPARE(r.standardOutput, QStringLiteral("to out\n"));
        QCOMPARE(r.errorOutput, QStringLiteral("to err\n"));
        QVERIFY2(r.output.contains(QStringLiteral("to out\n"))
                         && r.output.contains(QStringLiteral("to err\n")),
                 qPrintable(r.output));
        QCOMPARE(liveOut, QByteArray("to out\n"));
    }

    void aLogStreamEndingEarlyIsNotTheCommandsEnd()
    {
        // A proxy may end the followed log while the command runs: what was read and fetched
        // then is not the final log and artifact.
        m_standIn->mutableKnobs().followCutoffMs = 300;
        const QString script = m_scripts.write(
                QStringLiteral("late.py"),
                QStringLiteral("print('early', flush=True)\ntime.sleep(1.5)\nprint('late')\n"
                               "print('late err', file=sys.stderr)\n"
                               "open(output_path,'w').write('final')\n"));
        const CandidateResult r = run({script}).candidates.at(0);
        QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage));
        QCOMPARE(r.standardOutput, QStringLiteral("early\nlate\n"));
        QCOMPARE(r.errorOutput, QStringLiteral("late err\n"));
        QCOMPARE(readFile(r.artifactFile), QByteArray("final"));
        expectNoSandboxLeft();
    }

    void cancelMidRunStopsAndDeletes()
    {
        const QString script = m_scripts.write(
                QStringLiteral("sleeper.py"),
                QStringLiteral("print('partial work', flush=True)\ntime.sleep(1000)\n"));
        QElapsedTimer clock;
        const CandidateResult r
                = run({script}, {}, 60'000, [&](Orchestrator &o) {
                      QTRY_VERIFY_WITH_TIMEOUT(o.state(0) == CandidateState::Running, 20'000);
                      QTRY_VERIFY_WITH_TIMEOUT(m_standIn->runningProcessCount() > 0, 10'000);
                      // Cancelled once the script printed, so that its output is there to keep.
                      QObject scope;
                      QByteArray printed;
                      connect(&o, &Orchestrator::outputReceived, &scope,
                              [&printed](int, OutputStream, const QByteArray &chunk) {
                                  printed += chunk;
                              });
                      QTRY_VERIFY_WITH_TIMEOUT(printed.contains("partial work"), 20'000);
                      clock.start();
                      o.cancelAll();
                  }).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Cancelled);
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.output, QStringLiteral("partial work\n"));
        QCOMPARE(r.cleanup, QStringLiteral("ok"));
        QCOMPARE(m_standIn->runningProcessCount(), 0);
        expectNoSandboxLeft();
    }

    void timeoutKeepsOutputAndDeletes()
    {
        const QString script = m_scripts.write(
                QStringLiteral("sleeper.py"),
                QStringLiteral(
                        "print('partial work', flush=True)\n"
                        "print('to stderr', file=sys.stderr, flush=True)\ntime.sleep(1000)\n"));
        RunSettings settings;
        settings.timeoutSeconds = 2;
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QCOMPARE(r.state, CandidateState::TimedOut);
        QCOMPARE(r.standardOutput, QStringLiteral("partial work\n"));
        QCOMPARE(r.errorOutput, QStringLiteral("to stderr\n"));
        QVERIFY(r.runtimeSeconds >= 2.0 && r.runtimeSeconds < 15.0);
        expectNoSandboxLeft();
    }

    void faultMatrix_data()
    {
        QTest::addColumn<DaytonaStandInKnobs>("knobs");
        QTest::addColumn<bool>("shouldSucceed");
        QTest::addColumn<QString>("says"); // in the error or cleanup of the first candidate
        DaytonaStandInKnobs k;
        k.rateLimitedCreates = 2;
        k.retryAfterSeconds = 1;
        QTest::newRow("429 on create") << k << true << QString();
        k = {};
        k.serverErrors = 2;
        k.serverErrorStatus = 503;
        k.serverErrorPathPattern = QStringLiteral("^/api/sandbox$");
        QTest::newRow("503 on create") << k << true << QString();
        k = {};
        k.droppedConnections = 1;
        k.dropPathPattern = QStringLiteral("^/api/sandbox$");
        QTest::newRow("dropped create") << k << true << QString();
        k = {};
        k.serverErrors = 3;
        k.serverErrorStatus = 502;
        k.serverErrorPathPattern = QStringLiteral("/files/");
        QTest::newRow("502 on files") << k << true << QString();
        k = {};
        k.droppedConnections = 1;
        k.dropPathPattern = QStringLiteral("/logs");
        QTest::newRow("dropped log stream") << k << true << QString();
        k = {};
        k.serverErrors = 2;
        k.serverErrorStatus = 504;
        k.serverErrorPathPattern = QStringLiteral("/command/[^/]+$");
        QTest::newRow("504 on status") << k << true << QString();
        k = {};
        k.failingDeletes = 2;
        k.deleteFailureStatus = 409;
        QTest::newRow("409 on delete") << k << true << QString();
        k = {};
        k.failingSandboxes = 2;
        QTest::newRow("sandbox in error") << k << false << QStringLiteral("stand-in fault");
        k = {};
        k.hungRequests = 1;
        k.hangPathPattern = QStringLiteral("^/api/sandbox$");
        QTest::newRow("hung create") << k << false << QStringLiteral("did not");
        k = {};
        k.hungRequests = 2;
        k.hangPathPattern = QStringLiteral("/files/download");
        QTest::newRow("hung download") << k << false << QStringLiteral("artifact");
        k = {};
        k.failingDeletes = 2;
        k.deleteFailureStatus = 500;
        QTest::newRow("500 on delete") << k << true << QStringLiteral("Could not delete");
        k = {};
        k.serverErrors = 100;
        k.serverErrorStatus = 503;
        k.serverErrorPathPattern = QStringLiteral("bulk-upload");
        QTest::newRow("upload keeps failing") << k << false << QStringLiteral("503");
    }

    void faultMatrix()
    {
        QFETCH(DaytonaStandInKnobs, knobs);
        QFETCH(bool, shouldSucceed);
        QFETCH(QString, says);
        m_standIn->setKnobs(knobs);
        m_config.timeouts.create = 6;
        m_config.timeouts.download = 4;
        m_config.timeouts.remove = 10;
        const QString a
                = m_scripts.write(QStringLiteral("a.py"),
                                  QStringLiteral("print('a')\nopen(output_path,'w').write('A')\n"));
        const QString b
                = m_scripts.write(QStringLiteral("b.py"),
                                  QStringLiteral("print('b')\nopen(output_path,'w').write('B')\n"));
        const RunRecord record = run({a, b}, {}, 120'000);
        int succeeded = 0;
        QString said;
        for (const CandidateResult &r : record.candidates) {
            QVERIFY2(isFinal(r.state), qPrintable(stateName(r.state)));
            if (r.succeeded())
                ++succeeded;
            else
                QVERIFY2(!r.errorMessage.isEmpty(), qPrintable(r.candidateId));
            said += r.errorMessage + QLatin1Char(' ') + r.cleanup + QLatin1Char(' ');
        }
        if (shouldSucceed)
            QCOMPARE(succeeded, 2);
        else
            QVERIFY(succeeded < 2);
        if (!says.isEmpty())
            QVERIFY2(said.contains(says), qPrintable(said));
        // A failed delete leaves the sandbox; the reaper takes what a dead run left.
        const bool leftOne = std::ranges::any_of(record.candidates, [](const CandidateResult &r) {
            return r.cleanup != QStringLiteral("ok");
        });
        if (leftOne) {
            m_orchestrator.reset();
            m_backend.reset(); // the run's lease goes: it is no longer live
            QNetworkAccessManager manager;
            Reaper reaper(DaytonaClient::connectionFor(m_config), &manager);
            QSignalSpy done(&reaper, &Reaper::finished);
            reaper.reap();
            QVERIFY(done.wait(20'000));
            const auto report = done.first().first().value<ReapReport>();
            QVERIFY(report.deletedCount() >= 1);
        }
        expectNoSandboxLeft();
    }

    void twentyCandidatesRunAtOnce()
    {
        DaytonaStandInKnobs knobs;
        knobs.startDelayMs = 1'000;
        knobs.latencyMs = 20;
        m_standIn->setKnobs(knobs);
        QStringList scripts;
        for (int i = 0; i < 20; ++i) {
            scripts.append(m_scripts.write(QStringLiteral("many/c%1.py").arg(i),
                                           QStringLiteral("time.sleep(1)\nprint('hi')\n"
                                                          "open(output_path,'w').write('ok')\n")));
        }
        const RunRecord record = run(scripts, {}, 120'000);
        for (const CandidateResult &r : record.candidates)
            QVERIFY2(r.succeeded(), qPrintable(r.candidateId + QLatin1Char(' ') + r.errorMessage));
        // All at once, not one after the other: every create reached Daytona before the first
        // sandbox (started after 1 s) got its files. How long the run takes is
        // tests/bench/bench_daytona.sh's to measure.
        const auto requests = m_standIn->requests();
        const auto isCreate = [](const RecordedRequest &r) {
            return r.method == "POST" && r.path == QStringLiteral("/api/sandbox");
        };
        const auto firstUpload = std::ranges::find_if(requests, [](const RecordedRequest &r) {
            return r.path.endsWith(QStringLiteral("/files/bulk-upload"));
        });
        QCOMPARE(std::count_if(requests.begin(), firstUpload, isCreate), 20);
        qInfo("%.1f requests per candidate", double(requests.size()) / 20.0);
        // Nine for the steps of one candidate; the run's sandboxes are waited for together.
        QVERIFY2(requests.size() <= 12 * 20, qPrintable(QString::number(requests.size())));
        expectNoSandboxLeft();
    }

    void reaperSparesLiveRunsAndDeletesDeadOnes()
    {
        QNetworkAccessManager manager;
        DaytonaClient client(DaytonaClient::connectionFor(m_config), &manager);
        auto lease = std::make_unique<RunLease>(QStringLiteral("live-run"));
        QVERIFY(lease->isHeld());
        QVERIFY(RunLease::isLive(QStringLiteral("live-run")));
        QVERIFY(!RunLease::isLive(QStringLiteral("dead-run")));
        for (const QString &runId : {QStringLiteral("live-run"), QStringLiteral("dead-run")}) {
            CreateSandboxRequest request;
            request.name = QStringLiteral("forge-x-") + runId;
            request.labels = DaytonaBackend::labelsFor(runId, QStringLiteral("x"));
            CreateSandboxJob *job = client.createSandbox(request);
            QSignalSpy spy(job, &CreateSandboxJob::finished);
            job->start();
            QVERIFY(spy.wait(20'000));
        }
        QCOMPARE(m_standIn->sandboxCount(), 2);
        Reaper reaper(DaytonaClient::connectionFor(m_config), &manager);
        QSignalSpy done(&reaper, &Reaper::finished);
        reaper.reap();
        QVERIFY(done.wait(20'000));
        const ReapReport report = done.first().first().value<ReapReport>();
        QVERIFY(report.error.ok());
        QCOMPARE(report.entries.size(), 2);
        QCOMPARE(report.deletedCount(), 1);
        for (const ReapEntry &e : report.entries) {
            const bool live
                    = e.sandbox.labels.value(QStringLiteral("run")) == QStringLiteral("live-run");
            QCOMPARE(e.status, live ? ReapEntry::Status::Live : ReapEntry::Status::Orphan);
            QCOMPARE(e.deleted, !live);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 1, 10'000);
        lease.reset(); // the run ends: now its sandbox is an orphan too
        done.clear();
        reaper.reap();
        QVERIFY(done.wait(20'000));
        QCOMPARE(done.first().first().value<ReapReport>().deletedCount(), 1);
        expectNoSandboxLeft();
    }

    void badKeyIsSaidPlainly()
    {
        m_config.apiKey = QStringLiteral("dtn_wrong");
        const QString a = m_scripts.write(QStringLiteral("a.py"), QStringLiteral("pass\n"));
        const CandidateResult r = run({a}).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Error);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("API key")), qPrintable(r.errorMessage));
        QVERIFY(!r.errorMessage.contains(QStringLiteral("dtn_wrong")));
    }
};

QTEST_GUILESS_MAIN(TestDaytonaRuns)
#include "test_daytona_runs.moc"
