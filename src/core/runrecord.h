#pragma once

#include "candidateresult.h"
#include "repeatsummary.h"
#include "runsettings.h"
#include "scorecard.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

class QIODevice;

namespace DreamFoundry {

// One publication of a candidate's artifact (Run > Publish Winner..., `dreamfoundry publish`).
// Where it went is not recorded: a webhook URL is a secret.
struct RunPublication
{
    QDateTime at;
    QString candidateId;
    int messageCount = 0; // the messages it was split into, the header included
    int sentCount = 0; // how many of them went out
    bool complete = false;

    QJsonObject toJson() const;
    static RunPublication fromJson(const QJsonObject &json);
};

// One whole run as it is saved in run.json: what was asked and what each candidate produced,
// in the order the candidates were given.
struct RunRecord
{
    // Version 2 added scoring, each candidate's score and the winner. Version 1 files still
    // load (unscored); a newer version is refused with a sentence saying so.
    static constexpr auto formatPrefix = "dreamfoundry-run/";
    static constexpr int formatVersion = 2;
    static constexpr auto format = "dreamfoundry-run/2";

    QString runId;
    QString objective;
    QString backend; // the backend that ran it ("local", "daytona")
    QString backendNote; // why that backend, when it was not the one asked for
    QDateTime startedAt;
    QDateTime finishedAt;
    RunSettings settings;
    QList<CandidateResult> candidates;
    // Attempts a rerun replaced, oldest first. They are saved under their candidate's folder
    // in attempts/<n>/ and in run.json under the candidate, as "earlier_attempts".
    QList<CandidateResult> earlierAttempts;
    // In a run that repeats each candidate, every attempt after the first (repeat 2..N),
    // grouped by candidate; `candidates` holds each one's first attempt, so a reader that
    // knows nothing of repeats sees one result per candidate. Saved under the candidate's
    // folder in repeats/<n>/ and in run.json under the candidate, as "repeats"
    // (docs/architecture.md, "Repeats and budgets").
    QList<CandidateResult> repeats;
    // Which limit of settings.plan stopped the run early; in run.json as "budget_stop".
    BudgetStop budgetStop = BudgetStop::None;
    ScoringSettings scoring; // how it was (or will be) scored
    RunWinner winner;
    // Every publication of this run, oldest first; in run.json as "published" (absent when
    // there is none).
    QList<RunPublication> published;

    int succeededCount() const;
    // Every counted attempt of one candidate, the first included, by repeat number; just the
    // candidate's result in a run without repeats.
    QList<CandidateResult> attemptsOf(const QString &candidateId) const;
    RepeatSummary repeatSummary(const QString &candidateId) const;
    bool hasRepeats() const { return settings.plan.repeat > 1 || !repeats.isEmpty(); }
    // The earlier attempts of one candidate, oldest first.
    QList<CandidateResult> attemptsBefore(const QString &candidateId) const;
    // `fresh` becomes the candidate at `row`, one attempt later; the attempt it replaces is
    // kept, unscored (its rank was against a field that has changed).
    void replaceWithRerun(int row, CandidateResult fresh);

    // Whether any candidate carries a score card (a version 1 run never does).
    bool isScored() const;

    QJsonObject toJson() const;
    void insertRepeats(QJsonObject &json, const QString &candidateId) const;
    // Writes QJsonDocument(toJson()).toJson(QJsonDocument::Indented), byte for byte, one
    // candidate at a time: the whole document at once held each candidate's output three
    // more times (20 candidates with a MiB of output each took 120 MiB more to save).
    bool writeJson(QIODevice &device) const;
    // Empty error when the JSON is a run this version understands.
    static RunRecord fromJson(const QJsonObject &json, QString *error);

private:
    QJsonObject candidateJson(const CandidateResult &result) const;
    QJsonObject toJsonWithoutCandidates() const;
};

// Where an attempt's files are in a results folder, relative to it: "<candidate>" for the
// current attempt, "<candidate>/attempts/<n>" for an earlier one, "<candidate>/repeats/<n>"
// for a repeat after the first.
QString attemptFolder(const CandidateResult &result, bool earlier);

} // namespace DreamFoundry
