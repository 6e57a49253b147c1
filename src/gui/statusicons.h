#pragma once

#include "core/candidatestate.h"

#include <QIcon>

namespace DreamFoundry {

// What a state is called on screen ("Timed out"), as opposed to its run.json name.
QString stateTitle(CandidateState state);
// A coloured dot per state, drawn rather than themed so it reads on light and dark palettes
// and on every platform.
QIcon stateIcon(CandidateState state);
// A gold star marking the winner of a run, drawn for the same reasons.
QIcon winnerIcon();

} // namespace DreamFoundry
