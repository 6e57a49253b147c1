#include "ranking.h"

#include <QCoreApplication>

#include <algorithm>

namespace DreamFoundry::Ranking {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::Ranking, which lupdate can read.
class RankingText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::Ranking)
};

// The fastest runtime among the candidates passing every gate; 0 when none does.
double fastestPassing(const RunRecord &run)
{
    double fastest = 0;
    for (const CandidateResult &r : run.candidates) {
        if (r.score && r.score->passedAllGates() && (fastest == 0 || r.runtimeSeconds < fastest))
            fastest = r.runtimeSeconds;
    }
    return fastest;
}

double speedOf(const CandidateResult &r, double fastest)
{
    if (!r.score->passedAllGates())
        return 0;
    // A runtime of 0 (a run saved without timings) cannot be divided by: it is the fastest.
    if (r.runtimeSeconds <= 0 || fastest <= 0)
        return 100;
    return 100.0 * fastest / r.runtimeSeconds;
}

void scoreSubTotals(RunRecord &run)
{
    // Weights that cannot be used were refused where they were given (RunScorer::start,
    // ScoreWeights::parse); a run.json edited by hand falls back to the defaults.
    const ScoreWeights given = run.scoring.weights;
    const ScoreWeights w = given.problem().isEmpty() ? given.normalised() : ScoreWeights();
    const double fastest = fastestPassing(run);
    for (CandidateResult &r : run.candidates) {
        if (!r.score)
            continue;
        ScoreCard &card = *r.score;
        card.success = card.passedAllGates() ? 100 : 0;
        card.speed = speedOf(r, fastest);
        const std::optional<double> quality = card.quality();
        card.total = quality
                ? w.success * card.success + w.quality * *quality + w.speed * card.speed
                : 0;
    }
}

// Indexes of the ranked candidates, best first.
QList<int> rankingOrder(const RunRecord &run)
{
    QList<int> order;
    for (int i = 0; i < run.candidates.size(); ++i) {
        const auto &score = run.candidates.at(i).score;
        if (score && score->quality())
            order.append(i);
    }
    std::ranges::stable_sort(order, [&](int a, int b) {
        const CandidateResult &x = run.candidates.at(a);
        const CandidateResult &y = run.candidates.at(b);
        if (x.score->passedAllGates() != y.score->passedAllGates())
            return x.score->passedAllGates();
        if (x.score->total != y.score->total)
            return x.score->total > y.score->total;
        return x.runtimeSeconds < y.runtimeSeconds;
    });
    return order;
}

void chooseWinner(RunRecord &run, const QList<int> &order)
{
    RunWinner &winner = run.winner;
    const bool anyPasses
            = !order.isEmpty() && run.candidates.at(order.first()).score->passedAllGates();
    winner.automaticCandidateId
            = anyPasses ? run.candidates.at(order.first()).candidateId : QString();
    const bool manualStands
            = winner.manual && std::ranges::any_of(run.candidates, [&](const CandidateResult &r) {
                  return r.candidateId == winner.candidateId;
              });
    if (manualStands) {
        winner.note = RankingText::tr("%1 was picked by hand; the ranking picks %2.")
                              .arg(winner.candidateId,
                                   anyPasses ? winner.automaticCandidateId
                                             : RankingText::tr("no winner"));
        return;
    }
    winner.manual = false;
    winner.candidateId = winner.automaticCandidateId;
    if (anyPasses)
        winner.note.clear();
    else if (run.candidates.isEmpty())
        winner.note = RankingText::tr("No winner: the run has no candidates.");
    else
        winner.note = RankingText::tr("No winner: no candidate passed every gate with a score.");
}

CandidateResult *find(RunRecord &run, const QString &candidateId)
{
    const auto it = std::ranges::find(run.candidates, candidateId, &CandidateResult::candidateId);
    return it == run.candidates.end() ? nullptr : &*it;
}

} // namespace

void rankRun(RunRecord &run)
{
    if (!run.repeats.isEmpty()) {
        rankRepeated(run);
        return;
    }
    scoreSubTotals(run);
    rankByTotals(run);
}

void rankByTotals(RunRecord &run)
{
    const QList<int> order = rankingOrder(run);
    for (CandidateResult &r : run.candidates) {
        if (r.score)
            r.score->rank = 0;
    }
    for (int place = 0; place < order.size(); ++place)
        run.candidates[order.at(place)].score->rank = place + 1;
    chooseWinner(run, order);
}

bool setManualQuality(RunRecord &run, const QString &candidateId, std::optional<double> quality)
{
    CandidateResult *r = find(run, candidateId);
    if (!r || !r->score)
        return false;
    r->score->manualQuality
            = quality ? std::optional(std::clamp(*quality, 0.0, 100.0)) : std::nullopt;
    rankRun(run);
    return true;
}

bool setManualWinner(RunRecord &run, const std::optional<QString> &candidateId)
{
    if (candidateId && !find(run, *candidateId))
        return false;
    run.winner.manual = candidateId.has_value();
    run.winner.candidateId = candidateId.value_or(QString());
    rankRun(run);
    return true;
}

void clearOverrides(RunRecord &run)
{
    for (CandidateResult &r : run.candidates) {
        if (r.score)
            r.score->manualQuality.reset();
    }
    run.winner.manual = false;
    rankRun(run);
}

void carryOverrides(RunRecord &scored, const RunRecord &previous)
{
    for (const CandidateResult &old : previous.candidates) {
        CandidateResult *now = find(scored, old.candidateId);
        if (now && now->score && old.score && old.score->manualQuality)
            now->score->manualQuality = old.score->manualQuality;
    }
    if (previous.winner.manual && find(scored, previous.winner.candidateId)) {
        scored.winner.manual = true;
        scored.winner.candidateId = previous.winner.candidateId;
    }
    rankRun(scored);
}

} // namespace DreamFoundry::Ranking
