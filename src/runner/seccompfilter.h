#pragma once

#include <QByteArray>
#include <QStringList>

namespace DreamFoundry {

// The seccomp filter bwrap installs in every sandbox (bwrap --seccomp): the system calls a
// Python agent never needs, and that reach past the sandbox or into the kernel's rarely used
// corners, fail with EPERM (docs/architecture.md, "Sandbox hardening").
namespace SeccompFilter {

// The names of the blocked system calls, as the documentation lists them.
QStringList blockedCalls();

// The compiled BPF program for this machine's architecture, built once; empty if libseccomp
// could not build it, with the reason in *error.
QByteArray program(QString *error = nullptr);

// A new close-on-exec descriptor to read the program from, from its start: bwrap reads it to
// the end, so each sandbox needs its own. -1 on failure.
int programDescriptor();

} // namespace SeccompFilter

} // namespace DreamFoundry
