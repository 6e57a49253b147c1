// Candidates with dependencies and multi-file candidates on the local backend, in real bwrap
// sandboxes, without the internet: the packages come from a tiny index the test builds and
// serves on loopback (tests/support/tinyindex.py).
#include "core/candidate.h"
#include "runner/dependencies.h"
#include "runner/isolationprobe.h"
#include "runner/leftovers.h"
#include "runner/localbackend.h"
#include "runner/orchestrator.h"
#include "testcandidates.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;
using Test::CandidateScripts;

namespace {

const QString dependsOnTinydep = QStringLiteral(
        "# /// script\n# dependencies = [\"tinydep\"]\n# requires-python = \">=3.8\"\n# ///\n"
        "import tinydep\n"
        "open(output_path, 'w').write(tinydep.GREETING)\n");

} // namespace

class TestDependencyRuns final : public QObject
{
    Q_OBJECT

    RunRecord run(const QStringList &paths, RunSettings settings = {})
    {
        settings.objective = QStringLiteral("test objective");
        settings.indexUrl = m_indexUrl;
        m_orchestrator = std::make_unique<Orchestrator>(m_backend);
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
        const CandidateList list = candidatesFromScripts(paths);
        if (!list.error.isEmpty())
            qFatal("%s", qPrintable(list.error));
        const QString error = m_orchestrator->start(list.candidates, settings);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        if (!finished.wait(240'000))
            qWarning("run did not finish in time");
        return m_orchestrator->record();
    }

    QString writeFile(const QString &relative, const QByteArray &content)
    {
        const QString path = m_scripts.dir() + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    LocalBackend m_backend;
    std::unique_ptr<Orchestrator> m_orchestrator;
    CandidateScripts m_scripts;
    QTemporaryDir m_cacheHome;
    QTemporaryDir m_indexDir;
    QProcess m_index;
    QString m_indexUrl;

private Q_SLOTS:
    void initTestCase()
    {
        m_backend.isolation().whenKnown(this, [this] { setObjectName(QStringLiteral("known")); });
        QTRY_VERIFY_WITH_TIMEOUT(objectName() == QStringLiteral("known"), 15'000);
        QVERIFY2(m_backend.isolation().result() == IsolationProbe::Result::Available,
                 qPrintable(m_backend.isolation().reason()));
        // The cache of this test alone; sandboxes (nobody, when run as root) pass through it.
        QFile::setPermissions(m_cacheHome.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ExeGroup | QFile::ExeOther);
        qputenv("XDG_CACHE_HOME", m_cacheHome.path().toUtf8());
        m_index.start(
                QStringLiteral("python3"),
                {QStringLiteral(TESTS_SOURCE_DIR "/support/tinyindex.py"), m_indexDir.path()});
        QVERIFY(m_index.waitForReadyRead(30'000));
        const QByteArray line = m_index.readLine().trimmed();
        QVERIFY2(line.startsWith("port "), line.constData());
        m_indexUrl = QStringLiteral("http://127.0.0.1:%1/simple/")
                             .arg(QString::fromLatin1(line.mid(5)));
    }

    void cleanupTestCase()
    {
        m_index.closeWriteChannel();
        m_index.waitForFinished(5'000);
    }

    // Installed once in the Installing phase, then found in the cache: the second run does
    // not install again. A stage an install killed with its app left is swept.
    void dependencyIsInstalledThenCached()
    {
        const QString killed = DependencyCache().root() + QStringLiteral("/.installing-killed");
        QVERIFY(QDir().mkpath(killed + QStringLiteral("/venv")));
        const QString lockPath = killed + QLatin1Char('/') + OwnedFolder::lockName();
        QList<QByteArray> lines;
        {
            QLockFile lock(lockPath);
            QVERIFY(lock.tryLock(0));
            QFile ours(lockPath);
            QVERIFY(ours.open(QIODevice::ReadOnly));
            lines = ours.readAll().split('\n');
        }
        lines[0] = "2147483646"; // the lock of a process that is gone: no pid is this high
        QFile lockFile(lockPath);
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        lockFile.write(lines.join('\n'));
        lockFile.close();
        const QString script = m_scripts.write(QStringLiteral("greeter.py"), dependsOnTinydep);
        const RunRecord first = run({script});
        const CandidateResult &a = first.candidates.first();
        QVERIFY2(a.state == CandidateState::Succeeded, qPrintable(a.errorMessage + a.output));
        QCOMPARE(a.artifactContent.value_or(QString()), QStringLiteral("hello from tinydep"));
        QVERIFY(a.timings.installing > 0);
        QTRY_VERIFY(!QFileInfo::exists(killed));
        const RunRecord second = run({script});
        const CandidateResult &b = second.candidates.first();
        QVERIFY2(b.state == CandidateState::Succeeded, qPrintable(b.errorMessage + b.output));
        QCOMPARE(b.timings.installing, 0.0);
        QVERIFY(!b.output.contains(QStringLiteral("Installing collected packages")));
    }

    // The cache is bound read-only: a candidate cannot change what the next one imports.
    void candidateCannotWriteIntoTheCache()
    {
        const QString script = m_scripts.write(
                QStringLiteral("tamper.py"),
                dependsOnTinydep.section(QStringLiteral("import tinydep"), 0, 0)
                        + QStringLiteral("import tinydep\n"
                                         "try:\n"
                                         "    open(tinydep.__file__, 'a').write('BAD = 1\\n')\n"
                                         "    result = 'written'\n"
                                         "except OSError as e:\n"
                                         "    result = 'refused'\n"
                                         "open(output_path, 'w').write(result)\n"));
        const RunRecord record = run({script});
        const CandidateResult &r = record.candidates.first();
        QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage + r.output));
        QCOMPARE(r.artifactContent.value_or(QString()), QStringLiteral("refused"));
    }

    // A dependency no index has fails that candidate with pip's own words; the others run.
    void unresolvableDependencyFailsOnlyItsCandidate()
    {
        const QString missing = m_scripts.write(
                QStringLiteral("missing.py"),
                QStringLiteral("# /// script\n# dependencies = [\"no-such-package-df\"]\n# ///\n"
                               "open(output_path, 'w').write('ran')\n"));
        const QString plain = m_scripts.write(
                QStringLiteral("plain.py"), QStringLiteral("open(output_path, 'w').write('ok')\n"));
        const RunRecord record = run({missing, plain});
        const CandidateResult &bad = record.candidates.at(0);
        QCOMPARE(bad.state, CandidateState::Failed);
        QVERIFY2(bad.errorMessage.contains(QStringLiteral("Installing the dependencies failed")),
                 qPrintable(bad.errorMessage));
        QVERIFY2(bad.errorMessage.contains(QStringLiteral("no-such-package-df")),
                 qPrintable(bad.errorMessage));
        QVERIFY(!bad.hasArtifact());
        QCOMPARE(record.candidates.at(1).state, CandidateState::Succeeded);
    }

    void unsatisfiedRequiresPythonFailsBeforePip()
    {
        const QString script
                = m_scripts.write(QStringLiteral("future.py"),
                                  QStringLiteral("# /// script\n# requires-python = \">=99\"\n"
                                                 "# dependencies = [\"tinydep\"]\n# ///\n"
                                                 "open(output_path, 'w').write('ran')\n"));
        const RunRecord record = run({script});
        const CandidateResult &r = record.candidates.first();
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("does not satisfy requires-python >=99")),
                 qPrintable(r.errorMessage));
    }

    void failingBuildOfADependencyFailsWithPipsReason()
    {
        const QString script = m_scripts.write(
                QStringLiteral("pulls_broken.py"),
                QStringLiteral("# /// script\n# dependencies = [\"tinyfail\"]\n# ///\n"
                               "open(output_path, 'w').write('ran')\n"));
        const RunRecord record = run({script});
        const CandidateResult &r = record.candidates.first();
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("tinybroken refuses to build")),
                 qPrintable(r.errorMessage));
    }

    // A folder: copied whole to /home/daytona/<id>/ and run from there, its second file
    // importable, its requirements.txt installed, a link out of it not followed.
    void folderCandidateRunsFromItsFolder()
    {
        const QString outside = writeFile(QStringLiteral("private.txt"), "the user's file\n");
        writeFile(QStringLiteral("agentdir/helper.py"), "WORD = 'helped'\n");
        writeFile(QStringLiteral("agentdir/requirements.txt"), "tinydep\n");
        writeFile(QStringLiteral("agentdir/main.py"),
                  "import os, sys\nimport helper, tinydep\n"
                  "open(sys.argv[2], 'w').write(' '.join([os.getcwd(), helper.WORD, "
                  "tinydep.GREETING.split()[-1], str(os.path.exists('link.txt'))]))\n");
        QVERIFY(QFile::link(outside, m_scripts.dir() + QStringLiteral("/agentdir/link.txt")));
        const RunRecord record = run({m_scripts.dir() + QStringLiteral("/agentdir")});
        const CandidateResult &r = record.candidates.first();
        QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage + r.output));
        QCOMPARE(r.artifactContent.value_or(QString()),
                 QStringLiteral("/home/daytona/agentdir helped tinydep False"));
    }

    // FOLDER:SCRIPT.py: the named entry script runs, from the folder, like main.py would.
    void namedEntryScriptRunsFromItsFolder()
    {
        writeFile(QStringLiteral("named/data.txt"), "from the folder");
        writeFile(QStringLiteral("named/src/agent.py"),
                  "import os, sys\n"
                  "open(sys.argv[2], 'w').write(os.getcwd() + ' ' + open('data.txt').read())\n");
        const RunRecord record = run({m_scripts.dir() + QStringLiteral("/named:src/agent.py")});
        const CandidateResult &r = record.candidates.first();
        QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage + r.output));
        QCOMPARE(r.artifactContent.value_or(QString()),
                 QStringLiteral("/home/daytona/named from the folder"));
    }

    void folderOverTheCapIsRefusedBeforeRunning()
    {
        writeFile(QStringLiteral("bigdir/main.py"), "open('/home/daytona/ran', 'w')\n");
        writeFile(QStringLiteral("bigdir/weights.bin"), QByteArray(2 * 1024 * 1024, 'w'));
        RunSettings settings;
        settings.folderLimitMiB = 1;
        const RunRecord record = run({m_scripts.dir() + QStringLiteral("/bigdir")}, settings);
        const CandidateResult &r = record.candidates.first();
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("over the limit for a candidate folder")),
                 qPrintable(r.errorMessage));
        QCOMPARE(r.timings.running, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestDependencyRuns)
#include "test_dependency_runs.moc"
