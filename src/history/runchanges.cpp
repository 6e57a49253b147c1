#include "runchanges.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace DreamFoundry {

namespace {

// Free functions have no tr() of their own: this class gives their strings the context
// DreamFoundry::RunChanges, which lupdate can read.
class RunChangesText
{
    Q_DECLARE_TR_FUNCTIONS(DreamFoundry::RunChanges)
};

QString scoreText(const std::optional<double> &total)
{
    return total ? QString::number(*total, 'f', 1) : RunChangesText::tr("none");
}

} // namespace

bool CandidateChange::scoreChanged() const
{
    if (totalBefore.has_value() != totalAfter.has_value())
        return true;
    // Scores are shown to one decimal: a smaller difference is not a change to a person.
    return totalBefore && std::abs(*totalBefore - *totalAfter) >= 0.05;
}

QString CandidateChange::summary() const
{
    if (!inBefore)
        return RunChangesText::tr("new in the second run (%1)").arg(stateAfter);
    if (!inAfter)
        return RunChangesText::tr("not in the second run");
    QStringList parts;
    if (stateChanged())
        parts << RunChangesText::tr("%1 -> %2").arg(stateBefore, stateAfter);
    if (scoreChanged())
        parts << RunChangesText::tr("score %1 -> %2")
                         .arg(scoreText(totalBefore), scoreText(totalAfter));
    if (artifactChanged())
        parts << (shaAfter.isEmpty()            ? RunChangesText::tr("artifact gone")
                          : shaBefore.isEmpty() ? RunChangesText::tr("artifact new")
                                                : RunChangesText::tr("artifact changed"));
    return parts.isEmpty() ? RunChangesText::tr("unchanged") : parts.join(QStringLiteral("; "));
}

QList<CandidateChange> runChanges(const RunRecord &before, const RunRecord &after)
{
    QList<CandidateChange> changes;
    const auto totalOf = [](const CandidateResult &r) {
        return r.score && !r.score->unscored ? std::optional<double>(r.score->total) : std::nullopt;
    };
    for (const CandidateResult &r : before.candidates) {
        CandidateChange change;
        change.candidateId = r.candidateId;
        change.inBefore = true;
        change.stateBefore = stateName(r.state);
        change.totalBefore = totalOf(r);
        change.shaBefore = r.artifactSha256;
        changes.append(change);
    }
    for (const CandidateResult &r : after.candidates) {
        auto found = std::ranges::find(changes, r.candidateId, &CandidateChange::candidateId);
        if (found == changes.end()) {
            changes.append(CandidateChange());
            found = changes.end() - 1;
            found->candidateId = r.candidateId;
        }
        found->inAfter = true;
        found->stateAfter = stateName(r.state);
        found->totalAfter = totalOf(r);
        found->shaAfter = r.artifactSha256;
    }
    return changes;
}

} // namespace DreamFoundry
