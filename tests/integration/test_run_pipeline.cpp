// The run pipeline itself: a run saved with its scores, and a re-score that must not be
// confused with a run (real local sandboxes, a real scorer script).
#include "pipeline/runpipeline.h"
#include "testcandidates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;

class TestRunPipeline final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::CandidateScripts m_scripts;

    QJsonObject runJson(const QString &folder)
    {
        QFile file(folder + QStringLiteral("/run.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

private Q_SLOTS:
    // While a re-score is under way no run starts (it would share the folder's scores being
    // written), the re-score answers for its own folder, and a run starts again afterwards.
    void aRunWaitsForARescoreToEnd()
    {
        RunPipeline pipeline;
        const QString script = m_scripts.write(
                QStringLiteral("one.py"),
                QStringLiteral("open(output_path, 'w').write('# one\\n- nothing much\\n')\n"));
        RunSettings settings;
        settings.objective = QStringLiteral("objective");
        const QString folder = m_dir.filePath(QStringLiteral("run"));
        QSignalSpy finished(&pipeline, &RunPipeline::finished);
        QCOMPARE(pipeline.start({{script}, settings, folder, {}}), QString());
        QVERIFY(finished.wait(60'000));
        const RunRecord run = finished.at(0).at(0).value<RunRecord>();

        const QString slow = m_dir.filePath(QStringLiteral("slow.py"));
        {
            QFile file(slow);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("import json, time\ntime.sleep(2)\n"
                       "print(json.dumps({'candidates': {'one': {'quality': 42}}}))\n");
        }
        ScoringSettings scoring;
        scoring.scorer = slow;
        QSignalSpy rescored(&pipeline, &RunPipeline::rescored);
        QCOMPARE(pipeline.rescore(run, folder, scoring), QString());
        QVERIFY(pipeline.isScoring());

        RunPipeline::Refusal refusal = RunPipeline::Refusal::None;
        const QString refused = pipeline.start({{script}, settings, {}, {}}, &refusal);
        QVERIFY2(refused.contains(QStringLiteral("being saved")), qPrintable(refused));
        QCOMPARE(refusal, RunPipeline::Refusal::CouldNotStart);

        QVERIFY(rescored.wait(60'000));
        QCOMPARE(rescored.at(0).at(1).toString(), folder);
        QCOMPARE(rescored.at(0).at(2).toString(), QString());
        QVERIFY(!pipeline.isScoring());
        QCOMPARE(finished.count(), 1); // the re-score never answered as a run
        const QJsonObject saved = runJson(folder);
        QCOMPARE(saved[QStringLiteral("scoring")][QStringLiteral("scorer")].toString(), slow);
        QCOMPARE(saved[QStringLiteral("candidates")][0][QStringLiteral("score")]
                      [QStringLiteral("quality")]
                              .toDouble(),
                 42.0);

        pipeline.setAutosaveRoot(m_dir.filePath(QStringLiteral("autosave")));
        QCOMPARE(pipeline.start({{script}, settings, {}, {}}), QString());
        QVERIFY(finished.wait(60'000));
    }
};

QTEST_GUILESS_MAIN(TestRunPipeline)
#include "test_run_pipeline.moc"
