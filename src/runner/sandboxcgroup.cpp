#include "sandboxcgroup.h"

#include "runnerlogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

#include <optional>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace DreamFoundry {

namespace {

constexpr auto groupPrefix = "dreamfoundry-";

// Where the groups of sandboxes are made.
struct Hierarchy
{
    bool v2 = false;
    QStringList parents; // v2: one folder; v1: the memory parent, then the pids parent
};

QByteArray readSmall(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes a control file with one write(2), as the kernel expects, without truncating.
bool writeControl(const QString &path, const QByteArray &value)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, value.constData(), size_t(value.size())) == value.size();
    ::close(fd);
    return ok;
}

// The value of `key` in a "key value" per line file (memory.events, pids.events, ...).
qint64 keyedValue(const QString &path, QByteArrayView key)
{
    for (const QByteArray &line : readSmall(path).split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 2 && fields.first() == key)
            return fields.last().trimmed().toLongLong();
    }
    return -1;
}

// This process's group per hierarchy, from /proc/self/cgroup ("id:controllers:path").
QString ownGroup(QByteArrayView controllers)
{
    for (const QByteArray &line : readSmall(QStringLiteral("/proc/self/cgroup")).split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        if (fields.size() >= 3 && fields.at(1).split(',').contains(controllers.toByteArray()))
            return QString::fromUtf8(fields.mid(2).join(':'));
    }
    return {};
}

std::optional<Hierarchy> findV2()
{
    QString root;
    for (const char *candidate : {"/sys/fs/cgroup", "/sys/fs/cgroup/unified"}) {
        if (QFileInfo::exists(QLatin1StringView(candidate)
                              + QStringLiteral("/cgroup.controllers"))) {
            root = QLatin1StringView(candidate);
            break;
        }
    }
    if (root.isEmpty())
        return std::nullopt;
    const QString own = ownGroup("");
    // A group with processes may not also have children with controllers (cgroup v2's "no
    // internal processes" rule), so sandboxes become siblings of the app's own group, in the
    // parent that delegated it; the root group is exempt from the rule.
    const QString parent = own.isEmpty() || own == QStringLiteral("/")
            ? root
            : QDir::cleanPath(root + QFileInfo(own).path());
    auto enabled = [&] {
        const QList<QByteArray> on = readSmall(parent + QStringLiteral("/cgroup.subtree_control"))
                                             .trimmed()
                                             .split(' ');
        return on.contains("memory") && on.contains("pids");
    };
    if (!enabled() && parent == root)
        writeControl(root + QStringLiteral("/cgroup.subtree_control"), "+memory +pids");
    if (!enabled())
        return std::nullopt;
    return Hierarchy{true, {parent}};
}

std::optional<Hierarchy> findV1()
{
    QStringList parents;
    for (const char *controller : {"memory", "pids"}) {
        const QString root = QStringLiteral("/sys/fs/cgroup/") + QLatin1StringView(controller);
        const QString own = ownGroup(controller);
        if (own.isEmpty() || !QFileInfo::exists(root + QStringLiteral("/cgroup.procs")))
            return std::nullopt;
        // Nested in the app's own group, so whatever limits the app has apply to its sandboxes.
        parents << QDir::cleanPath(root + own);
    }
    return Hierarchy{false, parents};
}

const std::optional<Hierarchy> &hierarchy()
{
    static const std::optional<Hierarchy> found = [] {
        auto v2 = findV2();
        return v2 ? v2 : findV1();
    }();
    return found;
}

QString groupName(const QString &sandboxId)
{
    return QLatin1StringView(groupPrefix) + QString::number(::getpid()) + QLatin1Char('-')
            + sandboxId;
}

bool writeLimits(bool v2, const QStringList &dirs, const SandboxCgroup::Limits &limits)
{
    const QByteArray memory = QByteArray::number(limits.memoryBytes);
    const QByteArray processes = QByteArray::number(limits.processes);
    const QString mem = dirs.first() + QLatin1Char('/');
    const QString pids = dirs.last() + QLatin1Char('/');
    bool ok = true;
    if (limits.memoryBytes > 0) {
        if (v2) {
            ok = writeControl(mem + QStringLiteral("memory.max"), memory);
            // Swap would let the sandbox hold more than its cap; one OOM ends all of it.
            writeControl(mem + QStringLiteral("memory.swap.max"), "0");
            writeControl(mem + QStringLiteral("memory.oom.group"), "1");
        } else {
            ok = writeControl(mem + QStringLiteral("memory.limit_in_bytes"), memory);
            // Only there when swap accounting is on; memory and swap together, same cap.
            if (QFileInfo::exists(mem + QStringLiteral("memory.memsw.limit_in_bytes")))
                writeControl(mem + QStringLiteral("memory.memsw.limit_in_bytes"), memory);
        }
    }
    if (limits.processes > 0)
        ok = ok && writeControl(pids + QStringLiteral("pids.max"), processes);
    return ok;
}

