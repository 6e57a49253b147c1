// What a killed run leaves behind is swept at the next start, and only that; folders a
// candidate made unreadable are removed all the same.
#include "results/resultstore.h"
#include "runner/leftovers.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>

#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

using namespace DreamFoundry;

namespace {

// The pid of a process that has ended.
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    process.waitForFinished();
    return process.readAllStandardOutput().trimmed().toLongLong();
}

// A lock file as QLockFile writes it, naming a process that is gone.
void writeLockOfGoneProcess(const QString &folder)
{
    const QString path = folder + QLatin1Char('/') + OwnedFolder::lockName();
    QByteArray contents;
    {
        QLockFile lock(path);
        QVERIFY(lock.tryLock(0));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        contents = file.readAll();
    }
    QList<QByteArray> lines = contents.split('\n');
    lines[0] = QByteArray::number(deadPid());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join('\n'));
}

void makeOld(const QString &path)
{
    const time_t twoMinutesAgo = time(nullptr) - 120;
    const utimbuf times{twoMinutesAgo, twoMinutesAgo};
    QCOMPARE(::utime(QFile::encodeName(path).constData(), &times), 0);
}

} // namespace

class TestLeftovers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removeTreeRemovesUnreadableFolders()
    {
        QTemporaryDir parent;
        const QString tree = parent.filePath(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/locked/deeper")));
        for (const char *name : {"/a", "/locked/b", "/locked/deeper/c"}) {
            QFile file(tree + QLatin1StringView(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QFile::link(QStringLiteral("/etc"), tree + QStringLiteral("/link")));
        // What a hostile candidate does: folders nobody may list or enter.
        QCOMPARE(::chmod(QFile::encodeName(tree + QStringLiteral("/locked/deeper")).constData(), 0),
                 0);
        QCOMPARE(::chmod(QFile::encodeName(tree + QStringLiteral("/locked")).constData(), 0), 0);
        QVERIFY(removeTree(tree));
        QVERIFY(!QFileInfo::exists(tree));
        QVERIFY(QFileInfo::exists(QStringLiteral("/etc/hostname"))); // the link was not followed
        QVERIFY(removeTree(tree)); // gone already: nothing to do
    }

    void sweepRemovesOnlyWhatGoneProcessesLeft()
    {
        QTemporaryDir temp;
        const auto folder = [&](const char *name) {
            const QString path = temp.filePath(QLatin1StringView(name));
            QDir().mkpath(path + QStringLiteral("/home"));
            return path;
        };
        const QString live = folder("dreamfoundry-run-live");
        const OwnedFolder owner(live);
        const QString killed = folder("dreamfoundry-run-killed");
        writeLockOfGoneProcess(killed);
        makeOld(killed); // a lock of a gone process is stale at any age; old or not
        const QString killedSandbox = folder("dreamfoundry-sandbox-killed");
        writeLockOfGoneProcess(killedSandbox);
        const QString justMade = folder("dreamfoundry-sandbox-new"); // not locked yet
        // Not locked: perhaps an older version's, still running.
        const QString oldUnlocked = folder("dreamfoundry-sandbox-old");
        makeOld(oldUnlocked);
        const QString unrelated = folder("someone-else");
        makeOld(unrelated);

        QVERIFY(sweepLeftovers(temp.path()) >= 2);
        QVERIFY(QFileInfo::exists(live));
        QVERIFY(!QFileInfo::exists(killed));
        QVERIFY(!QFileInfo::exists(killedSandbox));
        QVERIFY(QFileInfo::exists(justMade));
        QVERIFY(QFileInfo::exists(oldUnlocked));
        QVERIFY(QFileInfo::exists(unrelated));
    }

    // The lock is the kernel's, held by the owner while it lives: a folder locked by another
    // live process stays, and once that process is killed (SIGKILL: no chance to unlock) the
    // next sweep removes it.
    void aFolderStaysWhileItsOwnerLivesAndGoesOnceItIsKilled()
    {
        QTemporaryDir temp;
        const QString folder = temp.filePath(QStringLiteral("dreamfoundry-sandbox-other"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/home")));
        const QString lock = folder + QLatin1Char('/') + OwnedFolder::lockName();
        QProcess owner; // one process that takes the lock and holds it while it lives
        owner.start(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import fcntl, sys, time\n"
                                    "f = open(sys.argv[1], 'a')\n"
                                    "fcntl.flock(f, fcntl.LOCK_EX)\n"
                                    "time.sleep(60)\n"),
                     lock});
        QVERIFY(owner.waitForStarted());
        // The file exists a moment before it is locked: wait for the lock itself.
        const auto held = [&lock] {
            const int fd = ::open(QFile::encodeName(lock).constData(), O_RDONLY | O_CLOEXEC);
            const bool locked = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) != 0;
            if (fd >= 0)
                ::close(fd);
            return locked;
        };
        QTRY_VERIFY(held());
        QCOMPARE(sweepLeftovers(temp.path()), 0);
        QVERIFY(QFileInfo::exists(folder));
        ::kill(pid_t(owner.processId()), SIGKILL);
        QVERIFY(owner.waitForFinished());
        QCOMPARE(sweepLeftovers(temp.path()), 1);
        QVERIFY(!QFileInfo::exists(folder));
    }

    void interruptedSavesAreSwept()
    {
        QTemporaryDir runs;
        const QString results = runs.filePath(QStringLiteral("2026-12-01_08-00-00"));
        QVERIFY(QDir().mkpath(results));
        const QString interrupted = results + QStringLiteral(".partial-AbC123");
        QVERIFY(QDir().mkpath(interrupted + QStringLiteral("/alpha")));
        writeLockOfGoneProcess(interrupted);
        const QString underWay = results + QStringLiteral(".partial-XyZ789");
        QVERIFY(QDir().mkpath(underWay));
        const OwnedFolder saving(underWay);

        QCOMPARE(ResultStore::sweepInterruptedSaves(runs.path()), 1);
        QVERIFY(!QFileInfo::exists(interrupted));
        QVERIFY(QFileInfo::exists(underWay));
        QVERIFY(QFileInfo::exists(results));
    }
};

QTEST_GUILESS_MAIN(TestLeftovers)
#include "test_leftovers.moc"
