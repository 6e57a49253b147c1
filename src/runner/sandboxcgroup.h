#pragma once

#include <QByteArrayList>
#include <QString>
#include <QStringList>

#include <memory>

namespace DreamFoundry {

// A control group holding one sandbox, so that memory and the number of processes are capped
// for all of its processes together rather than for each one (a candidate that forks four
// workers gets the sandbox's memory once, not four times). Made where the machine lets the app
// write to a cgroup hierarchy: a cgroup v2 hierarchy with the memory and pids controllers
// delegated to the app's parent group (systemd's user delegation, or root), or as root the
// cgroup v1 memory and pids hierarchies. Where neither is writable, sandboxes keep the
// per-process limits of processlimits.h, and the results say so.
class SandboxCgroup final
{
public:
    struct Limits
    {
        qint64 memoryBytes = 0; // 0: no memory limit
        int processes = 0; // 0: no process limit
    };

    // Whether sandboxes get a control group on this machine; found out once (a test group is
    // made and removed) and remembered.
    static bool available();
    // What run.json's `limits` says for a sandbox: "cgroup" or "per-process".
    static QString kind(bool cgroup);

    // Makes the group for one sandbox, or returns null when that is not possible.
    static std::unique_ptr<SandboxCgroup> create(const QString &sandboxId, const Limits &limits);
    // Removes leftover groups of app instances that are gone (a killed run's). Returns how many.
    static int sweepStale();

    ~SandboxCgroup();
    SandboxCgroup(const SandboxCgroup &) = delete;
    SandboxCgroup &operator=(const SandboxCgroup &) = delete;

    // The files the child writes "0" to before exec, moving itself in: cgroup.procs, or on
    // cgroup v1 `tasks`.
    QByteArrayList procsFiles() const;
    // Whether the kernel had to kill a process for memory, or refused one a new process.
    bool memoryLimitHit() const;
    bool processLimitHit() const;
    // Kills what is still in the group and removes it; may wait a moment for the kernel to
    // reap the processes, so call it off the GUI thread. Safe to call more than once.
    bool remove();

private:
    SandboxCgroup(bool v2, QStringList dirs) : m_v2(v2), m_dirs(std::move(dirs)) {}

    bool m_v2 = false;
    QStringList m_dirs; // v2: the group; v1: the memory group, then the pids group
};

} // namespace DreamFoundry
