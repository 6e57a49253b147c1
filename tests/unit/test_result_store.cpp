#include "core/artifactfacts.h"
#include "results/resultstore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace DreamFoundry;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestResultStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const RunRecord run = sampleRun();
        const QString dir = m_dir.filePath(QStringLiteral("results"));
        QCOMPARE(ResultStore::save(run, dir), QString());

        QString error;
        const RunRecord back = ResultStore::load(dir, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.runId, run.runId);
        QCOMPARE(back.objective, run.objective);
        QCOMPARE(back.startedAt, run.startedAt);
        QCOMPARE(back.settings.timeoutSeconds, 42);
        QCOMPARE(back.settings.readOnlyFolders, QStringList{QStringLiteral("/srv/data")});
        QCOMPARE(back.candidates.size(), 2);
        const CandidateResult &a = back.candidates[0];
        QCOMPARE(a.candidateId, QStringLiteral("alpha"));
        QCOMPARE(a.state, CandidateState::Succeeded);
        QCOMPARE(a.exitCode, std::optional(0));
        QCOMPARE(a.artifactContent, std::optional(QStringLiteral("# events\n")));
        QCOMPARE(readFile(a.artifactFile), QByteArray("# events\n"));
        QCOMPARE(readFile(a.scriptPath), QByteArray("print('alpha')\n"));
        QCOMPARE(a.timings.running, 1.5);
        QCOMPARE(a.network, QStringLiteral("private"));
        QCOMPARE(a.output, QStringLiteral("hello\noops\n"));
        QCOMPARE(a.standardOutput, QStringLiteral("hello\n"));
        QCOMPARE(a.errorOutput, QStringLiteral("oops\n"));
        const CandidateResult &d = back.candidates[1];
        QCOMPARE(d.network, QString()); // as a Daytona result: no "network" field at all
        QCOMPARE(d.state, CandidateState::TimedOut);
        QVERIFY(!d.exitCode);
        QVERIFY(!d.hasArtifact());
        QCOMPARE(d.errorMessage, QStringLiteral("Timed out"));
        QVERIFY(readFile(dir + QStringLiteral("/delta/output.log")).contains("partial"));
        QVERIFY(readFile(dir + QStringLiteral("/report.md")).contains("| delta | timed_out |"));

        // Saving what was loaded into another folder gives the same run.json.
        const QString copy = m_dir.filePath(QStringLiteral("copy"));
        QCOMPARE(ResultStore::save(back, copy), QString());
        QCOMPARE(readFile(copy + QStringLiteral("/run.json")),
                 readFile(dir + QStringLiteral("/run.json")));
    }

    void runJsonIsWrittenAsTheWholeDocumentWouldBe_data()
    {
        QTest::addColumn<int>("candidates");
        QTest::addColumn<bool>("rerun");
        QTest::newRow("none") << 0 << false;
        QTest::newRow("one") << 1 << false;
        QTest::newRow("two") << 2 << false;
        QTest::newRow("a rerun with an earlier attempt") << 2 << true;
    }

    void runJsonIsWrittenAsTheWholeDocumentWouldBe()
    {
        QFETCH(int, candidates);
        QFETCH(bool, rerun);
        RunRecord run = sampleRun();
        run.candidates = run.candidates.mid(0, candidates);
        if (rerun) {
            CandidateResult again = run.candidates.at(1);
            again.output = QStringLiteral("second\ttry \u00e9\n");
            run.replaceWithRerun(1, again);
        }
        QBuffer written;
        QVERIFY(written.open(QIODevice::WriteOnly));
        QVERIFY(run.writeJson(written));
        QCOMPARE(written.data(), QJsonDocument(run.toJson()).toJson(QJsonDocument::Indented));
    }

    // An artifact in the run's working folder is the run's own file, which goes once the run is
    // saved: on the same file system it is linked, not copied (no bytes written, no new file),
    // and the results keep it whole when the working folder goes. An artifact from anywhere else
    // (another results folder) and the script, the user's file, are copied: a user editing one
    // in place must not change the other.
    void workingFolderArtifactsAreLinkedOthersCopied()
    {
        const auto inode = [](const QString &path) {
            struct stat facts = {};
            return ::stat(QFile::encodeName(path).constData(), &facts) == 0 ? facts.st_ino
                                                                            : ino_t(0);
        };
        RunRecord run = sampleRun();
        auto workspace = std::make_unique<QTemporaryDir>(
                QDir::tempPath() + QStringLiteral("/dreamfoundry-run-XXXXXX"));
        QVERIFY(workspace->isValid());
        run.candidates[0].artifactFile
                = writeFile(workspace->filePath(QStringLiteral("alpha_output.md")), "# events\n");
        const QString dir = m_dir.filePath(QStringLiteral("linked"));
        QCOMPARE(ResultStore::save(run, dir), QString());
        const QString saved = dir + QStringLiteral("/alpha/alpha_output.md");
        QCOMPARE(inode(saved), inode(run.candidates[0].artifactFile));
        QVERIFY(inode(dir + QStringLiteral("/alpha/alpha.py"))
                != inode(run.candidates[0].scriptPath));
        workspace.reset();
        QCOMPARE(readFile(saved), QByteArray("# events\n"));

        // One that others may write (a candidate made it so, without the private disk) is
        // copied: the results' file is the app's, with plain modes.
        auto another = std::make_unique<QTemporaryDir>(
                QDir::tempPath() + QStringLiteral("/dreamfoundry-run-XXXXXX"));
        run.candidates[0].artifactFile
                = writeFile(another->filePath(QStringLiteral("alpha_output.md")), "# events\n");
        QVERIFY(QFile::setPermissions(run.candidates[0].artifactFile,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ReadOther | QFileDevice::WriteOther));
        const QString writable = m_dir.filePath(QStringLiteral("writable"));
        QCOMPARE(ResultStore::save(run, writable), QString());
        const QString copied = writable + QStringLiteral("/alpha/alpha_output.md");
        QVERIFY(inode(copied) != inode(run.candidates[0].artifactFile));
        QVERIFY(!(QFile::permissions(copied) & QFileDevice::WriteOther));

        run.candidates[0].artifactFile = saved; // saved again elsewhere, from those results
        const QString other = m_dir.filePath(QStringLiteral("other"));
        QCOMPARE(ResultStore::save(run, other), QString());
        QVERIFY(inode(other + QStringLiteral("/alpha/alpha_output.md")) != inode(saved));
        QCOMPARE(readFile(other + QStringLiteral("/alpha/alpha_output.md")),
                 QByteArray("# events\n"));
    }

    void failedSaveLeavesThePreviousResultsWhole()
    {
        const QString dir = m_dir.filePath(QStringLiteral("results"));
        QCOMPARE(ResultStore::save(sampleRun(), dir), QString());
        const QByteArray before = readFile(dir + QStringLiteral("/run.json"));

        RunRecord broken = sampleRun();
        broken.objective = QStringLiteral("second run");
        broken.candidates[0].artifactFile = m_dir.filePath(QStringLiteral("vanished.md"));
        const QString error = ResultStore::save(broken, dir);
        QVERIFY2(!error.isEmpty(), "a missing artifact must fail the save");
        QCOMPARE(readFile(dir + QStringLiteral("/run.json")), before);
        // No half-written folder is left beside it.
        const QStringList left
                = QDir(m_dir.path())
                          .entryList({QStringLiteral("results.*")}, QDir::Dirs | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    // A save begun during the run writes each attempt's folder as it ends, beside the target,
    // and finish() gives the same results folder save() would: the same run.json, report.md and
    // files, with the attempts never written (here delta) written then.
    void earlySaveGivesWhatSaveGives()
    {
        const RunRecord run = sampleRun();
        const QString whole = m_dir.filePath(QStringLiteral("whole"));
        QCOMPARE(ResultStore::save(run, whole), QString());

        const QString early = m_dir.filePath(QStringLiteral("early"));
        ResultStore::EarlySave save(early);
        save.writeAttempt(run.candidates[0]);
        save.writeAttempt(run.candidates[0]); // once is enough
        const QStringList staging = QDir(m_dir.path())
                                            .entryList({QStringLiteral("early.partial-*")},
                                                       QDir::Dirs | QDir::Hidden);
        QCOMPARE(staging.size(), 1);
        QCOMPARE(readFile(m_dir.filePath(staging.first()
                                         + QStringLiteral("/alpha/alpha_output.md"))),
                 QByteArray("# events\n"));
        QVERIFY(!QFileInfo::exists(early)); // nothing at the target until the run is saved

        QCOMPARE(save.finish(run), QString());
        for (const QString &file :
             {QStringLiteral("run.json"), QStringLiteral("report.md"),
              QStringLiteral("alpha/alpha_output.md"), QStringLiteral("alpha/output.log"),
              QStringLiteral("alpha/alpha.py"), QStringLiteral("delta/output.log"),
              QStringLiteral("delta/delta.py")}) {
            QVERIFY2(QFileInfo::exists(early + QLatin1Char('/') + file), qPrintable(file));
            QCOMPARE(readFile(early + QLatin1Char('/') + file),
                     readFile(whole + QLatin1Char('/') + file));
        }
        QVERIFY(QDir(m_dir.path())
                        .entryList({QStringLiteral("early.*")}, QDir::Dirs | QDir::Hidden)
                        .isEmpty());
    }

    // A run that is never saved (the app quits mid-run) leaves no staging folder; an attempt
    // that could not be written during the run is written at the end, or fails the save with
    // the reason, leaving the previous results whole.
    void earlySaveLeavesNothingHalfDone()
    {
        {
            ResultStore::EarlySave abandoned(m_dir.filePath(QStringLiteral("abandoned")));
            abandoned.writeAttempt(sampleRun().candidates[0]);
        }
        QVERIFY(QDir(m_dir.path())
                        .entryList({QStringLiteral("abandoned*")}, QDir::Dirs | QDir::Hidden)
                        .isEmpty());

        const QString dir = m_dir.filePath(QStringLiteral("retried"));
        QCOMPARE(ResultStore::save(sampleRun(), dir), QString());
        const QByteArray before = readFile(dir + QStringLiteral("/run.json"));
        RunRecord run = sampleRun();
        run.objective = QStringLiteral("second run");
        const QString artifact = run.candidates[0].artifactFile;
        run.candidates[0].artifactFile = m_dir.filePath(QStringLiteral("not-yet.md"));
        ResultStore::EarlySave save(dir);
        save.writeAttempt(run.candidates[0]); // its artifact is missing: not written
        QVERIFY(!save.finish(run).isEmpty());
        QCOMPARE(readFile(dir + QStringLiteral("/run.json")), before);

        ResultStore::EarlySave again(dir);
        again.writeAttempt(run.candidates[0]);
        run.candidates[0].artifactFile = artifact; // there by the end
        QCOMPARE(again.finish(run), QString());
        QVERIFY(readFile(dir + QStringLiteral("/run.json")).contains("second run"));
        QCOMPARE(readFile(dir + QStringLiteral("/alpha/alpha_output.md")),
                 QByteArray("# events\n"));
    }

    // A repeat that ended before the first attempt of its candidate lives inside that
    // attempt's folder: when the first attempt cannot be written during the run, the repeat is
    // written again at the end too, and the results hold both.
    void earlySaveWritesAgainARepeatInsideAFailedAttempt()
    {
        RunRecord run = sampleRun();
        CandidateResult repeat = run.candidates[0];
        repeat.repeat = 2;
        repeat.artifactFile
                = writeFile(m_dir.filePath(QStringLiteral("repeat_output.md")), "# repeat\n");
        run.candidates[0].repeat = 1;
        run.repeats = {repeat};
        const QString script = run.candidates[0].scriptPath;
        CandidateResult unreadable = run.candidates[0];
        unreadable.scriptPath = m_dir.filePath(QStringLiteral("gone.py"));

        const QString dir = m_dir.filePath(QStringLiteral("nested"));
        ResultStore::EarlySave save(dir);
        save.writeAttempt(repeat);
        save.writeAttempt(unreadable); // fails: its folder goes, the repeat's with it
        QCOMPARE(save.finish(run), QString());
        QCOMPARE(readFile(dir + QStringLiteral("/alpha/repeats/2/alpha_output.md")),
                 QByteArray("# repeat\n"));
        QVERIFY(QFile::exists(dir + QStringLiteral("/alpha/repeats/2/output.log")));
        QCOMPARE(readFile(dir + QStringLiteral("/alpha/alpha.py")), readFile(script));
    }

    // The target is looked at again when the run ends: files a user put there while it ran
    // are not replaced.
    void earlySaveLooksAtTheTargetAgainAtTheEnd()
    {
        const QString dir = m_dir.filePath(QStringLiteral("taken"));
        ResultStore::EarlySave save(dir);
        save.writeAttempt(sampleRun().candidates[0]);
        QVERIFY(QDir().mkpath(dir));
        writeFile(dir + QStringLiteral("/notes.txt"), "mine\n");
        QVERIFY(!save.finish(sampleRun()).isEmpty());
        QCOMPARE(readFile(dir + QStringLiteral("/notes.txt")), QByteArray("mine\n"));
    }

    void secondSaveReplacesTheFirst()
    {
        const QString dir = m_dir.filePath(QStringLiteral("results"));
        QCOMPARE(ResultStore::save(sampleRun(), dir), QString());
        RunRecord second = sampleRun();
        second.objective = QStringLiteral("second run");
        QCOMPARE(ResultStore::save(second, dir), QString());
        QString error;
        QCOMPARE(ResultStore::load(dir, &error).objective, QStringLiteral("second run"));
    }

    void unwritableFolderIsRefusedWithAReason()
    {
        const QString file = writeFile(m_dir.filePath(QStringLiteral("plain-file")), "x");
        const QString problem = ResultStore::writableProblem(file + QStringLiteral("/results"));
        QVERIFY2(!problem.isEmpty(), "a folder inside a file cannot be written");
        QVERIFY(ResultStore::writableProblem(file).contains(QStringLiteral("is a file")));
        QVERIFY(ResultStore::writableProblem(m_dir.filePath(QStringLiteral("new/deeper")))
                        .isEmpty());
        // A folder of someone's own files is never replaced by results.
        const QString documents = m_dir.filePath(QStringLiteral("documents"));
        QDir().mkpath(documents);
        writeFile(documents + QStringLiteral("/thesis.txt"), "years of work");
        QVERIFY(ResultStore::writableProblem(documents).contains(QStringLiteral("other files")));
        QVERIFY(!ResultStore::save(sampleRun(), documents).isEmpty());
        QCOMPARE(readFile(documents + QStringLiteral("/thesis.txt")), QByteArray("years of work"));
    }

    void reportShowsTheRankingAndTheWinnerFirst()
    {
        RunRecord run = sampleRun();
        QVERIFY(!ResultStore::report(run).contains(QStringLiteral("## Ranking")));
        ScoreCard winner;
        winner.gates = {{QStringLiteral("exit_code"), true, QStringLiteral("ok")}};
        winner.automaticQuality = 80;
        winner.total = 88;
        winner.rank = 1;
        ScoreCard loser;
        // A scorer script may echo what a candidate wrote: markup, HTML and newlines.
        loser.gates = {{QStringLiteral("exit_code"), false,
                        QStringLiteral("line one\n| <script>alert(1)</script> [x](javascript:y)")}};
        loser.rank = 2;
        run.candidates[0].score = winner;
        run.candidates[1].score = loser;
        run.winner.candidateId = QStringLiteral("alpha");
        const QString report = ResultStore::report(run);
        const qsizetype ranking = report.indexOf(QStringLiteral("## Ranking"));
        QVERIFY(ranking > 0);
        QVERIFY(ranking < report.indexOf(QStringLiteral("| Candidate | Status |")));
        QVERIFY2(report.contains(QStringLiteral("**Winner:** alpha")), qPrintable(report));
        QVERIFY2(
                report.contains(QStringLiteral("| 1 | alpha | 88.0 | 0.0 | 80.0 | 0.0 | winner |")),
                qPrintable(report));
        const QString row = report.section(QStringLiteral("| 2 | delta |"), 1)
                                    .section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(row.contains(
                         QStringLiteral("disqualified by exit\\_code: line one \\| \\<script\\>")),
                 qPrintable(row));
        // Every markup character in the cell is escaped, so none acts.
        const QString cell = row.section(QStringLiteral("disqualified by"), 1).chopped(2);
        QVERIFY(!cell.contains(QRegularExpression(QStringLiteral(R"((?<!\\)[<>\[\]()`|])"))));

        run.winner = {};
        run.winner.note = QStringLiteral("No winner: no candidate passed every gate with a score.");
        QVERIFY(ResultStore::report(run).contains(
                QStringLiteral("**No winner.** No winner: no candidate")));
    }

    void loadRefusesSomethingElse()
    {
        writeFile(m_dir.filePath(QStringLiteral("run.json")), R"({"format":"other/9"})");
        QString error;
        ResultStore::load(m_dir.path(), &error);
        QVERIFY2(error.contains(QStringLiteral("other/9")), qPrintable(error));
        writeFile(m_dir.filePath(QStringLiteral("run.json")), "{not json");
        ResultStore::load(m_dir.path(), &error);
        QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
    }

    // A results folder from someone else: its names become paths, so they must stay inside.
    void loadRefusesNamesThatLeaveTheFolder_data()
    {
        QTest::addColumn<QString>("candidateId");
        QTest::addColumn<QString>("artifactName");
        QTest::newRow("id climbing out")
                << QStringLiteral("../../home/u/.ssh") << QStringLiteral("a.md");
        QTest::newRow("id with a slash") << QStringLiteral("a/b") << QStringLiteral("a.md");
        QTest::newRow("id dot dot") << QStringLiteral("..") << QStringLiteral("a.md");
        QTest::newRow("artifact climbing out")
                << QStringLiteral("alpha") << QStringLiteral("../../../etc/passwd");
        QTest::newRow("artifact with a newline")
                << QStringLiteral("alpha") << QStringLiteral("a\nb.md");
    }

    void loadRefusesNamesThatLeaveTheFolder()
    {
        QFETCH(QString, candidateId);
        QFETCH(QString, artifactName);
        const QJsonObject candidate{{QStringLiteral("candidate_id"), candidateId},
                                    {QStringLiteral("state"), QStringLiteral("succeeded")},
                                    {QStringLiteral("artifact_path"),
                                     QString(candidateId + QLatin1Char('/') + artifactName)}};
        const QJsonObject run{{QStringLiteral("format"), QStringLiteral("dreamfoundry-run/2")},
                              {QStringLiteral("candidates"), QJsonArray{candidate}}};
        writeFile(m_dir.filePath(QStringLiteral("run.json")), QJsonDocument(run).toJson());
        QString error;
        const RunRecord loaded = ResultStore::load(m_dir.path(), &error);
        QVERIFY2(error.contains(QStringLiteral("not a plain file name")), qPrintable(error));
        QVERIFY(loaded.candidates.isEmpty());
    }

    // Before `stdout` and `stderr`, `output` was stdout and `error_output` stderr.
    void olderOutputFieldsStillOpen()
    {
        const QJsonObject candidate{
                {QStringLiteral("candidate_id"), QStringLiteral("old")},
                {QStringLiteral("state"), QStringLiteral("failed")},
                {QStringLiteral("output"), QStringLiteral("said\n")},
                {QStringLiteral("error_output"), QStringLiteral("Traceback\n")}};
        const QJsonObject run{{QStringLiteral("format"), QStringLiteral("dreamfoundry-run/2")},
                              {QStringLiteral("candidates"), QJsonArray{candidate}}};
        writeFile(m_dir.filePath(QStringLiteral("run.json")), QJsonDocument(run).toJson());
        QString error;
        const RunRecord loaded = ResultStore::load(m_dir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CandidateResult &r = loaded.candidates.at(0);
        QCOMPARE(r.output, QStringLiteral("said\n"));
        QCOMPARE(r.standardOutput, QStringLiteral("said\n"));
        QCOMPARE(r.errorOutput, QStringLiteral("Traceback\n"));
    }

    // What a candidate wrote (its file name, its artifact's, its error) stays inert text in
    // report.md: no control characters, the table whole, no links or HTML.
    void reportKeepsCandidateTextInert()
    {
        RunRecord run = sampleRun();
        CandidateResult &r = run.candidates[1];
        r.candidateId = QStringLiteral("d|elta\x1b[2J");
        r.artifactName = QStringLiteral("a](https://evil.example) b.md");
        r.artifactSize = 1;
        r.errorMessage = QStringLiteral("Exited with code 1. \x1b]52;c;eA==\x07 | ") + QChar(0x9b)
                + QStringLiteral("<img src=x> [x](https://evil.example)\n```\n# heading\n");
        const QString report = ResultStore::report(run);
        QVERIFY(std::ranges::none_of(report, [](QChar c) {
            return (c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x9b;
        }));
        const QString row
                = report.section(QStringLiteral("| d\\|elta"), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(row.count(QRegularExpression(QStringLiteral(R"((?<!\\)\|)"))) == 6,
                 qPrintable(row));
        QVERIFY2(row.contains(
                         QStringLiteral("\\\\x1b\\]52;c;eA==\\\\x07 \\| \\\\x9b\\<img src=x\\>")),
                 qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral(
                         "[a\\]\\(https\\://evil.example\\) "
                         "b.md](d%7Celta%1B%5B2J/a%5D%28https%3A%2F%2Fevil.example%29%20b.md)")),
                 qPrintable(row));
        // The message had lines: it is repeated whole below, fenced past its own backticks.
        QVERIFY2(report.contains(QStringLiteral(
                         "## Details\n\n### d\\|elta\\\\x1b\\[2J\n\n````text\nExited")),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("\n```\n# heading\n````\n")), qPrintable(report));
    }

    void artifactContentOnlyForSmallText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("keptInline");
        QTest::newRow("markdown") << QByteArray("# hi\n- 2026-01-01 | [x](https://x)\n") << true;
        QTest::newRow("utf-8 emoji") << QByteArray("\xF0\x9F\x9A\x80 launch") << true;
        QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe\x00\x01garbage", 11) << false;
        QTest::newRow("exactly 1 MiB") << QByteArray(1024 * 1024, 'a') << true;
        QTest::newRow("1 MiB + 1") << QByteArray(1024 * 1024 + 1, 'a') << false;
    }

    void artifactContentOnlyForSmallText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, keptInline);
        const QString path = writeFile(m_dir.filePath(QStringLiteral("artifact")), bytes);
        const ArtifactFacts facts = inspectArtifact(path);
        QVERIFY(facts.exists);
        QCOMPARE(facts.size, bytes.size());
        QCOMPARE(facts.content.has_value(), keptInline);
        QCOMPARE(facts.sha256,
                 QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void artifactPreviewIsOneLine()
    {
        CandidateResult r;
        r.state = CandidateState::Succeeded;
        QCOMPARE(artifactPreview(r), QStringLiteral("none"));
        r.state = CandidateState::Running;
        QCOMPARE(artifactPreview(r), QString()); // not yet
        r.artifactName = QStringLiteral("a.md");
        r.artifactSize = 10;
        r.artifactContent = QStringLiteral("\n\n# A rather long heading line\nmore");
        QVERIFY(artifactPreview(r).startsWith(QStringLiteral("# A rather long heading line (")));
        QVERIFY(artifactPreview(r, 10).startsWith(QStringLiteral("# A rathe\u2026 (")));
        r.artifactContent.reset();
        QVERIFY(artifactPreview(r).startsWith(QStringLiteral("binary or large file")));
    }

private:
    RunRecord sampleRun()
    {
        RunRecord run;
        run.runId = QStringLiteral("run-1");
        run.objective
                = QStringLiteral("Generate \"weekly\" AI events\nfor Discord \xF0\x9F\x9A\x80");
        run.backend = QStringLiteral("local");
        run.startedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0, 0, 123), Qt::UTC);
        run.finishedAt = run.startedAt.addSecs(5);
        run.settings.timeoutSeconds = 42;
        run.settings.readOnlyFolders = {QStringLiteral("/srv/data")};

        CandidateResult alpha;
        alpha.candidateId = QStringLiteral("alpha");
        alpha.sandboxId = QStringLiteral("local-alpha-1");
        alpha.state = CandidateState::Succeeded;
        alpha.exitCode = 0;
        alpha.output = QStringLiteral("hello\noops\n");
        alpha.standardOutput = QStringLiteral("hello\n");
        alpha.errorOutput = QStringLiteral("oops\n");
        alpha.backend = QStringLiteral("local");
        alpha.isolation = QStringLiteral("bwrap");
        alpha.network = QStringLiteral("private");
        alpha.scriptPath
                = writeFile(m_dir.filePath(QStringLiteral("alpha.py")), "print('alpha')\n");
        alpha.artifactFile
                = writeFile(m_dir.filePath(QStringLiteral("alpha_output.md")), "# events\n");
        alpha.artifactName = QStringLiteral("alpha_output.md");
        alpha.artifactSize = 9;
        alpha.artifactContent = QStringLiteral("# events\n");
        alpha.timings.running = 1.5;

        CandidateResult delta;
        delta.candidateId = QStringLiteral("delta");
        delta.state = CandidateState::TimedOut;
        delta.output = QStringLiteral("partial");
        delta.standardOutput = QStringLiteral("partial");
        delta.errorMessage = QStringLiteral("Timed out");
        delta.scriptPath
                = writeFile(m_dir.filePath(QStringLiteral("delta.py")), "while True: pass\n");
        run.candidates = {alpha, delta};
        return run;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestResultStore)
#include "test_result_store.moc"
