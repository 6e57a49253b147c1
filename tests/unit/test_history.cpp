// The history of runs: the index that spares reading every run.json, broken entries, the
// trash, and what changed between two runs.
#include "history/runchanges.h"
#include "history/runhistory.h"
#include "results/resultstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;

namespace {

RunRecord makeRun(int n, const QDateTime &startedAt)
{
    RunRecord run;
    run.runId = QStringLiteral("run-%1").arg(n);
    run.objective = QStringLiteral("Objective %1\nsecond line").arg(n);
    run.backend = n % 2 ? QStringLiteral("daytona") : QStringLiteral("local");
    run.startedAt = startedAt;
    run.finishedAt = startedAt.addSecs(5);
    for (const QString &id : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
        CandidateResult r;
        r.candidateId = id;
        r.state = CandidateState::Succeeded;
        r.runtimeSeconds = 1.5;
        ScoreCard card;
        card.total = id == QLatin1StringView("alpha") ? 70 : 40;
        card.rank = id == QLatin1StringView("alpha") ? 1 : 2;
        r.score = card;
        run.candidates.append(r);
    }
    run.winner.candidateId = QStringLiteral("alpha");
    return run;
}

// A results folder as a save leaves it, written directly: a thousand saves would take long.
void writeRun(const QString &folder, const RunRecord &run)
{
    QDir().mkpath(folder);
    QFile file(folder + QStringLiteral("/run.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(run.toJson()).toJson());
}

} // namespace

class TestHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A thousand runs, three of them corrupted: all listed newest first, the broken ones with
    // their reason, and the rest as they were saved.
    void aThousandRunsWithThreeBroken()
    {
        QTemporaryDir dir;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
        for (int n = 0; n < 1000; ++n)
            writeRun(dir.filePath(QStringLiteral("run-%1").arg(n, 4, 10, QLatin1Char('0'))),
                     makeRun(n, start.addSecs(n * 60)));
        for (const QString &broken : {QStringLiteral("run-0007"), QStringLiteral("run-0500")}) {
            QFile file(dir.filePath(broken + QStringLiteral("/run.json")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{ not json");
        }
        QDir().mkpath(dir.filePath(QStringLiteral("not-a-run")));
        const QString index = RunHistory::indexFileIn(dir.path());

        const QList<HistoryEntry> entries = RunHistory::load(dir.path(), {}, index);
        QCOMPARE(entries.size(), 1001);
        const auto broken = std::ranges::count_if(entries, &HistoryEntry::isBroken);
        QCOMPARE(broken, 3);
        const auto badJson = std::ranges::find(entries, dir.filePath(QStringLiteral("run-0500")),
                                               &HistoryEntry::folder);
        QVERIFY(badJson != entries.end());
        QVERIFY2(badJson->problem.contains(QStringLiteral("not valid JSON")),
                 qPrintable(badJson->problem));
        const HistoryEntry &newest = *std::ranges::find_if(
                entries, [](const HistoryEntry &e) { return !e.isBroken(); });
        QCOMPARE(newest.folder, dir.filePath(QStringLiteral("run-0999")));
        QCOMPARE(newest.objective, QStringLiteral("Objective 999"));
        QCOMPARE(newest.backend, QStringLiteral("daytona"));
        QCOMPARE(newest.candidateCount, 2);
        QCOMPARE(newest.succeeded, 2);
        QCOMPARE(newest.winner, QStringLiteral("alpha"));
        QCOMPARE(newest.winnerTotal, std::optional<double>(70));
        QVERIFY(QFile::exists(index));
    }

    // With the index, an unchanged run.json is not read again; a changed one is.
    void theIndexSparesReadingUnchangedRuns()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("one"));
        writeRun(folder, makeRun(1, QDateTime::currentDateTimeUtc()));
        const QString index = RunHistory::indexFileIn(dir.path());
        QCOMPARE(RunHistory::load(dir.path(), {}, index).value(0).objective,
                 QStringLiteral("Objective 1"));

        // Same size, same time, other bytes: only a read would notice.
        QFile file(folder + QStringLiteral("/run.json"));
        const QDateTime modified = QFileInfo(file).lastModified();
        const qint64 size = file.size();
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(size, ' '));
        file.close();
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(!RunHistory::load(dir.path(), {}, index).value(0).isBroken());

        // Another time: read again, and now broken.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified.addSecs(5), QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(RunHistory::load(dir.path(), {}, index).value(0).isBroken());
    }

    // Results saved elsewhere and listed by the window are in the history too; a folder that
    // is gone, and a save's staging folder, are not.
    void otherFoldersAndLeftovers()
    {
        QTemporaryDir runs, elsewhere;
        writeRun(runs.filePath(QStringLiteral("a")), makeRun(1, QDateTime::currentDateTimeUtc()));
        writeRun(runs.filePath(QStringLiteral("a.partial-x1y2z3")),
                 makeRun(2, QDateTime::currentDateTimeUtc()));
        const QString saved = elsewhere.filePath(QStringLiteral("kept"));
        QCOMPARE(ResultStore::save(makeRun(3, QDateTime::currentDateTimeUtc().addDays(1)), saved),
                 QString());
        const QList<HistoryEntry> entries
                = RunHistory::load(runs.path(), {saved, elsewhere.filePath(QStringLiteral("gone"))},
                                   RunHistory::indexFileIn(runs.path()));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].folder, saved); // the newest
        QCOMPARE(entries[1].folder, runs.filePath(QStringLiteral("a")));
    }

    // Deleting goes to the desktop's trash, and only ever a results folder.
    void deletingMovesToTheTrash()
    {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        const QString folder = dir.filePath(QStringLiteral("run"));
        QCOMPARE(ResultStore::save(makeRun(1, QDateTime::currentDateTimeUtc()), folder), QString());
        QCOMPARE(RunHistory::moveToTrash(folder), QString());
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("data/Trash/files/run/run.json"))));

        const QString notARun = dir.filePath(QStringLiteral("mine"));
        QDir().mkpath(notARun);
        QVERIFY(!RunHistory::moveToTrash(notARun).isEmpty());
        QVERIFY(!RunHistory::removeForGood(notARun).isEmpty());
        QVERIFY(QFileInfo::exists(notARun));
    }

    // Two runs of the same candidates: what changed, candidate by candidate.
    void changesBetweenTwoRuns()
    {
        RunRecord before = makeRun(1, QDateTime::currentDateTimeUtc());
        RunRecord after = before;
        before.candidates[1].state = CandidateState::Failed;
        before.candidates[1].score->total = 0;
        after.candidates[0].artifactSha256 = QStringLiteral("abc");
        CandidateResult gamma = after.candidates[0];
        gamma.candidateId = QStringLiteral("gamma");
        after.candidates.append(gamma);
        const QList<CandidateChange> changes = runChanges(before, after);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].summary(), QStringLiteral("artifact new"));
        QCOMPARE(changes[1].summary(), QStringLiteral("failed -> succeeded; score 0.0 -> 40.0"));
        QCOMPARE(changes[2].summary(), QStringLiteral("new in the second run (succeeded)"));
        QVERIFY(!runChanges(before, before).value(0).changed());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
