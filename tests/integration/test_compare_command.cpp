// `dreamfoundry compare` end to end: the real binary on a real results folder prints a
// unified diff (plain when piped, coloured on request) and exits like `diff`: 0 identical, 1
// different, 2 on bad usage or a missing artifact.
#include "results/resultstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;

namespace {

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Finished runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

Finished compare(const QStringList &arguments)
{
    return runProgram(QStringLiteral(DREAMFOUNDRY_BINARY),
                      QStringList(QStringLiteral("compare")) + arguments);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A generated artifact: `lines` distinct lines, every tenth one changed when `changed`.
QByteArray generated(int lines, bool changed)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i)
        text += "line " + QByteArray::number(i) + (changed && i % 10 == 3 ? " edited" : "") + '\n';
    return text;
}

} // namespace

class TestCompareCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_results = m_dir.filePath(QStringLiteral("results"));
        RunRecord run;
        run.runId = QStringLiteral("run-1");
        run.objective = QStringLiteral("compare");
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.finishedAt = run.startedAt;
        addCandidate(run, QStringLiteral("alpha"), "one\ntwo\nthree\n");
        addCandidate(run, QStringLiteral("same"), "one\ntwo\nthree\n");
        addCandidate(run, QStringLiteral("beta"), "one\n2\nthree\nfour\n");
        addCandidate(run, QStringLiteral("escapes"), "one\n\tevil \x1b[2J\x07 here\nthree\n");
        addCandidate(run, QStringLiteral("big1"), generated(2000, false));
        addCandidate(run, QStringLiteral("big2"), generated(2000, true));
        CandidateResult failed;
        failed.candidateId = QStringLiteral("broken");
        failed.state = CandidateState::Failed;
        failed.errorMessage = QStringLiteral("exit status 3");
        run.candidates << failed;
        QCOMPARE(ResultStore::save(run, m_results), QString());
    }

    void identicalArtifactsExitZero()
    {
        const Finished f = compare({m_results, QStringLiteral("alpha"), QStringLiteral("same")});
        QCOMPARE(f.exitCode, 0);
        QCOMPARE(f.out, QByteArray());
    }

    void differencesPrintAUnifiedDiff()
    {
        const Finished f = compare({m_results, QStringLiteral("alpha"), QStringLiteral("beta"),
                                    QStringLiteral("same")});
        QCOMPARE(f.exitCode, 1);
        QCOMPARE(f.out,
                 QByteArray("--- alpha\n+++ beta\n@@ -1,3 +1,4 @@\n one\n-two\n+2\n three\n"
                            "+four\n"));
        QVERIFY(!f.out.contains('\x1b')); // piped: no colour
        const Finished coloured = compare({QStringLiteral("--color=always"), m_results,
                                           QStringLiteral("alpha"), QStringLiteral("beta")});
        QCOMPARE(coloured.exitCode, 1);
        QVERIFY(coloured.out.contains("\x1b[31m-two\x1b[0m\n"));
        QVERIFY(coloured.out.contains("\x1b[32m+2\x1b[0m\n"));
    }

    // The same changed lines as GNU diff on generated artifacts.
    void agreesWithDiffU()
    {
        const QString diff = QStandardPaths::findExecutable(QStringLiteral("diff"));
        if (diff.isEmpty())
            QSKIP("diff is not installed");
        const Finished ours = compare({m_results, QStringLiteral("big1"), QStringLiteral("big2")});
        QCOMPARE(ours.exitCode, 1);
        const Finished theirs = runProgram(diff,
                                           {QStringLiteral("-u"),
                                            m_results + QStringLiteral("/big1/big1_output.md"),
                                            m_results + QStringLiteral("/big2/big2_output.md")});
        QCOMPARE(theirs.exitCode, 1);
        auto body = [](const QByteArray &unified) {
            QList<QByteArray> lines = unified.split('\n');
            return lines.mid(2); // without the --- and +++ lines (GNU's carry file times)
        };
        QCOMPARE(body(ours.out), body(theirs.out));
    }

    // On a terminal: coloured without asking, and what a candidate wrote cannot drive the
    // terminal (its control characters are shown as escapes; tabs stay).
    void terminalOutputIsColouredAndSafe()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script (util-linux) is not installed");
        const QString command = QStringLiteral("'%1' compare '%2' alpha escapes")
                                        .arg(QStringLiteral(DREAMFOUNDRY_BINARY), m_results);
        const Finished f = runProgram(
                script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QCOMPARE(f.exitCode, 1);
        QVERIFY2(f.out.contains("\x1b[32m+\tevil \\x1b[2J\\x07 here\x1b[0m"), f.out.constData());
        QVERIFY(!f.out.contains("\x1b[2J"));
        QVERIFY(!f.out.contains('\x07'));
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("alpha"), QStringLiteral("nope")}
                                    << QStringLiteral("no candidate \"nope\"");
        QTest::newRow("one id") << QStringList{QStringLiteral("alpha")}
                                << QStringLiteral("2 to 4 candidate ids");
        QTest::newRow("five ids") << QStringList{QStringLiteral("alpha"), QStringLiteral("beta"),
                                                 QStringLiteral("same"), QStringLiteral("big1"),
                                                 QStringLiteral("big2")}
                                  << QStringLiteral("2 to 4 candidate ids");
        QTest::newRow("no artifact")
                << QStringList{QStringLiteral("alpha"), QStringLiteral("broken")}
                << QStringLiteral("exit status 3");
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Finished f = compare(QStringList{m_results} + arguments);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(says), qPrintable(f.err));
    }

    void missingFolderExitsTwo()
    {
        const Finished f = compare({m_dir.filePath(QStringLiteral("nowhere")), QStringLiteral("a"),
                                    QStringLiteral("b")});
        QCOMPARE(f.exitCode, 2);
        QVERIFY(!f.err.isEmpty());
    }

    void deletedArtifactExitsTwo()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy"));
        QVERIFY(QDir().mkpath(copy));
        QString error;
        RunRecord run = ResultStore::load(m_results, &error);
        QCOMPARE(error, QString());
        for (CandidateResult &candidate : run.candidates)
            candidate.scriptPath.clear(); // the folder holds no scripts
        QCOMPARE(ResultStore::save(run, copy), QString());
        QVERIFY(QFile::remove(copy + QStringLiteral("/beta/beta_output.md")));
        const Finished f = compare({copy, QStringLiteral("alpha"), QStringLiteral("beta")});
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(QStringLiteral("no longer there")), qPrintable(f.err));
    }

private:
    void addCandidate(RunRecord &run, const QString &id, const QByteArray &artifact)
    {
        CandidateResult result;
        result.candidateId = id;
        result.state = CandidateState::Succeeded;
        result.exitCode = 0;
        result.artifactName = id + QStringLiteral("_output.md");
        result.artifactFile = m_dir.filePath(result.artifactName);
        result.artifactSize = artifact.size();
        writeFile(result.artifactFile, artifact);
        run.candidates << result;
    }

    QTemporaryDir m_dir;
    QString m_results;
};

QTEST_GUILESS_MAIN(TestCompareCommand)
#include "test_compare_command.moc"
