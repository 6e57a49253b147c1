// `dreamfoundry run` end to end: the real binary, real sandboxes, a real results folder.
#include "runapp.h"
#include "runner/leftovers.h"
#include "runner/sandboxetc.h"
#include "testcandidates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using DreamFoundry::Test::CandidateScripts;
using DreamFoundry::Test::Finished;
using DreamFoundry::Test::runApp;
using DreamFoundry::Test::runJson;

namespace {

// A character a terminal would act on: C0 but newline and tab, DEL, C1 (decoded, or a byte
// that was not UTF-8 and became U+FFFD: the app prints only UTF-8).
bool hasActiveControl(const QString &text)
{
    return std::ranges::any_of(text, [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u < 0xa0) || u == 0xfffd;
    });
}

// `markdown` without its fenced blocks: the text that renders as Markdown.
QString outsideFences(const QString &markdown)
{
    QString outside;
    QString fence;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const QString ticks = line.section(QRegularExpression(QStringLiteral("[^`]")), 0, 0);
        if (fence.isEmpty() && ticks.size() >= 3)
            fence = ticks;
        else if (!fence.isEmpty() && line.trimmed() == fence)
            fence.clear();
        else if (fence.isEmpty())
            outside += line + QLatin1Char('\n');
    }
    return outside;
}

// Whether the candidate's own Python, whose command line holds `marker`, runs.
bool pythonWith(const QByteArray &marker)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    return std::ranges::any_of(pids, [&marker](const QString &pid) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = cmdline.readAll();
        return line.startsWith("/usr/bin/python3") && line.contains(marker);
    });
}

// Processes on the host whose command line holds `marker`.
int processesWith(const QByteArray &marker)
{
    int found = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker))
            ++found;
    }
    return found;
}

} // namespace

class TestRunCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesRunAsTheOriginalForge()
    {
        const QString out = m_dir.filePath(QStringLiteral("samples"));
        const Finished f = runApp({QStringLiteral("run"),
                                   QStringLiteral("Generate weekly AI events for Discord"),
                                   QStringLiteral("--out"), out});
        QVERIFY2(f.exitCode == 0, qPrintable(f.out + f.err));
        QVERIFY(f.out.contains(QStringLiteral("Results: ") + out));
        const QJsonObject run = runJson(out);
        QCOMPARE(run.value(QStringLiteral("format")).toString(),
                 QStringLiteral("dreamfoundry-run/2"));
        QCOMPARE(run.value(QStringLiteral("objective")).toString(),
                 QStringLiteral("Generate weekly AI events for Discord"));
        const QJsonArray candidates = run.value(QStringLiteral("candidates")).toArray();
        QStringList ids, states;
        for (const QJsonValue &c : candidates) {
            ids << c[QStringLiteral("candidate_id")].toString();
            states << c[QStringLiteral("state")].toString();
        }
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"),
                              QStringLiteral("delta"), QStringLiteral("epsilon"),
                              QStringLiteral("gamma")}));
        QCOMPARE(states,
                 (QStringList{QStringLiteral("succeeded"), QStringLiteral("succeeded"),
                              QStringLiteral("failed"), QStringLiteral("succeeded"),
                              QStringLiteral("succeeded")}));
        const QJsonObject alpha = candidates.at(0).toObject();
        QCOMPARE(alpha[QStringLiteral("isolation")].toString(), QStringLiteral("bwrap"));
        QVERIFY(alpha[QStringLiteral("artifact_content")].toString().contains(
                QStringLiteral("- 20")));
        QVERIFY(QFile::exists(out + QStringLiteral("/alpha/alpha_output.md")));
        QVERIFY(QFile::exists(out + QStringLiteral("/alpha/alpha.py")));
        QVERIFY(QFile::exists(out + QStringLiteral("/delta/output.log")));
        QVERIFY(QFile::exists(out + QStringLiteral("/report.md")));
        // The final table names every candidate with its state.
        QVERIFY(f.out.contains(QStringLiteral("delta"))
                && f.out.contains(QStringLiteral("failed")));
    }

    void noCandidateSucceededExitsOne()
    {
        const QString script
                = m_scripts.write(QStringLiteral("broken.py"), QStringLiteral("sys.exit(3)\n"));
        const Finished f
                = runApp({QStringLiteral("run"), QStringLiteral("-o"), QStringLiteral("x"),
                          QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none")), script});
        QCOMPARE(f.exitCode, 1);
        QVERIFY(f.out.contains(QStringLiteral("Exited with code 3")));
    }

    void badUsageExitsTwoBeforeRunningAnything_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString script = m_scripts.write(
                QStringLiteral("ok.py"), QStringLiteral("open(output_path,'w').write('x')\n"));
        m_scripts.write(QStringLiteral("file"), QStringLiteral(""));
        const QString unwritable = m_scripts.dir() + QStringLiteral("/file/results");
        QTest::newRow("missing script") << QStringList{QStringLiteral("-o"), QStringLiteral("x"),
                                                       QStringLiteral("/no/such/agent.py")}
                                        << QStringLiteral("not found");
        QTest::newRow("script is a folder")
                << QStringList{QStringLiteral("-o"), QStringLiteral("x"), m_scripts.dir()}
                << QStringLiteral("folder");
        QTest::newRow("empty objective")
                << QStringList{QStringLiteral("-o"), QString(), script} << QStringLiteral("empty");
        QTest::newRow("objective of 100001 bytes")
                << QStringList{QStringLiteral("-o"), QString(100'001, QLatin1Char('a')), script}
                << QStringLiteral("100000");
        QTest::newRow("unwritable results folder")
                << QStringList{QStringLiteral("-o"), QStringLiteral("x"), QStringLiteral("--out"),
                               unwritable, script}
                << QStringLiteral("cannot be created");
        QTest::newRow("repeat 0") << QStringList{QStringLiteral("--repeat"), QStringLiteral("0"),
                                                 script}
                                  << QStringLiteral("at least once");
        QTest::newRow("repeat 1,000")
                << QStringList{QStringLiteral("--repeat"), QStringLiteral("1000"), script}
                << QStringLiteral("limit of 100");
        QTest::newRow("budget of 0 s")
                << QStringList{QStringLiteral("--budget-seconds"), QStringLiteral("0"), script}
                << QStringLiteral("at least 1 second");
        QTest::newRow("bad timeout")
                << QStringList{QStringLiteral("--timeout"), QStringLiteral("-5"), script}
                << QStringLiteral("timeout");
    }

    void badUsageExitsTwoBeforeRunningAnything()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Finished f = runApp(QStringList{QStringLiteral("run")} + arguments);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(message), qPrintable(f.err));
        QVERIFY2(!f.out.contains(QStringLiteral("running")), qPrintable(f.out));
    }

    // Each attempt's progress line names it; the table ends with what the attempts add up to;
    // the limit that stopped the run is said.
    void repeatsAndABudgetAreReported()
    {
        const QString quick = m_scripts.write(QStringLiteral("quick.py"),
                                              QStringLiteral("open(output_path,'w').write('q')\n"));
        const QString slow
                = m_scripts.write(QStringLiteral("slow.py"), QStringLiteral("time.sleep(60)\n"));
        const QString out = m_dir.filePath(QStringLiteral("repeated"));
        const Finished f = runApp({QStringLiteral("run"), QStringLiteral("-o"), QStringLiteral("x"),
                                   QStringLiteral("--repeat"), QStringLiteral("2"),
                                   QStringLiteral("--parallel"), QStringLiteral("4"),
                                   QStringLiteral("--budget-seconds"), QStringLiteral("5"),
                                   QStringLiteral("--out"), out, quick, slow});
        QVERIFY2(f.exitCode == 0, qPrintable(f.out + f.err));
        QVERIFY2(f.out.contains(QStringLiteral("[quick #2] succeeded")), qPrintable(f.out));
        QVERIFY2(f.out.contains(QStringLiteral("quick: 2/2 passed (100%)")), qPrintable(f.out));
        QVERIFY2(f.out.contains(QStringLiteral("slow: 0/2 passed")), qPrintable(f.out));
        QVERIFY2(f.out.contains(QStringLiteral("wall-clock limit of 5 s")), qPrintable(f.out));
        QVERIFY2(f.err.contains(QStringLiteral("Budget reached")), qPrintable(f.err));
        QCOMPARE(runJson(out).value(QStringLiteral("budget_stop")).toString(),
                 QStringLiteral("wall_clock"));
    }

    void sameNameInTwoFoldersKeepsBoth()
    {
        const QString a = m_scripts.write(QStringLiteral("a/agent.py"),
                                          QStringLiteral("open(output_path,'w').write('A')\n"));
        const QString b = m_scripts.write(QStringLiteral("b/agent.py"),
                                          QStringLiteral("open(output_path,'w').write('B')\n"));
        const QString out = m_dir.filePath(QStringLiteral("twins"));
        const Finished f = runApp({QStringLiteral("run"), QStringLiteral("-o"), QStringLiteral("x"),
                                   QStringLiteral("--out"), out, a, b});
        QCOMPARE(f.exitCode, 0);
        const QJsonArray candidates = runJson(out).value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.at(0)[QStringLiteral("candidate_id")].toString(),
                 QStringLiteral("agent"));
        QCOMPARE(candidates.at(0)[QStringLiteral("artifact_content")].toString(),
                 QStringLiteral("A"));
        QCOMPARE(candidates.at(1)[QStringLiteral("candidate_id")].toString(),
                 QStringLiteral("agent-2"));
        QCOMPARE(candidates.at(1)[QStringLiteral("artifact_content")].toString(),
                 QStringLiteral("B"));
    }

    void interruptCancelsAndStillSaves()
    {
        const QString slow = m_scripts.write(
                QStringLiteral("slow.py"),
                QStringLiteral("print('started', flush=True)\ntime.sleep(1000)\n"));
        const QString out = m_dir.filePath(QStringLiteral("interrupted"));
        QProcess process;
        process.start(QStringLiteral(DREAMFOUNDRY_BINARY),
                      {QStringLiteral("run"), QStringLiteral("-o"), QStringLiteral("x"),
                       QStringLiteral("--out"), out, slow});
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += process.readAllStandardOutput()).contains("] running"),
                                 15'000);
        process.terminate();
        QVERIFY(process.waitForFinished(15'000));
        QCOMPARE(process.exitCode(), 1);
        const QJsonArray candidates = runJson(out).value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.at(0)[QStringLiteral("state")].toString(), QStringLiteral("cancelled"));
        // (That the output up to the cancel is kept is tested on the orchestrator, where the
        // test can wait for it; here the script may not have printed yet.)
    }

    // A candidate's escape sequences (title, clipboard, clear screen, a C1 CSI) and Markdown
    // reach neither the terminal nor report.md as anything but text.
    void hostileOutputIsShownInert()
    {
        const QString escaper = m_scripts.write(QStringLiteral("escaper.py"), QStringLiteral(R"(
E = '\x1b'
sys.stdout.write(E + ']0;pwned title\x07' + E + '[2J' + E + '[H\u009b31mFAKE: all passed\n')
open(output_path, 'w').write(E + ']52;c;cm0gLXJmIH4=\x07 artifact line\n')
sys.stderr.write('Traceback\n' + E + ']52;c;cm0gLXJmIH4=\x07 | x | ```` <script>alert(1)</script> '
                 + '[click](https://evil.example) ' + 'z' * 300 + E + '\n')
sys.exit(1)
)"));
        const QString marker = m_scripts.write(QStringLiteral("marker.py"), QStringLiteral(R"(
E = '\x1b'
open(output_path, 'w').write(E + '[2J\u009b2J| a | b |\n|---|---|\n[x](https://evil.example) '
                             '<script>alert(1)</script> ![i](https://evil.example/i.png)\n')
)"));
        const QString out = m_dir.filePath(QStringLiteral("hostile"));
        const Finished f = runApp({QStringLiteral("run"), QStringLiteral("-o"), QStringLiteral("x"),
                                   QStringLiteral("--backend"), QStringLiteral("local"),
                                   QStringLiteral("--out"), out, escaper, marker});
        QVERIFY2(f.exitCode == 0, qPrintable(f.out + f.err));
        QVERIFY2(!hasActiveControl(f.out), qPrintable(f.out));
        QVERIFY2(!hasActiveControl(f.err), qPrintable(f.err));
        // Shown, as escapes: the error line and both artifact previews.
        QVERIFY2(f.out.contains(QStringLiteral("\\x1b]52;c;cm0gLXJmIH4=\\x07 | x |")),
                 qPrintable(f.out));
        QVERIFY2(f.out.contains(QStringLiteral("\\x1b]52;c;cm0gLXJmIH4=\\x07 artifact line")),
                 qPrintable(f.out));
        QVERIFY2(f.out.contains(QStringLiteral("\\x1b[2J\\x9b2J| a | b |")), qPrintable(f.out));

        QFile file(out + QStringLiteral("/report.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains('\x1b') && !bytes.contains("\xc2\x9b"));
        const QString report = QString::fromUtf8(bytes);
        QVERIFY2(!hasActiveControl(report), qPrintable(report));
        // Every row of the candidates' table still has its six cells.
        const QString table = QStringLiteral("| Candidate | Status |")
                + report.section(QStringLiteral("| Candidate | Status |"), 1)
                          .section(QStringLiteral("\n\n"), 0, 0);
        const QStringList rows = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4); // the header, the separator and two candidates
        for (const QString &row : rows)
            QVERIFY2(row.count(QRegularExpression(QStringLiteral(R"((?<!\\)\|)"))) == 7,
                     qPrintable(row));
        // The whole message is under Details, in a fence longer than its four backticks.
        QVERIFY2(report.contains(QStringLiteral("## Details")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("\n`````text\nExited with code 1.")),
                 qPrintable(report));
        const QString rendered = outsideFences(report);
        QVERIFY2(!rendered.contains(QRegularExpression(QStringLiteral(R"((?<!\\)<script)"))),
                 qPrintable(rendered));
        QVERIFY2(!rendered.contains(QStringLiteral("](https://evil")), qPrintable(rendered));
    }

    // run.json's `output` is both streams in the order they came, `stdout` and `stderr` each
    // on its own; a character split between two writes arrives whole in all three.
    void outputKeepsArrivalOrder()
    {
        const QString talker = m_scripts.write(QStringLiteral("talker.py"), QStringLiteral(R"(
def out(b):
    sys.stdout.buffer.write(b); sys.stdout.flush(); time.sleep(0.3)
def err(b):
    sys.stderr.buffer.write(b); sys.stderr.flush(); time.sleep(0.3)
out(b'one\n'); err(b'two\n'); out(b'caf\xc3'); err(b'mid\n'); out(b'\xa9\n')
open(output_path, 'w').write('ok')
)"));
        const QString out = m_dir.filePath(QStringLiteral("talker"));
        const Finished f = runApp({QStringLiteral("run"), QStringLiteral("-o"), QStringLiteral("x"),
                                   QStringLiteral("--backend"), QStringLiteral("local"),
                                   QStringLiteral("--out"), out, talker});
        QVERIFY2(f.exitCode == 0, qPrintable(f.out + f.err));
        const QJsonObject c = runJson(out)[QStringLiteral("candidates")][0].toObject();
        QCOMPARE(c[QStringLiteral("output")].toString(),
                 QString::fromUtf8("one\ntwo\ncafmid\n\xc3\xa9\n"));
        QCOMPARE(c[QStringLiteral("stdout")].toString(), QString::fromUtf8("one\ncaf\xc3\xa9\n"));
        QCOMPARE(c[QStringLiteral("stderr")].toString(), QStringLiteral("two\nmid\n"));
    }

    // kill -9 mid-run: the candidate dies with the app, and what it left in the temporary
    // folder (the run's working folder, the sandbox's) and the sandboxes' /etc are removed by
    // the next start.
    void killedRunIsSweptAtTheNextStart()
    {
        QTemporaryDir temp;
        // As /tmp is: as root, candidates run as nobody, who must reach their sandbox.
        QVERIFY(QFile::setPermissions(temp.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                              | QFileDevice::ExeOther));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), temp.path());
        const QByteArray marker = "killed" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QString slow = m_scripts.write(QString::fromLatin1(marker) + QStringLiteral(".py"),
                                             QStringLiteral("print('started', flush=True)\n"
                                                            "time.sleep(1000)\n"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DREAMFOUNDRY_BINARY),
                      {QStringLiteral("run"), QStringLiteral("-o"), QStringLiteral("x"),
                       QStringLiteral("--out"), m_dir.filePath(QStringLiteral("killed")), slow});
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += process.readAllStandardOutput()).contains("] running"),
                                 15'000);
        // Killed once the candidate runs: a kill during the sandbox's set-up leaves at most
        // what the next start sweeps (the test below), a race this test must not depend on.
        QTRY_VERIFY_WITH_TIMEOUT(pythonWith(marker), 15'000);
        const qint64 killedPid = process.processId();
        process.kill();
        QVERIFY(process.waitForFinished(15'000));
        QTRY_COMPARE_WITH_TIMEOUT(processesWith(marker), 0, 10'000);
        const QStringList patterns{QStringLiteral("dreamfoundry-*")};
        const auto left = [&] {
            return QDir(temp.path()).entryList(patterns, QDir::Dirs);
        };
        QVERIFY2(left().size() >= 2, qPrintable(left().join(QLatin1Char(' '))));
        // The sandboxes' /etc, on a memory file system when the temporary folder is not one.
        const auto etcLeft = [&] {
            QStringList found;
            const QDir parent(DreamFoundry::SandboxEtc::parentFolder());
            for (const QString &name :
                 parent.entryList({DreamFoundry::SandboxEtc::namePattern()}, QDir::Dirs)) {
                QFile lock(parent.filePath(name) + QLatin1Char('/')
                           + DreamFoundry::OwnedFolder::lockName());
                if (lock.open(QIODevice::ReadOnly)
                    && lock.readAll().trimmed().toLongLong() == killedPid)
                    found.append(name);
            }
            return found;
        };
        QCOMPARE(etcLeft().size(), 1);

        const QString quick = m_scripts.write(
                QStringLiteral("quick.py"), QStringLiteral("open(output_path, 'w').write('x')\n"));
        const Finished next
                = runApp({QStringLiteral("run"), QStringLiteral("-o"), QStringLiteral("x"),
                          QStringLiteral("--out"), m_dir.filePath(QStringLiteral("next")), quick},
                         {}, env);
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(left(), QStringList());
        QCOMPARE(etcLeft(), QStringList());
    }

    void helpAndVersion()
    {
        const Finished help = runApp({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--objective")));
        QVERIFY(help.out.contains(QStringLiteral("--backend")));
        const Finished version = runApp({QStringLiteral("run"), QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(DREAMFOUNDRY_VERSION)));
    }

private:
    QTemporaryDir m_dir;
    CandidateScripts m_scripts;
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "test_run_command.moc"
