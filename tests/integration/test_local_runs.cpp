// Real candidates in real bwrap sandboxes through the orchestrator: the hostile inputs of the
// foundation issue, limits, cancel and isolation.
#include "core/candidate.h"
#include "runner/isolationprobe.h"
#include "runner/leftovers.h"
#include "runner/localbackend.h"
#include "runner/orchestrator.h"
#include "runner/sandboxcgroup.h"
#include "runner/sandboxetc.h"
#include "testcandidates.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <fcntl.h>
#include <linux/keyctl.h>
#include <sys/syscall.h>
#include <unistd.h>

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

// A candidate that reports, one line each, whether it reaches a TCP port on the host's
// loopback (directly and through slirp4netns's host address), an abstract unix socket, and
// which network interfaces it has.
QString networkProbeBody(quint16 port, const QString &abstractName)
{
    return QStringLiteral(
                   "import socket\n"
                   "def reach(family, address):\n"
                   "    try:\n"
                   "        socket.socket(family, socket.SOCK_STREAM).connect(address)\n"
                   "        return 'reached'\n"
                   "    except OSError:\n"
                   "        return 'unreachable'\n"
                   "lines = ['loopback ' + reach(socket.AF_INET, ('127.0.0.1', %1)),\n"
                   "         'host ' + reach(socket.AF_INET, ('10.0.2.2', %1)),\n"
                   "         'abstract ' + reach(socket.AF_UNIX, '\\0%2'),\n"
                   "         'interfaces ' + ' '.join(n for _, n in socket.if_nameindex())]\n"
                   "open(output_path, 'w').write('\\n'.join(lines))\n")
            .arg(port)
            .arg(abstractName);
}

// A temporary folder of the test's own as TMPDIR while it lives, where sandboxes are made, so
// other tests running at the same time (ctest -j) cannot add or remove folders under its eyes.
class PrivateTemp
{
public:
    PrivateTemp() : m_oldTemp(qgetenv("TMPDIR"))
    {
        // As /tmp is: as root, candidates run as nobody, who must reach their sandbox's home.
        QFile::setPermissions(m_dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther);
        qputenv("TMPDIR", QFile::encodeName(m_dir.path()));
    }
    ~PrivateTemp()
    {
        // A sandbox's folder in it may still be on its way out on the app's cleanup pool.
        for (int tries = 0; tries < 100 && QFileInfo::exists(m_dir.path()); ++tries) {
            if (!m_dir.remove())
                QTest::qWait(50);
        }
        if (m_oldTemp.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_oldTemp);
    }
    PrivateTemp(const PrivateTemp &) = delete;
    PrivateTemp &operator=(const PrivateTemp &) = delete;

    bool isValid() const { return m_dir.isValid() && QDir::tempPath() == m_dir.path(); }
    QString path() const { return m_dir.path(); }
    QStringList sandboxFolders() const
    {
        return QDir(m_dir.path())
                .entryList({QStringLiteral("dreamfoundry-sandbox-*")},
                           QDir::AllEntries | QDir::Hidden);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldTemp;
};

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

