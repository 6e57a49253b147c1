#include "runchanges.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace DreamFoundry {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DreamFoundry::RunChanges", text);
}

QString scoreText(const std::optional<double> &total)
{
    return total ? QString::number(*total, 'f', 1) : tr("none");
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
        return tr("new in the second run (%1)").arg(stateAfter);
    if (!inAfter)
        return tr("not in the second run");
    QStringList parts;
    if (stateChanged())
        parts << tr("%1 -> %2").arg(stateBefore, stateAfter);
    if (scoreChanged())
        parts << tr("score %1 -> %2").arg(scoreText(totalBefore), scoreText(totalAfter));
    if (artifactChanged())
        parts << (shaAfter.isEmpty()            ? tr("artifact gone")
                          : shaBefore.isEmpty() ? tr("artifact new")
                                                : tr("artifact changed"));
    return parts.isEmpty() ? tr("unchanged") : parts.join(QStringLiteral("; "));
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
