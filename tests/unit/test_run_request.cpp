#include "cli/runrequest.h"
#include "core/samples.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;

class TestRunRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const RunRequest r = RunRequest::parse({});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.scripts.isEmpty()); // the samples
        QCOMPARE(r.settings.objective, defaultObjective());
        QCOMPARE(r.settings.backend, BackendChoice::Local);
        QCOMPARE(r.settings.timeoutSeconds, 300);
        QCOMPARE(r.settings.parallelism, 0);
        QVERIFY(r.settings.network);
        QCOMPARE(r.settings.diskLimitMiB, 1024);
        QCOMPARE(r.settings.artifactLimitMiB, 100);
    }

    void diskAndArtifactLimits()
    {
        const RunRequest r
                = RunRequest::parse({QStringLiteral("--disk-limit"), QStringLiteral("256"),
                                     QStringLiteral("--artifact-limit"), QStringLiteral("5")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.settings.diskLimitMiB, 256);
        QCOMPARE(r.settings.artifactLimitMiB, 5);
    }

    void indexUrlAndInstallTimeout()
    {
        const RunRequest r = RunRequest::parse(
                {QStringLiteral("--index-url"), QStringLiteral("https://pypi.example/simple/"),
                 QStringLiteral("--install-timeout"), QStringLiteral("90")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.settings.indexUrl, QStringLiteral("https://pypi.example/simple/"));
        QCOMPARE(r.settings.installTimeoutSeconds, 90);
        QVERIFY(!RunRequest::parse({QStringLiteral("--install-timeout"), QStringLiteral("0")})
                         .error.isEmpty());
    }

    void positionalObjectiveAsInForgePy()
    {
        const RunRequest r = RunRequest::parse({QStringLiteral("Find robotics meetups")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.settings.objective, QStringLiteral("Find robotics meetups"));
        QVERIFY(r.scripts.isEmpty());
    }

    void scriptsAndOptions()
    {
        const RunRequest r = RunRequest::parse(
                {QStringLiteral("--objective"), QStringLiteral("x"), QStringLiteral("--timeout"),
                 QStringLiteral("12"), QStringLiteral("--parallel"), QStringLiteral("3"),
                 QStringLiteral("--no-network"), QStringLiteral("--out"), QStringLiteral("/o"),
                 QStringLiteral("a.py"), QStringLiteral("b.py")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.scripts, (QStringList{QStringLiteral("a.py"), QStringLiteral("b.py")}));
        QCOMPARE(r.settings.timeoutSeconds, 12);
        QCOMPARE(r.settings.parallelism, 3);
        QVERIFY(!r.settings.network);
        QCOMPARE(r.outDir, QStringLiteral("/o"));
    }

    void readOnlyFoldersAreRepeatableAndAbsolute()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const RunRequest r = RunRequest::parse({QStringLiteral("--read-only-folder"),
                                                a.path() + QStringLiteral("/."),
                                                QStringLiteral("--read-only-folder"), b.path()});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.settings.readOnlyFolders, (QStringList{a.path(), b.path()}));
        QVERIFY(RunRequest::parse({}).settings.readOnlyFolders.isEmpty());
    }

    void objectiveWithALeadingDash()
    {
        const RunRequest r
                = RunRequest::parse({QStringLiteral("-o"), QStringLiteral("--rm -rf /")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.settings.objective, QStringLiteral("--rm -rf /"));
    }

    void daytonaFlag()
    {
        QCOMPARE(RunRequest::parse({QStringLiteral("--daytona")}).settings.backend,
                 BackendChoice::Daytona);
        QCOMPARE(RunRequest::parse({QStringLiteral("--backend"), QStringLiteral("auto")})
                         .settings.backend,
                 BackendChoice::Auto);
    }

    void repeatAndBudget()
    {
        const RunRequest plain = RunRequest::parse({});
        QCOMPARE(plain.settings.plan.repeat, 1);
        QVERIFY(!plain.settings.plan.hasBudget());
        const RunRequest r = RunRequest::parse(
                {QStringLiteral("--repeat"), QStringLiteral("5"),
                 QStringLiteral("--budget-seconds"), QStringLiteral("120"),
                 QStringLiteral("--budget-sandbox-seconds"), QStringLiteral("600")});
        QCOMPARE(r.error, QString());
        QCOMPARE(r.settings.plan.repeat, 5);
        QCOMPARE(r.settings.plan.wallClockBudgetSeconds, std::optional(120));
        QCOMPARE(r.settings.plan.sandboxSecondsBudget, std::optional(600));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown backend")
                << QStringList{QStringLiteral("--backend"), QStringLiteral("cloud")}
                << QStringLiteral("cloud");
        QTest::newRow("timeout not a number")
                << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")}
                << QStringLiteral("timeout");
        QTest::newRow("read-only folder missing")
                << QStringList{QStringLiteral("--read-only-folder"),
                               QStringLiteral("/nonexistent-dreamfoundry")}
                << QStringLiteral("/nonexistent-dreamfoundry");
        QTest::newRow("zero parallel")
                << QStringList{QStringLiteral("--parallel"), QStringLiteral("0")}
                << QStringLiteral("parallel");
        QTest::newRow("zero disk limit")
                << QStringList{QStringLiteral("--disk-limit"), QStringLiteral("0")}
                << QStringLiteral("disk-limit");
        QTest::newRow("artifact limit not a number")
                << QStringList{QStringLiteral("--artifact-limit"), QStringLiteral("big")}
                << QStringLiteral("artifact-limit");
        QTest::newRow("empty objective")
                << QStringList{QStringLiteral("-o"), QString()} << QStringLiteral("empty");
        QTest::newRow("objective too long")
                << QStringList{QStringLiteral("-o"), QString(100'001, QLatin1Char('a'))}
                << QStringLiteral("100000");
        QTest::newRow("empty api url")
                << QStringList{QStringLiteral("--api-url"), QString()} << QStringLiteral("api-url");
        QTest::newRow("repeat 0") << QStringList{QStringLiteral("--repeat"), QStringLiteral("0")}
                                  << QStringLiteral("at least once");
        QTest::newRow("repeat 1,000 over the cap")
                << QStringList{QStringLiteral("--repeat"), QStringLiteral("1000")}
                << QStringLiteral("limit of 100");
        QTest::newRow("repeat not a number")
                << QStringList{QStringLiteral("--repeat"), QStringLiteral("few")}
                << QStringLiteral("repeat");
        QTest::newRow("wall-clock budget of 0 s")
                << QStringList{QStringLiteral("--budget-seconds"), QStringLiteral("0")}
                << QStringLiteral("wall-clock budget must be at least 1 second");
        QTest::newRow("sandbox-seconds budget of 0 s")
                << QStringList{QStringLiteral("--budget-sandbox-seconds"), QStringLiteral("0")}
                << QStringLiteral("sandbox-seconds budget must be at least 1 second");
        QTest::newRow("unknown option")
                << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("secret name not a variable name")
                << QStringList{QStringLiteral("--secret"), QStringLiteral("MY-KEY")}
                << QStringLiteral("MY-KEY");
        QTest::newRow("env overriding PATH")
                << QStringList{QStringLiteral("--env"), QStringLiteral("PATH=/tmp")}
                << QStringLiteral("PATH");
        QTest::newRow("env without a value")
                << QStringList{QStringLiteral("--env"), QStringLiteral("JUSTANAME")}
                << QStringLiteral("JUSTANAME");
        QTest::newRow("env file missing")
                << QStringList{QStringLiteral("--env-file"), QStringLiteral("/nonexistent.env")}
                << QStringLiteral("/nonexistent.env");
    }

    // --env-file first, then --env over it; --secret by name, to all or to the candidates named.
    void secretsAndEnvironment()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("agent.env"));
        QFile env(file);
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("# for the agent\nMODE=slow\nMODEL='gpt x'\n");
        env.close();
        const RunRequest r
                = RunRequest::parse({QStringLiteral("--env-file"), file, QStringLiteral("--env"),
                                     QStringLiteral("MODE=fast=really"), QStringLiteral("--secret"),
                                     QStringLiteral("OPENAI_API_KEY"), QStringLiteral("--secret"),
                                     QStringLiteral("HF_TOKEN:alpha,beta")});
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const QList<EnvironmentVariable> expected{{QStringLiteral("MODEL"), "gpt x", false},
                                                  {QStringLiteral("MODE"), "fast=really", false}};
        QCOMPARE(r.settings.environment, expected);
        const QList<SecretGrant> grants{
                {QStringLiteral("OPENAI_API_KEY"), {}},
                {QStringLiteral("HF_TOKEN"), {QStringLiteral("alpha"), QStringLiteral("beta")}}};
        QCOMPARE(r.settings.secrets, grants);
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const RunRequest r = RunRequest::parse(arguments);
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestRunRequest)
#include "test_run_request.moc"