    // Asks a new probe: whether it knew the answer at once (kept from an earlier one), and the
    // answer.
    static std::pair<bool, IsolationProbe::Result> askProbe(bool *scratchDisk = nullptr)
    {
        IsolationProbe probe;
        QObject context;
        bool known = false;
        probe.whenKnown(&context, [&known] { known = true; });
        const bool atOnce = known;
        if (!QTest::qWaitFor([&known] { return known; }, 15'000))
            qWarning("the probe did not answer in 15 s"); // its Unknown fails the comparison
        if (scratchDisk)
            *scratchDisk = probe.scratchDisk();
        return {atOnce, probe.result()};
    }

    // Starts the candidates and returns at once, for a test that acts while they run.
    void startRunning(const QStringList &scripts, const RunSettings &settings)
    {
        m_orchestrator = std::make_unique<Orchestrator>(m_backend);
        QVERIFY(m_orchestrator->start(candidatesFromScripts(scripts).candidates, settings)
                        .isEmpty());
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

    // Network on: the candidate has the internet through tap0, and nothing of the host's
    // loopback or abstract sockets. Off: only its own loopback.
    void networkOnIsPrivateAndOffIsNone_data()
    {
        QTest::addColumn<bool>("network");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("recorded");
        QTest::newRow("on") << true
                            << QStringLiteral("loopback unreachable\nhost unreachable\n"
                                              "abstract unreachable\ninterfaces lo tap0")
                            << QStringLiteral("private");
        QTest::newRow("off") << false
                             << QStringLiteral("loopback unreachable\nhost unreachable\n"
                                               "abstract unreachable\ninterfaces lo")
                             << QStringLiteral("off");
    }

    void networkOnIsPrivateAndOffIsNone()
    {
        QFETCH(bool, network);
        QFETCH(QString, expected);
        QFETCH(QString, recorded);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("slirp4netns")).isEmpty(),
                 "slirp4netns must be installed for this test (scripts/install-deps.sh)");
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QLocalServer abstract;
        abstract.setSocketOptions(QLocalServer::AbstractNamespaceOption);
        const QString name
                = QStringLiteral("dreamfoundry-test-") + QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(abstract.listen(name));
        const QString script = m_scripts.write(QStringLiteral("net.py"),
                                               networkProbeBody(server.serverPort(), name));
        RunSettings settings;
        settings.network = network;
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Succeeded);
        QCOMPARE(*r.artifactContent, expected);
        QCOMPARE(r.network, recorded);
        QCOMPARE(r.toJson().value(QStringLiteral("network")).toString(), recorded);
    }

    void siblingsCannotReachEachOthersPorts()
    {
        const quint16 port = 20000 + QRandomGenerator::global()->bounded(20000);
        const QString listener = m_scripts.write(
                QStringLiteral("listener.py"),
                QStringLiteral("import socket\ns = socket.socket()\n"
                               "s.bind(('0.0.0.0', %1))\ns.listen()\ntime.sleep(4)\n"
                               "open(output_path, 'w').write('listened')\n")
                        .arg(port));
        const QString caller = m_scripts.write(
                QStringLiteral("caller.py"),
                QStringLiteral("import socket\ntime.sleep(1)\nresults = []\n"
                               "for host in ['127.0.0.1', '10.0.2.2', '10.0.2.15']:\n"
                               "    try:\n"
                               "        socket.create_connection((host, %1), timeout=1)\n"
                               "        results.append(host + ' reached')\n"
                               "    except OSError:\n"
                               "        results.append(host + ' unreachable')\n"
                               "open(output_path, 'w').write(', '.join(results))\n")
                        .arg(port));
        RunSettings settings;
        settings.parallelism = 2;
        const RunRecord record = run({listener, caller}, settings);
        QCOMPARE(*record.candidates.at(0).artifactContent, QStringLiteral("listened"));
        // 10.0.2.15 is each sandbox's own tap0 address: the caller reaches only itself there.
        QCOMPARE(*record.candidates.at(1).artifactContent,
                 QStringLiteral("127.0.0.1 unreachable, 10.0.2.2 unreachable, "
                                "10.0.2.15 unreachable"));
    }

