// Real candidates in real bwrap sandboxes through the orchestrator: the hostile inputs of the
// foundation issue, limits, cancel and isolation.
#include "core/candidate.h"
#include "runner/isolationprobe.h"
#include "runner/localbackend.h"
#include "runner/orchestrator.h"
#include "runner/sandboxcgroup.h"
#include "testcandidates.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace DreamFoundry;
using Test::CandidateScripts;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Peak resident memory of this process, in KiB.
qint64 peakRssKiB()
{
    const QByteArray status = readFile(QStringLiteral("/proc/self/status"));
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Processes on the host whose command line holds `marker`.
int processesWith(const QByteArray &marker)
{
    int found = 0;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        if (readFile(dir + QStringLiteral("/cmdline")).contains(marker))
            ++found;
    }
    return found;
}

} // namespace

class TestLocalRuns final : public QObject
{
    Q_OBJECT

private:
    // Runs the candidates to the end and returns the record.
    RunRecord run(const QStringList &scripts, RunSettings settings = {}, int timeoutMs = 60'000)
    {
        if (settings.objective.isEmpty())
            settings.objective = QStringLiteral("test objective");
        m_orchestrator = std::make_unique<Orchestrator>(m_backend);
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
        const CandidateList list = candidatesFromScripts(scripts);
        if (!list.error.isEmpty())
            qFatal("%s", qPrintable(list.error));
        const QString error = m_orchestrator->start(list.candidates, settings);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        if (!finished.wait(timeoutMs))
            qWarning("run did not finish in time");
        return m_orchestrator->record();
    }

    LocalBackend m_backend;
    std::unique_ptr<Orchestrator> m_orchestrator;
    CandidateScripts m_scripts;

private Q_SLOTS:
    void initTestCase()
    {
        QSignalSpy known(this, &QObject::objectNameChanged);
        m_backend.isolation().whenKnown(this, [this] { setObjectName(QStringLiteral("known")); });
        QTRY_VERIFY_WITH_TIMEOUT(objectName() == QStringLiteral("known"), 15'000);
        QVERIFY2(m_backend.isolation().result() == IsolationProbe::Result::Available,
                 qPrintable(QStringLiteral("bwrap must work for these tests: ")
                            + m_backend.isolation().reason()));
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
        const RunRecord record = run({script}, settings);
        const CandidateResult &r = record.candidates.at(0);
        QCOMPARE(stateName(r.state), QStringLiteral("succeeded"));
        QCOMPARE(r.isolation, QStringLiteral("bwrap"));
        QCOMPARE(readFile(r.artifactFile), objective.toUtf8());
    }

    void scriptWithoutArtifactFails()
    {
        const QString script
                = m_scripts.write(QStringLiteral("quiet.py"), QStringLiteral("print('done')\n"));
        const CandidateResult r = run({script}).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Failed);
        QCOMPARE(r.exitCode, std::optional(0));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("no artifact")),
                 qPrintable(r.errorMessage));
        QCOMPARE(r.output, QStringLiteral("done\n"));
    }

    void crashKeepsTheTraceback()
    {
        const QString script = m_scripts.write(
                QStringLiteral("crash.py"),
                QStringLiteral("print('before')\nraise ValueError('bad feed')\n"));
        const CandidateResult r = run({script}).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Failed);
        QCOMPARE(r.exitCode, std::optional(1));
        QVERIFY(r.errorOutput.contains(QStringLiteral("Traceback")));
        QCOMPARE(r.standardOutput, QStringLiteral("before\n"));
        // `output` is what a console would have shown: the traceback after the print.
        QVERIFY2(r.output.startsWith(QStringLiteral("before\nTraceback")), qPrintable(r.output));
        QVERIFY2(r.errorMessage.contains(QStringLiteral("ValueError: bad feed")),
                 qPrintable(r.errorMessage));
    }

    void largeAndBinaryArtifactsAreKeptAsFiles()
    {
        const QString big = m_scripts.write(
                QStringLiteral("big.py"),
                QStringLiteral("open(output_path, 'w').write('x' * (50 * 1024 * 1024))\n"));
        const QString binary = m_scripts.write(
                QStringLiteral("binary.py"),
                QStringLiteral("open(output_path, 'wb').write(bytes(range(256)) * 10)\n"));
        const RunRecord record = run({big, binary});
        const CandidateResult &b = record.candidates.at(0);
        QCOMPARE(b.state, CandidateState::Succeeded);
        QCOMPARE(b.artifactSize, 50 * 1024 * 1024);
        QCOMPARE(QFileInfo(b.artifactFile).size(), 50 * 1024 * 1024);
        QVERIFY(!b.artifactContent);
        QCOMPARE(b.artifactSha256.size(), 64);
        const CandidateResult &x = record.candidates.at(1);
        QCOMPARE(x.state, CandidateState::Succeeded);
        QCOMPARE(x.artifactSize, 2560);
        QVERIFY(!x.artifactContent);
    }

    void hugeOutputKeepsMemoryBounded()
    {
        // 100 MiB on stdout, in 1 MiB writes, then a last line that must be kept.
        const QString script = m_scripts.write(
                QStringLiteral("loud.py"),
                QStringLiteral("chunk = 'y' * (1024 * 1024)\n"
                               "for _ in range(100):\n    sys.stdout.write(chunk)\n"
                               "print('\\nLAST LINE')\nopen(output_path, 'w').write('ok')\n"));
        const qint64 before = peakRssKiB();
        const CandidateResult r = run({script}).candidates.at(0);
        const qint64 grew = peakRssKiB() - before;
        QCOMPARE(r.state, CandidateState::Succeeded);
        QVERIFY(r.output.endsWith(QStringLiteral("LAST LINE\n")));
        QVERIFY(r.output.startsWith(QStringLiteral("[... ")));
        QVERIFY2(r.output.size() < 3 * 1024 * 1024, qPrintable(QString::number(r.output.size())));
        QVERIFY2(grew < 64 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(grew)));
    }

    void sleeperIsKilledAtTheTimeoutKeepingItsOutput()
    {
        const QByteArray marker = "sleeper-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QString script
                = m_scripts.write(QStringLiteral("sleeper.py"),
                                  QStringLiteral("import subprocess\n"
                                                 "subprocess.Popen(['python3', '-c', 'import time; "
                                                 "time.sleep(1000)', '%1'])\n"
                                                 "print('partial work', flush=True)\n"
                                                 "print('to stderr', file=sys.stderr, flush=True)\n"
                                                 "time.sleep(1000)\n")
                                          .arg(QString::fromLatin1(marker)));
        RunSettings settings;
        settings.timeoutSeconds = 2;
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QCOMPARE(r.state, CandidateState::TimedOut);
        QCOMPARE(r.standardOutput, QStringLiteral("partial work\n"));
        QCOMPARE(r.errorOutput, QStringLiteral("to stderr\n"));
        QVERIFY(r.runtimeSeconds >= 2.0 && r.runtimeSeconds < 10.0);
        QVERIFY(!r.exitCode);
        QCOMPARE(r.cleanup, QStringLiteral("ok"));
        QTRY_COMPARE(processesWith(marker), 0);
    }

    void backgroundProcessesDoNotSurviveTheRun()
    {
        const QByteArray marker = "bg-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QString script
                = m_scripts.write(QStringLiteral("spawner.py"),
                                  QStringLiteral("import subprocess\n"
                                                 "for _ in range(50):\n"
                                                 "    subprocess.Popen(['python3', '-c', 'import "
                                                 "time; time.sleep(1000)', '%1'],\n"
                                                 "                     start_new_session=True,\n"
                                                 "                     stdout=subprocess.DEVNULL, "
                                                 "stderr=subprocess.DEVNULL)\n"
                                                 "open(output_path, 'w').write('spawned')\n")
                                          .arg(QString::fromLatin1(marker)));
        const CandidateResult r = run({script}).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Succeeded);
        // The sandbox's PID namespace ends with the script; the kernel may take a moment to
        // finish killing its last processes.
        QTRY_COMPARE_WITH_TIMEOUT(processesWith(marker), 0, 2000);
    }

    void sandboxHidesTheUsersFilesAndTheHost()
    {
        // A file in the user's home, and one in the test's own (host) temporary folder.
        const QString secretName = QStringLiteral(".dreamfoundry-test-")
                + QUuid::createUuid().toString(QUuid::Id128);
        const QString homeSecret = QDir::home().filePath(secretName);
        QFile home(homeSecret);
        QVERIFY(home.open(QIODevice::WriteOnly));
        home.write("secret");
        home.close();
        const QString outside = m_scripts.dir() + QStringLiteral("/written-from-sandbox");
        const QString script = m_scripts.write(
                QStringLiteral("snoop.py"),
                QStringLiteral(
                        "def attempt(what, action):\n"
                        "    try:\n        action()\n        return what + ': ALLOWED\\n'\n"
                        "    except OSError as e:\n        return what + ': denied\\n'\n"
                        "report = attempt('read home', lambda: open(%1).read())\n"
                        "report += attempt('write usr', lambda: open('/usr/dreamfoundry-x', 'w'))\n"
                        "report += attempt('write host tmp', lambda: open(%2, 'w'))\n"
                        "report += attempt('write etc', lambda: open('/etc/passwd', 'a'))\n"
                        "open(output_path, 'w').write(report)\n")
                        .arg(QStringLiteral("'%1'").arg(homeSecret),
                             QStringLiteral("'%1'").arg(outside)));
        const CandidateResult r = run({script}).candidates.at(0);
        QFile::remove(homeSecret);
        QCOMPARE(r.state, CandidateState::Succeeded);
        const QString report = *r.artifactContent;
        QVERIFY2(!report.contains(QStringLiteral("ALLOWED")), qPrintable(report));
        QCOMPARE(report.count(QStringLiteral("denied")), 4);
        QVERIFY(!QFile::exists(outside));
    }

    void candidatesCannotSeeEachOther()
    {
        // The writer leaves a file in its home and waits; the reader looks for it everywhere
        // a host path could lead while both run.
        const QString writer = m_scripts.write(
                QStringLiteral("writer.py"),
                QStringLiteral("open('/home/daytona/writer-secret.txt', 'w').write('mine')\n"
                               "time.sleep(3)\nopen(output_path, 'w').write('done')\n"));
        const QString reader = m_scripts.write(
                QStringLiteral("reader.py"),
                QStringLiteral("import glob\ntime.sleep(1)\n"
                               "found = []\n"
                               "for root in ['/tmp', '/var/tmp', '/home', '/root', '/run', '/mnt', "
                               "'/media']:\n"
                               "    found += glob.glob(root + '/**/writer*', recursive=True)\n"
                               "open(output_path, 'w').write(repr(sorted(set(found))))\n"));
        RunSettings settings;
        settings.parallelism = 2;
        const RunRecord record = run({writer, reader}, settings);
        QCOMPARE(record.candidates.at(0).state, CandidateState::Succeeded);
        QCOMPARE(record.candidates.at(1).state, CandidateState::Succeeded);
        QCOMPARE(*record.candidates.at(1).artifactContent, QStringLiteral("[]"));
    }

    void memoryLimitStopsAHog()
    {
        const QString script
                = m_scripts.write(QStringLiteral("hog.py"),
                                  QStringLiteral("block = bytearray(1024 * 1024 * 1024)\n"
                                                 "open(output_path, 'w').write('allocated')\n"));
        RunSettings settings;
        settings.memoryLimitMiB = 256;
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY2(r.errorOutput.contains(QStringLiteral("MemoryError")), qPrintable(r.errorOutput));
    }

    // Four workers of 96 MiB each: under the per-process cap, over the sandbox's 256 MiB.
    void memoryIsCappedForTheSandboxAsAWhole()
    {
        const QString script = m_scripts.write(
                QStringLiteral("workers.py"),
                QStringLiteral("import subprocess\n"
                               "work = 'import time; b = b\"x\" * (96 * 2**20); time.sleep(2)'\n"
                               "workers = [subprocess.Popen([sys.executable, '-c', work])\n"
                               "           for _ in range(4)]\n"
                               "codes = [w.wait() for w in workers]\n"
                               "open(output_path, 'w').write(repr(codes))\n"
                               "sys.exit(0 if codes == [0, 0, 0, 0] else 1)\n"));
        RunSettings settings;
        settings.memoryLimitMiB = 256;
        const CandidateResult r = run({script}, settings).candidates.at(0);
        qInfo("limits: %s", qPrintable(r.limits));
        if (!SandboxCgroup::available()) {
            // No cgroup here: the record says so, and the workers did hold 384 MiB together.
            QCOMPARE(r.limits, QStringLiteral("per-process"));
            QCOMPARE(r.state, CandidateState::Succeeded);
            return;
        }
        QCOMPARE(r.limits, QStringLiteral("cgroup"));
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("Memory limit reached (256 MiB")),
                 qPrintable(r.errorMessage));
    }

    // /home/daytona and /tmp share one cap: 10 MiB in each overflows 16 MiB.
    void diskLimitCoversHomeAndTmpTogether()
    {
        const QString script
                = m_scripts.write(QStringLiteral("filler.py"),
                                  QStringLiteral("chunk = b'x' * (10 * 2**20)\n"
                                                 "open('/tmp/a', 'wb').write(chunk)\n"
                                                 "open('/home/daytona/b', 'wb').write(chunk)\n"
                                                 "open(output_path, 'w').write('all written')\n"));
        RunSettings settings;
        settings.diskLimitMiB = 16;
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("Disk limit reached (16 MiB")),
                 qPrintable(r.errorMessage));
        QVERIFY2(r.errorOutput.contains(QStringLiteral("No space left")),
                 qPrintable(r.errorOutput));
    }

    // A million files are asked for; the cap stops them at 8 Ki, and the kernel drops them
    // with the sandbox's disk, so removing it costs the app nothing.
    void fileFloodIsCappedAndRemovedQuickly()
    {
        const QString script = m_scripts.write(
                QStringLiteral("files.py"),
                QStringLiteral("made = 0\n"
                               "try:\n"
                               "    for i in range(1_000_000):\n"
                               "        open('/home/daytona/f%d' % i, 'w').close(); made += 1\n"
                               "finally:\n"
                               "    print(made, flush=True)\n"));
        RunSettings settings;
        settings.diskLimitMiB = 64; // 8 Ki files
        QElapsedTimer clock;
        clock.start();
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("Disk limit reached")),
                 qPrintable(r.errorMessage));
        const int made = r.standardOutput.trimmed().toInt();
        QVERIFY2(made > 8000 && made <= 64 * 128, qPrintable(r.standardOutput));
        qInfo("%d files, collecting and removal took %.3f s, the whole run %lld ms", made,
              r.timings.collecting, clock.elapsed());
        QVERIFY(r.timings.collecting < 1.0);
    }

    void oversizedArtifactIsRefused_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2 MiB over a 1 MiB limit")
                << QStringLiteral("f.write(b'x' * (2 * 2**20))") << QStringLiteral("2 MiB,");
        QTest::newRow("sparse 3 GiB") << QStringLiteral("f.seek(3 * 2**30); f.write(b'x')")
                                      << QStringLiteral("3073 MiB (a sparse file)");
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
        QElapsedTimer clock;
        clock.start();
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY(!r.hasArtifact());
        QVERIFY2(r.errorMessage.contains(expected)
                         && r.errorMessage.contains(QStringLiteral("artifact limit of 1 MiB")),
                 qPrintable(r.errorMessage));
        QVERIFY(clock.elapsed() < 10'000);
    }

    void processLimitStopsAForkFlood()
    {
        const QString script = m_scripts.write(
                QStringLiteral("flood.py"),
                QStringLiteral("import subprocess\nstarted = 0\n"
                               "for _ in range(200):\n"
                               "    try:\n"
                               "        subprocess.Popen(['sleep', '30']); started += 1\n"
                               "    except OSError:\n"
                               "        break\n"
                               "open(output_path, 'w').write(str(started))\n"));
        RunSettings settings;
        settings.processLimit = 40;
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Succeeded);
        const int started = r.artifactContent->toInt();
        // The cap counts the sandbox's own processes only (bwrap's init, python, its children),
        // not every process its user has elsewhere on the machine.
        QVERIFY2(started >= 30 && started < 40, qPrintable(*r.artifactContent));
    }

    void networkCanBeCutOff()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString script = m_scripts.write(
                QStringLiteral("net.py"),
                QStringLiteral("import socket\ntry:\n"
                               "    socket.create_connection(('127.0.0.1', %1), timeout=5)\n"
                               "    result = 'connected'\nexcept OSError:\n    result = 'offline'\n"
                               "open(output_path, 'w').write(result)\n")
                        .arg(server.serverPort()));
        RunSettings settings;
        QCOMPARE(*run({script}, settings).candidates.at(0).artifactContent,
                 QStringLiteral("connected"));
        settings.network = false;
        QCOMPARE(*run({script}, settings).candidates.at(0).artifactContent,
                 QStringLiteral("offline"));
    }

    void parallelismCapAndInputOrder()
    {
        QStringList scripts;
        for (int i = 0; i < 5; ++i) {
            scripts.append(m_scripts.write(
                    QStringLiteral("p%1.py").arg(i),
                    QStringLiteral("time.sleep(0.%1)\nopen(output_path, 'w').write('%2')\n")
                            .arg(5 - i)
                            .arg(i)));
        }
        RunSettings settings;
        settings.parallelism = 2;
        settings.objective = QStringLiteral("x");
        m_orchestrator = std::make_unique<Orchestrator>(m_backend);
        int running = 0;
        int most = 0;
        connect(m_orchestrator.get(), &Orchestrator::candidateStateChanged, this,
                [&](int, CandidateState state) {
                    if (state == CandidateState::Preparing)
                        most = qMax(most, ++running);
                    if (state == CandidateState::Collecting) // its sandbox is gone
                        --running;
                });
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
        QVERIFY(m_orchestrator->start(candidatesFromScripts(scripts).candidates, settings)
                        .isEmpty());
        QVERIFY(finished.wait(30'000));
        QCOMPARE(most, 2);
        const RunRecord record = m_orchestrator->record();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(record.candidates[i].candidateId, QStringLiteral("p%1").arg(i));
            QCOMPARE(*record.candidates[i].artifactContent, QString::number(i));
        }
    }

    void cancelOneAndCancelAll()
    {
        QStringList scripts;
        for (int i = 0; i < 4; ++i) {
            scripts.append(m_scripts.write(
                    QStringLiteral("slow%1.py").arg(i),
                    QStringLiteral("print('working', flush=True)\ntime.sleep(1000)\n")));
        }
        RunSettings settings;
        settings.parallelism = 2;
        settings.objective = QStringLiteral("x");
        m_orchestrator = std::make_unique<Orchestrator>(m_backend);
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
        QVERIFY(m_orchestrator->start(candidatesFromScripts(scripts).candidates, settings)
                        .isEmpty());
        QSignalSpy output(m_orchestrator.get(), &Orchestrator::outputReceived);
        QTRY_COMPARE(m_orchestrator->state(0), CandidateState::Running);
        QTRY_VERIFY(std::ranges::any_of(output, [](const QList<QVariant> &args) {
            return args.at(0).toInt() == 0 && args.at(2).toByteArray() == "working\n";
        }));
        m_orchestrator->cancel(0);
        QTRY_COMPARE(m_orchestrator->state(0), CandidateState::Cancelled);
        QCOMPARE(m_orchestrator->result(0).output, QStringLiteral("working\n"));
        // The freed slot goes to the next queued candidate.
        QTRY_COMPARE(m_orchestrator->state(2), CandidateState::Running);
        QCOMPARE(m_orchestrator->state(3), CandidateState::Queued);
        m_orchestrator->cancelAll();
        QVERIFY(finished.wait(15'000));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_orchestrator->state(i), CandidateState::Cancelled);
        QCOMPARE(m_orchestrator->result(3).sandboxId, QString()); // never started
        QCOMPARE(m_orchestrator->result(1).cleanup, QStringLiteral("ok"));
    }

    void withoutBwrapItRunsUnisolatedAndSaysSo()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        LocalBackend noBwrap;
        qputenv("PATH", path);
        const QString script
                = m_scripts.write(QStringLiteral("plain.py"),
                                  QStringLiteral("open(output_path, 'w').write(objective)\n"));
        Orchestrator orchestrator(noBwrap);
        QSignalSpy warnings(&orchestrator, &Orchestrator::warning);
        QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
        RunSettings settings;
        settings.objective = QStringLiteral("it's \"$(x)\"");
        QVERIFY(orchestrator.start(candidatesFromScripts({script}).candidates, settings).isEmpty());
        QVERIFY(finished.wait(30'000));
        const CandidateResult &r = orchestrator.result(0);
        QCOMPARE(r.state, CandidateState::Succeeded);
        QCOMPARE(r.isolation, QStringLiteral("none"));
        QCOMPARE(*r.artifactContent, settings.objective);
        QCOMPARE(warnings.size(), 1);
        const QString warning = warnings.at(0).at(1).toString();
        QVERIFY2(warning.contains(QStringLiteral("WITHOUT isolation"))
                         && warning.contains(QStringLiteral("bubblewrap")),
                 qPrintable(warning));
    }

    // Sandboxes are made under the temporary folder; this run gets one of its own, so other
    // tests running at the same time (ctest -j) cannot add or remove folders under its eyes.
    void noSandboxFolderIsLeftBehind()
    {
        QTemporaryDir privateTemp;
        QVERIFY(privateTemp.isValid());
        // As /tmp is: as root, candidates run as nobody, who must reach their sandbox's home.
        QVERIFY(QFile::setPermissions(privateTemp.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther));
        const QByteArray oldTemp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(privateTemp.path()));
        const auto restore = qScopeGuard([&oldTemp] {
            if (oldTemp.isNull())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", oldTemp);
        });
        const QString script = m_scripts.write(
                QStringLiteral("tidy.py"), QStringLiteral("open(output_path, 'w').write('x')\n"));
        const RunRecord record = run({script, script});
        for (const CandidateResult &r : record.candidates)
            QCOMPARE(r.state, CandidateState::Succeeded); // the sandboxes really were made
        QCOMPARE(QDir::tempPath(), privateTemp.path());
        const QStringList left = QDir(privateTemp.path())
                                         .entryList({QStringLiteral("dreamfoundry-sandbox-*")},
                                                    QDir::AllEntries | QDir::Hidden);
        QCOMPARE(left, QStringList());
        // The run's own working folder is the orchestrator's until it goes.
        QVERIFY(!QDir(privateTemp.path())
                         .entryList({QStringLiteral("dreamfoundry-run-*")}, QDir::Dirs)
                         .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalRuns)
#include "test_local_runs.moc"
