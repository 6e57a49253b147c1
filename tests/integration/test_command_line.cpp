// The real binary started where no window can open or with a mistyped command: it explains and
// exits 2 instead of aborting in Qt's platform plugin (exit 134).
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Finished
{
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

// The binary with no display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM removed, then
// QT_QPA_PLATFORM set to `platform` unless it is empty.
Finished runWithoutDisplay(const QStringList &arguments, const QString &platform = {},
                           const QString &binary = QStringLiteral(DREAMFOUNDRY_BINARY),
                           const QStringList &extraEnvironment = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    for (const QString &assignment : extraEnvironment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0),
                   assignment.section(QLatin1Char('='), 1));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    if (!process.waitForFinished(30'000))
        process.kill();
    return {process.exitStatus(), process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString noDisplay = QStringLiteral("no display");

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownCommandListsTheCommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("platform");
        QTest::newRow("no display") << QStringList{QStringLiteral("nonsense")} << QString();
        // Refused before the window is considered, wherever it could open.
        QTest::newRow("offscreen")
                << QStringList{QStringLiteral("runn"), QStringLiteral("--samples")}
                << QStringLiteral("offscreen");
    }

    void unknownCommandListsTheCommands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, platform);
        const Finished f = runWithoutDisplay(arguments, platform);
        QCOMPARE(f.status, QProcess::NormalExit);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(QStringLiteral("unknown command \"%1\"").arg(arguments.first())),
                 qPrintable(f.err));
        for (const char *command : {"run", "score", "compare", "export", "publish", "sandboxes",
                                    "login", "logout", "secret"})
            QVERIFY2(f.err.contains(QLatin1String(command)), command);
        QVERIFY(f.out.isEmpty());
    }

    // The window, asked for with no argument, options or scripts, says there is no display and
    // points to the headless command; a first argument that is an option or a script is not
    // taken for a command word.
    void windowWithoutDisplayPointsToRun_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("platform");
        QTest::newRow("no arguments") << QStringList() << QString();
        QTest::newRow("--samples") << QStringList{QStringLiteral("--samples")} << QString();
        QTest::newRow("--backend")
                << QStringList{QStringLiteral("--backend"), QStringLiteral("local")} << QString();
        QTest::newRow("a script") << QStringList{QStringLiteral("agent.py")} << QString();
        QTest::newRow("a script path") << QStringList{QStringLiteral("./agent")} << QString();
        QTest::newRow("xcb without DISPLAY") << QStringList() << QStringLiteral("xcb");
        QTest::newRow("wayland without WAYLAND_DISPLAY")
                << QStringList() << QStringLiteral("wayland");
        QTest::newRow("compare --window")
                << QStringList{QStringLiteral("compare"), QStringLiteral("--window"),
                               QStringLiteral("/nowhere")}
                << QString();
    }

    void windowWithoutDisplayPointsToRun()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, platform);
        const Finished f = runWithoutDisplay(arguments, platform);
        QCOMPARE(f.status, QProcess::NormalExit);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(noDisplay), qPrintable(f.err));
        QVERIFY2(f.err.contains(QStringLiteral("dreamfoundry run")), qPrintable(f.err));
        QVERIFY2(!f.err.contains(QStringLiteral("unknown command")), qPrintable(f.err));
    }

    // A platform that needs no display server is left to Qt: the window's own parsing runs
    // (and refuses the bad backend), so the check does not stand in its way.
    void offscreenPlatformReachesTheWindow()
    {
        const Finished f = runWithoutDisplay({QStringLiteral("--backend"), QStringLiteral("bogus")},
                                             QStringLiteral("offscreen"));
        QCOMPARE(f.status, QProcess::NormalExit);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(QStringLiteral("Unknown backend \"bogus\"")), qPrintable(f.err));
        QVERIFY2(!f.err.contains(noDisplay), qPrintable(f.err));
    }

    // The window is a program of its own beside the helpers; an install that lost it says so
    // and points to what still works, instead of failing somewhere in Qt.
    void missingWindowProgramIsExplained()
    {
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString copy = elsewhere.filePath(QStringLiteral("dreamfoundry"));
        QVERIFY(QFile::copy(QStringLiteral(DREAMFOUNDRY_BINARY), copy));
        const Finished f = runWithoutDisplay({QStringLiteral("--samples")},
                                             QStringLiteral("offscreen"), copy);
        QCOMPARE(f.status, QProcess::NormalExit);
        QCOMPARE(f.exitCode, 2);
        QVERIFY2(f.err.contains(QStringLiteral("could not start the window")), qPrintable(f.err));
        QVERIFY2(f.err.contains(QStringLiteral("dreamfoundry-window")), qPrintable(f.err));
        QVERIFY2(f.err.contains(QStringLiteral("dreamfoundry run")), qPrintable(f.err));
    }

    // A headless command starts without loading Qt's GUI libraries: they were about half of
    // its start-up time (the loader lists what it opens under LD_DEBUG=files).
    void headlessCommandLoadsNoGuiLibrary()
    {
        const Finished f = runWithoutDisplay({QStringLiteral("run"), QStringLiteral("--help")}, {},
                                             QStringLiteral(DREAMFOUNDRY_BINARY),
                                             {QStringLiteral("LD_DEBUG=files")});
        QCOMPARE(f.exitCode, 0);
        QVERIFY2(f.err.contains(QStringLiteral("libQt6Core")), qPrintable(f.err.left(2000)));
        QVERIFY2(!f.err.contains(QStringLiteral("libQt6Gui")), "run --help loaded libQt6Gui");
        QVERIFY2(!f.err.contains(QStringLiteral("libQt6Widgets")),
                 "run --help loaded libQt6Widgets");
    }

    // What needs no window still works without a display.
    void headlessAnswersNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version")
                << QStringList{QStringLiteral("--version")} << QStringLiteral(DREAMFOUNDRY_VERSION);
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                                << QStringLiteral("Commands:");
        QTest::newRow("run --help") << QStringList{QStringLiteral("run"), QStringLiteral("--help")}
                                    << QStringLiteral("--objective");
        // A command's help names the command as a person types it, not the binary's path.
        for (const char *command : {"run", "score", "compare", "export", "publish", "sandboxes"}) {
            QTest::addRow("%s --help usage", command)
                    << QStringList{QLatin1String(command), QStringLiteral("--help")}
                    << QStringLiteral("Usage: dreamfoundry %1 [options]")
                               .arg(QLatin1String(command));
        }
    }

    void headlessAnswersNeedNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Finished f = runWithoutDisplay(arguments);
        QCOMPARE(f.status, QProcess::NormalExit);
        QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        QVERIFY2(f.out.contains(expected), qPrintable(f.out));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
