#pragma once

#include "core/runrecord.h"

#include <QString>

namespace DreamFoundry {

// Reads and writes a results folder (docs/architecture.md, "Results on disk"): run.json,
// report.md and one folder per candidate with its artifact, output.log and the script that
// ran. Saving is atomic: the new folder is written beside the old one and swapped in by
// renames, so a crash mid-save leaves the previous results whole. Both calls do file I/O; run
// them off the GUI thread.
namespace ResultStore {

// Empty when a results folder can be written at `dir`, else a sentence saying why not.
QString writableProblem(const QString &dir);

// Empty on success, else why the results could not be saved (the old folder is untouched).
QString save(const RunRecord &run, const QString &dir);

// Rewrites only run.json and report.md of the results folder `dir` for `run` (its scores
// changed: a re-score, an override), each file atomically. Empty on success, else why not.
QString saveManifest(const RunRecord &run, const QString &dir);

// The run in `dir`, with every artifactFile and scriptPath pointing into it.
RunRecord load(const QString &dir, QString *error);

// The report.md text for a run.
QString report(const RunRecord &run);

// The run as it stands once saved in `dir`: every artifactFile and scriptPath points into it.
RunRecord pointedInto(RunRecord run, const QString &dir);

// Removes the staging folders (`<results>.partial-*`) that saves into `runsFolder` left when
// their process was killed; a save under way in a live process is left alone. Returns how
// many were removed.
int sweepInterruptedSaves(const QString &runsFolder);

// A new folder name under the user's data folder, from the run's start time.
QString defaultResultsDir(const QDateTime &startedAt);

} // namespace ResultStore

} // namespace DreamFoundry
