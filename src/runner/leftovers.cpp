#include "leftovers.h"

#include "runnerlogging.h"
#include "sandboxcgroup.h"
#include "sandboxetc.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <string>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DreamFoundry {

namespace {

bool removeEntry(int parentFd, const char *name);

// Empties the open folder `fd`. Names are read first: removing while reading may skip some.
bool emptyFolder(int fd)
{
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return false;
    }
    std::vector<std::string> names;
    while (const dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..")
            names.push_back(name);
    }
    bool ok = true;
    for (const std::string &name : names)
        ok = removeEntry(::dirfd(dir), name.c_str()) && ok;
    ::closedir(dir);
    return ok;
}

bool removeEntry(int parentFd, const char *name)
{
    if (::unlinkat(parentFd, name, 0) == 0 || errno == ENOENT)
        return true;
    // A folder (unlink says EISDIR): make it ours to list and empty, then remove it.
    ::fchmodat(parentFd, name, S_IRWXU, AT_SYMLINK_NOFOLLOW);
    const int fd = ::openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool emptied = emptyFolder(fd);
    return (::unlinkat(parentFd, name, AT_REMOVEDIR) == 0 || errno == ENOENT) && emptied;
}

// The lock file of `folder`, opened to test or take its lock; -1 when there is none.
int openLock(const QString &folder, int flags)
{
    const QString path = folder + QLatin1Char('/') + OwnedFolder::lockName();
    return ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC | O_NOFOLLOW, 0644);
}

bool isStale(const QString &folder)
{
    // No lock file: just made and not locked yet, being removed by its owner, or made by a
    // version that did not lock (which may still be running): never ours to judge.
    const int fd = openLock(folder, O_RDONLY);
    if (fd < 0)
        return false;
    // The owner holds the lock while it lives (earlier versions' QLockFile did too); the
    // kernel drops it when the process dies, however it died.
    const bool stale = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd);
    return stale;
}

} // namespace

bool removeTree(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    const QByteArray parent = QFile::encodeName(info.absolutePath());
    const int parentFd = ::open(parent.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parentFd < 0)
        return false;
    const QByteArray name = QFile::encodeName(info.fileName());
    const bool removed = removeEntry(parentFd, name.constData());
    ::close(parentFd);
    return removed;
}

// A lock the kernel holds for this process (flock), with its pid written for a person who
// looks. Not QLockFile: it flushes the file to disk, on the way of every sandbox's start.
OwnedFolder::OwnedFolder(const QString &folder)
    : m_path(QFile::encodeName(folder + QLatin1Char('/') + lockName()))
    , m_fd(openLock(folder, O_RDWR | O_CREAT | O_TRUNC))
{
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (m_fd < 0 || ::flock(m_fd, LOCK_EX | LOCK_NB) != 0
        || ::write(m_fd, pid.constData(), size_t(pid.size())) != pid.size())
        qCWarning(lcRunner) << "could not mark" << folder << "as this process's";
}

// The file goes while the lock is held: no sweep finds it unlocked.
OwnedFolder::~OwnedFolder()
{
    if (m_fd < 0)
        return;
    ::unlink(m_path.constData());
    ::close(m_fd);
}

QString OwnedFolder::lockName()
{
    return QStringLiteral(".dreamfoundry-owner.lock");
}

int sweepLeftovers(const QString &tempFolder)
{
    int swept = SandboxCgroup::sweepStale()
            + sweepStaleFolders(tempFolder,
                                {QStringLiteral("dreamfoundry-run-*"),
                                 QStringLiteral("dreamfoundry-sandbox-*"),
                                 SandboxEtc::namePattern()});
    // Where a killed app kept its /etc, whatever the temporary folder was then.
    if (const QString shm = SandboxEtc::sharedMemoryFolder(); !shm.isEmpty() && shm != tempFolder)
        swept += sweepStaleFolders(shm, {SandboxEtc::namePattern()});
    return swept;
}

int sweepStaleFolders(const QString &parent, const QStringList &patterns)
{
    int swept = 0;
    const QStringList folders
            = QDir(parent).entryList(patterns, QDir::Dirs | QDir::NoSymLinks | QDir::Hidden);
    for (const QString &name : folders) {
        const QString folder = parent + QLatin1Char('/') + name;
        if (!isStale(folder))
            continue;
        qCInfo(lcRunner) << "removing" << folder << "left behind by a run that was killed";
        swept += removeTree(folder) ? 1 : 0;
    }
    return swept;
}

} // namespace DreamFoundry
