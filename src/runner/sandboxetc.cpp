#include "sandboxetc.h"

#include "core/filecopy.h"
#include "leftovers.h"
#include "runnerlogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <dirent.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace DreamFoundry {

namespace {

bool copyEntry(const QByteArray &from, const QByteArray &to, bool followLink);

bool copyFileContents(const QByteArray &from, const QByteArray &to, const struct stat &facts)
{
    const int in = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return true; // gone, or not ours to read after all: left out, as unreadable
    // Readable by everyone, as the original is; never writable or set-id.
    const int out = ::open(to.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    const bool ok = out >= 0 && copyDescriptor(in, out)
            && ::fchmod(out, (facts.st_mode & 0555) | 0444) == 0;
    ::close(in);
    if (out >= 0)
        ::close(out);
    return ok;
}

bool copyFolder(const QByteArray &from, const QByteArray &to)
{
    if (::mkdir(to.constData(), 0700) != 0)
        return false;
    DIR *dir = ::opendir(from.constData());
    if (!dir)
        return false;
    bool ok = true;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            ok = copyEntry(from + '/' + name, to + '/' + name, false) && ok;
    }
    ::closedir(dir);
    return ::chmod(to.constData(), 0755) == 0 && ok;
}

// What a read-only bind of `from` would show at `to`, as far as everyone may read it.
bool copyEntry(const QByteArray &from, const QByteArray &to, bool followLink)
{
    struct stat facts = {};
    if ((followLink ? ::stat(from.constData(), &facts) : ::lstat(from.constData(), &facts)) != 0)
        return true; // a dangling allow-listed link: nothing to bind
    if (S_ISLNK(facts.st_mode)) {
        char target[4096];
        const ssize_t size = ::readlink(from.constData(), target, sizeof target);
        return size > 0 && size < ssize_t(sizeof target)
                && ::symlink(QByteArray(target, size).constData(), to.constData()) == 0;
    }
    const mode_t everyone = S_IROTH | (S_ISDIR(facts.st_mode) ? S_IXOTH : 0);
    if ((facts.st_mode & everyone) != everyone)
        return true; // private to its owner or group (/etc/ssl/private): left out
    if (S_ISDIR(facts.st_mode))
        return copyFolder(from, to);
    if (S_ISREG(facts.st_mode))
        return copyFileContents(from, to, facts);
    return true; // sockets, pipes, devices: nothing a program reads as configuration
}

bool onMemory(const QByteArray &folder)
{
    struct statfs facts = {};
    return ::statfs(folder.constData(), &facts) == 0 && facts.f_type == TMPFS_MAGIC;
}

// Sticky and writable by all, as /tmp is: a folder of ours there is ours alone.
bool sharedLikeTmp(const QByteArray &folder)
{
    struct stat facts = {};
    return ::stat(folder.constData(), &facts) == 0 && S_ISDIR(facts.st_mode) && facts.st_uid == 0
            && (facts.st_mode & (S_ISVTX | S_IWOTH)) == (S_ISVTX | S_IWOTH);
}

QString variantName(SandboxNetwork network, unsigned uid, unsigned gid)
{
    return QStringLiteral("etc-%1-%2-%3").arg(sandboxNetworkName(network)).arg(uid).arg(gid);
}

} // namespace

SandboxEtc::SandboxEtc() = default;

SandboxEtc::~SandboxEtc()
{
    if (!m_root)
        return;
    m_root->setAutoRemove(false);
    m_owner.reset(); // its lock file is in the folder
    removeTree(m_root->path());
}

QString SandboxEtc::namePattern()
{
    return QStringLiteral("dreamfoundry-etc-*");
}

QString SandboxEtc::parentFolder()
{
    const QString temp = QDir::tempPath();
    if (onMemory(QFile::encodeName(temp)))
        return temp;
    const QString shm = sharedMemoryFolder();
    return shm.isEmpty() ? temp : shm;
}

QString SandboxEtc::sharedMemoryFolder()
{
    const QByteArray shm("/dev/shm");
    return onMemory(shm) && sharedLikeTmp(shm) && ::access(shm.constData(), W_OK | X_OK) == 0
            ? QString::fromLatin1(shm)
            : QString();
}

QString SandboxEtc::folder(SandboxNetwork network, unsigned uid, unsigned gid, QString *error)
{
    const QString name = variantName(network, uid, gid);
    const QMutexLocker lock(&m_mutex);
    if (const auto made = m_made.constFind(name); made != m_made.constEnd()) {
        if (QFileInfo::exists(*made))
            return *made;
        // Gone from under the app (a cleaner of the temporary folder, in a window left open
        // for days): made again rather than failing every sandbox from now on. Only what is
        // gone is made again: the other variants may be bound by running sandboxes.
        m_made.erase(made);
        if (m_root && !QFileInfo::exists(m_root->path())) {
            m_made.clear();
            m_owner.reset();
            m_root->setAutoRemove(false); // nothing left of it to remove
            m_root.reset();
        }
    }
    if (!m_root) {
        auto root = std::make_unique<QTemporaryDir>(parentFolder()
                                                    + QStringLiteral("/dreamfoundry-etc-XXXXXX"));
        // bwrap may run as the candidate's user, who must pass through to the variants.
        if (!root->isValid()
            || !QFile::setPermissions(root->path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ExeGroup | QFile::ExeOther)) {
            *error = QCoreApplication::translate("DreamFoundry::LocalSandbox",
                                                 "Could not create the sandboxes' /etc folder: %1")
                             .arg(root->errorString());
            return {};
        }
        m_owner = std::make_unique<OwnedFolder>(root->path());
        m_root = std::move(root);
    }
    const QString dir = m_root->filePath(name);
    if (!make(dir, network, uid, gid)) {
        removeTree(dir);
        *error = QCoreApplication::translate("DreamFoundry::LocalSandbox",
                                             "Could not write the sandbox's /etc files.");
        return {};
    }
    m_made.insert(name, dir);
    return dir;
}

bool SandboxEtc::make(const QString &dir, SandboxNetwork network, unsigned uid, unsigned gid)
{
    const QByteArray to = QFile::encodeName(dir);
    if (::mkdir(to.constData(), 0700) != 0)
        return false;
    bool ok = true;
    const QStringList folders = etcAllowListFolders();
    for (const QString &entry : etcAllowList()) {
        const QByteArray name = QFile::encodeName(entry);
        // A folder is bound on this empty one; a file is copied, followed at the top, as
        // bwrap's bind of the entry resolved it.
        ok = ok
                && (folders.contains(entry)
                            ? ::mkdir(QByteArray(to + '/' + name).constData(), 0755) == 0
                            : copyEntry("/etc/" + name, to + '/' + name, true));
    }
    ok = ok && writeGeneratedEtc(dir, network, uid, gid);
    // The host's resolv.conf is bound over this empty file: a mount needs a point to cover.
    if (network == SandboxNetwork::Host)
        ok = ok && QFile(dir + QStringLiteral("/resolv.conf")).open(QIODevice::WriteOnly);
    for (const char *generated : {"passwd", "group", "resolv.conf"})
        ::chmod(QByteArray(to + '/' + generated).constData(), 0644);
    if (!ok)
        qCWarning(lcRunner) << "could not prepare the sandboxes' /etc in" << dir;
    return ok && ::chmod(to.constData(), 0755) == 0;
}

} // namespace DreamFoundry
