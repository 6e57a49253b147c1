// `dreamfoundry run --backend daytona --api-url <stand-in>` and `dreamfoundry sandboxes`, end
// to end: the real binary against the standalone stand-in process.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString apiKey = QStringLiteral("dtn_cli_test_key_0123456789");

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestDaytonaCli final : public QObject
{
    Q_OBJECT

private:
    Outcome dreamfoundry(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_work.path());
        process.start(QStringLiteral(DREAMFOUNDRY_BINARY), arguments);
        process.waitForFinished(120'000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DAYTONA_API_KEY"), apiKey);
        env.remove(QStringLiteral("DAYTONA_API_URL"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("config")));
        return env;
    }

    // Every sandbox of the stand-in, as GET /sandbox lists them.
    QJsonArray sandboxes()
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(m_url + QStringLiteral("/sandbox")));
        request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
        QNetworkReply *reply = manager.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10'000))
            return {};
        const QJsonDocument json = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return json.isArray() ? json.array()
                              : json.object().value(QStringLiteral("items")).toArray();
    }

    QStringList poolSandboxes()
    {
        QStringList ids;
        for (const QJsonValue &sandbox : sandboxes()) {
            const QJsonObject o = sandbox.toObject();
            const QString state = o.value(QStringLiteral("state")).toString();
            if (o.value(QStringLiteral("labels")).toObject().contains(QStringLiteral("pool"))
                && state != QStringLiteral("destroying") && state != QStringLiteral("destroyed"))
                ids << o.value(QStringLiteral("id")).toString();
        }
        return ids;
    }

    QStringList runArguments(int warm, const QString &script)
    {
        return {QStringLiteral("run"),
                QStringLiteral("--backend"),
                QStringLiteral("daytona"),
                QStringLiteral("--api-url"),
                m_url,
                QStringLiteral("--warm"),
                QString::number(warm),
                QStringLiteral("--out"),
                m_work.filePath(QStringLiteral("warm-results-%1").arg(++m_runs)),
                QStringLiteral("-o"),
                QStringLiteral("objective"),
                script};
    }

    QString writeScript(const QString &name, const QByteArray &body)
    {
        const QString path = m_work.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
            return {};
        return path;
    }

    QTemporaryDir m_work;
    QTemporaryDir m_runtime;
    int m_runs = 0;
    QProcess m_standIn;
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        QFile::setPermissions(m_runtime.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_standIn.start(QStringLiteral(STANDIN_BINARY),
                        {QStringLiteral("--api-key"), apiKey, QStringLiteral("--latency-ms"),
                         QStringLiteral("10")});
        QVERIFY(m_standIn.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_standIn.canReadLine(), 10'000);
        m_url = QString::fromUtf8(m_standIn.readLine()).trimmed();
        QVERIFY2(m_url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(m_url));
    }

    void cleanupTestCase()
    {
        m_standIn.terminate();
        m_standIn.waitForFinished(10'000);
    }

    void runsTheSamplesOnDaytona()
    {
        const QString out = m_work.filePath(QStringLiteral("results"));
        const Outcome o = dreamfoundry({QStringLiteral("run"), QStringLiteral("--backend"),
                                        QStringLiteral("daytona"), QStringLiteral("--api-url"),
                                        m_url, QStringLiteral("--out"), out, QStringLiteral("-o"),
                                        QStringLiteral("it's \"$(quoted)\"")},
                                       environment());
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QVERIFY(o.out.contains(QStringLiteral("daytona backend")));
        QFile file(out + QStringLiteral("/run.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY2(!json.contains(apiKey.toUtf8()), "the key leaked into run.json");
        const QJsonObject run = QJsonDocument::fromJson(json).object();
        QCOMPARE(run.value(QStringLiteral("backend")).toString(), QStringLiteral("daytona"));
        const QJsonArray candidates = run.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 5);
        for (const QJsonValue &c : candidates) {
            const QJsonObject o2 = c.toObject();
            QVERIFY(!o2.value(QStringLiteral("sandbox_id")).toString().isEmpty());
            QCOMPARE(o2.value(QStringLiteral("cleanup")).toString(), QStringLiteral("ok"));
        }
        QVERIFY(!o.out.contains(apiKey) && !o.err.contains(apiKey));
    }

    // --warm: the pool is filled first, its sandboxes are claimed, what is left is drained:
    // nothing is left once the command exits.
    void warmRunLeavesNoSandbox()
    {
        const QString script = writeScript(QStringLiteral("quick.py"),
                                           "import sys\nopen(sys.argv[2], 'w').write('x')\n");
        const Outcome o = dreamfoundry(runArguments(3, script), environment());
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QVERIFY2(o.err.contains(QStringLiteral("Warm pool ready: 3 sandboxes.")),
                 qPrintable(o.err));
        QTRY_COMPARE_WITH_TIMEOUT(poolSandboxes(), QStringList(), 10'000);
    }

    // SIGKILL with a warm pool: every pool sandbox has auto-stop and auto-delete, and the next
    // start's pass deletes them.
    void killedWarmPoolIsReapedAtTheNextStart()
    {
        const QString slow
                = writeScript(QStringLiteral("slow.py"), "import time\ntime.sleep(60)\n");
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_work.path());
        process.start(QStringLiteral(DREAMFOUNDRY_BINARY), runArguments(3, slow));
        QByteArray err; // read as it comes: a line may arrive in two pieces
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Warm pool ready")
                                         || process.state() == QProcess::NotRunning,
                                 30'000);
        QVERIFY2(err.contains("Warm pool ready"), err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(poolSandboxes().size() >= 3, 10'000);
        process.kill();
        QVERIFY(process.waitForFinished(10'000));
        const QStringList left = poolSandboxes();
        QVERIFY(left.size() >= 2); // the two still warm (the third was claimed by the run)
        for (const QJsonValue &sandbox : sandboxes()) {
            const QJsonObject o = sandbox.toObject();
            if (!left.contains(o.value(QStringLiteral("id")).toString()))
                continue;
            QVERIFY(o.value(QStringLiteral("autoStopInterval")).toInt() > 0);
            QCOMPARE(o.value(QStringLiteral("autoDeleteInterval")).toInt(-1), 0);
        }
        // Listed as what they are: a dead instance's pool.
        const Outcome listed = dreamfoundry({QStringLiteral("sandboxes"), QStringLiteral("list"),
                                             QStringLiteral("--api-url"), m_url},
                                            environment());
        QVERIFY2(listed.out.contains(QStringLiteral("orphan, warm pool")), qPrintable(listed.out));
        const QString quick = writeScript(QStringLiteral("quick2.py"),
                                          "import sys\nopen(sys.argv[2], 'w').write('x')\n");
        const Outcome o = dreamfoundry(runArguments(1, quick), environment());
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QTRY_COMPARE_WITH_TIMEOUT(poolSandboxes(), QStringList(), 10'000);
    }

    void sandboxesListAndReap()
    {
        Outcome o = dreamfoundry({QStringLiteral("sandboxes"), QStringLiteral("list"),
                                  QStringLiteral("--api-url"), m_url},
                                 environment());
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        o = dreamfoundry({QStringLiteral("sandboxes"), QStringLiteral("reap"),
                          QStringLiteral("--api-url"), m_url},
                         environment());
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    }

    void daytonaWithoutKeyIsRefusedAndAutoFallsBack()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DAYTONA_API_KEY"), QStringLiteral("your_api_key_here"));
        Outcome o = dreamfoundry({QStringLiteral("run"), QStringLiteral("--backend"),
                                  QStringLiteral("daytona"), QStringLiteral("--api-url"), m_url},
                                 env);
        QCOMPARE(o.exitCode, 2);
        // Every way to set the key is named: the keychain, the environment, .env.
        QVERIFY2(o.err.contains(QStringLiteral("dreamfoundry login"))
                         && o.err.contains(QStringLiteral("DAYTONA_API_KEY"))
                         && o.err.contains(QStringLiteral(".env")),
                 qPrintable(o.err));
        o = dreamfoundry({QStringLiteral("sandboxes"), QStringLiteral("list")}, env);
        QCOMPARE(o.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDaytonaCli)
#include "test_daytona_cli.moc"
