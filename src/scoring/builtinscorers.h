#pragma once

#include "core/candidateresult.h"
#include "core/runrecord.h"
#include "core/scorecard.h"

#include <QDate>

namespace DreamFoundry {

// What a candidate is judged against, beside its own result.
struct ScoringContext
{
    QString objective;
    QDate runDate; // the run's start, local time: events are judged from this day
    ScoringSettings settings;

    // The context of `run`: its objective and the day it started (today when unknown), so a
    // candidate is judged the same as it finishes, at the end of the run and on a re-score.
    static ScoringContext forRun(const RunRecord &run, const ScoringSettings &settings);
};

// Gate ids, stable in run.json.
namespace GateId {
inline constexpr auto exitCode = "exit_code";
inline constexpr auto artifactExists = "artifact_exists";
inline constexpr auto artifactSize = "artifact_size";
inline constexpr auto eventCount = "event_count";
inline constexpr auto eventsWellFormed = "events_well_formed";
} // namespace GateId

// The built-in scorers. Each reads at most a bounded prefix of the artifact (EventList), so
// it takes milliseconds even on a 50 MiB artifact; they do file I/O, so call them off the GUI
// thread (RunScorer does). Success, speed, total and rank are left to rankRun().
namespace BuiltInScorers {

inline constexpr int minEvents = 3;
inline constexpr qint64 minArtifactBytes = 11; // "longer than 10 bytes"

// The gates every scorer applies, in this order: exit code 0 (first, because a crash explains
// a missing artifact), the artifact exists, it is longer than 10 bytes.
QList<Gate> basicGates(const CandidateResult &result);

// Gates only; a candidate that passes them gets quality 100, since nothing in an artifact of
// unknown format can be judged: the ranking then rests on success and speed.
ScoreCard scorePlain(const CandidateResult &result);

// The sample event lists: the basic gates, at least 3 events, every event well formed
// (title, YYYY-MM-DD date, http(s) URL with a host); quality from the good events (see
// resources/candidates/README.md for the rule).
ScoreCard scoreEvents(const CandidateResult &result, const ScoringContext &context);

// One candidate by context.settings.scorer. A scorer script judges the whole run at once
// (RunScorer), so for a script this gives the basic gates and an "unscored" card saying the
// script runs once the run ends.
ScoreCard scoreCandidate(const CandidateResult &result, const ScoringContext &context);

} // namespace BuiltInScorers

} // namespace DreamFoundry
