#pragma once

#include <QByteArrayList>
#include <QList>
#include <QStringList>

#include <functional>

class QProcess;

namespace DreamFoundry {

struct ProcessLimits
{
    int memoryLimitMiB = 0; // address space of each process; 0: no limit
    // Handed to the child as descriptors 3, 4, ...; every other one is closed at exec.
    QList<int> passedDescriptors = {};
    // Control files the child moves itself in through before exec (SandboxCgroup), so
    // that it and everything it starts count against the sandbox's group.
    QByteArrayList cgroupProcsFiles = {};
    // The child's stdin when set (the app keeps its own copy): a pipe the app can speak on.
    int standardInput = -1;
};

// Sets up the child before it runs: the sandbox's control group, its own session (so everything
// it starts can be killed as one group), lower CPU priority, the memory limit, and, when the app
// runs as root, the unprivileged "nobody" user: the kernel exempts root from the process limit
// (see processCapCommand), and a candidate has no business being root. It also leaves the app's
// session keyring and closes every descriptor but stdin, stdout, stderr and the passed ones.
void applyProcessLimits(QProcess &process, const ProcessLimits &limits);
// The same as the function to run in the child between fork and exec (LaunchedProcess::Spec).
std::function<void()> childSetupWithLimits(const ProcessLimits &limits);

// The command that runs `command` with at most `processes` processes. It must run inside the
// sandbox's own user namespace: there the kernel counts only the sandbox's processes, whereas
// set outside it the limit would count every process of the user on the machine.
QStringList processCapCommand(int processes, const QStringList &command);

// The user a candidate runs as, and whether it differs from the app's user (files the
// candidate must write are then handed to it).
bool candidatesRunAsNobody();
unsigned nobodyUid();
unsigned nobodyGid();

// Kills a process group started by applyProcessLimits: the candidate and anything it left.
void killProcessGroup(qint64 leaderPid);

} // namespace DreamFoundry
