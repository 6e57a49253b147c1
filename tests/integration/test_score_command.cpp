// Scoring from the command line, end to end: `dreamfoundry run` ranks and names a winner,
// `dreamfoundry score` re-scores a saved folder without running anything, keeps a person's
// overrides, opens format 1 folders and refuses what it cannot use. The real binary, real
// sandboxes, real results folders.
#include "runapp.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using DreamFoundry::Test::Finished;
using DreamFoundry::Test::runApp;
using DreamFoundry::Test::runJson;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeRunJson(const QString &dir, const QJsonObject &run)
{
    QFile file(dir + QStringLiteral("/run.json"));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(QJsonDocument(run).toJson()) > 0;
}

QJsonObject candidate(const QJsonObject &run, const QString &id)
{
    for (const QJsonValue &c : run.value(QStringLiteral("candidates")).toArray()) {
        if (c[QStringLiteral("candidate_id")].toString() == id)
            return c.toObject();
    }
    return {};
}

QJsonObject score(const QJsonObject &run, const QString &id)
{
    return candidate(run, id).value(QStringLiteral("score")).toObject();
}

QString winner(const QJsonObject &run)
{
    return run[QStringLiteral("winner")][QStringLiteral("candidate_id")].toString();
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &entry :
         QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + QLatin1Char('/') + entry.fileName();
        if (entry.isDir() ? !copyFolder(entry.filePath(), target)
                          : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestScoreCommand final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_samples; // the sample candidates' run, saved once; each test scores a copy
    Finished m_samplesRun;

    QString copyOfSamples(const QString &name)
    {
        const QString copy = m_dir.filePath(name);
        return copyFolder(m_samples, copy) ? copy : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_samples = m_dir.filePath(QStringLiteral("samples"));
        m_samplesRun = runApp({QStringLiteral("run"),
                               QStringLiteral("Generate weekly AI events for Discord"),
                               QStringLiteral("--out"), m_samples});
        QVERIFY2(m_samplesRun.exitCode == 0, qPrintable(m_samplesRun.out + m_samplesRun.err));
    }

    // The samples' flaws are caught and the better of beta and gamma wins (issue 8).
    void runRanksTheSamplesAndNamesTheWinner()
    {
        const QJsonObject run = runJson(m_samples);
        QCOMPARE(run[QStringLiteral("format")].toString(), QStringLiteral("dreamfoundry-run/2"));
        const QString won = winner(run);
        QVERIFY2(won == QStringLiteral("beta") || won == QStringLiteral("gamma"), qPrintable(won));
        QCOMPARE(score(run, won)[QStringLiteral("rank")].toInt(), 1);
        // alpha's list is short: below both beta and gamma.
        const double alpha
                = score(run, QStringLiteral("alpha"))[QStringLiteral("total")].toDouble();
        QVERIFY(alpha < score(run, QStringLiteral("beta"))[QStringLiteral("total")].toDouble());
        QVERIFY(alpha < score(run, QStringLiteral("gamma"))[QStringLiteral("total")].toDouble());
        // delta crashed: the exit-code gate disqualifies it.
        const QJsonObject delta = score(run, QStringLiteral("delta"));
        QVERIFY(delta[QStringLiteral("disqualified")].toBool());
        QCOMPARE(delta[QStringLiteral("disqualified_by")].toString(), QStringLiteral("exit_code"));
        // epsilon is well formed but wrong: disqualified, or far below the winner.
        const QJsonObject epsilon = score(run, QStringLiteral("epsilon"));
        QVERIFY(epsilon[QStringLiteral("disqualified")].toBool()
                || epsilon[QStringLiteral("total")].toDouble() < alpha);

        // The command line says it too: Score and Rank columns, then the winner.
        QVERIFY(m_samplesRun.out.contains(QStringLiteral("Score")));
        QVERIFY(m_samplesRun.out.contains(QStringLiteral("Rank")));
        QVERIFY2(m_samplesRun.out.contains(QStringLiteral("Winner: %1").arg(won)),
                 qPrintable(m_samplesRun.out));
        // And the report puts the ranking first.
        const QString report
                = QString::fromUtf8(readFile(m_samples + QStringLiteral("/report.md")));
        QVERIFY(report.contains(won));
    }

    // Other weights and another scorer change the ranking, without running anything: the
    // artifacts stay as they were.
    void scoreRewritesTheRankingFromTheSavedArtifacts()
    {
        const QString dir = copyOfSamples(QStringLiteral("reweighted"));
        const QString artifact = dir + QStringLiteral("/alpha/alpha_output.md");
        const QByteArray before = hashOf(artifact);
        const Finished f = runApp({QStringLiteral("score"), dir, QStringLiteral("--weights"),
                                   QStringLiteral("0,0,1"), QStringLiteral("--scorer"),
                                   QStringLiteral("plain")});
        QVERIFY2(f.exitCode == 0, qPrintable(f.out + f.err));
        QCOMPARE(hashOf(artifact), before);
        const QJsonObject run = runJson(dir);
        const QJsonObject scoring = run[QStringLiteral("scoring")].toObject();
        QCOMPARE(scoring[QStringLiteral("scorer")].toString(), QStringLiteral("plain"));
        QCOMPARE(scoring[QStringLiteral("weights")][QStringLiteral("speed")].toDouble(), 1.0);
        // Speed alone: the fastest candidate that passes the gates wins, and beta, seconds
        // slower than the others, is last among those that pass.
        double fastest = 1e9;
        QString fastestId;
        for (const QString &id : {QStringLiteral("alpha"), QStringLiteral("beta"),
                                  QStringLiteral("epsilon"), QStringLiteral("gamma")}) {
            const double runtime = candidate(run, id)[QStringLiteral("runtime_seconds")].toDouble();
            if (runtime < fastest) {
                fastest = runtime;
                fastestId = id;
            }
        }
        QCOMPARE(winner(run), fastestId);
        QCOMPARE(score(run, QStringLiteral("beta"))[QStringLiteral("rank")].toInt(), 4);
        QVERIFY(f.out.contains(QStringLiteral("Winner: %1").arg(fastestId)));
    }

    // A person's quality and winner survive a re-score; --clear-overrides drops them.
    void overridesSurviveARescoreUntilCleared()
    {
        const QString dir = copyOfSamples(QStringLiteral("overridden"));
        QJsonObject run = runJson(dir);
        QJsonArray candidates = run[QStringLiteral("candidates")].toArray();
        for (int i = 0; i < candidates.size(); ++i) {
            QJsonObject c = candidates[i].toObject();
            if (c[QStringLiteral("candidate_id")].toString() != QStringLiteral("alpha"))
                continue;
            QJsonObject card = c[QStringLiteral("score")].toObject();
            card[QStringLiteral("quality_manual")] = 100;
            c[QStringLiteral("score")] = card;
            candidates[i] = c;
        }
        run[QStringLiteral("candidates")] = candidates;
        QJsonObject picked = run[QStringLiteral("winner")].toObject();
        picked[QStringLiteral("candidate_id")] = QStringLiteral("alpha");
        picked[QStringLiteral("manual")] = true;
        run[QStringLiteral("winner")] = picked;
        QVERIFY(writeRunJson(dir, run));

        Finished f = runApp({QStringLiteral("score"), dir});
        QVERIFY2(f.exitCode == 0, qPrintable(f.out + f.err));
        QJsonObject rescored = runJson(dir);
        QCOMPARE(score(rescored, QStringLiteral("alpha"))[QStringLiteral("quality_manual")]
                         .toDouble(),
                 100.0);
        QCOMPARE(score(rescored, QStringLiteral("alpha"))[QStringLiteral("quality")].toDouble(),
                 100.0);
        QCOMPARE(winner(rescored), QStringLiteral("alpha"));
        QVERIFY(rescored[QStringLiteral("winner")][QStringLiteral("manual")].toBool());
        QVERIFY(f.out.contains(QStringLiteral("picked by hand")));

        f = runApp({QStringLiteral("score"), dir, QStringLiteral("--clear-overrides")});
        QVERIFY2(f.exitCode == 0, qPrintable(f.out + f.err));
        rescored = runJson(dir);
        QVERIFY(score(rescored, QStringLiteral("alpha"))[QStringLiteral("quality_manual")]
                        .isNull());
        QVERIFY(!rescored[QStringLiteral("winner")][QStringLiteral("manual")].toBool());
        QVERIFY(winner(rescored) != QStringLiteral("alpha"));
    }

    // A folder saved before scoring existed (format 1) is scored and becomes format 2.
    void aFormatOneFolderIsScored()
    {
        const QString dir = copyOfSamples(QStringLiteral("format1"));
        QJsonObject run = runJson(dir);
        run[QStringLiteral("format")] = QStringLiteral("dreamfoundry-run/1");
        run.remove(QStringLiteral("scoring"));
        run.remove(QStringLiteral("winner"));
        QJsonArray candidates = run[QStringLiteral("candidates")].toArray();
        for (int i = 0; i < candidates.size(); ++i) {
            QJsonObject c = candidates[i].toObject();
            c.remove(QStringLiteral("score"));
            candidates[i] = c;
        }
        run[QStringLiteral("candidates")] = candidates;
        QVERIFY(writeRunJson(dir, run));

        const Finished f = runApp({QStringLiteral("score"), dir});
        QVERIFY2(f.exitCode == 0, qPrintable(f.out + f.err));
        const QJsonObject scored = runJson(dir);
        QCOMPARE(scored[QStringLiteral("format")].toString(), QStringLiteral("dreamfoundry-run/2"));
        QCOMPARE(winner(scored), winner(runJson(m_samples)));
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative weight")
                << QStringList{QStringLiteral("--weights"), QStringLiteral("-1,1,1")}
                << QStringLiteral("negative");
        QTest::newRow("all zero") << QStringList{QStringLiteral("--weights"),
                                                 QStringLiteral("0,0,0")}
                                  << QStringLiteral("--weights");
        QTest::newRow("not numbers")
                << QStringList{QStringLiteral("--weights"), QStringLiteral("a,b")}
                << QStringLiteral("--weights");
        QTest::newRow("missing scorer")
                << QStringList{QStringLiteral("--scorer"), QStringLiteral("/nonexistent/scorer.py")}
                << QStringLiteral("--scorer");
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QByteArray before = readFile(m_samples + QStringLiteral("/run.json"));
        const Finished f = runApp(QStringList{QStringLiteral("score"), m_samples} + options);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(message, Qt::CaseInsensitive), qPrintable(f.err));
        QCOMPARE(readFile(m_samples + QStringLiteral("/run.json")), before);
    }

    void aFutureFormatIsRefusedClearly()
    {
        const QString dir = m_dir.filePath(QStringLiteral("future"));
        QDir().mkpath(dir);
        QVERIFY(writeRunJson(
                dir,
                QJsonObject{{QStringLiteral("format"), QStringLiteral("dreamfoundry-run/7")}}));
        const Finished f = runApp({QStringLiteral("score"), dir});
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(QStringLiteral("newer")), qPrintable(f.err));
    }

    // A scorer script runs in the local sandbox over the saved folder; one that crashes
    // leaves the candidates unscored with its reason, and the run stands.
    void scorerScriptsGoodAndCrashing()
    {
        const QString good = m_dir.filePath(QStringLiteral("good-scorer"));
        QVERIFY(copyFolder(m_samples, good));
        Finished f = runApp({QStringLiteral("score"), good, QStringLiteral("--scorer"),
                             QStringLiteral(SAMPLES_SOURCE_DIR "/scorers/example_scorer.py")});
        QVERIFY2(f.exitCode == 0, qPrintable(f.out + f.err));
        QJsonObject run = runJson(good);
        QVERIFY(!run[QStringLiteral("scoring")][QStringLiteral("scorer_sha256")]
                         .toString()
                         .isEmpty());
        QVERIFY(!score(run, QStringLiteral("gamma"))[QStringLiteral("unscored")].toBool());

        const QString crashing = m_dir.filePath(QStringLiteral("crash.py"));
        {
            QFile script(crashing);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("raise SystemExit('scorer broke')\n");
        }
        const QString broken = m_dir.filePath(QStringLiteral("crashing-scorer"));
        QVERIFY(copyFolder(m_samples, broken));
        f = runApp({QStringLiteral("score"), broken, QStringLiteral("--scorer"), crashing});
        QVERIFY2(f.exitCode == 0, qPrintable(f.out + f.err));
        run = runJson(broken);
        const QJsonObject gamma = score(run, QStringLiteral("gamma"));
        QVERIFY(gamma[QStringLiteral("unscored")].toBool());
        QVERIFY2(gamma[QStringLiteral("unscored_reason")].toString().contains(
                         QStringLiteral("exited with code 1")),
                 qPrintable(gamma[QStringLiteral("unscored_reason")].toString()));
        // The script's own last words reach the person who wrote it.
        QVERIFY(gamma[QStringLiteral("unscored_reason")].toString().contains(
                QStringLiteral("scorer broke")));
    }
};

QTEST_GUILESS_MAIN(TestScoreCommand)
#include "test_score_command.moc"
