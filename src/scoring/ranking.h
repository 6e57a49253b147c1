#pragma once

#include "core/runrecord.h"

#include <optional>

namespace DreamFoundry {

// The ranking of a run: pure functions over a RunRecord whose candidates carry score cards
// (gates and quality already judged). They do no I/O and may run on any thread.
//
// - success: 100 when a candidate passes every gate, else 0;
// - speed: the fastest candidate passing every gate scores 100, another passing one
//   fastest/own x 100, one that fails a gate 0;
// - total: the run's weights, normalised to add up to 1, applied to (success, quality, speed)
//   (weights with a problem(), from a run.json edited by hand, count as the defaults);
// - rank: candidates passing every gate first, then the disqualified ones, each by total
//   (ties: shorter runtime, then the order given); unscored ones (no quality and no manual
//   quality) are not ranked (rank 0);
// - winner: the best candidate passing every gate with a quality; none when there is none,
//   said in RunWinner::note. A manual winner stays the winner while it is a candidate of the
//   run; the ranking's own choice is kept beside it.
//
// A run with repeats (RunRecord::repeats) is ranked by rankRepeated: each attempt gets its
// success, speed and total against the field of every attempt, then candidates are ranked by
// their median total (RepeatSummary), ties by median runtime; the candidate's gates are those
// of its attempt whose total is nearest that median. Ranks and the winner go on the
// candidates (their first attempts); the repeats keep their totals, unranked.
namespace Ranking {

void rankRun(RunRecord &run);
// Ranks and picks the winner from the totals already on the cards, without computing them.
void rankByTotals(RunRecord &run);
// rankRun for a run with repeats (src/scoring/repeatranking.cpp).
void rankRepeated(RunRecord &run);

// A person's quality for one candidate (nullopt clears it), then the run re-ranked. Returns
// false when the candidate is unknown or not scored.
bool setManualQuality(RunRecord &run, const QString &candidateId, std::optional<double> quality);

// A person's winner (nullopt gives the choice back to the ranking). Returns false when the
// candidate is unknown.
bool setManualWinner(RunRecord &run, const std::optional<QString> &candidateId);

// Removes every manual quality and the manual winner, then re-ranks.
void clearOverrides(RunRecord &run);

// Copies the manual qualities and manual winner of `previous` into `scored` (matched by
// candidate id), so a re-score keeps them; `scored` is re-ranked.
void carryOverrides(RunRecord &scored, const RunRecord &previous);

} // namespace Ranking

} // namespace DreamFoundry
