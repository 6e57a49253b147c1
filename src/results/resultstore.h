#pragma once

#include "core/runrecord.h"

#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace DreamFoundry {

class OwnedFolder;

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

// A save begun while the run goes on: each attempt that ends is written into the staging
// folder then (writeAttempt, on the thread pool), so that finish() has only run.json, report.md
// and the attempts not written yet left to do once the run is over. finish() is save() for
// what it is given: the same folder, as atomic. The staging folder is made at the first call;
// one that cannot be made leaves everything to finish(). Destroyed unfinished, it removes
// what it wrote. Any thread; calls are serialized.
class EarlySave final
{
public:
    explicit EarlySave(const QString &dir);
    ~EarlySave();
    EarlySave(const EarlySave &) = delete;
    EarlySave &operator=(const EarlySave &) = delete;

    // Whether `dir` is the folder this save is for.
    bool savesTo(const QString &dir) const;
    // The attempt's folder (its artifact, output.log and script), as save() would write it.
    // A first attempt or a repeat; what ends later (scores) is only in run.json.
    void writeAttempt(const CandidateResult &result);
    // Empty on success, else why the results could not be saved (the old folder is untouched).
    QString finish(const RunRecord &run);

private:
    bool ensureStaging();

    const QString m_dir; // clean and absolute
    QMutex m_mutex; // guards what follows
    std::unique_ptr<QTemporaryDir> m_staging;
    std::unique_ptr<OwnedFolder> m_owner;
    bool m_stagingFailed = false;
    bool m_finished = false;
    QSet<QString> m_written; // attempt folders, relative to the staging folder
};

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
