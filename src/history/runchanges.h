#pragma once

#include "core/runrecord.h"

#include <QList>
#include <QString>

namespace DreamFoundry {

// How one candidate differs between two runs (docs/architecture.md, "History").
struct CandidateChange
{
    QString candidateId;
    bool inBefore = false;
    bool inAfter = false;
    QString stateBefore, stateAfter; // run.json's names
    std::optional<double> totalBefore, totalAfter;
    QString shaBefore, shaAfter; // artifact hashes; empty when none

    bool stateChanged() const { return stateBefore != stateAfter; }
    bool scoreChanged() const;
    bool artifactChanged() const { return shaBefore != shaAfter; }
    bool changed() const { return stateChanged() || scoreChanged() || artifactChanged(); }
    // "failed -> succeeded; score 40.0 -> 62.5; artifact changed", or "unchanged".
    QString summary() const;
};

// Every candidate of either run, in the order of `before` then the new ones of `after`.
QList<CandidateChange> runChanges(const RunRecord &before, const RunRecord &after);

} // namespace DreamFoundry
