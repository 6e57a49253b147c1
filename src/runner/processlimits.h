#pragma once

#include <QtGlobal>

class QProcess;

namespace DreamFoundry {

struct ProcessLimits
{
    int memoryLimitMiB = 0; // address space; 0: no limit
    int processLimit = 0; // processes of the user running the candidate; 0: no limit
};

// Sets up the child before it runs: its own session (so everything it starts can be killed
// as one group), the limits, and, when the app runs as root, the unprivileged "nobody" user:
// the kernel exempts root from the process limit, and a candidate has no business being root.
void applyProcessLimits(QProcess &process, const ProcessLimits &limits);

// The user a candidate runs as, and whether it differs from the app's user (files the
// candidate must write are then handed to it).
bool candidatesRunAsNobody();
unsigned nobodyUid();
unsigned nobodyGid();

// Kills a process group started by applyProcessLimits: the candidate and anything it left.
void killProcessGroup(qint64 leaderPid);

} // namespace DreamFoundry
