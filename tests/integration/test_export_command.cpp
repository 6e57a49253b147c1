// `dreamfoundry export`, the real binary, on a results folder holding hostile candidate text;
// what it writes is read back with real parsers (Python's csv and html.parser).
#include "results/resultstore.h"
#include "runapp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace DreamFoundry;

namespace {

const QString hostileArtifact = QStringLiteral(
        "# Events\n</textarea><script>alert(1)</script>\n<img src=x onerror=alert(1)>\n"
        "<a href=\"https://evil.example/\">link</a> ![x](https://evil.example/pixel.png)\n"
        "\x1b]52;c;cHduZWQ=\x07 @everyone\n");

CandidateResult candidate(const QString &id, CandidateState state)
{
    CandidateResult r;
    r.candidateId = id;
    r.state = state;
    r.runtimeSeconds = 1.25;
    r.output = QStringLiteral("<script>alert('out')</script>\n");
    return r;
}

// Runs Python on `script` with `file` as its argument; its stdout.
QString python(const QString &script, const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, file});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        qWarning() << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestExportCommand final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_results;
    RunRecord m_run;

private Q_SLOTS:
    void initTestCase()
    {
        m_run.runId = QStringLiteral("run-1");
        m_run.objective = QStringLiteral("Find AI events <b>now</b>");
        m_run.backend = QStringLiteral("local");
        m_run.startedAt = QDateTime::currentDateTimeUtc();
        m_run.finishedAt = m_run.startedAt.addSecs(3);
        CandidateResult good = candidate(QStringLiteral("good"), CandidateState::Succeeded);
        const QString artifact = m_dir.filePath(QStringLiteral("artifact.md"));
        QFile file(artifact);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(hostileArtifact.toUtf8());
        file.close();
        good.artifactFile = artifact;
        good.artifactName = QStringLiteral("artifact.md");
        good.artifactSize = hostileArtifact.toUtf8().size();
        good.artifactContent = hostileArtifact;
        ScoreCard card;
        card.gates = {{QStringLiteral("exit_code"), true, QStringLiteral("<i>ok</i>")}};
        card.total = 80;
        card.rank = 1;
        good.score = card;
        CandidateResult bad = candidate(QStringLiteral("bad"), CandidateState::Failed);
        bad.errorMessage = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")\nsecond, line");
        m_run.candidates = {good, bad};
        m_run.winner.candidateId = QStringLiteral("good");
        m_results = m_dir.filePath(QStringLiteral("results"));
        QCOMPARE(ResultStore::save(m_run, m_results), QString());
    }

    // The CSV reads back with a CSV parser: one row per candidate, the line break and the
    // quotes kept, the leading = made text.
    void csvReadsBack()
    {
        const QString out = m_dir.filePath(QStringLiteral("table.csv"));
        const Test::Finished export_
                = Test::runApp({QStringLiteral("export"), m_results, QStringLiteral("--out"), out});
        QCOMPARE(export_.exitCode, 0);
        const QString rows
                = python(QStringLiteral("import csv, json, sys\n"
                                        "rows = list(csv.DictReader(open(sys.argv[1], newline='', "
                                        "encoding='utf-8')))\n"
                                        "print(json.dumps(rows))\n"),
                         out);
        const QJsonArray parsed = QJsonDocument::fromJson(rows.toUtf8()).array();
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed[0][QStringLiteral("candidate")].toString(), QStringLiteral("good"));
        QCOMPARE(parsed[0][QStringLiteral("rank")].toString(), QStringLiteral("1"));
        QCOMPARE(parsed[0][QStringLiteral("winner")].toString(), QStringLiteral("yes"));
        QCOMPARE(parsed[0][QStringLiteral("artifact_path")].toString(),
                 QStringLiteral("good/artifact.md"));
        QCOMPARE(parsed[1][QStringLiteral("state")].toString(), QStringLiteral("failed"));
        QCOMPARE(parsed[1][QStringLiteral("error_message")].toString(),
                 QLatin1Char('\'') + m_run.candidates[1].errorMessage);
    }

    // A run with repeats: one row per attempt, each candidate's together and in order, the
    // repeat numbered, the artifact path where the folder keeps that attempt's file, the rank
    // and winner mark on the first attempt's row only.
    void csvHasEveryAttemptOfARepeatedRun()
    {
        RunRecord run = m_run;
        run.settings.plan.repeat = 2;
        run.candidates[0].repeat = 1;
        run.candidates[1].repeat = 1;
        CandidateResult goodAgain = run.candidates[0];
        goodAgain.repeat = 2;
        goodAgain.score->rank = 0;
        CandidateResult badAgain = candidate(QStringLiteral("bad"), CandidateState::Succeeded);
        badAgain.repeat = 2;
        run.repeats = {badAgain, goodAgain}; // in the order they ended
        const QString results = m_dir.filePath(QStringLiteral("repeated"));
        QCOMPARE(ResultStore::save(run, results), QString());
        const QString out = m_dir.filePath(QStringLiteral("repeated.csv"));
        QCOMPARE(Test::runApp({QStringLiteral("export"), results, QStringLiteral("--out"), out})
                         .exitCode,
                 0);
        const QString rows = python(
                QStringLiteral("import csv, sys\n"
                               "for r in csv.DictReader(open(sys.argv[1], newline='', "
                               "encoding='utf-8')):\n"
                               "    print('|'.join([r['candidate'], r['repeat'], r['state'], "
                               "r['rank'], r['winner'], r['artifact_path']]))\n"),
                out);
        QCOMPARE(rows.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 QStringList({QStringLiteral("good|1|succeeded|1|yes|good/artifact.md"),
                              QStringLiteral("good|2|succeeded||no|good/repeats/2/artifact.md"),
                              QStringLiteral("bad|1|failed||no|"),
                              QStringLiteral("bad|2|succeeded||no|")}));
        QVERIFY(QFile::exists(results + QStringLiteral("/good/repeats/2/artifact.md")));
    }

    // The page holds no script element, no event handler, nothing that loads from anywhere,
    // and forbids both in its Content-Security-Policy; the hostile text is there, as text.
    void htmlIsInert()
    {
        const QString out = m_dir.filePath(QStringLiteral("report.html"));
        QCOMPARE(Test::runApp({QStringLiteral("export"), m_results, QStringLiteral("--format"),
                               QStringLiteral("html"), QStringLiteral("--out"), out})
                         .exitCode,
                 0);
        const QString found = python(
                QStringLiteral(
                        "import sys\nfrom html.parser import HTMLParser\n"
                        "class P(HTMLParser):\n"
                        "    def __init__(self):\n"
                        "        super().__init__(); self.bad = []; self.csp = ''; self.text = ''\n"
                        "    def handle_starttag(self, tag, attrs):\n"
                        "        if tag in ('script', 'img', 'iframe', 'object', 'embed', 'link', "
                        "'a', 'base', 'form'):\n"
                        "            self.bad.append(tag)\n"
                        "        for name, value in attrs:\n"
                        "            if name.startswith('on') or (name in ('src', 'href') and "
                        "value):\n"
                        "                self.bad.append(name)\n"
                        "        d = dict(attrs)\n"
                        "        if d.get('http-equiv') == 'Content-Security-Policy':\n"
                        "            self.csp = d.get('content', '')\n"
                        "    def handle_data(self, data): self.text += data\n"
                        "p = P(); p.feed(open(sys.argv[1], encoding='utf-8').read())\n"
                        "print('bad=' + ','.join(p.bad))\n"
                        "print('csp=' + p.csp)\n"
                        "print('has-text=' + str('</textarea><script>alert(1)</script>' in "
                        "p.text))\n"
                        "print('esc=' + str('\\x1b' in p.text))\n"),
                out);
        QVERIFY2(found.contains(QStringLiteral("bad=\n")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("csp=default-src 'none'")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("has-text=True")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("esc=False")), qPrintable(found));
    }

    // JSON is run.json as saved; Markdown is the report.
    void jsonAndMarkdownAreTheSavedFiles_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("savedFile");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("run.json");
        QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("report.md");
    }

    void jsonAndMarkdownAreTheSavedFiles()
    {
        QFETCH(QString, format);
        QFETCH(QString, savedFile);
        const QString out = m_dir.filePath(QStringLiteral("export.") + format);
        QCOMPARE(Test::runApp({QStringLiteral("export"), m_results, QStringLiteral("--out"), out})
                         .exitCode,
                 0);
        QFile exported(out);
        QFile saved(m_results + QLatin1Char('/') + savedFile);
        QVERIFY(exported.open(QIODevice::ReadOnly) && saved.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), saved.readAll());
    }

    // Bad input: each gets a sentence and an exit status, and leaves no file behind.
    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown format")
                << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 2
                << QStringLiteral("choose a format");
        QTest::newRow("no format, no file") << QStringList() << 2 << QStringLiteral("format");
        QTest::newRow("unwritable place")
                << QStringList{QStringLiteral("--out"), QStringLiteral("%1/artifact.md/x.csv")} << 1
                << QStringLiteral("Could not write");
    }

    void badInputIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        for (QString &argument : arguments)
            argument = argument.arg(m_dir.path());
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        const Test::Finished export_
                = Test::runApp(QStringList{QStringLiteral("export"), m_results} + arguments);
        QCOMPARE(export_.exitCode, exitCode);
        QVERIFY2(export_.err.contains(says), qPrintable(export_.err));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    }

    void aFolderThatIsNotARunIsRefused()
    {
        const Test::Finished export_
                = Test::runApp({QStringLiteral("export"), m_dir.filePath(QStringLiteral("none")),
                                QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(export_.exitCode, 2);
        QVERIFY(export_.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "test_export_command.moc"
