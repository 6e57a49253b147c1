#include "ranking.h"

#include <cmath>

namespace DreamFoundry::Ranking {

namespace {

// The run with every attempt as a candidate of its own, first attempts first: the field each
// attempt's speed is measured against.
RunRecord everyAttempt(const RunRecord &run)
{
    RunRecord field = run;
    field.candidates.append(run.repeats);
    field.repeats.clear();
    field.winner = {};
    return field;
}

// The attempt whose total is nearest the median (the earliest of equals): its gates stand for
// the candidate's. Null when no attempt was scored with a quality.
const CandidateResult *nearestMedian(const QList<CandidateResult> &attempts, double median)
{
    const CandidateResult *nearest = nullptr;
    for (const CandidateResult &attempt : attempts) {
        if (!attempt.score || !attempt.score->quality())
            continue;
        if (!nearest
            || std::abs(attempt.score->total - median) < std::abs(nearest->score->total - median))
            nearest = &attempt;
    }
    return nearest;
}

// One row per candidate as ranking sees it: the median total and runtime of its attempts.
RunRecord medianField(const RunRecord &run)
{
    RunRecord medians = run;
    medians.repeats.clear();
    for (CandidateResult &candidate : medians.candidates) {
        const QList<CandidateResult> attempts = run.attemptsOf(candidate.candidateId);
        const RepeatSummary summary = RepeatSummary::of(attempts);
        candidate.runtimeSeconds = summary.medianRuntimeSeconds;
        const CandidateResult *typical
                = summary.medianTotal ? nearestMedian(attempts, *summary.medianTotal) : nullptr;
        if (!typical) {
            candidate.score.reset(); // not ranked
            continue;
        }
        candidate.score = typical->score;
        candidate.score->total = *summary.medianTotal;
    }
    return medians;
}

} // namespace

void rankRepeated(RunRecord &run)
{
    RunRecord field = everyAttempt(run);
    rankRun(field); // no repeats in it: every attempt's success, speed and total
    const qsizetype firsts = run.candidates.size();
    for (qsizetype i = 0; i < field.candidates.size(); ++i) {
        CandidateResult &attempt = i < firsts ? run.candidates[i] : run.repeats[i - firsts];
        attempt.score = field.candidates[i].score;
        if (attempt.score)
            attempt.score->rank = 0;
    }
    RunRecord medians = medianField(run);
    rankByTotals(medians);
    for (qsizetype i = 0; i < firsts; ++i) {
        if (run.candidates[i].score && medians.candidates[i].score)
            run.candidates[i].score->rank = medians.candidates[i].score->rank;
    }
    run.winner = medians.winner;
}

} // namespace DreamFoundry::Ranking