void killMembers(const QString &dir, bool v2)
{
    if (v2 && writeControl(dir + QStringLiteral("/cgroup.kill"), "1"))
        return;
    for (const QByteArray &pid : readSmall(dir + QStringLiteral("/cgroup.procs")).split('\n')) {
        if (const int p = pid.toInt(); p > 0)
            ::kill(p, SIGKILL);
    }
}

// Killed processes leave the group when the kernel has reaped them: shortly, not at once.
// The wait blocks its thread: a group with processes is only ever removed on a worker pool
// (the sandbox's leftovers, the sweep at start); on the GUI thread only groups that never
// held a process are removed (the availability probe, a group whose limits failed), and
// those go on the first try.
bool removeGroup(const QString &dir, bool v2)
{
    if (!QFileInfo::exists(dir))
        return true;
    // A group whose last process just ended is usually removable a millisecond later: wait
    // 1, 2, 4 ... up to 20 ms between tries (about 2 s in all), not 20 ms from the start.
    int waitMs = 1;
    for (int attempt = 0; attempt < 110; ++attempt) {
        killMembers(dir, v2);
        if (::rmdir(QFile::encodeName(dir).constData()) == 0 || errno == ENOENT)
            return true;
        QThread::msleep(waitMs);
        waitMs = std::min(waitMs * 2, 20);
    }
    qCWarning(lcRunner) << "could not remove the control group" << dir;
    return false;
}

} // namespace

bool SandboxCgroup::available()
{
    static const bool works = [] {
        if (!hierarchy())
            return false;
        const auto probe = create(QStringLiteral("probe"), {64 * 1024 * 1024, 8});
        return probe && probe->remove();
    }();
    return works;
}

QString SandboxCgroup::kind(bool cgroup)
{
    return cgroup ? QStringLiteral("cgroup") : QStringLiteral("per-process");
}

std::unique_ptr<SandboxCgroup> SandboxCgroup::create(const QString &sandboxId, const Limits &limits)
{
    const auto &where = hierarchy();
    if (!where)
        return nullptr;
    QStringList dirs;
    for (const QString &parent : where->parents) {
        const QString dir = parent + QLatin1Char('/') + groupName(sandboxId);
        if (!QDir().mkdir(dir)) {
            for (const QString &made : std::as_const(dirs))
                removeGroup(made, where->v2);
            return nullptr;
        }
        dirs << dir;
    }
    std::unique_ptr<SandboxCgroup> group(new SandboxCgroup(where->v2, dirs));
    if (!writeLimits(where->v2, dirs, limits))
        return nullptr; // the destructor removes the folders
    return group;
}

int SandboxCgroup::sweepStale()
{
    const auto &where = hierarchy();
    if (!where)
        return 0;
    int swept = 0;
    for (const QString &parent : where->parents) {
        const QStringList groups = QDir(parent).entryList(
                {QLatin1StringView(groupPrefix) + QLatin1Char('*')}, QDir::Dirs);
        for (const QString &name : groups) {
            const qint64 owner = name.section(QLatin1Char('-'), 1, 1).toLongLong();
            if (owner <= 0 || owner == ::getpid() || ::kill(pid_t(owner), 0) == 0 || errno != ESRCH)
                continue; // its app is alive (or the name is not ours)
            swept += removeGroup(parent + QLatin1Char('/') + name, where->v2) ? 1 : 0;
        }
    }
    return swept;
}

SandboxCgroup::~SandboxCgroup()
{
    remove();
}

// On cgroup v1 the child moves its one thread through `tasks`: a move through cgroup.procs
// locks every thread group of the system for writing, and the first such move after a pause
// waits for an RCU grace period (15-25 ms here, against 0.5 ms through `tasks`), on the first
// candidate's way to its start. The child has no other thread (it has just been forked), and
// what it starts is born in the group. cgroup v2 has no `tasks`.
QByteArrayList SandboxCgroup::procsFiles() const
{
    QByteArrayList files;
    const QString file = m_v2 ? QStringLiteral("/cgroup.procs") : QStringLiteral("/tasks");
    for (const QString &dir : m_dirs)
        files << QFile::encodeName(dir + file);
    return files;
}

bool SandboxCgroup::memoryLimitHit() const
{
    if (m_dirs.isEmpty())
        return false;
    const QString mem = m_dirs.first() + QLatin1Char('/');
    if (m_v2)
        return keyedValue(mem + QStringLiteral("memory.events"), "oom_kill") > 0;
    const qint64 killed = keyedValue(mem + QStringLiteral("memory.oom_control"), "oom_kill");
    // Kernels before 4.13 do not count kills: hitting the limit at all is the best sign.
    if (killed >= 0)
        return killed > 0;
    return readSmall(mem + QStringLiteral("memory.failcnt")).trimmed().toLongLong() > 0;
}

bool SandboxCgroup::processLimitHit() const
{
    return !m_dirs.isEmpty()
            && keyedValue(m_dirs.last() + QStringLiteral("/pids.events"), "max") > 0;
}

bool SandboxCgroup::remove()
{
    bool removed = true;
    for (const QString &dir : std::as_const(m_dirs))
        removed = removeGroup(dir, m_v2) && removed;
    m_dirs.clear();
    return removed;
}

} // namespace DreamFoundry
