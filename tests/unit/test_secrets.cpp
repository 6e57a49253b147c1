#include "core/candidateenvironment.h"
#include "core/runsettings.h"
#include "core/secretredactor.h"
#include "credentials/candidatesecrets.h"
#include "credentials/memorycredentialstore.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

#include <optional>

using namespace DreamFoundry;

namespace {

// Newlines, both quotes, a command substitution, a backslash, UTF-8: what a shell or a parser
// would most like to change.
const QByteArray awkwardValue = "line one\nit's \"quoted\" $(touch /tmp/pwned) `id` \\ "
                                "\xc3\xa9\xe2\x82\xac\xf0\x9f\x94\x91 $HOME\n";

SecretRedactor redactorFor(const QList<QPair<QString, QByteArray>> &secrets)
{
    QList<EnvironmentVariable> variables;
    for (const auto &[name, value] : secrets)
        variables.append({name, value, true});
    return SecretRedactor(variables);
}

} // namespace

class TestSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreValidated_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("OPENAI_API_KEY") << true;
        QTest::newRow("underscore first") << QStringLiteral("_x1") << true;
        QTest::newRow("digit first") << QStringLiteral("1KEY") << false;
        QTest::newRow("dash") << QStringLiteral("MY-KEY") << false;
        QTest::newRow("space") << QStringLiteral("MY KEY") << false;
        QTest::newRow("equals") << QStringLiteral("A=B") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("non-ASCII") << QStringLiteral("CL\u00c9") << false;
        QTest::newRow("PATH") << QStringLiteral("PATH") << false;
        QTest::newRow("HOME") << QStringLiteral("HOME") << false;
        QTest::newRow("LANG") << QStringLiteral("LANG") << false;
    }
    void namesAreValidated()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(CandidateEnvironment::nameProblem(name).isEmpty(), valid);
    }

    void overridingTheSandboxsOwnVariablesSaysWhy()
    {
        const QString problem = CandidateEnvironment::nameProblem(QStringLiteral("PATH"));
        QVERIFY2(problem.contains(QStringLiteral("set by the sandbox")), qPrintable(problem));
    }

    void shellExportsKeepEveryByte()
    {
        const CandidateEnvironment environment({{QStringLiteral("AWKWARD"), awkwardValue, true},
                                                {QStringLiteral("PLAIN"), "x", false}});
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral(". /dev/stdin; printf %s \"$AWKWARD\"")});
        shell.write(environment.shellExports());
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished());
        QCOMPARE(shell.readAllStandardOutput(), awkwardValue);
    }

    void bwrapArgumentsAreNulSeparatedSetenvs()
    {
        const CandidateEnvironment environment({{QStringLiteral("A"), "1\n2", true}});
        QCOMPARE(environment.bwrapArguments(), QByteArray("--setenv\0A\0001\n2\0", 15));
    }

    void aSecretReachesOnlyTheCandidatesItIsGrantedTo()
    {
        const QList<EnvironmentVariable> plain{{QStringLiteral("MODE"), "fast", false}};
        const QList<SecretGrant> grants{{QStringLiteral("KEY"), {QStringLiteral("alpha")}}};
        const SecretValues values{{QStringLiteral("KEY"), "s3cret"}};
        const auto alpha = CandidateEnvironment::forCandidate(plain, grants, values,
                                                              QStringLiteral("alpha"));
        const auto beta
                = CandidateEnvironment::forCandidate(plain, grants, values, QStringLiteral("beta"));
        QCOMPARE(alpha.variables().size(), 2);
        QCOMPARE(alpha.secrets().size(), 1);
        QCOMPARE(beta.variables().size(), 1);
        QVERIFY(beta.secrets().isEmpty());
        QVERIFY(!beta.bwrapArguments().contains("s3cret"));
    }

    void dotenvIsParsed()
    {
        QString error;
        const auto variables = parseDotenv("# comment\n\nexport A=1\nB = two words # note\n"
                                           "C='single $x'\nD=\"multi\nline \\\"q\\\"\"\n",
                                           &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(variables.size(), 4);
        QCOMPARE(variables[0].value, QByteArray("1"));
        QCOMPARE(variables[1].value, QByteArray("two words"));
        QCOMPARE(variables[2].value, QByteArray("single $x"));
        QCOMPARE(variables[3].value, QByteArray("multi\nline \"q\""));
    }

    void aBadDotenvLineIsNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no equals") << QByteArray("A=1\nnonsense\n") << QStringLiteral("Line 2");
        QTest::newRow("bad name") << QByteArray("1A=x\n") << QStringLiteral("Line 1");
        QTest::newRow("reserved") << QByteArray("HOME=/x\n") << QStringLiteral("HOME");
        QTest::newRow("unclosed quote") << QByteArray("A=\"open\n") << QStringLiteral("Line 1");
    }
    void aBadDotenvLineIsNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(parseDotenv(text, &error).isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void redactsEveryValueByName()
    {
        const auto redactor
                = redactorFor({{QStringLiteral("A"), "alpha-key"}, {QStringLiteral("B"), "beta"}});
        QCOMPARE(redactor.redact(QByteArray("x alpha-key y beta alpha-keyalpha-key")),
                 QByteArray("x [secret A] y [secret B] [secret A][secret A]"));
        QCOMPARE(redactor.redact(QStringLiteral("no secret here")),
                 QStringLiteral("no secret here"));
    }

    void theLongestValueWinsWhereTwoStartTogether()
    {
        const auto redactor = redactorFor(
                {{QStringLiteral("SHORT"), "abc"}, {QStringLiteral("LONG"), "abcdef"}});
        QCOMPARE(redactor.redact(QByteArray("abcdef abc")),
                 QByteArray("[secret LONG] [secret SHORT]"));
    }

    void aValueSplitAcrossChunksIsRedacted_data()
    {
        QTest::addColumn<int>("split");
        for (int split = 0; split <= 12; ++split)
            QTest::addRow("split at %d", split) << split;
    }
    void aValueSplitAcrossChunksIsRedacted()
    {
        QFETCH(int, split);
        const auto redactor = redactorFor({{QStringLiteral("KEY"), "sk-123456"}});
        StreamRedactor stream(&redactor);
        const QByteArray text = "key=sk-123456\n";
        QByteArray shown = stream.feed(text.left(split));
        shown += stream.feed(text.mid(split));
        shown += stream.flush();
        QCOMPARE(shown, QByteArray("key=[secret KEY]\n"));
    }

    void aValueSplitAcrossManyOneByteChunksIsRedacted()
    {
        const auto redactor = redactorFor({{QStringLiteral("KEY"), awkwardValue}});
        StreamRedactor stream(&redactor);
        const QByteArray text = "<" + awkwardValue + ">";
        QByteArray shown;
        for (char c : text)
            shown += stream.feed(QByteArray(1, c));
        shown += stream.flush();
        QCOMPARE(shown, QByteArray("<[secret KEY]>"));
    }

    void ordinaryOutputIsNotHeldBack()
    {
        const auto redactor = redactorFor({{QStringLiteral("KEY"), "sk-123456"}});
        StreamRedactor stream(&redactor);
        QCOMPARE(stream.feed("progress 50%"), QByteArray("progress 50%"));
        // Only what may begin the value waits for the next chunk.
        QCOMPARE(stream.feed("then sk-12"), QByteArray("then "));
        QCOMPARE(stream.feed("x"), QByteArray("sk-12x"));
    }

    void base64OfAValueIsNotCaught()
    {
        // Documented: redaction is a net, not a guarantee.
        const auto redactor = redactorFor({{QStringLiteral("KEY"), "sk-123456"}});
        const QByteArray encoded = QByteArray("sk-123456").toBase64();
        QCOMPARE(redactor.redact(encoded), encoded);
    }

    void aSecretInAFileIsFoundAcrossItsPieces()
    {
        const auto redactor = redactorFor({{QStringLiteral("KEY"), "needle-value"}});
        QTemporaryFile file;
        QVERIFY(file.open());
        // The value straddles the 1 MiB piece boundary.
        file.write(QByteArray(1024 * 1024 - 5, 'x') + "needle-value" + "tail");
        file.close();
        QVERIFY(fileContainsSecret(file.fileName(), redactor));
        QVERIFY(!fileContainsSecret(file.fileName(), redactorFor({{QStringLiteral("K"), "hay"}})));
    }

    void runJsonKeepsSecretNamesNeverValues()
    {
        RunSettings settings;
        settings.environment = {{QStringLiteral("MODE"), "fast", false}};
        settings.secrets = {{QStringLiteral("KEY"), {}},
                            {QStringLiteral("OTHER"), {QStringLiteral("alpha")}}};
        const QJsonObject json = settings.toJson();
        const RunSettings back = RunSettings::fromJson(json);
        QCOMPARE(back.secrets, settings.secrets);
        QCOMPARE(back.environment, settings.environment);
        QVERIFY(!json.contains(QStringLiteral("secret_values")));
    }

    void storedSecretsAreListedAndRead()
    {
        MemoryCredentialStore store;
        CandidateSecrets secrets(store);
        std::optional<QString> error;
        secrets.set(QStringLiteral("KEY"), awkwardValue, this,
                    [&](const QString &e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QVERIFY2(error->isEmpty(), qPrintable(*error));
        QStringList names;
        secrets.list(this, [&](const QStringList &n, const QString &) { names = n; });
        QTRY_COMPARE(names, QStringList{QStringLiteral("KEY")});
        SecretValues values;
        secrets.read({QStringLiteral("KEY")}, this,
                     [&](const SecretValues &v, const QString &) { values = v; });
        QTRY_COMPARE(values.value(QStringLiteral("KEY")), awkwardValue);
    }

    void aMissingSecretIsNamed()
    {
        MemoryCredentialStore store;
        CandidateSecrets secrets(store);
        QString error;
        secrets.read({QStringLiteral("NOT_THERE")}, this,
                     [&](const SecretValues &, const QString &e) { error = e; });
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("NOT_THERE")), qPrintable(error));
    }

    void anInvalidSecretNameIsRefused()
    {
        MemoryCredentialStore store;
        CandidateSecrets secrets(store);
        QString error;
        secrets.set(QStringLiteral("BAD-NAME"), "v", this, [&](const QString &e) { error = e; });
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("BAD-NAME")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "test_secrets.moc"
