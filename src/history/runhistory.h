#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace DreamFoundry {

struct RunRecord;

// One candidate of a past run, as far as the history shows it.
struct HistoryCandidate
{
    QString id;
    QString state; // run.json's name: "succeeded", "failed", ...
    std::optional<double> total; // absent when unscored
    bool disqualified = false;
    double runtimeSeconds = 0;
    QString artifactSha256;

    QJsonObject toJson() const;
    static HistoryCandidate fromJson(const QJsonObject &json);
};

// One past run in the history list (docs/architecture.md, "History"): what a person scans
// for, without opening its run.json.
struct HistoryEntry
{
    QString folder; // absolute
    QString objective; // the first line
    QString backend;
    QDateTime startedAt;
    int candidateCount = 0;
    int succeeded = 0;
    QString winner; // empty: no winner
    std::optional<double> winnerTotal;
    QList<HistoryCandidate> candidates;
    // Set for a folder whose run.json could not be read: why, in words. The rest is empty.
    QString problem;
    // run.json's modification time (ms since the epoch) and size when the entry was made: a
    // run.json that still has both is not read again.
    qint64 stampMs = 0;
    qint64 size = 0;

    bool isBroken() const { return !problem.isEmpty(); }

    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject &json);
    static HistoryEntry fromRun(const RunRecord &run, const QString &folder);
};

namespace RunHistory {

// The index file kept beside the runs it lists.
QString indexFileIn(const QString &runsFolder);

// Every run under `runsFolder` plus `otherFolders` (results folders saved or opened
// elsewhere), newest first. Entries of the index in `indexFile` whose run.json has not
// changed are taken as they are; only new or changed run.json files are read, and the index
// is rewritten when anything changed. A folder whose run.json cannot be read is a broken
// entry with the reason. Slow on a cold index: call it off the GUI thread.
QList<HistoryEntry> load(const QString &runsFolder, const QStringList &otherFolders,
                         const QString &indexFile);

// The entry of one results folder, read from its run.json.
HistoryEntry readEntry(const QString &folder);

// Moves a results folder to the desktop's trash; empty on success, else why not (there may be
// no trash for that folder's file system).
QString moveToTrash(const QString &folder);
// Removes a results folder for good, after checking that it is one (it holds run.json).
QString removeForGood(const QString &folder);

} // namespace RunHistory

} // namespace DreamFoundry
