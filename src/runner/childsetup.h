#pragma once

#include <QList>

#include <functional>

class QProcess;

namespace DreamFoundry {

// What the child of a sandbox does between fork and exec, besides its limits. Everything here
// is async-signal-safe: no allocation, no locks, only system calls.
namespace ChildSetup {

// The most descriptors a child can be handed (see keepOnly).
inline constexpr int maxPassed = 8;

// Descriptors handed to a child, in order: they become 3, 4, ... in the child.
struct Passed
{
    int fds[maxPassed];
    int count = 0;
};

Passed passed(const QList<int> &fds);

// Moves the passed descriptors to 3, 4, ... and marks every other descriptor above stderr
// close-on-exec, whatever the app created or inherited: a candidate must not get the app's
// sockets, pipes or files (docs/architecture.md, "Sandbox hardening").
void keepOnly(const Passed &passed);

// Leaves the session keyring the app was started in for a new, empty, anonymous one, so keys
// of the user's login session are out of reach.
void joinFreshSessionKeyring();

} // namespace ChildSetup

// A process that runs outside any sandbox but must see only the descriptors it is handed
// (3, 4, ... in order), such as the network helper.
void passOnlyDescriptors(QProcess &process, const QList<int> &fds);
// The same as the function to run in the child between fork and exec (LaunchedProcess::Spec).
std::function<void()> childSetupPassingOnly(const QList<int> &fds);

} // namespace DreamFoundry
