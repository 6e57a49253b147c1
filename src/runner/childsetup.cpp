#include "childsetup.h"

#include <QProcess>

#include <dirent.h>
#include <fcntl.h>
#include <linux/close_range.h>
#include <linux/keyctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace DreamFoundry {

namespace {

// Above any number a passed descriptor is moved to, so moving one never overwrites another.
constexpr int parkingFloor = 64;

// The fallback of close_range(CLOSE_RANGE_CLOEXEC) for kernels before 5.11: the open
// descriptors are listed with getdents64, which unlike opendir does not allocate.
void markCloseOnExecFrom(int first)
{
    if (::syscall(SYS_close_range, unsigned(first), ~0U, CLOSE_RANGE_CLOEXEC) == 0)
        return;
    const int dir = ::open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return;
    alignas(8) char buffer[4096];
    for (;;) {
        const long got = ::syscall(SYS_getdents64, dir, buffer, sizeof buffer);
        if (got <= 0)
            break;
        for (long at = 0; at < got;) {
            const auto *entry = reinterpret_cast<const struct dirent64 *>(buffer + at);
            int fd = 0;
            bool number = entry->d_name[0] != '\0';
            for (const char *c = entry->d_name; *c; ++c) {
                number = number && *c >= '0' && *c <= '9';
                fd = fd * 10 + (*c - '0');
            }
            if (number && fd >= first && fd != dir)
                ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            at += entry->d_reclen;
        }
    }
    ::close(dir);
}

} // namespace

ChildSetup::Passed ChildSetup::passed(const QList<int> &fds)
{
    Q_ASSERT(fds.size() <= maxPassed);
    Passed p;
    for (const int fd : fds) {
        if (p.count < maxPassed)
            p.fds[p.count++] = fd;
    }
    return p;
}

void ChildSetup::keepOnly(const Passed &passed)
{
    // Park each first: a passed descriptor may sit where another one has to go.
    int parked[maxPassed];
    for (int i = 0; i < passed.count; ++i)
        parked[i] = ::fcntl(passed.fds[i], F_DUPFD, parkingFloor);
    for (int i = 0; i < passed.count; ++i) {
        if (parked[i] < 0 || ::dup2(parked[i], 3 + i) < 0)
            _exit(127);
    }
    // Close-on-exec rather than closed: QProcess reports a failed exec through one of them.
    markCloseOnExecFrom(3 + passed.count);
}

void ChildSetup::joinFreshSessionKeyring()
{
    // A null name makes a new anonymous keyring. Where keyrings are not built into the
    // kernel there is nothing to inherit, so a failure is no concern.
    ::syscall(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, nullptr);
}

void passOnlyDescriptors(QProcess &process, const QList<int> &fds)
{
    process.setChildProcessModifier(childSetupPassingOnly(fds));
}

std::function<void()> childSetupPassingOnly(const QList<int> &fds)
{
    const ChildSetup::Passed passed = ChildSetup::passed(fds);
    return [passed] {
        ChildSetup::keepOnly(passed);
    };
}

} // namespace DreamFoundry
