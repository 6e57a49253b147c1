// Dependencies and folder candidates on the Daytona backend, through the real client against
// the stand-in (its sandboxes run commands under bwrap with the host's network, so the loopback
// index of tests/support/tinyindex.py is reachable, as PyPI is from a Daytona sandbox).
#include "core/candidate.h"
#include "daytona/daytonabackend.h"
#include "daytonastandin.h"
#include "runner/orchestrator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;
using Test::DaytonaStandIn;

class TestDaytonaDependencies final : public QObject
{
    Q_OBJECT

    RunRecord run(const QStringList &paths, RunSettings settings = {})
    {
        settings.objective = QStringLiteral("test objective");
        settings.backend = BackendChoice::Daytona;
        settings.indexUrl = m_indexUrl;
        m_backend = std::make_unique<DaytonaBackend>(m_config);
        m_orchestrator = std::make_unique<Orchestrator>(*m_backend);
        QSignalSpy finished(m_orchestrator.get(), &Orchestrator::runFinished);
        const CandidateList list = candidatesFromScripts(paths);
        if (!list.error.isEmpty())
            qFatal("%s", qPrintable(list.error));
        if (const QString error = m_orchestrator->start(list.candidates, settings);
            !error.isEmpty())
            qFatal("%s", qPrintable(error));
        if (!finished.wait(240'000))
            QTest::qFail("the run did not finish in time", __FILE__, __LINE__);
        return m_orchestrator->record();
    }

    QString writeFile(const QString &relative, const QByteArray &content)
    {
        const QString path = m_files.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    QTemporaryDir m_runtimeDir;
    QTemporaryDir m_files;
    QTemporaryDir m_indexDir;
    QProcess m_index;
    QString m_indexUrl;
    std::unique_ptr<DaytonaStandIn> m_standIn;
    DaytonaConfig m_config;
    std::unique_ptr<DaytonaBackend> m_backend;
    std::unique_ptr<Orchestrator> m_orchestrator;

private Q_SLOTS:
    void initTestCase()
    {
        QFile::setPermissions(m_runtimeDir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
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

    void init()
    {
        m_standIn = std::make_unique<DaytonaStandIn>();
        QVERIFY(m_standIn->listen());
        m_config = {};
        m_config.apiKey = m_standIn->apiKey();
        m_config.keySource = DaytonaConfig::KeySource::Environment;
        m_config.apiUrl = QUrl(m_standIn->baseUrl());
    }

    void cleanup()
    {
        m_orchestrator.reset();
        m_backend.reset();
        m_standIn.reset();
    }

    // Uploaded whole to /home/daytona/<id>/, its requirements installed with the sandbox's
    // pip in the installing phase, run from its folder; a link out of it is not uploaded.
    void folderWithRequirementsRunsFromItsFolder()
    {
        const QString outside = writeFile(QStringLiteral("private.txt"), "the user's file\n");
        writeFile(QStringLiteral("agentdir/helper.py"), "WORD = 'helped'\n");
        writeFile(QStringLiteral("agentdir/requirements.txt"), "tinydep\n");
        writeFile(QStringLiteral("agentdir/main.py"),
                  "import os, sys\nimport helper, tinydep\n"
                  "open(sys.argv[2], 'w').write(' '.join([os.getcwd(), helper.WORD, "
                  "tinydep.GREETING.split()[-1], str(os.path.exists('link.txt'))]))\n");
        QVERIFY(QFile::link(outside, m_files.filePath(QStringLiteral("agentdir/link.txt"))));
        const RunRecord record = run({m_files.filePath(QStringLiteral("agentdir"))});
        const CandidateResult &r = record.candidates.first();
        QVERIFY2(r.state == CandidateState::Succeeded, qPrintable(r.errorMessage + r.output));
        QCOMPARE(r.artifactContent.value_or(QString()),
                 QStringLiteral("/home/daytona/agentdir helped tinydep False"));
        QVERIFY(r.timings.installing > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 0, 10'000);
    }

    void unresolvableDependencyFailsOnlyItsCandidate()
    {
        const QString missing
                = writeFile(QStringLiteral("missing.py"),
                            "# /// script\n# dependencies = [\"no-such-package-df\"]\n# ///\n"
                            "import sys\nopen(sys.argv[2], 'w').write('ran')\n");
        const QString plain = writeFile(QStringLiteral("plain.py"),
                                        "import sys\nopen(sys.argv[2], 'w').write('ok')\n");
        const RunRecord record = run({missing, plain});
        const CandidateResult &bad = record.candidates.at(0);
        QCOMPARE(bad.state, CandidateState::Failed);
        QVERIFY2(bad.errorMessage.contains(QStringLiteral("no-such-package-df")),
                 qPrintable(bad.errorMessage));
        QVERIFY(!bad.hasArtifact());
        QCOMPARE(record.candidates.at(1).state, CandidateState::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(m_standIn->sandboxCount(), 0, 10'000);
    }

    // Refused before a sandbox is made.
    void folderOverTheCapIsRefusedBeforeASandboxIsMade()
    {
        writeFile(QStringLiteral("bigdir/main.py"), "print(1)\n");
        writeFile(QStringLiteral("bigdir/weights.bin"), QByteArray(2 * 1024 * 1024, 'w'));
        RunSettings settings;
        settings.folderLimitMiB = 1;
        const RunRecord record = run({m_files.filePath(QStringLiteral("bigdir"))}, settings);
        const CandidateResult &r = record.candidates.first();
        QCOMPARE(r.state, CandidateState::Failed);
        QVERIFY2(r.errorMessage.contains(QStringLiteral("over the limit for a candidate folder")),
                 qPrintable(r.errorMessage));
        QVERIFY(r.sandboxId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDaytonaDependencies)
#include "test_daytona_dependencies.moc"
