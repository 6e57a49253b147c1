#pragma once

#include "candidatestate.h"
#include "scorecard.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace DreamFoundry {

// How long each phase of a candidate took, in seconds.
struct PhaseTimings
{
    double preparing = 0;
    double installing = 0; // the candidate's dependencies; 0 when cached or none
    double running = 0;
    double collecting = 0;
};

// Why a candidate is back in the queue on Daytona, as the service said: the account's quota is
// full (it starts when room is freed), or the service has no runner free for a moment (it is
// tried again shortly). Live only: never saved.
struct QueueWait
{
    enum class Reason { Quota, NoRunner };
    Reason reason = Reason::Quota;
    QString serverMessage;
};

// What one candidate's run produced. Field names follow run.json (docs/architecture.md,
// "run.json").
struct CandidateResult
{
    QString candidateId;
    // 1 for the first run of the candidate; a rerun of it in the same run counts up
    // (RunRecord::earlierAttempts keeps the ones before).
    int attempt = 1;
    // In a run that repeats each candidate (RunPlan::repeat > 1), which of its counted
    // attempts this is, from 1; 0 in a run without repeats. RunRecord::repeats keeps those
    // after the first.
    int repeat = 0;
    QString sandboxId;
    CandidateState state = CandidateState::Queued;
    std::optional<int> exitCode;
    // What it printed, each with its tail kept: both streams together in the order they
    // arrived (as the console showed them), then each on its own.
    QString output;
    QString standardOutput; // stdout
    QString errorOutput; // stderr
    QString errorMessage; // why it did not succeed, in words a person can act on
    double runtimeSeconds = 0;
    PhaseTimings timings;
    QString backend; // "local" or "daytona"
    QString isolation; // "bwrap", "none" (local) or "daytona"
    QString network; // local: "private", "host" or "off"; empty for Daytona
    // Local: "cgroup" when memory and processes were capped for the sandbox as a whole,
    // "per-process" when only each process was; empty on Daytona (its own limits).
    QString limits;
    QString cleanup; // "ok" or what went wrong removing the sandbox

    QString scriptPath; // the script as the user gave it (not saved in run.json)
    QString scriptSha256;

    // The artifact as collected from the sandbox, on the user's machine while the run lasts;
    // the result store copies it into the results folder.
    QString artifactFile;
    QString artifactName; // file name within the candidate's results folder
    qint64 artifactSize = 0;
    QString artifactSha256;
    std::optional<QString> artifactContent; // absent for binary or very large artifacts
    // The artifact file holds a secret value passed to the candidate: the file is kept as
    // written, its content above is redacted, and the table marks the candidate.
    bool artifactContainsSecret = false;

    std::optional<ScoreCard> score; // absent until the candidate was scored

    // While the candidate is back in the queue waiting for room (the account's quota or a
    // runner), why and what the service said (the table and the progress lines say it
    // waits). Live only: not saved, and reset when it leaves Queued.
    std::optional<QueueWait> queueWait;

    bool succeeded() const { return state == CandidateState::Succeeded; }
    bool hasArtifact() const { return !artifactName.isEmpty(); }

    QJsonObject toJson() const;
    static CandidateResult fromJson(const QJsonObject &json);
};

// One line about a candidate's artifact for tables: its first non-empty line, cut to
// `maxChars` when that is set, and its size; "none" once the candidate ended without one.
QString artifactPreview(const CandidateResult &result, qsizetype maxChars = -1);

} // namespace DreamFoundry
