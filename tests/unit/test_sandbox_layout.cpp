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

    // Unsized, each tmpfs may take half the RAM: every one gets --size just before it; the
    // hidden folders get a tiny one, made read-only once the binds inside them are made.
    void everyTmpfsIsSizedAndHiddenOnesReadOnly()
    {
        BwrapInvocation bwrap;
        bwrap.hostHome = QStringLiteral("/x/home");
        bwrap.hiddenPaths
                = {QStringLiteral("/home"), QStringLiteral("/tmp"), QStringLiteral("/run")};
        bwrap.tmpBytes = 16 * 1024 * 1024;
        QStringList args = bwrap.arguments();
        QCOMPARE(args.count(QStringLiteral("--tmpfs")), 3);
        for (qsizetype i = args.indexOf(QStringLiteral("--tmpfs")); i >= 0;
             i = args.indexOf(QStringLiteral("--tmpfs"), i + 1)) {
            QCOMPARE(args.at(i - 2), QStringLiteral("--size"));
            const qint64 size = args.at(i - 1).toLongLong();
            QCOMPARE(size, args.at(i + 1) == QStringLiteral("/tmp") ? 16 * 1024 * 1024 : 4096);
        }
        const qsizetype home = args.indexOf(QStringLiteral("/home/daytona"));
        for (const QString &hidden : {QStringLiteral("/home"), QStringLiteral("/run")}) {
            const qsizetype ro = args.indexOf(QStringLiteral("--remount-ro"));
            QVERIFY(ro > home);
            QVERIFY(args.mid(ro)
                            .join(QLatin1Char(' '))
                            .contains(QStringLiteral("--remount-ro ") + hidden));
        }
        QVERIFY(!args.join(QLatin1Char(' ')).contains(QStringLiteral("--remount-ro /tmp")));

        // With a ScratchDisk, /tmp is its folder, bound over a tiny tmpfs, and the candidate
        // keeps its user.
        bwrap.hostTmp = QStringLiteral("/x/disk/tmp");
        bwrap.uid = 1000;
        bwrap.gid = 1000;
        args = bwrap.arguments();
        const QString line = args.join(QLatin1Char(' '));
        QVERIFY(line.contains(QStringLiteral("--size 4096 --tmpfs /tmp")));
        QVERIFY(line.contains(QStringLiteral("--bind /x/disk/tmp /tmp")));
        QVERIFY(line.contains(QStringLiteral("--uid 1000 --gid 1000")));
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
