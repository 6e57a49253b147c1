#include "core/candidate.h"
#include "core/candidatefolder.h"
#include "core/runsettings.h"
#include "runner/dependencies.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;

// Requirement lists (PEP 723 metadata, requirements.txt), the cache's key and lookup, and what
// of a candidate folder is copied (runner/dependencies.h, core/candidatefolder.h).
class TestDependencies final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &relative, const QByteArray &content)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void scriptMetadata_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QStringList>("requirements");
        QTest::addColumn<QString>("requiresPython");
        QTest::newRow("one line") << QByteArray("# /// script\n"
                                                "# dependencies = [\"requests>=2\", 'httpx']\n"
                                                "# requires-python = \">=3.10\"\n"
                                                "# ///\nimport requests\n")
                                  << QStringList{QStringLiteral("requests>=2"),
                                                 QStringLiteral("httpx")}
                                  << QStringLiteral(">=3.10");
        QTest::newRow("several lines, comments")
                << QByteArray("#!/usr/bin/env python3\n# /// script\n# dependencies = [\n"
                              "#   \"openai\",  # the client\n#   \"rich==13.*\",\n# ]\n#\n# ///\n")
                << QStringList{QStringLiteral("openai"), QStringLiteral("rich==13.*")} << QString();
        QTest::newRow("no block") << QByteArray("import sys\n# dependencies = [\"x\"]\n")
                                  << QStringList() << QString();
        QTest::newRow("unclosed block")
                << QByteArray("# /// script\n# dependencies = [\"x\"]\nprint(1)\n") << QStringList()
                << QString();
    }

    void scriptMetadata()
    {
        QFETCH(QByteArray, script);
        QFETCH(QStringList, requirements);
        QFETCH(QString, requiresPython);
        const Requirements parsed = Requirements::fromScriptMetadata(script);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.requirements, requirements);
        QCOMPARE(parsed.requiresPython, requiresPython);
    }

    void requirementsFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("requirements");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << QByteArray("# tools\nrequests>=2  # http\n\nhttpx\n")
                               << QStringList{QStringLiteral("requests>=2"),
                                              QStringLiteral("httpx")}
                               << QString();
        QTest::newRow("option refused") << QByteArray("--extra-index-url http://evil/\nrequests\n")
                                        << QStringList() << QStringLiteral("pip option");
        QTest::newRow("nested file refused")
                << QByteArray("-r other.txt\n") << QStringList() << QStringLiteral("pip option");
        QTest::newRow("local path refused")
                << QByteArray("./vendored/pkg\n") << QStringList() << QStringLiteral("local file");
    }

    void requirementsFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, requirements);
        QFETCH(QString, error);
        const Requirements parsed = Requirements::fromRequirementsFile(text);
        if (error.isEmpty()) {
            QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
            QCOMPARE(parsed.requirements, requirements);
        } else {
            QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        }
    }

    // The script's own metadata wins over a requirements.txt beside it.
    void candidateRequirementsComeFromTheScriptFirst()
    {
        const QString withBlock = write(QStringLiteral("a/agent.py"),
                                        "# /// script\n# dependencies = [\"one\"]\n# ///\n");
        write(QStringLiteral("a/requirements.txt"), "two\n");
        QCOMPARE(Requirements::of({QStringLiteral("agent"), withBlock}).requirements,
                 QStringList{QStringLiteral("one")});
        const QString plain = write(QStringLiteral("a/plain.py"), "print(1)\n");
        QCOMPARE(Requirements::of({QStringLiteral("plain"), plain}).requirements,
                 QStringList{QStringLiteral("two")});
        const QString alone = write(QStringLiteral("b/alone.py"), "print(1)\n");
        QVERIFY(Requirements::of({QStringLiteral("alone"), alone}).isEmpty());
    }

    void cacheKeyIgnoresOrderAndSpacingButNotVersions()
    {
        Requirements a;
        a.requirements = {QStringLiteral("requests >=2"), QStringLiteral("httpx")};
        Requirements b;
        b.requirements = {QStringLiteral("httpx"), QStringLiteral("requests  >=2")};
        const QString py = QStringLiteral("3.11");
        QCOMPARE(DependencyCache::key(a, py, {}), DependencyCache::key(b, py, {}));
        QVERIFY(DependencyCache::key(a, py, {})
                != DependencyCache::key(a, QStringLiteral("3.12"), {}));
        QVERIFY(DependencyCache::key(a, py, {})
                != DependencyCache::key(a, py, QStringLiteral("http://127.0.0.1:1/simple")));
        b.requirements = {QStringLiteral("httpx"), QStringLiteral("requests>=3")};
        QVERIFY(DependencyCache::key(a, py, {}) != DependencyCache::key(b, py, {}));
    }

    // run.json keeps the index, never a password in its address.
    void indexUrlIsSavedWithoutItsPassword()
    {
        RunSettings settings;
        settings.indexUrl = QStringLiteral("https://me:s3cret@pypi.example/simple/?token=t0k");
        const QString saved = settings.toJson().value(QStringLiteral("index_url")).toString();
        QCOMPARE(saved, QStringLiteral("https://pypi.example/simple/"));
    }

    void pythonVersionComesFromTheInterpretersName()
    {
        const QString version = DependencyCache::pythonVersion(QStringLiteral("/usr/bin/python3"));
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^3\.\d+$)")).match(version).hasMatch(),
                 qPrintable(version));
        // A name without a version keeps its path, so two interpreters never share a key.
        QCOMPARE(DependencyCache::pythonVersion(QStringLiteral("/nonexistent/python")),
                 QStringLiteral("/nonexistent/python"));
    }

    // Complete or absent: a folder without its pyvenv.cfg (an install cut short) is no hit.
    void cacheHasOnlyCompleteEnvironments()
    {
        const DependencyCache cache(m_dir.filePath(QStringLiteral("cache")));
        QVERIFY(!cache.has(QStringLiteral("k1")));
        QVERIFY(QDir().mkpath(cache.pathFor(QStringLiteral("k1"))));
        QVERIFY(!cache.has(QStringLiteral("k1")));
        write(QStringLiteral("cache/k1/pyvenv.cfg"), "home = /usr/bin\n");
        QVERIFY(cache.has(QStringLiteral("k1")));
    }

    // pip ends with hints; the reason keeps its error lines and the exception instead.
    void installFailureKeepsPipsErrorLines()
    {
        Requirements requirements;
        requirements.requirements = {QStringLiteral("tinyfail")};
        const QByteArray pip = "Collecting tinybroken\n"
                               "  error: subprocess-exited-with-error\n"
                               "      RuntimeError: tinybroken refuses to build\n"
                               "      [end of output]\n"
                               "  note: This error originates from a subprocess.\n"
                               "error: metadata-generation-failed\n"
                               "hint: See above for details.\n";
        const QString reason = installFailure(requirements, pip);
        QVERIFY(reason.startsWith(QStringLiteral("Installing the dependencies failed (tinyfail)")));
        QVERIFY2(reason.contains(QStringLiteral("RuntimeError: tinybroken refuses to build")),
                 qPrintable(reason));
        QVERIFY2(!reason.contains(QStringLiteral("hint:")), qPrintable(reason));
        // Nothing that looks like an error: the last lines, as printed.
        QVERIFY(installFailure(requirements, "killed\n").endsWith(QStringLiteral("killed")));
    }

    // The shipped example: a folder, its dependency declared inline, and without the key a
    // clear message and a non-zero exit (it imports httpx only once it has a key).
    void exampleAgentExplainsAMissingKey()
    {
        const QString folder = QStringLiteral(SAMPLES_SOURCE_DIR "/../examples/real-agent");
        const CandidateList list = candidatesFromScripts({folder});
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(Requirements::of(list.candidates.first()).requirements,
                 QStringList{QStringLiteral("httpx>=0.24")});
        QProcess agent;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OPENAI_API_KEY"));
        agent.setProcessEnvironment(env);
        agent.start(QStringLiteral("python3"),
                    {list.candidates.first().scriptPath, QStringLiteral("objective"),
                     m_dir.filePath(QStringLiteral("out.md"))});
        QVERIFY(agent.waitForFinished(30'000));
        QCOMPARE(agent.exitCode(), 2);
        QVERIFY(agent.readAllStandardError().contains("OPENAI_API_KEY is not set"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.md"))));
    }

    void folderWithoutMainIsRefusedWithAClearMessage()
    {
        write(QStringLiteral("nomain/helper.py"), "X = 1\n");
        const CandidateList list
                = candidatesFromScripts({m_dir.filePath(QStringLiteral("nomain"))});
        QVERIFY(list.candidates.isEmpty());
        QVERIFY2(list.error.contains(QStringLiteral("has no main.py")), qPrintable(list.error));
    }

    void folderIsOneCandidateRunningItsMain()
    {
        write(QStringLiteral("my agent.v2/main.py"), "import helper\n");
        const CandidateList list
                = candidatesFromScripts({m_dir.filePath(QStringLiteral("my agent.v2"))});
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.candidates.size(), 1);
        QCOMPARE(list.candidates[0].id, QStringLiteral("my_agent_v2"));
        QCOMPARE(list.candidates[0].folder, m_dir.filePath(QStringLiteral("my agent.v2")));
        QVERIFY(list.candidates[0].scriptPath.endsWith(QStringLiteral("/my agent.v2/main.py")));
    }

    // FOLDER:SCRIPT.py names another entry script; it must be a file inside the folder.
    void folderWithNamedEntryScript()
    {
        write(QStringLiteral("named/src/agent.py"), "print(1)\n");
        const QString folder = m_dir.filePath(QStringLiteral("named"));
        const CandidateList list
                = candidatesFromScripts({folder + QStringLiteral(":src/agent.py")});
        QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
        QCOMPARE(list.candidates.first().id, QStringLiteral("named"));
        QCOMPARE(list.candidates.first().folder, folder);
        QCOMPARE(CandidateFolder::entryOf(folder, list.candidates.first().scriptPath),
                 QStringLiteral("src/agent.py"));
        for (const QString &bad : {QStringLiteral(":missing.py"), QStringLiteral(":../x.py")}) {
            const CandidateList refused = candidatesFromScripts({folder + bad});
            QVERIFY2(refused.error.contains(QStringLiteral("is not a file inside")),
                     qPrintable(refused.error));
        }
    }

    // .git, __pycache__ and a virtual environment stay behind; a link is never followed, so a
    // link to a file outside the folder cannot carry that file into the sandbox.
    void folderCopyLeavesOutLinksAndMachineFolders()
    {
        const QString secret = write(QStringLiteral("outside/secret.txt"), "the user's file\n");
        write(QStringLiteral("f/main.py"), "import lib.util\n");
        write(QStringLiteral("f/lib/util.py"), "X = 1\n");
        write(QStringLiteral("f/.git/HEAD"), "ref: refs/heads/main\n");
        write(QStringLiteral("f/__pycache__/x.pyc"), "junk");
        write(QStringLiteral("f/.venv/pyvenv.cfg"), "home = /usr/bin\n");
        write(QStringLiteral("f/.venv/lib/big.py"), "junk");
        QVERIFY(QFile::link(secret, m_dir.filePath(QStringLiteral("f/stolen.txt"))));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside")),
                            m_dir.filePath(QStringLiteral("f/outdir"))));
        const QString folder = m_dir.filePath(QStringLiteral("f"));
        const CandidateFolder::Scan scan = CandidateFolder::scan(folder, 1024 * 1024);
        QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
        QCOMPARE(scan.files,
                 (QStringList{QStringLiteral("lib/util.py"), QStringLiteral("main.py")}));
        QCOMPARE(scan.skippedLinks,
                 (QStringList{QStringLiteral("outdir"), QStringLiteral("stolen.txt")}));
        const QString target = m_dir.filePath(QStringLiteral("copy/f"));
        QString error;
        QVERIFY2(CandidateFolder::copy(folder, scan, target, &error), qPrintable(error));
        QVERIFY(QFile::exists(target + QStringLiteral("/lib/util.py")));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/stolen.txt")));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/outdir")));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/.git")));
    }

    void folderOverTheCapIsRefused()
    {
        write(QStringLiteral("big/main.py"), "print(1)\n");
        write(QStringLiteral("big/data.bin"), QByteArray(600 * 1024, 'x'));
        write(QStringLiteral("big/more.bin"), QByteArray(600 * 1024, 'y'));
        const CandidateFolder::Scan scan
                = CandidateFolder::scan(m_dir.filePath(QStringLiteral("big")), 1024 * 1024);
        QVERIFY2(scan.error.contains(QStringLiteral("more than 1 MiB")), qPrintable(scan.error));
        QVERIFY(CandidateFolder::scan(m_dir.filePath(QStringLiteral("big")), 2 * 1024 * 1024)
                        .error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDependencies)
#include "test_dependencies.moc"
