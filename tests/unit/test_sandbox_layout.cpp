#include "runner/sandboxetc.h"
#include "runner/sandboxlayout.h"
#include "runner/seccompfilter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
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
        for (const char *flag : {"--unshare-pid", "--unshare-user", "--disable-userns",
                                 "--die-with-parent", "--clearenv", "--new-session"})
            QVERIFY2(args.contains(QLatin1StringView(flag)), flag);
        QVERIFY(!args.contains(QStringLiteral("--unshare-net")));
        QCOMPARE(args.mid(args.indexOf(QStringLiteral("--")) + 1), bwrap.command);
        const qsizetype bind = args.indexOf(QStringLiteral("--bind"));
        QCOMPARE(args.mid(bind, 3),
                 (QStringList{QStringLiteral("--bind"), bwrap.hostHome,
                              QStringLiteral("/home/daytona")}));
        // The user's home is covered before the sandbox home is bound inside it.
        QVERIFY(args.indexOf(QStringLiteral("/home")) < bind);

        bwrap.network = SandboxNetwork::Off;
        QVERIFY(bwrap.arguments().contains(QStringLiteral("--unshare-net")));
        QVERIFY(!bwrap.arguments().contains(QStringLiteral("--info-fd")));
    }

    void privateNetworkHasItsOwnNamespaceAndSaysWhereItIs()
    {
        BwrapInvocation bwrap;
        bwrap.hostHome = QStringLiteral("/tmp/x/home");
        bwrap.network = SandboxNetwork::Private;
        bwrap.infoFd = 4;
        bwrap.seccompFd = 3;
        bwrap.command = afterNetworkIsUp(5, 6, {QStringLiteral("python3"), QStringLiteral("a.py")});
        const QStringList args = bwrap.arguments();
        QVERIFY(args.contains(QStringLiteral("--unshare-net")));
        QCOMPARE(args.at(args.indexOf(QStringLiteral("--info-fd")) + 1), QStringLiteral("4"));
        QCOMPARE(args.at(args.indexOf(QStringLiteral("--seccomp")) + 1), QStringLiteral("3"));
        const QStringList inside = args.mid(args.indexOf(QStringLiteral("--")) + 1);
        QCOMPARE(inside.first(), QStringLiteral("/bin/sh"));
        QCOMPARE(inside.mid(inside.size() - 2),
                 (QStringList{QStringLiteral("python3"), QStringLiteral("a.py")}));
        // The shell closes both handshake descriptors before it runs the candidate.
        QVERIFY2(inside.at(2).contains(QStringLiteral("exec 5>&- 6<&-")), qPrintable(inside.at(2)));
    }

    void onlySystemFoldersOfTheHostAreBound()
    {
        const QStringList args = BwrapInvocation().arguments();
        for (qsizetype i = 0; i + 1 < args.size(); ++i) {
            if (args.at(i).startsWith(QStringLiteral("--ro-bind")) || args.at(i) == u"--bind")
                QVERIFY2(args.at(i + 1) != u"/", "the host root is bound");
        }
        const qsizetype usr = args.indexOf(QStringLiteral("/usr"));
        QVERIFY(usr > 0 && args.at(usr - 1) == u"--ro-bind");
        QVERIFY(args.contains(QStringLiteral("/etc/ld.so.cache")));
        QVERIFY(!args.contains(QStringLiteral("/etc/shadow")));
        QVERIFY(!args.contains(QStringLiteral("/opt")) && !args.contains(QStringLiteral("/srv")));
        // Merged /usr: the top-level links are links in the sandbox too.
        if (QFileInfo(QStringLiteral("/bin")).isSymLink()) {
            const qsizetype bin = args.indexOf(QStringLiteral("/bin"));
            QVERIFY(bin >= 2 && args.at(bin - 2) == u"--symlink");
        }
        // The root bwrap builds is read-only once everything is mounted.
        const qsizetype remount = args.indexOf(QStringLiteral("--remount-ro"));
        QVERIFY(remount > args.lastIndexOf(QStringLiteral("--bind")));
        QCOMPARE(args.at(remount + 1), QStringLiteral("/"));
    }

    void extraReadOnlyFoldersShowThroughTheHiddenOnes()
    {
        BwrapInvocation bwrap;
        bwrap.hostHome = QStringLiteral("/tmp/sandbox/home");
        bwrap.hiddenPaths = {QStringLiteral("/home")};
        bwrap.readOnlyFolders = {QStringLiteral("/home/me/data")};
        const QStringList args = bwrap.arguments();
        const qsizetype extra = args.indexOf(QStringLiteral("/home/me/data"));
        QCOMPARE(args.mid(extra - 1, 3),
                 (QStringList{QStringLiteral("--ro-bind"), QStringLiteral("/home/me/data"),
                              QStringLiteral("/home/me/data")}));
        QVERIFY(extra > args.indexOf(QStringLiteral("--tmpfs")));
        QVERIFY(extra < args.indexOf(QStringLiteral("--bind")));
    }

    void generatedEtcNamesOnlyRootAndTheCandidate_data()
    {
        QTest::addColumn<int>("network");
        QTest::addColumn<bool>("resolver");
        QTest::newRow("private") << int(SandboxNetwork::Private) << true;
        QTest::newRow("host") << int(SandboxNetwork::Host) << false;
        QTest::newRow("off") << int(SandboxNetwork::Off) << false;
    }

    void generatedEtcNamesOnlyRootAndTheCandidate()
    {
        QFETCH(int, network);
        QFETCH(bool, resolver);
        QTemporaryDir dir;
        QVERIFY(writeGeneratedEtc(dir.path(), SandboxNetwork(network), 65534, 65534));
        QFile passwd(dir.filePath(QStringLiteral("passwd")));
        QVERIFY(passwd.open(QIODevice::ReadOnly));
        QCOMPARE(passwd.readAll(),
                 QByteArray("root:x:0:0:root:/root:/usr/sbin/nologin\n"
                            "daytona:x:65534:65534:daytona:/home/daytona:/bin/sh\n"));
        QCOMPARE(QFile::exists(dir.filePath(QStringLiteral("resolv.conf"))), resolver);
        BwrapInvocation bwrap;
        bwrap.generatedEtcDir = dir.path();
        bwrap.network = SandboxNetwork(network);
        const QStringList args = bwrap.arguments();
        QVERIFY(args.contains(dir.filePath(QStringLiteral("passwd"))));
        // Host network: the host's resolver settings, which work there; else the generated
        // file, if there is one (bound with --ro-bind-try).
        QCOMPARE(args.count(QStringLiteral("/etc/resolv.conf")),
                 SandboxNetwork(network) == SandboxNetwork::Host ? 3 : 1);
    }

    void seccompProgramBlocksTheListedCalls()
    {
        QString error;
        const QByteArray bpf = SeccompFilter::program(&error);
        QVERIFY2(!bpf.isEmpty(), qPrintable(error));
        QCOMPARE(bpf.size() % 8, 0); // what bwrap requires: whole sock_filter instructions
        const QStringList blocked = SeccompFilter::blockedCalls();
        for (const char *call : {"keyctl", "add_key", "request_key", "io_uring_setup", "ptrace",
                                 "bpf", "unshare", "mount"})
            QVERIFY2(blocked.contains(QLatin1StringView(call)), call);
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
        QCOMPARE(BwrapInvocation().arguments().count(SandboxLayout::inputPath()), 0);
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

    void aPreparedEtcIsOneBindAndItsFolders()
    {
        BwrapInvocation bwrap;
        bwrap.hostHome = QStringLiteral("/x/home");
        bwrap.generatedEtcDir = QStringLiteral("/x/generated");
        bwrap.preparedEtcDir = QStringLiteral("/x/etc");
        bwrap.network = SandboxNetwork::Off;
        const QStringList args = bwrap.arguments();
        const qsizetype at = args.indexOf(QStringLiteral("/x/etc"));
        QVERIFY(at > 0);
        QCOMPARE(args.at(at - 1), QStringLiteral("--ro-bind"));
        QCOMPARE(args.at(at + 1), QStringLiteral("/etc"));
        // Only its folders are bound on it, each where it is on the host.
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString folder = args.at(i).mid(5);
            QVERIFY2(i == at + 1 || !args.at(i).startsWith(QStringLiteral("/etc"))
                             || etcAllowListFolders().contains(folder),
                     qPrintable(args.at(i)));
        }
        QVERIFY(!args.join(QLatin1Char(' ')).contains(QStringLiteral("/x/generated")));
    }

    void theSharedEtcHoldsTheAllowListAndTheGeneratedFiles()
    {
        QString error;
        QString off;
        {
            SandboxEtc etc;
            off = etc.folder(SandboxNetwork::Off, 1234, 1234, &error);
            QVERIFY2(!off.isEmpty(), qPrintable(error));
            QCOMPARE(etc.folder(SandboxNetwork::Off, 1234, 1234, &error), off); // made once
            const QString priv = etc.folder(SandboxNetwork::Private, 1234, 1234, &error);
            QVERIFY(priv != off);
            QVERIFY(!QFileInfo::exists(off + QStringLiteral("/resolv.conf")));
            QFile resolv(priv + QStringLiteral("/resolv.conf"));
            QVERIFY(resolv.open(QIODevice::ReadOnly));
            QVERIFY(resolv.readAll().contains("10.0.2.3"));
            QFile passwd(off + QStringLiteral("/passwd"));
            QVERIFY(passwd.open(QIODevice::ReadOnly));
            QVERIFY(passwd.readAll().contains("daytona:x:1234:1234"));
            for (const QString &entry : etcAllowList())
                QVERIFY2(QFileInfo::exists(off + QLatin1Char('/') + entry)
                                 || !QFileInfo(QStringLiteral("/etc/") + entry).isReadable(),
                         qPrintable(entry));
            // Nothing only its owner may read: /etc/ssl/private stays out.
            QVERIFY(!QFileInfo::exists(off + QStringLiteral("/ssl/private"))
                    || QFileInfo(QStringLiteral("/etc/ssl/private")).permission(QFile::ReadOther));
            QVERIFY(QFileInfo(off).permission(QFile::ReadOther | QFile::ExeOther));
        }
        QVERIFY(!QFileInfo::exists(off)); // removed with its owner
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