    // Where slirp4netns is missing the candidate gets the host's network, and the warning
    // and the record say so.
    void withoutSlirpTheHostNetworkIsUsedAndSaidSo()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString script = m_scripts.write(QStringLiteral("hostnet.py"),
                                               networkProbeBody(server.serverPort(), {}));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent"); // bwrap is already found; prlimit runs inside
        const auto restore = qScopeGuard([&path] { qputenv("PATH", path); });
        m_orchestrator = std::make_unique<Orchestrator>(m_backend);
        QSignalSpy warnings(m_orchestrator.get(), &Orchestrator::warning);
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
        RunSettings settings;
        settings.objective = QStringLiteral("x");
        QVERIFY(m_orchestrator->start(candidatesFromScripts({script}).candidates, settings)
                        .isEmpty());
        QVERIFY(finished.wait(30'000));
        const CandidateResult &r = m_orchestrator->result(0);
        QCOMPARE(r.state, CandidateState::Succeeded);
        QCOMPARE(r.network, QStringLiteral("host"));
        QVERIFY2(r.artifactContent->startsWith(QStringLiteral("loopback reached")),
                 qPrintable(*r.artifactContent));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).at(1).toString().contains(QStringLiteral("HOST network")),
                 qPrintable(warnings.at(0).at(1).toString()));
    }

    // A network helper that fails ends the candidate in a definite state with the reason,
    // rather than running it without the network it was promised.
    void aFailingNetworkHelperEndsTheCandidateWithTheReason()
    {
        QTemporaryDir fakeBin;
        const QString helper = fakeBin.filePath(QStringLiteral("slirp4netns"));
        QFile file(helper);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho 'cannot open /dev/net/tun' >&2\nexit 1\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(fakeBin.path()));
        const auto restore = qScopeGuard([&path] { qputenv("PATH", path); });
        const QString script
                = m_scripts.write(QStringLiteral("never.py"),
                                  QStringLiteral("open(output_path, 'w').write('ran')\n"));
        const CandidateResult r = run({script}).candidates.at(0);
        QCOMPARE(r.network, QStringLiteral("private"));
        QVERIFY(!r.succeeded());
        QVERIFY(!r.exitCode);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("cannot open /dev/net/tun")),
                 qPrintable(r.errorMessage));
        QCOMPARE(r.cleanup, QStringLiteral("ok"));
    }

    // The candidate gets stdin, stdout and stderr, nothing else: not the app's own pipes and
    // sockets, nor what the app inherited.
    void onlyTheStandardDescriptorsReachTheCandidate_data()
    {
        QTest::addColumn<bool>("network");
        QTest::newRow("private network") << true;
        QTest::newRow("no network") << false;
    }

    void onlyTheStandardDescriptorsReachTheCandidate()
    {
        QFETCH(bool, network);
        // Inheritable, as one a CI runner or a shell might leave open for the app.
        const int leaked = ::open("/dev/null", O_RDONLY);
        QVERIFY(leaked >= 0);
        const int leakedHigh = ::dup2(leaked, 77);
        const auto close = qScopeGuard([&] {
            ::close(leaked);
            ::close(leakedHigh);
        });
        const QString script = m_scripts.write(
                QStringLiteral("fds.py"),
                QStringLiteral("def is_open(fd):\n"
                               "    try:\n        os.fstat(fd)\n        return True\n"
                               "    except OSError:\n        return False\n"
                               "# listdir's own descriptor is closed by the time is_open runs\n"
                               "fds = [int(f) for f in os.listdir('/proc/self/fd')]\n"
                               "found = repr([f for f in fds if is_open(f)])\n"
                               "open(output_path, 'w').write(found)\n"));
        RunSettings settings;
        settings.network = network;
        const CandidateResult r = run({script}, settings).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Succeeded);
        QCOMPARE(*r.artifactContent, QStringLiteral("[0, 1, 2]"));
    }

    // A key in the session keyring the app was started in stays out of the candidate's reach.
    void theSessionKeyringIsNotInherited()
    {
        // This test process becomes the "app started in a session holding a key".
        QVERIFY(::syscall(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, nullptr) > 0);
        const QByteArray secret = "keyring-secret";
        const long key = ::syscall(SYS_add_key, "user", "dreamfoundry-test", secret.constData(),
                                   size_t(secret.size()), KEY_SPEC_SESSION_KEYRING);
        QVERIFY(key > 0);
        char readBack[64] = {};
        QCOMPARE(::syscall(SYS_keyctl, KEYCTL_READ, key, readBack, sizeof readBack),
                 long(secret.size()));
        const QString script = m_scripts.write(
                QStringLiteral("keys.py"),
                QStringLiteral(
                        "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
                        "buf = ctypes.create_string_buffer(64)\n"
                        "got = libc.syscall(%1, %2, %3, buf, 64)\n"
                        "err = ctypes.get_errno()\n"
                        "found = libc.syscall(%1, 0, -3, 0)\n"
                        "open(output_path, 'w').write(\n"
                        "    f'read {got} {os.strerror(err)} {buf.value!r}; session {found}')\n")
                        .arg(SYS_keyctl)
                        .arg(KEYCTL_READ)
                        .arg(key));
        const CandidateResult r = run({script}).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Succeeded);
        QCOMPARE(*r.artifactContent,
                 QStringLiteral("read -1 Operation not permitted b''; session -1"));
    }

    // Calls a Python agent never needs fail with EPERM; what it does need still works.
    void hostileSystemCallsFailAndPythonStillWorks()
    {
        const QString script = m_scripts.write(
                QStringLiteral("calls.py"),
                QStringLiteral(
                        "import ctypes, json, ssl, sqlite3, subprocess\n"
                        "libc = ctypes.CDLL(None, use_errno=True)\n"
                        "def attempt(what, call):\n"
                        "    result = call()\n"
                        "    return f'{what} {result} {os.strerror(ctypes.get_errno())}' "
                        "if result < 0 else f'{what} ALLOWED'\n"
                        "report = [attempt('unshare-user', lambda: libc.unshare(0x10000000)),\n"
                        "          attempt('io_uring', lambda: libc.syscall(425, 8, "
                        "ctypes.create_string_buffer(120))),\n"
                        "          attempt('ptrace', lambda: libc.ptrace(16, 1, 0, 0))]\n"
                        "ssl.create_default_context()\n"
                        "sqlite3.connect(':memory:').execute('select 1')\n"
                        "child = subprocess.run(['python3', '-c', 'print(json := 6 * 7)'],\n"
                        "                       capture_output=True, text=True).stdout.strip()\n"
                        "report.append('child ' + child)\n"
                        "open(output_path, 'w').write('\\n'.join(report))\n"));
        const CandidateResult r = run({script}).candidates.at(0);
        QCOMPARE(r.state, CandidateState::Succeeded);
        QCOMPARE(*r.artifactContent,
                 QStringLiteral("unshare-user -1 Operation not permitted\n"
                                "io_uring -1 Operation not permitted\n"
                                "ptrace -1 Operation not permitted\nchild 42"));
    }

    // Only the system folders are there: a folder under /srv or /opt, or a world-readable
    // .env beside a project, is not, unless the user adds its folder.
    void hostFilesOutsideTheAllowListAreNotVisible()
    {
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        const QString srv = QStringLiteral("/srv/dreamfoundry-test-") + id;
        const QString opt = QStringLiteral("/opt/dreamfoundry-test-") + id;
        const auto remove = qScopeGuard([&] {
            QDir(srv).removeRecursively();
            QDir(opt).removeRecursively();
        });
        for (const QString &dir : QStringList{srv + QStringLiteral("/project"), opt}) {
            QVERIFY(QDir().mkpath(dir));
            QFile::setPermissions(dir,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadOther | QFile::ExeOther);
        }
        QFile::setPermissions(srv,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadOther | QFile::ExeOther);
        for (const QString &file :
             QStringList{srv + QStringLiteral("/.env"), opt + QStringLiteral("/secret")}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("DAYTONA_API_KEY=leaked\n");
            f.close();
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        }
        const QString script = m_scripts.write(
                QStringLiteral("look.py"),
                QStringLiteral("def read(path):\n"
                               "    try:\n        return open(path).read().strip()\n"
                               "    except OSError as e:\n        return type(e).__name__\n"
                               "open(output_path, 'w').write(' | '.join(\n"
                               "    [read('%1/.env'), read('%2/secret'),\n"
                               "     ' '.join(sorted(set(os.listdir('/')) & {'srv', 'opt', 'var', "
                               "'usr', 'etc'}))]))\n")
                        .arg(srv, opt));
        const CandidateResult hidden = run({script}).candidates.at(0);
        QCOMPARE(hidden.state, CandidateState::Succeeded);
        QCOMPARE(*hidden.artifactContent,
                 QStringLiteral("FileNotFoundError | FileNotFoundError | etc usr var"));
        RunSettings settings;
        settings.readOnlyFolders = {srv};
        const CandidateResult added = run({script}, settings).candidates.at(0);
        QCOMPARE(*added.artifactContent,
                 QStringLiteral("DAYTONA_API_KEY=leaked | FileNotFoundError | etc srv usr var"));
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
        startRunning(scripts, settings);
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
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
        const PrivateTemp privateTemp;
        QVERIFY(privateTemp.isValid());
        const QString script = m_scripts.write(
                QStringLiteral("tidy.py"), QStringLiteral("open(output_path, 'w').write('x')\n"));
        const RunRecord record = run({script, script});
        for (const CandidateResult &r : record.candidates)
            QCOMPARE(r.state, CandidateState::Succeeded); // the sandboxes really were made
        QCOMPARE(QDir::tempPath(), privateTemp.path());
        QCOMPARE(privateTemp.sandboxFolders(), QStringList());
        // The run's own working folder is the orchestrator's until it goes.
        QVERIFY(!QDir(privateTemp.path())
                         .entryList({QStringLiteral("dreamfoundry-run-*")}, QDir::Dirs)
                         .isEmpty());
    }
    // The next candidate takes the place of one that ended as soon as its process is gone and
    // its artifact collected, not once its folder and control group are removed too: when
    // the second of two (one at a time) starts, the first one's folder is still there, beside
    // the second's own, made while the first ran. At the end nothing is left.
    void theNextCandidateStartsWhileTheLastIsRemoved()
    {
        const PrivateTemp privateTemp;
        QVERIFY(privateTemp.isValid());
        const QString script = m_scripts.write(
                QStringLiteral("quick.py"),
                QStringLiteral("time.sleep(0.5)\nopen(output_path, 'w').write('x')\n"));
        RunSettings settings;
        settings.parallelism = 1;
        settings.objective = QStringLiteral("x");
        m_orchestrator = std::make_unique<Orchestrator>(m_backend);
        QStringList foldersWhenTheSecondStarted;
        connect(m_orchestrator.get(), &Orchestrator::candidateStateChanged, this,
                [&](int row, CandidateState state) {
                    if (row == 1 && state == CandidateState::Preparing)
                        foldersWhenTheSecondStarted = privateTemp.sandboxFolders();
                });
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
        QVERIFY(m_orchestrator->start(candidatesFromScripts({script, script}).candidates, settings)
                        .isEmpty());
        QVERIFY(finished.wait(30'000));
        for (const CandidateResult &r : m_orchestrator->record().candidates)
            QCOMPARE(r.state, CandidateState::Succeeded);
        QCOMPARE(foldersWhenTheSecondStarted.size(), 2);
        QCOMPARE(privateTemp.sandboxFolders(), QStringList());
    }

    // The probe's yes is kept in the user's cache folder: the next start knows it at once, with
    // no bwrap run before its first candidate, as long as what it depends on is the same.
    // Another temporary folder, a file that is not the app's answer, or forget() make it ask.
    void theProbesAnswerIsKeptForTheNextStart()
    {
        QTemporaryDir cache;
        const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
        const auto restore = qScopeGuard([&oldCache] { qputenv("XDG_CACHE_HOME", oldCache); });
        QVERIFY(IsolationProbe::cacheFile().startsWith(cache.path()));

        bool firstDisk = false;
        bool keptDisk = false;
        QCOMPARE(askProbe(&firstDisk), std::pair(false, IsolationProbe::Result::Available));
        if (!firstDisk) {
            // Only a full yes is kept: a machine without the private disk asks every time.
            QVERIFY(!QFile::exists(IsolationProbe::cacheFile()));
            QCOMPARE(askProbe().first, false);
            return;
        }
        QVERIFY(QFile::exists(IsolationProbe::cacheFile()));
        QCOMPARE(askProbe(&keptDisk), std::pair(true, IsolationProbe::Result::Available));
        QVERIFY(keptDisk);
        {
            const PrivateTemp otherTemp;
            QVERIFY(otherTemp.isValid());
            QCOMPARE(askProbe().first, false);
        }
        QCOMPARE(askProbe().first, false); // the temporary folder is /tmp again
        QCOMPARE(askProbe().first, true);
        {
            QFile file(IsolationProbe::cacheFile());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("available disk\n");
        }
        QCOMPARE(askProbe().first, false);
        QCOMPARE(askProbe().first, true);
        IsolationProbe().forget();
        QVERIFY(!QFile::exists(IsolationProbe::cacheFile()));
        QCOMPARE(askProbe().first, false);
    }

    // A sandbox that bwrap could not make (here a read-only folder that does not exist) makes
    // the next start ask again rather than trust the kept answer.
    void aSandboxBwrapCouldNotMakeForgetsTheKeptAnswer()
    {
        QTemporaryDir cache;
        const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
        const auto restore = qScopeGuard([&oldCache] { qputenv("XDG_CACHE_HOME", oldCache); });
        askProbe();
        QVERIFY(QFile::exists(IsolationProbe::cacheFile()));
        LocalBackend backend;
        Orchestrator orchestrator(backend);
        QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
        RunSettings settings;
        settings.objective = QStringLiteral("x");
        settings.network = false;
        settings.readOnlyFolders = {QStringLiteral("/nonexistent-dreamfoundry-folder")};
        const QString script = m_scripts.write(
                QStringLiteral("never.py"), QStringLiteral("open(output_path, 'w').write('x')\n"));
        QVERIFY(orchestrator.start(candidatesFromScripts({script}).candidates, settings).isEmpty());
        QVERIFY(finished.wait(30'000));
        const CandidateResult &r = orchestrator.result(0);
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY2(r.errorOutput.startsWith(QStringLiteral("bwrap: ")), qPrintable(r.errorOutput));
        QVERIFY(!QFile::exists(IsolationProbe::cacheFile()));
    }

    // The sandboxes' /etc folders this process holds (OwnedFolder's lock names its pid).
    static QStringList ownEtcFolders()
    {
        QStringList found;
        const QDir parent(SandboxEtc::parentFolder());
        for (const QString &name : parent.entryList({SandboxEtc::namePattern()}, QDir::Dirs)) {
            QFile lock(parent.filePath(name) + QLatin1Char('/') + OwnedFolder::lockName());
            if (lock.open(QIODevice::ReadOnly)
                && lock.readAll().trimmed().toLongLong() == QCoreApplication::applicationPid())
                found.append(parent.filePath(name));
        }
        return found;
    }

    // A cleaner of the temporary folder (systemd-tmpfiles, in a window left open for days) may
    // remove the sandboxes' /etc folder: the next sandbox makes it again instead of failing.
    void theSandboxesEtcIsMadeAgainWhenACleanerRemovedIt()
    {
        const PrivateTemp privateTemp;
        QVERIFY(privateTemp.isValid());
        LocalBackend backend;
        Orchestrator orchestrator(backend);
        const QString script = m_scripts.write(
                QStringLiteral("etc.py"),
                QStringLiteral("open(output_path, 'w').write(open('/etc/passwd').read())\n"));
        const auto runOnce = [&] {
            QSignalSpy finished(&orchestrator, &Orchestrator::runFinished);
            RunSettings settings;
            settings.objective = QStringLiteral("x");
            if (!orchestrator.start(candidatesFromScripts({script}).candidates, settings).isEmpty()
                || !finished.wait(30'000))
                return CandidateResult();
            return orchestrator.result(0);
        };
        const QStringList etcBefore = ownEtcFolders();
        QCOMPARE(runOnce().state, CandidateState::Succeeded);
        // The one this backend made: not the private temp's when that is on a disk (then it
        // is beside other processes' and this process's earlier backends' on /dev/shm).
        QStringList etcFolders = ownEtcFolders();
        for (const QString &earlier : etcBefore)
            etcFolders.removeAll(earlier);
        QCOMPARE(etcFolders.size(), 1);
        QVERIFY(QDir(etcFolders.first()).removeRecursively());
        const CandidateResult again = runOnce();
        QVERIFY2(again.state == CandidateState::Succeeded, qPrintable(again.errorMessage));
        QVERIFY(again.artifactContent->contains(QStringLiteral("daytona")));
    }

    // While one candidate runs, the next one's sandbox is made ready (its folder, control group
    // and private disk, and the disk's program waiting for its go), but the candidate itself
    // runs only at its turn: one at a time never overlap, and its runtime and timeout count
    // from its turn, not from when its sandbox was made.
    void aCandidatePreparedAheadRunsOnlyAtItsTurn()
    {
        QStringList scripts;
        for (int i = 0; i < 3; ++i) {
            scripts.append(m_scripts.write(
                    QStringLiteral("turn%1.py").arg(i),
                    QStringLiteral(
                            "began = time.time()\ntime.sleep(1.2)\n"
                            "open(output_path, 'w').write('%r %r' % (began, time.time()))\n")));
        }
        RunSettings settings;
        settings.parallelism = 1;
        settings.timeoutSeconds = 2; // less than a candidate's wait plus its own run
        QElapsedTimer clock;
        clock.start();
        const RunRecord record = run(scripts, settings);
        double lastEnd = 0;
        for (const CandidateResult &r : record.candidates) {
            QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage));
            QVERIFY2(r.runtimeSeconds < 2.0, qPrintable(QString::number(r.runtimeSeconds)));
            QVERIFY(!r.sandboxId.isEmpty());
            const QStringList times = r.artifactContent->split(QLatin1Char(' '));
            QVERIFY2(times.at(0).toDouble() >= lastEnd, qPrintable(*r.artifactContent));
            lastEnd = times.at(1).toDouble();
        }
        QVERIFY(clock.elapsed() >= 3600); // one after the other
    }

    // A candidate whose sandbox fails while it waits (here a folder over its cap) ends with
    // the reason without taking a turn, and the candidates after it still run: one at a time,
    // the run neither stops nor waits for a place that never frees.
    void aCandidateFailingWhilePreparedAheadDoesNotHoldItsPlace()
    {
        const QString big = m_scripts.dir() + QStringLiteral("/big");
        QVERIFY(QDir().mkpath(big));
        QFile main(big + QStringLiteral("/main.py"));
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write("open('/home/daytona/ran', 'w')\n");
        main.close();
        QFile weights(big + QStringLiteral("/weights.bin"));
        QVERIFY(weights.open(QIODevice::WriteOnly));
        weights.write(QByteArray(2 * 1024 * 1024, 'w'));
        weights.close();
        const QString first = m_scripts.write(
                QStringLiteral("first.py"),
                QStringLiteral("time.sleep(0.8)\nopen(output_path, 'w').write('first')\n"));
        const QString last
                = m_scripts.write(QStringLiteral("last.py"),
                                  QStringLiteral("open(output_path, 'w').write('last')\n"));
        RunSettings settings;
        settings.parallelism = 1;
        settings.folderLimitMiB = 1;
        settings.network = false;
        const RunRecord record = run({first, big, last}, settings, 30'000);
        QCOMPARE(record.candidates.size(), 3);
        QCOMPARE(record.candidates[0].state, CandidateState::Succeeded);
        QCOMPARE(record.candidates[1].state, CandidateState::Failed);
        QVERIFY2(record.candidates[1].errorMessage.contains(
                         QStringLiteral("over the limit for a candidate folder")),
                 qPrintable(record.candidates[1].errorMessage));
        QCOMPARE(record.candidates[2].state, CandidateState::Succeeded);
        QCOMPARE(*record.candidates[2].artifactContent, QStringLiteral("last"));
    }

    // Cancelling candidates whose sandboxes were made ready while they waited ends their disk
    // programs without running them: they show as never started, and no process or folder of
    // theirs is left.
    void cancellingPreparedCandidatesLeavesNothing()
    {
        const PrivateTemp privateTemp;
        QVERIFY(privateTemp.isValid());
        QStringList scripts;
        for (int i = 0; i < 3; ++i) {
            scripts.append(m_scripts.write(QStringLiteral("waiting%1.py").arg(i),
                                           QStringLiteral("print('ran', flush=True)\n"
                                                          "time.sleep(1000)\n")));
        }
        RunSettings settings;
        settings.parallelism = 1;
        settings.objective = QStringLiteral("x");
        startRunning(scripts, settings);
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
        QTRY_COMPARE(m_orchestrator->state(0), CandidateState::Running);
        // The next one's disk program is there, waiting for its turn.
        QTRY_COMPARE(processesWith("waiting1.py"), 1);
        QCOMPARE(m_orchestrator->state(1), CandidateState::Queued);
        m_orchestrator->cancelAll();
        QVERIFY(finished.wait(15'000));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(m_orchestrator->state(row), CandidateState::Cancelled);
        for (int row = 1; row < 3; ++row) {
            QCOMPARE(m_orchestrator->result(row).sandboxId, QString());
            QCOMPARE(m_orchestrator->result(row).output, QString());
        }
        QTRY_COMPARE(processesWith("waiting"), 0);
        QTRY_COMPARE(privateTemp.sandboxFolders(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestLocalRuns)
#include "test_local_runs.moc"
