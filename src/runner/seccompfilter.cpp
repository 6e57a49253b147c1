#include "seccompfilter.h"

#include <QScopeGuard>

#include <seccomp.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace DreamFoundry {

namespace {

// Keep in step with docs/architecture.md, "Sandbox hardening".
constexpr const char *blocked[] = {
        // The kernel keyring: keys of the user's session must stay out of reach.
        "add_key",
        "request_key",
        "keyctl",
        // io_uring: a second way into the kernel that bypasses this filter's view.
        "io_uring_setup",
        "io_uring_enter",
        "io_uring_register",
        // Watching or steering other processes, and kernel tracing.
        "ptrace",
        "process_vm_readv",
        "process_vm_writev",
        "perf_event_open",
        "bpf",
        "userfaultfd",
        "syslog",
        // Namespaces and mounts: the sandbox is made once, by bwrap, before this filter.
        "unshare",
        "setns",
        "mount",
        "umount2",
        "pivot_root",
        "open_tree",
        "move_mount",
        "fsopen",
        "fsconfig",
        "fsmount",
        "fspick",
        "mount_setattr",
        "open_by_handle_at",
        // The machine itself: modules, kexec, swap, reboot, accounting, quotas.
        "init_module",
        "finit_module",
        "delete_module",
        "kexec_load",
        "kexec_file_load",
        "swapon",
        "swapoff",
        "reboot",
        "acct",
        "quotactl",
        "lookup_dcookie",
        "uselib",
        "vhangup",
        "iopl",
        "ioperm",
};

// personality() flags that weaken the process's memory layout protections.
constexpr unsigned long weakeningPersonality[] = {
        0x0040000, // ADDR_NO_RANDOMIZE
        0x0100000, // MMAP_PAGE_ZERO
        0x0400000, // READ_IMPLIES_EXEC
};

QByteArray build(QString *error)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx) {
        *error = QStringLiteral("seccomp_init failed");
        return {};
    }
    const auto release = qScopeGuard([ctx] { seccomp_release(ctx); });
    const uint32_t deny = SCMP_ACT_ERRNO(EPERM);
    for (const char *name : blocked) {
        const int call = seccomp_syscall_resolve_name(name);
        if (call == __NR_SCMP_ERROR)
            continue; // not a system call on this architecture
        if (seccomp_rule_add(ctx, deny, call, 0) != 0) {
            *error = QStringLiteral("seccomp_rule_add(%1) failed").arg(QLatin1StringView(name));
            return {};
        }
    }
    // Masked with the top bit of 32, so personality(0xffffffff), which only asks, stays allowed.
    for (const unsigned long flag : weakeningPersonality) {
        if (seccomp_rule_add(ctx, deny, SCMP_SYS(personality), 1,
                             SCMP_A0(SCMP_CMP_MASKED_EQ, flag | 0x80000000UL, flag))
            != 0) {
            *error = QStringLiteral("seccomp_rule_add(personality) failed");
            return {};
        }
    }
    const int fd = memfd_create("dreamfoundry-seccomp", MFD_CLOEXEC);
    if (fd < 0 || seccomp_export_bpf(ctx, fd) != 0) {
        *error = QStringLiteral("seccomp_export_bpf failed");
        if (fd >= 0)
            ::close(fd);
        return {};
    }
    QByteArray bpf(::lseek(fd, 0, SEEK_END), Qt::Uninitialized);
    const bool read = ::pread(fd, bpf.data(), bpf.size(), 0) == bpf.size();
    ::close(fd);
    if (!read || bpf.isEmpty()) {
        *error = QStringLiteral("could not read the exported seccomp program");
        return {};
    }
    return bpf;
}

} // namespace

QStringList SeccompFilter::blockedCalls()
{
    QStringList names;
    for (const char *name : blocked)
        names.append(QLatin1StringView(name));
    return names;
}

QByteArray SeccompFilter::program(QString *error)
{
    static QString failure;
    static const QByteArray bpf = build(&failure);
    if (error)
        *error = failure;
    return bpf;
}

int SeccompFilter::programDescriptor()
{
    const QByteArray bpf = program();
    if (bpf.isEmpty())
        return -1;
    const int fd = memfd_create("dreamfoundry-seccomp", MFD_CLOEXEC);
    if (fd < 0)
        return -1;
    if (::write(fd, bpf.constData(), bpf.size()) != bpf.size() || ::lseek(fd, 0, SEEK_SET) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace DreamFoundry
