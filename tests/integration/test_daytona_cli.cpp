// `dreamfoundry run --backend daytona --api-url <stand-in>` and `dreamfoundry sandboxes`, end
// to end: the real binary against the standalone stand-in process.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

    QTemporaryDir m_work;
    QTemporaryDir m_runtime;
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
