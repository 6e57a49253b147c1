#pragma once

#include <QStringList>

namespace DreamFoundry {

// The sample candidates installed with the app: share/dreamfoundry/candidates beside bin/, or
// wherever CMAKE_INSTALL_DATADIR put them (DREAMFOUNDRY_SAMPLES_FROM_BINDIR, set by CMake).
QString sampleCandidatesDir();
QStringList sampleCandidateScripts();

// The objective of the original Dream Foundry demo, used when none is given.
QString defaultObjective();

} // namespace DreamFoundry
