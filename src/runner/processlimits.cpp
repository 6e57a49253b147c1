#include "processlimits.h"

#include "childsetup.h"

#include <QProcess>

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

namespace DreamFoundry {

namespace {

struct Nobody
{
    uid_t uid = 65534;
    gid_t gid = 65534;
};

const Nobody &nobody()
{
    static const Nobody who = [] {
        Nobody n;
        if (const passwd *pw = getpwnam("nobody")) {
            n.uid = pw->pw_uid;
            n.gid = pw->pw_gid;
        }
        return n;
    }();
    return who;
}

// Between fork and exec: open/write/close only. Exits the child when the move fails, rather
// than run a candidate outside the limits the results say it had.
void joinGroups(const QByteArrayList &procsFiles)
{
    for (const QByteArray &file : procsFiles) {
        const int fd = ::open(file.constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0 || ::write(fd, "0", 1) != 1)
            _exit(125);
        ::close(fd);
    }
}

// With autogroups (CONFIG_SCHED_AUTOGROUP), setsid() gives the child a scheduling group of its
// own that weighs as much as the user's whole session, the window's included, whatever the
// child's nice value: fifty candidates would get fifty shares of the CPU to the window's one.
// Unprivileged, the kernel refuses more than ten such changes a second machine-wide (EAGAIN):
// those sandboxes keep their weight.
void lowerSessionGroup()
{
    const int fd = ::open("/proc/self/autogroup", O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return; // no autogroups: the nice value below is what counts
    (void)!::write(fd, "19", 2);
    ::close(fd);
}

void limit(int resource, rlim_t value)
{
    const rlimit r{value, value};
    setrlimit(resource, &r);
}

} // namespace

bool candidatesRunAsNobody()
{
    return geteuid() == 0;
}

unsigned nobodyUid()
{
    return nobody().uid;
}

unsigned nobodyGid()
{
    return nobody().gid;
}

void applyProcessLimits(QProcess &process, const ProcessLimits &limits)
{
    process.setChildProcessModifier(childSetupWithLimits(limits));
}

std::function<void()> childSetupWithLimits(const ProcessLimits &limits)
{
    // Everything is computed here: between fork and exec only async-signal-safe calls.
    const bool dropRoot = candidatesRunAsNobody();
    const Nobody who = nobody();
    const rlim_t memory = rlim_t(limits.memoryLimitMiB) * 1024 * 1024;
    const ChildSetup::Passed passed = ChildSetup::passed(limits.passedDescriptors);
    const QByteArrayList groups = limits.cgroupProcsFiles;
    const int standardInput = limits.standardInput;
    return [=] {
        // First: keepOnly may reuse its number for a passed descriptor.
        if (standardInput >= 0 && ::dup2(standardInput, STDIN_FILENO) < 0)
            _exit(126);
        joinGroups(groups);
        setsid();
        lowerSessionGroup();
        if (memory > 0)
            limit(RLIMIT_AS, memory);
        if (dropRoot) {
            setgroups(0, nullptr);
            if (setgid(who.gid) != 0 || setuid(who.uid) != 0)
                _exit(126);
        }
        // After setuid, so the new keyring belongs to the candidate's user.
        ChildSetup::joinFreshSessionKeyring();
        ChildSetup::keepOnly(passed);
        // Candidates are background work: the window showing them stays responsive. Last: until
        // exec the thread that starts it waits for this child (QProcess starts it with vfork
        // semantics), and a child lowered earlier waits behind every busy process for a core.
        setpriority(PRIO_PROCESS, 0, 10);
    };
}

QStringList processCapCommand(int processes, const QStringList &command)
{
    if (processes <= 0)
        return command;
    // prlimit (util-linux) sets the soft and hard limit, then runs the command: the candidate,
    // without capabilities, cannot raise it again.
    return QStringList{QStringLiteral("prlimit"), QStringLiteral("--nproc=%1").arg(processes),
                       QStringLiteral("--")}
    + command;
}

void killProcessGroup(qint64 leaderPid)
{
    if (leaderPid > 0)
        ::kill(-pid_t(leaderPid), SIGKILL);
}

} // namespace DreamFoundry
