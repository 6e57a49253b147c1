#pragma once

#include <QStringList>

namespace DreamFoundry {

// The sample candidates installed with the app (share/dreamfoundry/candidates beside bin/).
QString sampleCandidatesDir();
QStringList sampleCandidateScripts();

// The objective of the original Dream Foundry demo, used when none is given.
QString defaultObjective();

} // namespace DreamFoundry
