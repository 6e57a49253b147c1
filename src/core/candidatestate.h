#pragma once

#include <QString>

#include <optional>

namespace DreamFoundry {

// The life of one candidate in a run. The last five are final: every run ends with every
// candidate in one of them.
enum class CandidateState {
    Queued,
    Preparing,
    Installing, // the candidate's dependencies (runner/dependencies.h)
    Running,
    Collecting,
    Succeeded,
    Failed,
    TimedOut,
    Cancelled,
    Error,
};

bool isFinal(CandidateState state);

// The stable names of run.json ("succeeded", "timed_out", ...).
QString stateName(CandidateState state);
std::optional<CandidateState> stateFromName(const QString &name);

} // namespace DreamFoundry
