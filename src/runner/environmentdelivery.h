#pragma once

#include "core/candidateenvironment.h"

class QProcessEnvironment;

namespace DreamFoundry {

// How a local sandbox hands a candidate its variables and secrets without a value on any
// command line (every user of the machine can read /proc/<pid>/cmdline): bwrap reads
// `--setenv NAME VALUE` arguments from a descriptor (its --args), a file in memory only the
// app's user can open; an unisolated candidate gets them in its process's environment.
namespace EnvironmentDelivery {

// A memfd holding environment.bwrapArguments(), at offset 0, close-on-exec (hand it on with
// ChildSetup's passed descriptors); -1 on failure. The caller closes it once bwrap started.
int bwrapArgumentsDescriptor(const CandidateEnvironment &environment);

// Adds the variables to an environment of a process started directly.
void insertInto(QProcessEnvironment &processEnvironment, const CandidateEnvironment &environment);

} // namespace EnvironmentDelivery

} // namespace DreamFoundry
