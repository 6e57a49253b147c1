#include "runner/sandboxlayout.h"

#include <QTest>

using namespace DreamFoundry;

class TestSandboxLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathsMatchDaytona()
    {
        QCOMPARE(SandboxLayout::scriptPath(QStringLiteral("alpha")),
                 QStringLiteral("/home/daytona/alpha.py"));
        QCOMPARE(SandboxLayout::outputPath(QStringLiteral("alpha"), QStringLiteral("md")),
                 QStringLiteral("/home/daytona/alpha_output.md"));
    }

    void bwrapIsolatesAndPassesTheCommandUntouched()
    {
        BwrapInvocation bwrap;
        bwrap.hostHome = QStringLiteral("/tmp/x/home");
        bwrap.hiddenPaths = {QStringLiteral("/home"), QStringLiteral("/tmp")};
        bwrap.command = {QStringLiteral("python3"), QStringLiteral("a.py"),
                         QStringLiteral("$(rm -rf ~) `x` \"q\""), QStringLiteral("out.md")};
        const QStringList args = bwrap.arguments();
        for (const char *flag : {"--unshare-pid", "--unshare-user", "--die-with-parent",
                                 "--clearenv", "--new-session"})
            QVERIFY2(args.contains(QLatin1StringView(flag)), flag);
        QVERIFY(!args.contains(QStringLiteral("--unshare-net")));
        QCOMPARE(args.mid(args.indexOf(QStringLiteral("--")) + 1), bwrap.command);
        const qsizetype bind = args.indexOf(QStringLiteral("--bind"));
        QCOMPARE(args.mid(bind, 3),
                 (QStringList{QStringLiteral("--bind"), bwrap.hostHome,
                              QStringLiteral("/home/daytona")}));
        // The user's home is covered before the sandbox home is bound inside it.
        QVERIFY(args.indexOf(QStringLiteral("/home")) < bind);

        bwrap.network = false;
        QVERIFY(bwrap.arguments().contains(QStringLiteral("--unshare-net")));
    }

    void scorerInputIsBoundReadOnlyAfterTheHiddenFolders()
    {
        BwrapInvocation bwrap;
        bwrap.hostHome = QStringLiteral("/tmp/sandbox/home");
        bwrap.hiddenPaths = {QStringLiteral("/tmp")};
        bwrap.readOnlyInputDir = QStringLiteral("/tmp/score/results");
        bwrap.command = {QStringLiteral("python3"), QStringLiteral("scorer.py"),
                         SandboxLayout::inputPath()};
        const QStringList args = bwrap.arguments();
        const qsizetype bind = args.lastIndexOf(QStringLiteral("--ro-bind"));
        QVERIFY(bind > 0);
        QCOMPARE(args.mid(bind, 3),
                 (QStringList{QStringLiteral("--ro-bind"), QStringLiteral("/tmp/score/results"),
                              QStringLiteral("/home/daytona/results")}));
        // After the tmpfs over /tmp and the home, or either would cover it.
        QVERIFY(bind > args.indexOf(QStringLiteral("--tmpfs")));
        QVERIFY(bind > args.indexOf(QStringLiteral("--bind")));
        QCOMPARE(BwrapInvocation().arguments().count(QStringLiteral("--ro-bind")), 1);
    }

    void hiddenFoldersCoverHomesAndTemp()
    {
        const QStringList hidden = foldersHiddenFromSandboxes();
        for (const char *folder : {"/home", "/root", "/tmp", "/run"})
            QVERIFY2(hidden.contains(QLatin1StringView(folder)), folder);
        QVERIFY(!hidden.contains(QStringLiteral("/")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLayout)
#include "test_sandbox_layout.moc"
