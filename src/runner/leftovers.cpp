#include "leftovers.h"

#include "runnerlogging.h"
#include "sandboxcgroup.h"
#include "sandboxetc.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <string>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
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

bool isStale(const QString &folder)
{
    const QString lockPath = folder + QLatin1Char('/') + OwnedFolder::lockName();
    // No lock: just made and not locked yet, being removed by its owner, or made by a version
    // that did not lock (which may still be running): never ours to judge.
    if (!QFileInfo::exists(lockPath))
        return false;
    // QLockFile takes over a lock whose process is gone (same host), never a live one's.
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
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

struct OwnedFolder::Lock
{
    explicit Lock(const QString &path) : file(path) {}
    QLockFile file;
};

OwnedFolder::OwnedFolder(const QString &folder)
    : m_lock(new Lock(folder + QLatin1Char('/') + lockName()))
{
    m_lock->file.setStaleLockTime(0);
    if (!m_lock->file.tryLock(0))
        qCWarning(lcRunner) << "could not mark" << folder << "as this process's";
}

OwnedFolder::~OwnedFolder()
{
    delete m_lock;
}

QString OwnedFolder::lockName()
{
    return QStringLiteral(".dreamfoundry-owner.lock");
}

int sweepLeftovers(const QString &tempFolder)
{
    return SandboxCgroup::sweepStale()
            + sweepStaleFolders(tempFolder,
                                {QStringLiteral("dreamfoundry-run-*"),
                                 QStringLiteral("dreamfoundry-sandbox-*"),
                                 SandboxEtc::namePattern()});
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
